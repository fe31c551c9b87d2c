"""The combined "what's new": news posts, new events, new appeals and published reports,
newest first. Each source starts from its model's ``public()`` and costs one query."""

import datetime
from dataclasses import dataclass

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from appeals.models import Appeal
from events import selectors as events_selectors
from news import selectors as news_selectors
from reports.models import MonthlyReport


@dataclass(frozen=True)
class Update:
    kind: str
    title: str
    summary: str
    url: str
    published_at: datetime.datetime


def _posts(limit):
    return [Update(pgettext_lazy("what's new", "News"), post.title, post.summary,
                   post.get_absolute_url(), post.published_at)
            for post in news_selectors.public_posts()[:limit]]


def _events(limit):
    return [Update(_("Event"), event.display_title, Truncator(event.description).words(40),
                   event.get_absolute_url(), event.published_at)
            for event in events_selectors.feed_events()[:limit]]


def _appeals(limit):
    appeals = Appeal.objects.public().exclude(published_at=None)
    return [Update(_("Appeal"), appeal.title, appeal.demand, appeal.get_absolute_url(),
                   appeal.published_at)
            for appeal in appeals.order_by("-published_at", "-pk")[:limit]]


def _reports(limit):
    reports = MonthlyReport.objects.public().only("month", "published_at")
    return [Update(_("Monthly report"), report.title, "", report.get_absolute_url(),
                   report.published_at)
            for report in reports.order_by("-published_at", "-pk")[:limit]]


SOURCES = (_posts, _events, _appeals, _reports)


def latest_updates(limit=30):
    """The ``limit`` newest updates of every kind."""
    updates = [update for source in SOURCES for update in source(limit)]
    return sorted(updates, key=lambda update: update.published_at, reverse=True)[:limit]
