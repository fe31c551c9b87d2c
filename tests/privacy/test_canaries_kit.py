"""The letter-writing kit and the poster never show a private prisoner, private data of a
public one, or an unpublished event: tokens are planted in all of them (the registry's
``planted`` fixture) and every kit URL is requested in every language."""

import pytest

from tests.events.factories_kit import KitEventFactory
from tests.privacy.test_canaries import LANGUAGES, Canaries, planted  # noqa: F401


def translated(canary, label):
    return {f"{label}_{code}": canary(f"{label}_{code}") for code in LANGUAGES}


@pytest.fixture
def kit_events(planted):  # noqa: F811
    """A public event featuring the public prisoner, the one without photo consent and every
    hidden prisoner; and unpublished events whose every text is a canary."""
    canary = Canaries()
    shown = KitEventFactory(slug="public-kit-event",
                            featuring=[planted["public"], planted["no_photo"], *planted["hidden"]])
    hidden = [
        KitEventFactory(slug=canary("draft_event").lower(), is_public=False, published_at=None,
                        venue_name=canary("draft_venue"), organiser__name=canary("draft_org"),
                        featuring=[planted["public"]], **translated(canary, "title"),
                        **translated(canary, "description")),
        KitEventFactory(slug=canary("withdrawn_event").lower(), is_public=False,
                        featuring=[planted["public"]], **translated(canary, "title")),
    ]
    return {"tokens": [*planted["tokens"], *canary.tokens], "shown": shown, "hidden": hidden}


def kit_paths(planted, kit_events):  # noqa: F811
    paths = ["/", f"/en/prisoners/{planted['public'].slug}/"]
    for code in LANGUAGES:
        for event in [kit_events["shown"], *kit_events["hidden"]]:
            paths += [f"/{code}/events/{event.slug}/kit/", f"/{code}/events/{event.slug}/poster/"]
        paths += [f"/{code}/prisoners/{planted['public'].slug}/", f"/{code}/"]
    return paths


def test_no_canary_in_any_kit_or_poster(planted, kit_events, anonymous):  # noqa: F811
    for path in kit_paths(planted, kit_events):
        response = anonymous.get(path, follow=True)
        assert response.status_code in (200, 404), path
        text = response.content.decode().lower()
        leaked = [token for token in kit_events["tokens"] if token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"


def test_kit_shows_the_public_prisoners_and_only_the_consented_photo(planted, kit_events,  # noqa: F811
                                                                     anonymous):
    for code in LANGUAGES:
        page = anonymous.get(f"/{code}/events/public-kit-event/kit/").content.decode()
        assert page.count('class="kit-sheet"') == 2
        assert f"/photos/{planted['public'].slug}/full.jpg" not in page  # no photo stored
        assert f"/photos/{planted['no_photo'].slug}/" not in page


def test_unpublished_events_have_no_kit_or_poster(kit_events, anonymous):
    for event in kit_events["hidden"]:
        for code in LANGUAGES:
            for page in ("kit", "poster"):
                assert anonymous.get(f"/{code}/events/{event.slug}/{page}/").status_code == 404
