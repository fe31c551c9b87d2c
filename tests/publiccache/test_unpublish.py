"""A person who stops being public is on no cached answer at the very next request: no page,
feed, calendar, API answer, CSV or photo, in any language, however the change was made."""

import datetime

import pytest
from django.test import Client

from prisoners.choices import RecognitionStatus
from prisoners.images import sanitize_photo
from prisoners.models import Prisoner
from prisoners.services import photo_store
from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory
from tests.factories import RecognitionFactory
from tests.prisoners.test_photos import jpeg_with_gps
from tests.privacy.test_canaries import LANGUAGES, planted, public_paths  # noqa: F401 - fixture
from tests.privacy.test_canaries_news import news_paths, news_planted  # noqa: F401 - fixture
from tests.publiccache.conftest import body

pytestmark = pytest.mark.usefixtures("page_cache")


def withdraw_consent(person):
    person.consents.update(withdrawn_on=datetime.date(2026, 1, 1))


def unpublish(person):
    Prisoner.objects.filter(pk=person.pk).update(is_published=False)


def remove_recognition(person):
    RecognitionFactory(prisoner=person, status=RecognitionStatus.REMOVED,
                       decided_on=datetime.date(2026, 6, 1))


def person_paths(person):
    """Every answer that shows the person (with a photo, an event and an appeal for them):
    pages, lists, searches, feeds, calendars, the API and the CSV files."""
    photo_store(owner=person, photo=sanitize_photo(jpeg_with_gps()))
    EventFactory(slug="event-for-them", featured=[person])
    AppealFactory(slug="appeal-for-them", prisoners=[person])
    paths = ["/api/v1/prisoners", f"/api/v1/prisoners/{person.slug}",
             f"/api/v1/prisoners?q={person.full_name_latin}", "/open-data/prisoners.csv",
             f"/photos/{person.slug}/full.jpg", f"/photos/{person.slug}/thumb.jpg"]
    for code in LANGUAGES:
        paths += [f"/{code}/", f"/{code}/prisoners/", f"/{code}/prisoners/{person.slug}/",
                  f"/{code}/prisoners/?q={person.full_name_latin}",
                  f"/{code}/prisoners/?q={person.full_name_original}",
                  f"/{code}/prisoners/?region={person.region_id}",
                  f"/{code}/events/", f"/{code}/events/event-for-them/",
                  f"/{code}/events/feed/", f"/{code}/events/calendar.ics",
                  f"/{code}/events/event-for-them/event.ics",
                  f"/{code}/appeals/", f"/{code}/appeals/appeal-for-them/", f"/{code}/feed/",
                  f"/{code}/news/", f"/{code}/news/public-post/", f"/{code}/news/feed/",
                  f"/{code}/mentors/", f"/{code}/campaigns/"]
    return paths


def shows(path, text, person):
    text = text.lower()
    if "?q=" in path:  # a search page echoes its query in the search box
        text = text.replace(path.split("?q=", 1)[1].lower(), "")
    return any(name.lower() in text
               for name in (person.full_name_latin, person.full_name_original))


def fetch(path):
    response = Client().get(path)
    return response.status_code, response.get("X-Cache"), body(response)


@pytest.mark.parametrize("change", [unpublish, withdraw_consent, remove_recognition])
def test_a_person_no_longer_public_is_on_no_cached_answer(planted, news_planted,  # noqa: F811
                                                          change):
    person = planted["public"]
    paths = person_paths(person)
    before = {path: fetch(path) for path in paths}
    warm = {path: fetch(path) for path in paths}
    assert [path for path in paths if warm[path][1] == "miss"] == []
    shown_on = {path for path, (_, _, text) in warm.items() if shows(path, text, person)}
    assert {"/en/prisoners/", f"/de/prisoners/{person.slug}/", "/open-data/prisoners.csv",
            "/api/v1/prisoners", f"/ru/prisoners/?region={person.region_id}",
            "/ru/events/event-for-them/", "/fr/appeals/appeal-for-them/",
            "/en/news/public-post/", "/en/"} <= shown_on
    assert before[f"/photos/{person.slug}/full.jpg"][0] == 200

    change(person)

    assert [path for path in paths if shows(path, fetch(path)[2], person)] == []
    assert fetch(f"/photos/{person.slug}/full.jpg")[0] == 404
    assert fetch(f"/en/prisoners/{person.slug}/")[0] == 404
    assert fetch(f"/api/v1/prisoners/{person.slug}")[0] == 404


def test_no_canary_on_any_cached_answer(planted, news_planted):  # noqa: F811
    """The privacy tests run with the cache off; cached answers are the same bytes."""
    tokens = [token.lower() for token in news_planted["tokens"]]
    for path in sorted({*public_paths(planted), *news_paths(news_planted)}):
        if "?q=" in path:
            continue  # a search echoes its query (tests/privacy/test_canaries.py)
        for _ in range(2):
            text = fetch(path)[2].lower()
            assert [token for token in tokens if token in text] == [], path
