import re

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, ngettext

from coalition.public_forms import (
    HONEYPOT_MESSAGE,
    RATE_LIMIT_MESSAGE,
    TOO_FAST_MESSAGE,
    signup_token,
)
from events.choices import EventKind, EventStatus, RegistrationMode
from events.models import Registration
from prisoners import services as prisoner_services
from prisoners.images import sanitize_photo
from tests.events.factories import (
    EventFactory,
    OnSiteEventFactory,
    RegistrationFactory,
    form_data,
    in_days,
)
from tests.factories import PrisonerFactory, PublicPrisonerFactory
from tests.languages import LANGUAGES
from tests.mentorships.test_public import content, count_queries, url
from tests.prisoners.test_photos import jpeg_with_gps

TITLES = {"en": "Letters for Ivan", "ru": "Письма Ивану", "de": "Briefe für Iwan",
          "fr": "Lettres pour Ivan", "pl": "Listy do Iwana"}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def translated_event(**kwargs):
    return EventFactory(slug="letters-for-ivan",
                        **{f"title_{code}": title for code, title in TITLES.items()}, **kwargs)


# --- List ------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_list_in_every_language(anonymous, language):
    translated_event()
    page = content(anonymous, url("events:list", language))
    assert TITLES[language] in page
    assert f'href="/{language}/events/letters-for-ivan/"' in page
    assert ('<link rel="alternate" type="application/atom+xml" title="'
            in page and f'href="http://testserver/{language}/events/feed/"' in page)
    assert 'type="text/calendar"' in page
    assert f'href="http://testserver/{language}/events/calendar.ics"' in page


def test_list_shows_public_upcoming_events_soonest_first(anonymous):
    later = EventFactory(title_en="Later", starts_at=in_days(20), ends_at=in_days(20, 21))
    sooner = EventFactory(title_en="Sooner", starts_at=in_days(2), ends_at=in_days(2, 21))
    EventFactory(title_en="Hidden draft", is_public=False, published_at=None)
    EventFactory(title_en="Never published", published_at=None)
    past = EventFactory(title_en="Long ago", starts_at=in_days(-9), ends_at=in_days(-9, 21))
    response = anonymous.get(url("events:list"))
    assert list(response.context["page"].object_list) == [sooner, later]
    assert "Hidden draft" not in response.content.decode()
    assert list(anonymous.get(url("events:past")).context["page"].object_list) == [past]


def test_cancelled_events_stay_listed_marked_cancelled(anonymous):
    EventFactory(title_en="Called off", status=EventStatus.CANCELLED)
    page = content(anonymous, url("events:list"))
    assert "Called off" in page and '<p class="event-status">Cancelled</p>' in page


def test_filters_by_country_city_kind_and_prisoner(anonymous):
    person = PublicPrisonerFactory(slug="public-person", full_name_latin="Ivan Public")
    berlin = EventFactory(title_en="In Berlin", featured=[person])
    paris = EventFactory(title_en="In Paris", city="Paris", country="FR",
                         kind=EventKind.CONCERT)
    def listed(**query):
        return list(anonymous.get(url("events:list"), query).context["page"].object_list)
    assert listed(country="FR") == [paris]
    assert listed(city="Berlin") == [berlin]
    assert listed(kind="concert") == [paris]
    assert listed(prisoner="public-person") == [berlin]
    assert listed(country="DE", kind="concert") == []


def test_only_public_prisoners_and_public_values_are_offered(anonymous):
    public = PublicPrisonerFactory(full_name_latin="Shown Person")
    hidden = PrisonerFactory(full_name_latin="Hidden Person", slug="hidden-person")
    EventFactory(featured=[public, hidden])
    EventFactory(city="Secretville", is_public=False, published_at=None)
    form = anonymous.get(url("events:list")).context["form"]
    assert [label for value, label in form.fields["prisoner"].choices] == ["All", "Shown Person"]
    assert form.fields["city"].choices == [("", "All"), ("Berlin", "Berlin")]
    assert [value for value, label in form.fields["country"].choices] == ["", "DE"]
    page = content(anonymous, url("events:list"))
    assert "Hidden Person" not in page and "Secretville" not in page


def test_bad_filter_values_are_reported_and_ignored(anonymous):
    event = EventFactory()
    response = anonymous.get(url("events:list"), {"country": "XX", "city": "x" * 5000,
                                                  "kind": "rave", "prisoner": "hidden-person",
                                                  "page": "abc"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Some filters could not be used and were ignored:" in page
    for label in ("Country", "City", "Kind of event", "Prisoner"):
        assert f"<li>{label}: There is no such choice.</li>" in page
    assert list(response.context["page"].object_list) == [event]
    notice = page.split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert "x" * 50 not in notice


def test_pagination(anonymous):
    for day in range(21):
        EventFactory(starts_at=in_days(day + 1), ends_at=in_days(day + 1, 21))
    assert len(anonymous.get(url("events:list")).context["page"].object_list) == 20
    assert len(anonymous.get(url("events:list"), {"page": 2}).context["page"].object_list) == 1
    assert anonymous.get(url("events:list"), {"page": 99}).context["page"].number == 2


def test_list_query_count_does_not_grow_with_events(anonymous):
    person = PublicPrisonerFactory()
    EventFactory(featured=[person])
    one = count_queries(anonymous, url("events:list"))
    for _ in range(5):
        EventFactory(featured=[person], organiser__name="Another group")
    assert count_queries(anonymous, url("events:list")) == one


def test_past_list_query_count_does_not_grow_with_events(anonymous):
    EventFactory(starts_at=in_days(-3), ends_at=in_days(-3, 21))
    one = count_queries(anonymous, url("events:past"))
    for day in (-9, -8, -7):
        EventFactory(starts_at=in_days(day), ends_at=in_days(day, 21), organiser__name="Other")
    assert count_queries(anonymous, url("events:past")) == one


# --- Event page ------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_event_page_in_every_language(anonymous, language):
    translated_event(time_zone="Europe/Vilnius", starts_at=in_days(5, 18),
                     ends_at=in_days(5, 20))
    page = content(anonymous, url("events:detail", language, slug="letters-for-ivan"))
    assert f"<h1>{TITLES[language]}</h1>" in page
    with translation.override(language):
        zone = gettext("%(zone)s time") % {"zone": "Europe/Vilnius"}
    assert f"({zone})" in page
    # 18:00 in Berlin is 19:00 in Vilnius.
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT19:00:00\+0[23]:00">', page)
    assert "Community hall" in page and "Oranienstraße 1" in page
    assert f'href="/{language}/events/letters-for-ivan/event.ics"' in page


def test_event_page_shows_only_public_featured_prisoners_with_links(anonymous):
    shown = PublicPrisonerFactory(slug="shown", full_name_latin="Shown Person")
    hidden = PrisonerFactory(slug="hidden", full_name_latin="Hidden Person")
    event = EventFactory(featured=[shown, hidden])
    page = content(anonymous, url("events:detail", slug=event.slug))
    assert 'href="/en/prisoners/shown/"' in page and "Shown Person" in page
    assert "Hidden Person" not in page and "/prisoners/hidden/" not in page


def test_cancelled_event_is_clearly_marked(anonymous):
    event = OnSiteEventFactory(status=EventStatus.CANCELLED)
    page = content(anonymous, url("events:detail", slug=event.slug))
    assert "<strong>This event is cancelled.</strong>" in page
    assert "This event was cancelled, so registration is closed." in page
    assert "<form" not in page.split('id="registration"')[1]


def test_online_event_and_external_registration(anonymous):
    event = EventFactory(venue_name="", online_url="https://meet.example.org/room",
                         registration=RegistrationMode.EXTERNAL,
                         registration_url="https://tickets.example.org/x")
    page = content(anonymous, url("events:detail", slug=event.slug))
    assert 'href="https://meet.example.org/room"' in page
    assert "Registration is on the organiser's website (tickets.example.org)." in page


def test_unknown_unpublished_and_bad_slugs_are_404(anonymous):
    hidden = EventFactory(is_public=False)
    for slug in ("no-such-event", hidden.slug):
        for name in ("events:detail", "events:ics"):
            assert anonymous.get(url(name, slug=slug)).status_code == 404
    assert anonymous.get("/en/events/%C3%BF%00/").status_code == 404


def test_detail_query_count_does_not_grow_with_prisoners(anonymous):
    event = OnSiteEventFactory(featured=[PublicPrisonerFactory()])
    RegistrationFactory(event=event)
    one = count_queries(anonymous, url("events:detail", slug=event.slug))
    event.featured_prisoners.add(*[PublicPrisonerFactory() for _ in range(4)])
    RegistrationFactory(event=event, seat=2)
    assert count_queries(anonymous, url("events:detail", slug=event.slug)) == one


def with_poster(event):
    prisoner_services.photo_store(owner=event, photo=sanitize_photo(jpeg_with_gps()))
    return event


def test_poster_is_served_only_for_public_events(anonymous):
    shown = with_poster(EventFactory())
    hidden = with_poster(EventFactory(is_public=False))
    for variant in ("full", "thumb"):
        response = anonymous.get(url("events:poster_image", slug=shown.slug, variant=variant))
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
        assert b"CanaryCam" not in b"".join(response.streaming_content)
        assert anonymous.get(url("events:poster_image", slug=hidden.slug,
                                 variant=variant)).status_code == 404
    raw = url("events:poster_image", slug=shown.slug, variant="raw")
    assert anonymous.get(raw).status_code == 404
    no_poster = EventFactory()
    assert anonymous.get(url("events:poster_image", slug=no_poster.slug,
                             variant="full")).status_code == 404
    assert f'src="/en/events/{shown.slug}/poster/thumb.jpg"' in content(
        anonymous, url("events:detail", slug=shown.slug))


# --- Registration ------------------------------------------------------------------------------

def register_url(event, language="en"):
    return url("events:register", language, slug=event.slug)


@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_in_every_language(anonymous, mailoutbox, language):
    event = OnSiteEventFactory(capacity=5)
    response = anonymous.post(register_url(event, language), form_data())
    assert response.status_code == 302
    detail = f"/{language}/events/{event.slug}/"
    assert response["Location"] == f"{detail}?registered=confirmed#registration"
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.language) == (
        "Mila Kovac", "mila@example.eu", language)
    assert mailoutbox[0].to == ["mila@example.eu"]
    page = content(anonymous, response["Location"])
    with translation.override(language):
        assert escape(gettext("Thank you: you are registered.")) in page
        assert ngettext("%(counter)s place left.", "%(counter)s places left.", 4) % {
            "counter": 4} in page


def test_places_left_and_waiting_list_messages(anonymous):
    event = OnSiteEventFactory(capacity=1)
    assert "1 place left." in content(anonymous, url("events:detail", slug=event.slug))
    RegistrationFactory(event=event, seat=1, name="Secret Visitor")
    page = content(anonymous, url("events:detail", slug=event.slug))
    assert "Every place is taken: new registrations join the waiting list." in page
    assert "Join the waiting list" in page and "Secret Visitor" not in page
    response = anonymous.post(register_url(event), form_data())
    assert response["Location"].endswith("?registered=waiting#registration")
    assert "You are on the waiting list." in content(anonymous, response["Location"])


def test_full_event_without_waiting_list_offers_no_form(anonymous):
    event = OnSiteEventFactory(capacity=1, waiting_list=False)
    RegistrationFactory(event=event, seat=1)
    page = content(anonymous, url("events:detail", slug=event.slug))
    assert "Every place is taken." in page and 'name="email"' not in page
    response = anonymous.post(register_url(event), form_data())
    assert response.status_code == 200
    assert ("Every place is taken and this event has no waiting list. You were not registered."
            in response.content.decode())
    assert event.registrations.count() == 1


def test_same_address_twice_gets_the_same_answer_as_a_new_address(anonymous, mailoutbox):
    event = OnSiteEventFactory(capacity=5)
    first = anonymous.post(register_url(event), form_data())
    again = anonymous.post(register_url(event), form_data(email="MILA@example.eu"))
    other = anonymous.post(register_url(event), form_data(email="other@example.eu"))
    assert first.status_code == again.status_code == other.status_code == 302
    assert first["Location"] == again["Location"] == other["Location"]
    assert event.registrations.count() == 2
    assert [m.to for m in mailoutbox] == [["mila@example.eu"]] * 2 + [["other@example.eu"]]


def test_line_breaks_in_a_name_are_collapsed(anonymous, mailoutbox):
    event = OnSiteEventFactory()
    response = anonymous.post(register_url(event),
                              form_data(name="Mila\r\nBcc: victim@example.org\n Kovac"))
    assert response.status_code == 302
    assert event.registrations.get().name == "Mila Bcc: victim@example.org Kovac"
    [message] = mailoutbox
    assert "\n" not in message.subject and message.to == ["mila@example.eu"]
    assert message.message()["Bcc"] is None


@pytest.mark.parametrize(("overrides", "message"), [
    ({"website": "https://spam.example"}, HONEYPOT_MESSAGE),
    ({"started": "now"}, TOO_FAST_MESSAGE),
    ({"started": "forged"}, "The form has expired. Please check your entries and send it again."),
    ({"email": "mila@"}, "Enter a valid email address."),
    ({"name": "x" * 201}, "Ensure this value has at most 200 characters (it has 201)."),
    ({"message": "x" * 2001}, "Ensure this value has at most 2000 characters (it has 2001)."),
    ({"name": "Mi\x00la"}, "Null characters are not allowed."),
])
def test_bad_registrations_are_refused_with_a_message(anonymous, mailoutbox, overrides, message):
    event = OnSiteEventFactory()
    if overrides.get("started") == "now":
        overrides = {"started": signup_token()}
    response = anonymous.post(register_url(event), form_data(**overrides))
    assert response.status_code == 200
    assert escape(str(message)) in response.content.decode()
    assert Registration.objects.count() == 0 and mailoutbox == []


def test_closed_events_refuse_posts_clearly(anonymous):
    for event, message in [
        (OnSiteEventFactory(status=EventStatus.CANCELLED),
         "This event was cancelled, so registration is closed."),
        (OnSiteEventFactory(starts_at=in_days(-3), ends_at=in_days(-2)),
         "This event is over, so registration is closed."),
    ]:
        response = anonymous.post(register_url(event), form_data())
        assert response.status_code == 200 and message in response.content.decode()
    no_form = EventFactory()
    assert anonymous.post(register_url(no_form), form_data()).status_code == 200
    assert anonymous.post(url("events:register", slug="nope"), form_data()).status_code == 404
    assert Registration.objects.count() == 0


def test_registration_is_rate_limited_per_address(anonymous):
    event = OnSiteEventFactory(capacity=50)
    for _ in range(5):
        anonymous.post(register_url(event), form_data(email="bad"))
    response = anonymous.post(register_url(event), form_data())
    assert escape(str(RATE_LIMIT_MESSAGE)) in response.content.decode()
    assert Registration.objects.count() == 0


def test_registration_has_its_own_rate_limit(anonymous):
    # Five volunteer sign-ups from the same address do not use up the registrations' limit.
    for _ in range(6):
        anonymous.post("/en/mentors/volunteer/", {"email": "bad"})
    event = OnSiteEventFactory(capacity=50)
    response = anonymous.post(register_url(event), form_data())
    assert response.status_code == 302
    assert Registration.objects.count() == 1


def test_register_only_accepts_post(anonymous):
    assert anonymous.get(register_url(OnSiteEventFactory())).status_code == 405


# --- Prisoner page -----------------------------------------------------------------------------

def test_prisoner_page_lists_public_events_featuring_them(anonymous):
    person = PublicPrisonerFactory(slug="public-person")
    EventFactory(title_en="Upcoming for them", featured=[person])
    EventFactory(title_en="Past for them", featured=[person], starts_at=in_days(-5),
                 ends_at=in_days(-5, 21))
    EventFactory(title_en="Draft for them", featured=[person], is_public=False)
    EventFactory(title_en="Someone else's")
    page = content(anonymous, url("prisoners:detail", slug="public-person"))
    assert "Events for this prisoner" in page
    assert page.index("Upcoming for them") < page.index("Past for them")
    assert "Draft for them" not in page and "Someone else's" not in page


def test_prisoner_page_query_count_does_not_grow_with_events(anonymous):
    person = PublicPrisonerFactory(slug="public-person")
    EventFactory(featured=[person])
    path = url("prisoners:detail", slug="public-person")
    one = count_queries(anonymous, path)
    for day in (-4, -3, 3, 4):
        EventFactory(featured=[person], starts_at=in_days(day), ends_at=in_days(day, 21))
    assert count_queries(anonymous, path) == one


def test_prisoner_without_events_has_no_section(anonymous):
    PublicPrisonerFactory(slug="public-person")
    assert "Events for this prisoner" not in content(
        anonymous, url("prisoners:detail", slug="public-person"))
