"""The combined "what's new" feed: news, new events, new appeals and reports, newest first."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext

from events.choices import EventStatus
from reports import services as reports_services
from reports.models import MonthlyReport
from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory
from tests.news.factories import PostFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, language="en"):
    response = client.get(f"/{language}/feed/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    return [(entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"))
            for entry in root.iter(f"{ATOM}entry")]


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def publish_report(month, published_on):
    report = reports_services.report_draft(month=month)
    reports_services.report_publish(report=report, today=published_on)
    return report


@pytest.mark.django_db
def test_lists_every_kind_newest_first_with_absolute_links(anonymous):
    PostFactory(slug="older-news", title_en="Older news", published_at=days_ago(5))
    EventFactory(slug="concert", title_en="Concert", published_at=days_ago(1))
    EventFactory(slug="vigil", title_en="Vigil", published_at=days_ago(3),
                 status=EventStatus.CANCELLED)
    AppealFactory(slug="free-them", title_en="Free them", published_at=days_ago(2))
    AppealFactory(slug="hidden-appeal", title_en="Hidden appeal", is_public=False)
    PostFactory(slug="draft", title_en="Draft news", is_public=False)
    EventFactory(slug="hidden", title_en="Hidden event", is_public=False)
    report = publish_report(datetime.date(2026, 3, 1), datetime.date(2026, 4, 2))
    MonthlyReport.objects.filter(pk=report.pk).update(published_at=days_ago(4))

    assert entries(anonymous) == [
        ("Event: Concert", "http://testserver/en/events/concert/"),
        ("Appeal: Free them", "http://testserver/en/appeals/free-them/"),
        ("Event: Cancelled: Vigil", "http://testserver/en/events/vigil/"),
        ("Monthly report: Report for March 2026", "http://testserver/en/reports/2026/3/"),
        ("News: Older news", "http://testserver/en/news/older-news/"),
    ]


@pytest.mark.django_db
def test_is_in_the_language_of_its_address(anonymous):
    PostFactory(slug="post", title_de="Nachricht")
    with translation.override("de"):
        label = pgettext("what's new", "News")
    assert label != "News"
    assert entries(anonymous, "de") == [(f"{label}: Nachricht",
                                         "http://testserver/de/news/post/")]


@pytest.mark.django_db
def test_every_public_page_links_to_it(anonymous):
    with translation.override("fr"):
        title = gettext("What's new")
    assert title != "What's new"
    page = anonymous.get("/fr/").content.decode()
    assert (f'<link rel="alternate" type="application/atom+xml" title="{title}" '
            'href="/fr/feed/">') in page


@pytest.mark.django_db
def test_query_count_is_constant(anonymous):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            entries(anonymous)
        return len(captured)

    PostFactory()
    EventFactory()
    AppealFactory()
    one = queries()
    for _ in range(4):
        PostFactory()
        EventFactory()
        AppealFactory()
    assert queries() == one
