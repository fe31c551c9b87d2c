"""Reads for the public mentors pages. Every query starts from a ``public()`` manager."""

import unicodedata
from itertools import groupby

from django.db.models import F, Prefetch

from mentorships.choices import MentorshipStatus
from mentorships.models import Mentor, Mentorship
from prisoners import selectors as prisoner_selectors
from prisoners.choices import Status
from prisoners.models import NAME_FIELDS as PRISONER_NAME_FIELDS
from prisoners.models import Prisoner

# Nobody waits for a mentor after release, emigration or death.
NO_LONGER_HELD = [Status.RELEASED, Status.EMIGRATED, Status.DIED_IN_CUSTODY]
NAME_FIELDS = ["slug", *PRISONER_NAME_FIELDS]


def sort_key(text):
    """Alphabetical in every language of the site: "Österreich" sorts with O, not after Z."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def mentors_by_country():
    """Public mentors grouped by country (names in the active language), alphabetically.

    Each mentor has ``public_mentorships``: public mentorships with public prisoners only.
    """
    mentorships = (
        Mentorship.objects.public().select_related("prisoner")
        .only("mentor", "prisoner", *[f"prisoner__{name}" for name in NAME_FIELDS])
        .order_by(*[f"prisoner__{name}" for name in prisoner_selectors.name_ordering()]))
    mentors = Mentor.objects.public().prefetch_related(
        Prefetch("mentorships", queryset=mentorships, to_attr="public_mentorships"))
    mentors = sorted(mentors, key=lambda mentor: (sort_key(mentor.country.name),
                                                  sort_key(mentor.name)))
    groups = groupby(mentors, key=lambda mentor: mentor.country.code)
    return [{"country": members[0].country, "mentors": members}
            for members in (list(group) for _code, group in groups)]


def without_mentor(prisoners):
    """Those still held who have no active mentorship (public or not: either way, they have a
    mentor). The public volunteer page and the portal's request list share this rule."""
    return (prisoners.exclude(status__in=NO_LONGER_HELD)
            .exclude(mentorships__status=MentorshipStatus.ACTIVE))


def prisoners_waiting_for_mentor():
    """Public prisoners without a mentor, as cards, those waiting longest first."""
    return without_mentor(prisoner_selectors.prisoner_cards()).order_by(
        F("arrested_on").asc(nulls_last=True), *prisoner_selectors.name_ordering())


def prisoners_waiting_choices():
    """The same prisoners for the sign-up form's choice list, by name."""
    return (without_mentor(Prisoner.objects.public()).only("pk", *NAME_FIELDS)
            .order_by(*prisoner_selectors.name_ordering()))
