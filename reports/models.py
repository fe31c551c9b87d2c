"""The activity log, and monthly reports generated from it and from the funds ledger."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from prisoners.models import Facility, Prisoner
from reports.choices import ActivityKind, ReportStatus


class Activity(models.Model):
    """Support work as it happens: internal; only counts and public names reach reports."""

    kind = models.CharField(_("kind"), max_length=32, choices=ActivityKind.choices)
    date = models.DateField(_("date"))
    prisoners = models.ManyToManyField(Prisoner, related_name="activities",
                                       verbose_name=_("prisoners"))
    facility = models.ForeignKey(
        Facility, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("facility found"),
        help_text=_("For \"whereabouts identified\": where the prisoners were found."))
    note = models.TextField(_("internal note"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+", editable=False,
                                   verbose_name=_("entered by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activity log")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["date", "kind"], name="activity_date_kind")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind=ActivityKind.WHEREABOUTS_IDENTIFIED) | Q(facility__isnull=False),
                name="activity_whereabouts_has_facility"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"

    def clean(self):
        if self.kind == ActivityKind.WHEREABOUTS_IDENTIFIED and not self.facility_id:
            raise ValidationError({"facility": _("Say in which facility they were found.")})


class MonthlyReportQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status=ReportStatus.PUBLISHED)


class MonthlyReport(models.Model):
    """A month's report. A draft shows live figures; publishing stores them, and from then on
    the report keeps those numbers. Corrections are added explicitly (ReportCorrection)."""

    month = models.DateField(_("month"), unique=True,
                             help_text=_("Any day of the month; stored as its first day."))
    introduction = models.TextField(_("introduction"), blank=True)
    closing = models.TextField(_("closing text"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=ReportStatus.choices,
                              default=ReportStatus.DRAFT, editable=False)
    figures = models.JSONField(_("figures"), null=True, blank=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+", editable=False,
                                     verbose_name=_("published by"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MonthlyReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        ordering = ["-month"]
        permissions = [("publish_monthlyreport", _("Can publish monthly reports"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=ReportStatus.DRAFT) | Q(figures__isnull=False,
                                                           published_at__isnull=False),
                name="report_published_has_figures"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m}"

    def save(self, *args, **kwargs):
        if self.month:
            self.month = self.month.replace(day=1)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("reports:report", kwargs={"year": self.month.year,
                                                 "month": self.month.month})

    @property
    def is_published(self):
        return self.status == ReportStatus.PUBLISHED

    @property
    def title(self):
        """"Report for March 2026", in the active language."""
        month = date_format(self.month, "YEAR_MONTH_FORMAT")
        return gettext("Report for %(month)s") % {"month": month}


class ReportCorrection(models.Model):
    """A correction to a published report, shown with it; the stored figures stay as they
    were published."""

    report = models.ForeignKey(MonthlyReport, on_delete=models.CASCADE,
                               related_name="corrections", verbose_name=_("report"))
    date = models.DateField(_("date"))
    text = models.TextField(_("correction"))

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}"
