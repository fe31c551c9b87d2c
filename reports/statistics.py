"""Persecution statistics over a set of prisoners.

Public pages, the API and CSV files pass ``Prisoner.objects.public()`` (through ``public_*``,
which keep the figures until the public data changes); the coordinators' page in the admin
passes every prisoner. The breakdowns by a prisoner's own fields come from one scan of the set
(GROUPING SETS), the one by article from one more: the cost does not grow with the number of
breakdowns.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import get_language

from prisoners.choices import Category, SentenceKind, Status
from prisoners.models import Article, Prisoner, Region
from publiccache.memo import public_memo

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


# The columns counted by ``_grouped_counts``, each a GROUPING SET of one scan of the prisoners.
_GROUPED = {
    "status": "status",
    "category": "category",
    "region": "region_id",
    "arrest_year": "EXTRACT(YEAR FROM arrested_on)::int",
    "arrest_month": "DATE_TRUNC('month', arrested_on)::date",
    "verdict_year": "EXTRACT(YEAR FROM verdict_on)::int",
    "release_year": "EXTRACT(YEAR FROM released_on)::int",
}


def _grouped_counts(prisoners):
    """How many prisoners per value of each column in ``_GROUPED``, and in all (``"total"``),
    from one scan: {"status": {"sentenced": 12, ...}, ..., "total": 40}. NULLs are not counted
    (a prisoner without a region is in no region)."""
    columns = prisoners.order_by().values(
        "status", "category", "region_id", "arrested_on", "verdict_on", "released_on")
    inner, params = columns.query.sql_with_params()
    names = list(_GROUPED)
    selected = ", ".join(f"{expression} AS {name}" for name, expression in _GROUPED.items())
    sets = ", ".join(f"({name})" for name in names)
    sql = (f"SELECT GROUPING({', '.join(names)}), {', '.join(names)}, COUNT(*) "
           f"FROM (SELECT {selected} FROM ({inner}) AS prisoners) AS rows "
           f"GROUP BY GROUPING SETS ({sets}, ())")
    counts = {name: {} for name in names}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for grouping, *values, n in cursor.fetchall():
            # GROUPING() has a 0 bit for the one column the row is grouped by (all 1s: total).
            grouped = [name for bit, name in enumerate(reversed(names)) if not grouping >> bit & 1]
            if not grouped:
                counts["total"] = n
            elif (value := values[names.index(grouped[0])]) is not None:
                counts[grouped[0]][value] = n
    counts.setdefault("total", 0)
    return counts


def by_choice(counts, choices):
    return [Row(choice.value, str(choice.label), counts.get(choice.value, 0)) for choice in choices]


def by_arrest_year(counts):
    return [Row(str(year), str(year), counts[year]) for year in sorted(counts)]


def by_article(prisoners):
    """Each article with the number of prisoners charged under it (one person may count under
    several articles)."""
    # Links are unique pairs, so a plain COUNT counts people: DISTINCT would only cost a sort.
    links = Prisoner.articles.through.objects.filter(prisoner__in=prisoners)
    counts = dict(links.order_by().values_list("article_id").annotate(n=Count("pk")))
    articles = Article.objects.in_bulk(list(counts))
    rows = [Row(articles[pk].number, f"{articles[pk].label} {articles[pk].title}", n)
            for pk, n in counts.items()]
    return sorted(rows, key=lambda row: (-row.count, row.code))


def by_region(counts):
    regions = Region.objects.in_bulk(list(counts))
    rows = [Row(regions[pk].code, str(regions[pk]), n) for pk, n in counts.items()]
    return sorted(rows, key=lambda row: (-row.count, row.label))


def new_cases_per_month(counts, *, until, months=MONTHS_SHOWN):
    """Arrests per month over the ``months`` months that end with ``until``'s month, from
    arrests counted per first day of the month."""
    first = _add_months(until.replace(day=1), -(months - 1))
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
    """Everything the statistics page shows, and the years it links to."""
    counts = _grouped_counts(prisoners)
    years = {*counts["arrest_year"], *counts["verdict_year"], *counts["release_year"]}
    return {
        "total": counts["total"],
        "as_of": today,
        "by_status": by_choice(counts["status"], Status),
        "by_category": by_choice(counts["category"], Category),
        "by_arrest_year": by_arrest_year(counts["arrest_year"]),
        "by_article": by_article(prisoners),
        "by_region": by_region(counts["region"]),
        "new_cases": new_cases_per_month(counts["arrest_month"], until=today),
        "years": sorted(years, reverse=True),
    }


# The public figures are the same for every visitor until the public data changes: kept in the
# cache (publiccache.memo). Keys name the day (consents come into force by date, and "as of"
# and the last 24 months move with it) and, where labels are translated, the language.

def public_overview():
    today = timezone.localdate()
    return public_memo(f"statistics:overview:{get_language()}:{today}",
                       lambda: overview(Prisoner.objects.public(), today=today))


def public_years():
    return public_memo(f"statistics:years:{timezone.localdate()}",
                       lambda: years_with_events(Prisoner.objects.public()))


def public_annual(year):
    return public_memo(f"statistics:annual:{year}:{timezone.localdate()}",
                       lambda: annual(Prisoner.objects.public(), year))


def _add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


