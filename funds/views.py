import csv
import datetime

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from funds import charts, selectors
from funds.choices import ExpenseCategory


@require_safe
def donate(request):
    context = {"payment_methods": selectors.payment_methods(),
               "campaigns": selectors.open_campaigns()}
    return render(request, "funds/donate.html", context)


@require_safe
def campaign_list(request):
    return render(request, "funds/campaign_list.html",
                  {"campaigns": selectors.public_campaigns()})


@require_safe
def campaign_detail(request, slug):
    campaign = get_object_or_404(selectors.public_campaigns(), slug=slug)
    context = {"campaign": campaign, "supporters": selectors.campaign_supporters(campaign),
               "payment_methods": selectors.payment_methods()}
    return render(request, "funds/campaign_detail.html", context)


@require_safe
def transparency(request, year=None):
    years = selectors.years_with_money()
    year = _chosen_year(year, years)
    figures = selectors.year_figures(year)
    context = {"figures": figures, "totals": figures.totals, "years": years,
               "chart": charts.monthly_chart(figures),
               "lines": selectors.public_expense_lines(year)}
    return render(request, "funds/transparency.html", context)


@require_safe
def transparency_csv(request, year):
    figures = selectors.year_figures(_chosen_year(year, selectors.years_with_money()))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="funds-{figures.year}.csv"'
    writer = csv.writer(response)
    writer.writerow(["month", "income_eur", *[f"{c}_eur" for c in ExpenseCategory],
                     "spending_eur"])
    for month in figures.months:
        writer.writerow([f"{month.month:%Y-%m}", month.income, *month.by_category.values(),
                         month.spending])
    return response


def _chosen_year(year, years):
    """The year asked for if the ledger has it; the latest one when none was asked for."""
    if year is None:
        return years[0] if years else datetime.date.today().year
    if year not in years:
        raise Http404
    return year
