"""Canaries for the surfaces that gather every kind of campaigning: the home page, the
"what's new" feed and the sitemap. Unpublished events, appeals and news posts, and private
prisoners linked to public ones, never reach them in any language."""

import pytest
from django.utils import timezone

from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory
from tests.news.factories import PostFactory
from tests.privacy.test_canaries import LANGUAGES, Canaries, hidden_prisoner
from tests.privacy.test_canaries_events import hidden_event
from tests.privacy.test_canaries_news import canary_post


def hidden_appeal(canary, label, **kwargs):
    return AppealFactory(slug=canary(f"{label}_slug").lower(), **{
        f"{field}_{code}": canary(f"{label}_{field}_{code}")
        for field in ("title", "text", "demand", "addressee") for code in LANGUAGES}, **kwargs)


@pytest.fixture
def planted(db):
    canary = Canaries()
    hidden = [hidden_prisoner(canary, "unpublished"),
              hidden_prisoner(canary, "unconsented", is_published=True)]
    EventFactory(slug="public-event", featured=hidden)
    PostFactory(slug="public-post", prisoners=hidden)
    AppealFactory(slug="public-appeal").prisoners.set(hidden)
    hidden_event(canary, "draft_event", is_public=False, published_at=None)
    hidden_event(canary, "unpublished_event", is_public=False)
    canary_post(canary, "draft_post", is_public=False)
    canary_post(canary, "future_post", published_at=timezone.now() + timezone.timedelta(days=2))
    hidden_appeal(canary, "private_appeal", is_public=False)
    return canary.tokens


def paths():
    return ["/", "/sitemap.xml", *(f"/sitemap-{section}.xml" for section in
                                  ("site", "prisoners", "news", "events", "appeals")),
            *(f"/{code}/" for code in LANGUAGES), *(f"/{code}/feed/" for code in LANGUAGES)]


def test_no_canary_on_home_feed_or_sitemap(planted, anonymous):
    for path in paths():
        response = anonymous.get(path, follow=True)
        assert response.status_code == 200, path
        text = response.content.decode().lower()
        leaked = [token for token in planted if token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"


def test_the_feed_lists_the_public_items(planted, anonymous):
    feed = anonymous.get("/en/feed/").content.decode()
    for path in ("/en/events/public-event/", "/en/news/public-post/",
                 "/en/appeals/public-appeal/"):
        assert f"http://testserver{path}" in feed
