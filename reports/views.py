import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from reports import charts, statistics
from reports.models import MonthlyReport
from reports.selectors import report_content

BREAKDOWNS = {
    "by_status": _("By status"),
    "by_category": _("By kind of persecution"),
    "by_arrest_year": _("By year of arrest"),
    "by_article": _("By article of the Criminal Code"),
    "by_region": _("By region"),
}


@require_safe
def report_list(request):
    reports = MonthlyReport.objects.public().only("month", "published_at")
    return render(request, "reports/report_list.html", {"reports": reports})


@require_safe
def report_detail(request, year, month):
    try:
        first_day = datetime.date(year, month, 1)
    except (ValueError, OverflowError):
        raise Http404 from None
    report = get_object_or_404(MonthlyReport.objects.public(), month=first_day)
    context = {"report": report, "content": report_content(report),
               "corrections": report.corrections.all()}
    return render(request, "reports/report_detail.html", context)


@require_safe
def statistics_overview(request):
    context = _with_charts(statistics.public_overview())
    context["years"] = context["overview"]["years"]
    return render(request, "reports/statistics.html", context)


@require_safe
def statistics_year(request, year):
    years = statistics.public_years()
    if year not in years:
        raise Http404
    context = {"figures": statistics.public_annual(year), "years": years}
    return render(request, "reports/statistics_year.html", context)


def statistics_context(prisoners, *, today):
    """The overview with a chart for each breakdown; the admin's version uses it too."""
    return _with_charts(statistics.overview(prisoners, today=today))


def _with_charts(overview):
    breakdowns = [{"key": key, "heading": heading, "rows": overview[key],
                   "chart": charts.horizontal_bars(overview[key])}
                  for key, heading in BREAKDOWNS.items()]
    return {"overview": overview, "breakdowns": breakdowns,
            "new_cases": charts.monthly_columns(overview["new_cases"])}
