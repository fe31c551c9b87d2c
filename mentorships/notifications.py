"""E-mails to mentors: news in their prisoners' cases, and birthdays a week ahead.

The send_mentor_notifications command runs this from cron. Each e-mail is recorded as a
MentorNotification (unique per mentor and key), so running it again sends nothing twice.
"""

import calendar
import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from mentorships.choices import MentorshipStatus
from mentorships.models import Mentor, MentorNotification, Mentorship
from prisoners import names
from prisoners.choices import EventKind, Status
from prisoners.models import CaseEvent, Prisoner

logger = logging.getLogger(__name__)

NOTIFIED_EVENT_KINDS = [EventKind.HEARING_SCHEDULED, EventKind.VERDICT, EventKind.TRANSFER,
                        EventKind.RELEASED]
# Only events entered recently: when the feature first runs, the backlog is not mailed.
EVENT_WINDOW = datetime.timedelta(days=14)
BIRTHDAY_NOTICE = datetime.timedelta(days=7)


@dataclass(frozen=True)
class Notification:
    """One e-mail to send. It is rendered later, in the mentor's language."""

    mentor: Mentor
    key: str
    prisoner: Prisoner
    event: CaseEvent | None = None
    birthday: datetime.date | None = None


# --- What to send ------------------------------------------------------------------------------

def pending_event_notifications(now) -> list[Notification]:
    """Recent public events of the kinds mentors act on, for each active mentor not told yet."""
    # Mentors only learn published facts: a public event of a prisoner who is not public (not
    # yet published, or consent withdrawn) is not mailed, even to that prisoner's mentor.
    events = CaseEvent.objects.filter(
        is_public=True, kind__in=NOTIFIED_EVENT_KINDS,
        created_at__gt=now - EVENT_WINDOW, created_at__lte=now,
        prisoner__in=Prisoner.objects.public(),
    ).select_related("prisoner").order_by("created_at", "pk")
    return _not_yet_sent([
        Notification(mentor, f"event:{event.pk}", event.prisoner, event=event)
        for event in events
        for mentor in _mentors_to_notify(event.prisoner)
    ])


def pending_birthday_notifications(today) -> list[Notification]:
    """Prisoners whose birthday is exactly a week after today, for each active mentor."""
    day = today + BIRTHDAY_NOTICE
    prisoners = (Prisoner.objects.filter(_born_on(day), mentorships__status=MentorshipStatus.ACTIVE)
                 # No birthday card reminder for someone who died in custody.
                 .exclude(status=Status.DIED_IN_CUSTODY)
                 .select_related("facility").distinct())
    return _not_yet_sent([
        Notification(mentor, f"birthday:{prisoner.pk}:{day.year}", prisoner, birthday=day)
        for prisoner in prisoners
        for mentor in _mentors_to_notify(prisoner)
    ])


def _born_on(day) -> Q:
    """Born on this month and day; those born on 29 February celebrate on 28 February in
    years without one."""
    match = Q(birth_date__month=day.month, birth_date__day=day.day)
    if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
        match |= Q(birth_date__month=2, birth_date__day=29)
    return match


def _mentors_to_notify(prisoner):
    """The prisoner's active mentors who can be reached: an active account with an address."""
    return (Mentor.objects
            .filter(mentorships__in=Mentorship.objects.active().filter(prisoner=prisoner),
                    user__is_active=True)
            .exclude(user__email="")
            .select_related("user"))


def _not_yet_sent(notifications: list[Notification]) -> list[Notification]:
    sent = set(MentorNotification.objects
               .filter(key__in={notification.key for notification in notifications})
               .values_list("mentor_id", "key"))
    return [n for n in notifications if (n.mentor.pk, n.key) not in sent]


# --- Rendering ---------------------------------------------------------------------------------

def portal_url() -> str:
    return settings.SITE_URL.rstrip("/") + "/portal/"


def render(notification: Notification) -> tuple[str, str]:
    """Subject and body in the active language (the sender overrides it per mentor)."""
    name = notification.prisoner.name_for(translation.get_language())
    context = {"mentor": notification.mentor, "prisoner": notification.prisoner, "name": name,
               "portal_url": portal_url()}
    if notification.event is not None:
        return _render_event(notification.event, context)
    return _render_birthday(notification.birthday, context)


def _render_event(event: CaseEvent, context: dict) -> tuple[str, str]:
    subject = _("Case of %(name)s: %(kind)s") % {"name": context["name"],
                                                  "kind": event.get_kind_display()}
    body = render_to_string("mentorships/email/case_event.txt", {**context, "event": event})
    return _elided(subject, body, context["name"])


def _render_birthday(birthday: datetime.date, context: dict) -> tuple[str, str]:
    # With the year: Russian needs the genitive month ("17 марта"), which only DATE_FORMAT uses.
    day = date_format(birthday, "DATE_FORMAT")
    subject = _("Birthday of %(name)s on %(day)s") % {"name": context["name"], "day": day}
    body = render_to_string("mentorships/email/birthday.txt", {**context, "day": day})
    return _elided(subject, body, context["name"])


def _elided(subject: str, body: str, name: str) -> tuple[str, str]:
    # French writes "Affaire de %(name)s": "d’Ivan" before a vowel (plain text, not escaped).
    language = translation.get_language()
    return names.elide(subject, name, language), names.elide(body, name, language)


# --- Sending -----------------------------------------------------------------------------------

def send_mentor_notifications(*, now=None) -> int:
    """Send every pending e-mail; return how many were sent."""
    now = now or timezone.now()
    pending = (pending_event_notifications(now)
               + pending_birthday_notifications(timezone.localdate(now)))
    return sum(_send(notification) for notification in pending)


def _send(notification: Notification) -> bool:
    """Record, then send, in one transaction: a failed send rolls the record back, so the next
    run retries; only a crash between the mail server's acceptance and the commit can lead to
    one repeated e-mail."""
    mentor = notification.mentor
    try:
        with transaction.atomic():
            # get_or_create waits for a concurrent run holding the same key, then sees its row.
            _record, created = MentorNotification.objects.get_or_create(
                mentor=mentor, key=notification.key)
            if not created:
                return False
            with translation.override(mentor.preferred_language):
                subject, body = render(notification)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [mentor.user.email])
    except Exception:
        # One refused address must not hold back everyone else's e-mails; cron mails the log.
        logger.exception("Could not send %s to mentor %s", notification.key, mentor.pk)
        return False
    return True
