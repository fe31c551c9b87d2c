"""Canaries for events: registrants' names, e-mails and messages, unpublished events, and
private prisoners featured in a public event never appear on any public page, calendar or
feed, in any language."""

from urllib.parse import quote

import pytest

from events.choices import RegistrationStatus
from prisoners import services as prisoner_services
from prisoners.images import sanitize_photo
from tests.events.factories import EventFactory, OnSiteEventFactory, RegistrationFactory, in_days
from tests.factories import PublicPrisonerFactory, RecognitionFactory
from tests.prisoners.test_photos import jpeg_with_gps
from tests.privacy.test_canaries import LANGUAGES, Canaries, hidden_prisoner

PUBLIC_SLUG = "public-event"


def translated(canary, label):
    return {f"{label}_{code}": canary(f"{label}_{code}") for code in LANGUAGES}


def hidden_event(canary, label, **kwargs):
    event = EventFactory(slug=canary(f"{label}_slug").lower(), venue_name=canary(f"{label}_venue"),
                         venue_address=canary(f"{label}_address"), city=canary(f"{label}_city"),
                         online_url=f"https://example.org/{canary(f'{label}_link')}",
                         **translated(canary, "title"), **translated(canary, "description"),
                         **kwargs)
    prisoner_services.photo_store(owner=event, photo=sanitize_photo(jpeg_with_gps()))
    return event


@pytest.fixture
def planted(db):
    canary = Canaries()
    public = PublicPrisonerFactory(slug="public-person", full_name_latin="Public Person")
    unpublished = hidden_prisoner(canary, "unpublished")
    RecognitionFactory(prisoner=unpublished)
    declined = hidden_prisoner(canary, "declined", is_published=True)

    shown = OnSiteEventFactory(slug=PUBLIC_SLUG, title_en="Public event", capacity=5,
                               featured=[public, unpublished, declined])
    prisoner_services.photo_store(owner=shown, photo=sanitize_photo(jpeg_with_gps()))
    RegistrationFactory(event=shown, name=canary("registrant_name"), seat=1,
                        email=f"{canary('registrant_email').lower()}@example.org",
                        message=canary("registrant_message"))
    RegistrationFactory(event=shown, name=canary("waiting_name"), seat=None,
                        status=RegistrationStatus.WAITING,
                        email=f"{canary('waiting_email').lower()}@example.org",
                        message=canary("waiting_message"))
    EventFactory(slug="past-public", title_en="Past public", starts_at=in_days(-4),
                 ends_at=in_days(-4, 21), featured=[public, unpublished])
    # Only private prisoners: neither they nor their names may reach the filters.
    EventFactory(slug="hidden-only", featured=[declined])

    hidden = [hidden_event(canary, "draft", is_public=False, published_at=None),
              hidden_event(canary, "unpublished_event", is_public=False),
              hidden_event(canary, "never_published", published_at=None),
              hidden_event(canary, "past_draft", is_public=False, starts_at=in_days(-9),
                           ends_at=in_days(-9, 21))]
    for event in hidden:
        event.featured_prisoners.add(public)
        RegistrationFactory(event=event, name=canary("hidden_event_registrant"))
    return {"tokens": canary.tokens, "hidden_events": hidden, "shown": shown,
            "prisoners": [unpublished, declined]}


def public_paths(planted):
    paths = ["/"]
    for code in LANGUAGES:
        events = f"/{code}/events"
        paths += [f"/{code}/", f"/{code}/prisoners/public-person/", f"{events}/",
                  f"{events}/past/", f"{events}/?page=2", f"{events}/feed/",
                  f"{events}/calendar.ics", f"{events}/{PUBLIC_SLUG}/",
                  f"{events}/{PUBLIC_SLUG}/?registered=confirmed",
                  f"{events}/{PUBLIC_SLUG}/?registered=waiting",
                  f"{events}/{PUBLIC_SLUG}/event.ics",
                  f"{events}/{PUBLIC_SLUG}/poster/full.jpg",
                  f"{events}/{PUBLIC_SLUG}/poster/thumb.jpg",
                  f"{events}/past-public/", f"{events}/hidden-only/"]
        for event in planted["hidden_events"]:
            paths += [f"{events}/{event.slug}/", f"{events}/{event.slug}/event.ics",
                      f"{events}/{event.slug}/poster/full.jpg",
                      f"{events}/{event.slug}/poster/thumb.jpg",
                      f"{events}/?city={quote(event.city)}",
                      f"{events}/past/?city={quote(event.city)}"]
        for prisoner in planted["prisoners"]:
            paths += [f"{events}/?prisoner={prisoner.slug}",
                      f"{events}/past/?prisoner={prisoner.slug}",
                      f"/{code}/prisoners/{prisoner.slug}/"]
    return paths


def body_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8", errors="replace").lower()


def test_no_canary_on_any_public_events_url(planted, anonymous):
    for path in public_paths(planted):
        response = anonymous.get(path, follow=True)
        assert response.status_code in (200, 404), path
        text = body_of(response)
        value = path.split("=", 1)[1].lower() if "?" in path else ""
        if "canary" in value:
            # Language links repeat the query string itself: that echo is not a leak.
            text = text.replace(value, "")
        leaked = [token for token in planted["tokens"] if token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"


def test_hidden_events_and_their_posters_are_404(planted, anonymous):
    for event in planted["hidden_events"]:
        for code in LANGUAGES:
            for suffix in ("", "event.ics", "poster/full.jpg", "poster/thumb.jpg"):
                path = f"/{code}/events/{event.slug}/{suffix}"
                assert anonymous.get(path).status_code == 404, path
    assert anonymous.get(f"/en/events/{PUBLIC_SLUG}/poster/thumb.jpg").status_code == 200


def test_only_counts_of_registrants_are_public(planted, anonymous):
    page = anonymous.get(f"/en/events/{PUBLIC_SLUG}/").content.decode()
    assert "4 places left." in page


def test_private_prisoners_are_not_offered_as_filters(planted, anonymous):
    for code in LANGUAGES:
        form = anonymous.get(f"/{code}/events/").context["form"]
        assert [slug for slug, label in form.fields["prisoner"].choices] == ["", "public-person"]
        response = anonymous.get(f"/{code}/events/", {"prisoner": planted["prisoners"][0].slug})
        assert "prisoner" in response.context["form"].errors
        # The bad filter is ignored: every public upcoming event is listed.
        assert [event.slug for event in response.context["page"].object_list] == [
            PUBLIC_SLUG, "hidden-only"]
