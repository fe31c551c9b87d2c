"""Reads for the mentor portal. Everything starts from the signed-in mentor's own active
mentorships (``Prisoner.objects.for_mentor``): another mentor's prisoner is never reachable."""

import datetime
from calendar import isleap

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from mentorships.choices import MentorshipStatus
from mentorships.models import MentorAction, Mentorship
from mentorships.selectors_public import without_mentor
from prisoners.choices import EventKind
from prisoners.models import CaseEvent, Prisoner


def next_birthday(birth_date, today):
    """The next birthday on or after today; 29 February falls on 28 February in other years."""
    if not birth_date:
        return None
    for year in (today.year, today.year + 1):
        leap_day_moved = (birth_date.month, birth_date.day) == (2, 29) and not isleap(year)
        candidate = datetime.date(year, birth_date.month, 28 if leap_day_moved else birth_date.day)
        if candidate >= today:
            return candidate
    return None


def my_prisoners(user):
    """The mentor's prisoners with their next scheduled hearing (one query each, not per row)."""
    today = timezone.localdate()
    hearings = (CaseEvent.objects.for_mentors()
                .filter(kind=EventKind.HEARING_SCHEDULED, date__gte=today).order_by("date"))
    prisoners = (Prisoner.objects.for_mentor(user).select_related("facility", "region")
                 .prefetch_related(Prefetch("events", queryset=hearings,
                                            to_attr="upcoming_hearings"))
                 .order_by("full_name_latin"))
    for prisoner in prisoners:
        prisoner.next_hearing = next(iter(prisoner.upcoming_hearings), None)
        prisoner.next_birthday = next_birthday(prisoner.birth_date, today)
    return prisoners


def events_since(user, since):
    events = CaseEvent.objects.for_mentors().filter(
        prisoner__in=Prisoner.objects.for_mentor(user))
    if since:
        events = events.filter(created_at__gt=since)
    return events.select_related("prisoner").order_by("-created_at")[:20]


def my_actions(user, prisoner=None):
    actions = MentorAction.objects.filter(mentorship__mentor__user=user)
    if prisoner:
        actions = actions.filter(mentorship__prisoner=prisoner)
    return actions.select_related("mentorship__prisoner").order_by("-date", "-pk")


def prisoners_to_request(mentor):
    """Public prisoners waiting for a mentor, the least supported first (fewest mentorships
    ever, then the longest in custody); those this mentor already asked for are left out."""
    requested_by_mentor = Mentorship.objects.filter(
        prisoner=OuterRef("pk"), mentor=mentor, status=MentorshipStatus.REQUESTED)
    return (without_mentor(Prisoner.objects.public())
            .exclude(Exists(requested_by_mentor))
            .annotate(support=Count("mentorships", distinct=True,
                                    filter=~Q(mentorships__status=MentorshipStatus.REQUESTED)))
            .select_related("region").order_by("support", "arrested_on", "pk"))
