"""Persecution statistics over a set of prisoners.

Public pages, the API and CSV files pass ``Prisoner.objects.public()``; the coordinators' page
in the admin passes every prisoner. Each breakdown is one query, whatever the number of rows.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear, TruncMonth

from prisoners.choices import Category, SentenceKind, Status
from prisoners.models import Article, Prisoner, Region

# Sentences that take away liberty: their terms add up to the "years of prison" figure.
CUSTODIAL = [SentenceKind.GENERAL_REGIME, SentenceKind.STRICT_REGIME,
             SentenceKind.SPECIAL_REGIME, SentenceKind.COLONY_SETTLEMENT, SentenceKind.PRISON]
MONTHS_SHOWN = 24


@dataclass
class Row:
    """One line of a breakdown: what is counted (a label, and a code for files), how many."""

    code: str
    label: str
    count: int


def _counts(rows, field):
    """How many rows per value of ``field``. Rows are prisoners, or prisoner-article links
    (unique pairs), so a plain COUNT counts people: DISTINCT would only cost a sort."""
    counted = rows.order_by().values(field).annotate(n=Count("pk"))
    return {row[field]: row["n"] for row in counted}


def by_choice(prisoners, field, choices):
    counts = _counts(prisoners, field)
    return [Row(choice.value, str(choice.label), counts.get(choice.value, 0)) for choice in choices]


def by_status(prisoners):
    return by_choice(prisoners, "status", Status)


def by_category(prisoners):
    return by_choice(prisoners, "category", Category)


def by_arrest_year(prisoners):
    counts = _counts(prisoners.filter(arrested_on__isnull=False)
                     .annotate(year=ExtractYear("arrested_on")), "year")
    return [Row(str(year), str(year), counts[year]) for year in sorted(counts)]


def by_article(prisoners):
    """Each article with the number of prisoners charged under it (one person may count under
    several articles)."""
    counts = _counts(Prisoner.articles.through.objects.filter(prisoner__in=prisoners),
                     "article_id")
    articles = Article.objects.in_bulk(list(counts))
    rows = [Row(articles[pk].number, f"{articles[pk].label} {articles[pk].title}", n)
            for pk, n in counts.items()]
    return sorted(rows, key=lambda row: (-row.count, row.code))


def by_region(prisoners):
    counts = _counts(prisoners.filter(region__isnull=False), "region")
    regions = Region.objects.in_bulk(list(counts))
    rows = [Row(regions[pk].code, str(regions[pk]), n) for pk, n in counts.items()]
    return sorted(rows, key=lambda row: (-row.count, row.label))


def new_cases_per_month(prisoners, *, until, months=MONTHS_SHOWN):
    """Arrests per month over the ``months`` months that end with ``until``'s month."""
    last = until.replace(day=1)
    first = _add_months(last, -(months - 1))
    counts = _counts(prisoners.filter(arrested_on__gte=first, arrested_on__lt=_add_months(last, 1))
                     .annotate(month=TruncMonth("arrested_on")), "month")
    counts = {_as_date(month): n for month, n in counts.items()}
    return [(_add_months(first, index), counts.get(_add_months(first, index), 0))
            for index in range(months)]


def annual(prisoners, year):
    """A year in numbers: new arrests, verdicts, years of prison handed down, releases."""
    custodial = Q(verdict_on__year=year, sentence_kind__in=CUSTODIAL)
    figures = prisoners.order_by().aggregate(
        arrests=Count("pk", filter=Q(arrested_on__year=year)),
        verdicts=Count("pk", filter=Q(verdict_on__year=year)),
        custodial_verdicts=Count("pk", filter=custodial),
        sentence_years=Sum("sentence_years", filter=custodial),
        sentence_months=Sum("sentence_months", filter=custodial),
        releases=Count("pk", filter=Q(released_on__year=year)),
    )
    months = (figures.pop("sentence_years") or 0) * 12 + (figures.pop("sentence_months") or 0)
    figures["years_of_prison"] = (Decimal(months) / 12).quantize(Decimal("0.1"))
    figures["year"] = year
    return figures


def years_with_events(prisoners):
    """Years in which a prisoner was arrested, sentenced or released, newest first."""
    fields = ("arrested_on", "verdict_on", "released_on")
    triples = (prisoners.order_by()
               .values_list(*[ExtractYear(field) for field in fields]).distinct())
    return sorted({year for triple in triples for year in triple if year}, reverse=True)


def overview(prisoners, *, today):
    """Everything the statistics page shows."""
    return {
        "total": prisoners.count(),
        "as_of": today,
        "by_status": by_status(prisoners),
        "by_category": by_category(prisoners),
        "by_arrest_year": by_arrest_year(prisoners),
        "by_article": by_article(prisoners),
        "by_region": by_region(prisoners),
        "new_cases": new_cases_per_month(prisoners, until=today),
    }


def _add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value
