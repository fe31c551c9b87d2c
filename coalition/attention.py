"""What needs a coordinator's attention: the admin index's dashboard and the weekly e-mail.

Each item is a set of records and the admin list that shows exactly that set. The prisoner
items are one list filter of the prisoner list (``?attention=<key>``) built from the same
querysets as the counts, so a count and the list behind its link cannot disagree.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from coalition import translation_status
from mentorships.choices import MentorshipStatus
from mentorships.models import Mentorship, MentorSignup
from prisoners.choices import EventKind, RecognitionStatus, Status, VerifiedAspect
from prisoners.models import CaseEvent, Prisoner, Recognition, Verification
from reports.choices import ReportStatus
from reports.models import MonthlyReport

ADDRESS_VERIFIED_WITHIN = timedelta(days=90)
HEARINGS_WITHIN = timedelta(days=14)


def recognitions_due(prisoners):
    """Prisoners whose latest recognition decision is due for re-review."""
    latest = (Recognition.objects.filter(prisoner=OuterRef("pk"),
                                         status__in=RecognitionStatus.decisions())
              .order_by("-decided_on", "-pk").values("re_review_on")[:1])
    return prisoners.annotate(re_review_on=Subquery(latest)).filter(
        re_review_on__lte=timezone.localdate())


def addresses_unverified(prisoners):
    """Prisoners in custody whose letter address nobody verified in the last 90 days."""
    since = timezone.localdate() - ADDRESS_VERIFIED_WITHIN
    recent = Verification.objects.filter(aspect=VerifiedAspect.ADDRESS, verified_on__gt=since)
    return prisoners.filter(status__in=Status.in_custody()).exclude(
        pk__in=recent.values("prisoner"))


def hearings_soon(prisoners):
    """Prisoners with a hearing scheduled today or in the next 14 days."""
    today = timezone.localdate()
    hearings = CaseEvent.objects.filter(kind=EventKind.HEARING_SCHEDULED,
                                        date__range=(today, today + HEARINGS_WITHIN))
    return prisoners.filter(pk__in=hearings.values("prisoner"))


def without_mentor(prisoners):
    """Public prisoners in custody that no mentor accompanies."""
    mentored = Mentorship.objects.active().values("prisoner")
    return (prisoners.filter(pk__in=Prisoner.objects.public().values("pk"),
                             status__in=Status.in_custody())
            .exclude(pk__in=mentored))


def missing_translation(prisoners, language):
    """Prisoners with a text written in another language but not in ``language`` (the
    translation-status page's definition, coalition.translation_status)."""
    return prisoners.filter(translation_status.missing(prisoners.model, language))


def past_drafts(reports):
    """Reports of months that are over and still drafts."""
    first_of_month = timezone.localdate().replace(day=1)
    return reports.filter(status=ReportStatus.DRAFT, month__lt=first_of_month)


# key -> (label, selection, the permission needed to open the records)
PRISONER_ITEMS = {
    "re-review": (_("Recognitions due for re-review"), recognitions_due,
                  "prisoners.view_recognition"),
    "address": (_("Letter addresses not verified for 90 days"), addresses_unverified,
                "prisoners.view_verification"),
    "hearing": (_("Hearings in the next 14 days"), hearings_soon, "prisoners.view_caseevent"),
    "no-mentor": (_("Public prisoners without a mentor"), without_mentor,
                  "mentorships.view_mentorship"),
}


@dataclass(frozen=True)
class Item:
    label: str
    count: int
    path: str  # the admin list showing these records


def _prisoner_list(**query):
    return f"{reverse('admin:prisoners_prisoner_changelist')}?{urlencode(query)}"


def items_for(user):
    """The dashboard's items the user may open, each with its count and list (a constant
    number of queries: one count per item)."""
    items = []
    prisoners = Prisoner.objects.all()
    for key, (label, select, permission) in PRISONER_ITEMS.items():
        if user.has_perm("prisoners.view_prisoner") and user.has_perm(permission):
            items.append(Item(label, select(prisoners).count(), _prisoner_list(attention=key)))
    if user.has_perm("mentorships.view_mentorship"):
        items.append(Item(
            _("Mentorship requests waiting"),
            Mentorship.objects.filter(status=MentorshipStatus.REQUESTED).count(),
            f"{reverse('admin:mentorships_mentorship_changelist')}?status__exact="
            f"{MentorshipStatus.REQUESTED}"))
    if user.has_perm("mentorships.view_mentorsignup"):
        items.append(Item(
            _("Mentor sign-ups waiting"), MentorSignup.objects.filter(is_handled=False).count(),
            f"{reverse('admin:mentorships_mentorsignup_changelist')}?is_handled__exact=0"))
    if user.has_perm("prisoners.change_prisoner"):
        public = Prisoner.objects.public()
        for code, name in settings.LANGUAGES:
            items.append(Item(
                _("Public prisoners without a text in %(language)s") % {"language": _(name)},
                missing_translation(public, code).count(),
                _prisoner_list(**{"visible": "yes", translation_status.PARAMETER: code})))
    if user.has_perm("reports.view_monthlyreport"):
        items.append(Item(
            _("Draft reports of past months"), past_drafts(MonthlyReport.objects).count(),
            f"{reverse('admin:reports_monthlyreport_changelist')}?draft=past"))
    return items
