"""Writes for the activity log and monthly reports (admin actions and tests call these)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from reports.choices import ActivityKind, ReportStatus
from reports.models import Activity, MonthlyReport
from reports.selectors import report_figures


@transaction.atomic
def activity_record(*, kind, date, prisoners, facility=None, note="", user=None,
                    move_prisoners=False):
    """Log support work for one or more prisoners. For "whereabouts identified",
    ``move_prisoners`` also makes the facility their current one, in the same step."""
    if not prisoners:
        raise ValidationError({"prisoners": _("Choose at least one prisoner.")})
    activity = Activity(kind=kind, date=date, facility=facility, note=note, created_by=user)
    activity.full_clean()
    activity.save()
    activity.prisoners.set(prisoners)
    if move_prisoners:
        activity_move_prisoners(activity=activity)
    return activity


def activity_move_prisoners(*, activity):
    """Make the facility where prisoners were found their current facility."""
    if activity.kind != ActivityKind.WHEREABOUTS_IDENTIFIED or not activity.facility_id:
        return 0
    prisoners = activity.prisoners.exclude(facility=activity.facility_id)
    for prisoner in prisoners:
        prisoner.facility = activity.facility
        prisoner.save(update_fields=["facility", "updated_at"])
    return len(prisoners)


def report_month_is_over(month, today=None):
    today = today or timezone.localdate()
    return month.replace(day=1) < today.replace(day=1)


@transaction.atomic
def report_publish(*, report, user=None, today=None):
    """Freeze the month's figures into the report and publish it."""
    report = MonthlyReport.objects.select_for_update().get(pk=report.pk)
    if report.is_published:
        raise ValidationError(_("This report is already published; add a correction instead."))
    if not report_month_is_over(report.month, today):
        raise ValidationError(_("A month can be reported only once it is over."))
    report.figures = report_figures(report.month)
    report.status = ReportStatus.PUBLISHED
    report.published_at = timezone.now()
    report.published_by = user
    report.save(update_fields=["figures", "status", "published_at", "published_by",
                               "updated_at"])
    return report


def report_draft(*, month):
    """The report of ``month`` (any day of it), created as a draft if there is none."""
    report, _created = MonthlyReport.objects.get_or_create(
        month=datetime.date(month.year, month.month, 1))
    return report
