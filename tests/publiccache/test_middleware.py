"""What the page cache stores, for whom, and how it answers."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from prisoners.models import Prisoner
from publiccache.memo import public_memo
from publiccache.triggers import current_version
from tests.factories import PrisonerFactory, PublicPrisonerFactory, UserFactory
from tests.publiccache.conftest import body

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def person():
    return PublicPrisonerFactory(slug="cached-person", full_name_latin="Ivan Cachedov")


def test_the_second_request_is_a_hit_with_one_query(person, django_assert_num_queries):
    client = Client()
    first = client.get("/en/prisoners/cached-person/")
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(1):  # the public data version
        second = client.get("/en/prisoners/cached-person/")
    assert second["X-Cache"] == "hit"
    assert body(second) == body(first) and "Ivan Cachedov" in body(second)
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"] == "no-cache"


def test_a_page_and_its_kept_parts_read_the_version_once(person):
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/en/prisoners/")
    assert response["X-Cache"] == "miss"
    reads = [query for query in queries if "publiccache_publicdataversion" in query["sql"]]
    assert len(reads) == 1  # filter lists, count and menu are memos of the same version


def test_a_client_holding_the_page_gets_304_without_rendering(person,
                                                               django_assert_num_queries):
    etag = Client().get("/en/prisoners/").headers["ETag"]
    with django_assert_num_queries(1):
        response = Client().get("/en/prisoners/", headers={"If-None-Match": etag})
    assert response.status_code == 304 and response.content == b""
    assert response["ETag"] == etag
    changed = Client().get("/en/prisoners/", headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200


def test_a_change_of_data_is_a_miss_with_the_new_content(person):
    Client().get("/en/prisoners/cached-person/")
    Prisoner.objects.filter(pk=person.pk).update(full_name_latin="Ivan Renamed")
    response = Client().get("/en/prisoners/cached-person/")
    assert response["X-Cache"] == "miss"
    assert "Ivan Renamed" in body(response) and "Ivan Cachedov" not in body(response)


def test_keys_hold_the_language_and_the_whole_query_string(person):
    client = Client()
    assert client.get("/en/prisoners/?q=Ivan")["X-Cache"] == "miss"
    assert client.get("/en/prisoners/?q=Ivan&page=1")["X-Cache"] == "miss"
    assert client.get("/de/prisoners/?q=Ivan")["X-Cache"] == "miss"
    assert client.get("/en/prisoners/?q=Ivan")["X-Cache"] == "hit"
    # The root redirects by Accept-Language: each language's redirect is its own entry.
    german = Client().get("/", headers={"Accept-Language": "de"})
    french = Client().get("/", headers={"Accept-Language": "fr"})
    assert (german["Location"], french["Location"]) == ("/de/", "/fr/")
    assert Client().get("/", headers={"Accept-Language": "fr"})["X-Cache"] == "hit"


def test_signed_in_visitors_and_other_cookies_pass_by(person):
    Client().get("/en/prisoners/")
    language_only = Client()
    language_only.cookies["django_language"] = "de"
    assert language_only.get("/en/prisoners/")["X-Cache"] == "hit"
    signed_in = Client()
    signed_in.force_login(UserFactory())
    assert not signed_in.get("/en/prisoners/").has_header("X-Cache")
    with_cookie = Client()
    with_cookie.cookies["messages"] = "anything"
    assert not with_cookie.get("/en/prisoners/").has_header("X-Cache")
    assert not Client().get("/en/prisoners/",
                            headers={"Authorization": "Bearer x"}).has_header("X-Cache")


def test_head_post_and_private_urls_pass_by(person):
    client = Client()
    assert not client.head("/en/prisoners/").has_header("X-Cache")
    assert not client.post("/en/prisoners/").has_header("X-Cache")
    assert not client.get("/healthz").has_header("X-Cache")
    assert not client.get("/accounts/login/").has_header("X-Cache")
    assert not client.get("/portal/").has_header("X-Cache")


def test_an_answer_with_the_visitors_csrf_token_is_never_stored(person):
    first = Client()
    response = first.get("/en/mentors/volunteer/")
    assert response.cookies and not response.has_header("X-Cache")
    # Also when the visitor already holds the cookie: the page shows a token made from it.
    again = first.get("/en/mentors/volunteer/")
    assert not again.has_header("X-Cache")
    token = again.context["csrf_token"]
    assert str(token) not in body(Client().get("/en/mentors/volunteer/"))


def test_photos_are_not_stored(person):
    from prisoners import services
    from prisoners.images import sanitize_photo
    from tests.prisoners.test_photos import jpeg_with_gps

    services.photo_store(owner=person, photo=sanitize_photo(jpeg_with_gps()))
    for _ in range(2):
        response = Client().get("/photos/cached-person/thumb.jpg")
        assert response.status_code == 200 and not response.has_header("X-Cache")
        assert response["Cache-Control"] == "private, max-age=300"


def test_the_streamed_csv_is_kept_once_sent_in_full(person):
    first = Client().get("/open-data/prisoners.csv")
    assert first.streaming and first["X-Cache"] == "miss"
    content = body(first)
    second = Client().get("/open-data/prisoners.csv")
    assert second["X-Cache"] == "hit" and not second.streaming
    assert body(second) == content and "Ivan Cachedov" in content
    assert second["Content-Type"] == first["Content-Type"]


def test_not_found_and_redirects_are_stored_errors_are_not(person):
    assert Client().get("/en/prisoners/nobody/").status_code == 404
    again = Client().get("/en/prisoners/nobody/")
    assert (again.status_code, again["X-Cache"]) == (404, "hit")
    assert Client().get("/en/prisoners/?page=abc").status_code == 200


def test_without_a_version_row_nothing_is_cached(person):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM publiccache_publicdataversion")
    assert current_version() is None
    assert not Client().get("/en/prisoners/").has_header("X-Cache")


def test_switched_off_nothing_is_cached(person, settings):
    settings.PUBLIC_CACHE = False
    assert not Client().get("/en/prisoners/").has_header("X-Cache")
    calls = []
    public_memo("count", lambda: calls.append(1))
    public_memo("count", lambda: calls.append(1))
    assert calls == [1, 1]


def test_a_memo_is_computed_again_after_a_change():
    calls = []

    def count():
        calls.append(1)
        return Prisoner.objects.count()

    assert public_memo("prisoners", count) == 0
    assert public_memo("prisoners", count) == 0
    assert len(calls) == 1
    PrisonerFactory()
    assert public_memo("prisoners", count) == 1
    assert len(calls) == 2


def test_an_answer_written_in_parts_is_sent_in_one_piece(person):
    """The Atom feeds write their XML element by element; a hit sends it in one write."""
    Client().get("/en/reports/feed/")
    hit = Client().get("/en/reports/feed/")
    assert hit["X-Cache"] == "hit"
    assert len(list(hit)) == 1 and "<feed" in body(hit)


def test_without_the_cache_server_pages_are_rendered(person, monkeypatch):
    def unavailable(*args, **kwargs):
        raise ConnectionError("cache server down")

    monkeypatch.setattr(cache, "get", unavailable)
    monkeypatch.setattr(cache, "set", unavailable)
    response = Client().get("/en/prisoners/")
    assert response.status_code == 200 and "Ivan Cachedov" in body(response)
    assert public_memo("anything", lambda: 42) == 42
