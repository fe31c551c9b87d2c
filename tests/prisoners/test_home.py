"""The home page's campaigning: the next events, the appeals open for signatures and the
latest news, public ones only, in a constant number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from appeals.choices import AppealStatus
from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory, in_days
from tests.news.factories import PostFactory

pytestmark = pytest.mark.django_db


def home(client):
    response = client.get("/en/")
    assert response.status_code == 200
    return response


def test_shows_the_next_public_events_soonest_first(anonymous):
    for days in (20, 5, 9, 30):
        EventFactory(slug=f"in-{days}", starts_at=in_days(days))
    EventFactory(slug="past", starts_at=in_days(-3), ends_at=in_days(-3, 21))
    EventFactory(slug="hidden", is_public=False)
    events = home(anonymous).context["events"]
    assert [event.slug for event in events] == ["in-5", "in-9", "in-20"]


def test_shows_only_appeals_open_for_signatures(anonymous):
    AppealFactory(slug="open")
    AppealFactory(slug="delivered", status=AppealStatus.DELIVERED,
                  outcome_on=timezone.localdate())
    AppealFactory(slug="private", is_public=False)
    AppealFactory(slug="not-yet", opens_on=timezone.localdate() + datetime.timedelta(days=2))
    page = home(anonymous)
    assert [appeal.slug for appeal in page.context["appeals"]] == ["open"]
    assert 'href="/en/appeals/open/"' in page.content.decode()


def test_shows_the_latest_public_news(anonymous):
    now = timezone.now()
    for days in range(1, 5):
        PostFactory(slug=f"day-{days}", published_at=now - datetime.timedelta(days=days))
    PostFactory(slug="draft", is_public=False)
    page = home(anonymous)
    assert [post.slug for post in page.context["news_posts"]] == ["day-1", "day-2", "day-3"]
    assert 'href="/en/news/day-1/"' in page.content.decode()


def test_without_campaigning_the_sections_are_absent(anonymous):
    page = home(anonymous).content.decode()
    for heading in ('id="events-heading"', 'id="appeals-heading"', 'id="news-heading"'):
        assert heading not in page


def test_query_count_does_not_grow_with_the_sections(anonymous):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            home(anonymous)
        return len(captured)

    EventFactory()
    AppealFactory()
    PostFactory()
    one = queries()
    for _ in range(3):
        EventFactory()
        AppealFactory()
        PostFactory()
    assert queries() == one
