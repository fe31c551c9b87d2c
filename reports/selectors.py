"""A month's report figures, computed from the activity log and the ledger, and what a report
shows the public.

Figures store counts and the ids of prisoners who were public when they were computed. When a
report is shown, names are looked up again through ``Prisoner.objects.public()``: someone who has
since withdrawn consent is counted, never named. The numbers themselves never change.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import get_language

from funds.choices import SpendingGroup
from funds.models import Campaign
from funds.selectors import income_by_campaign, month_figures
from prisoners import names
from prisoners.models import Facility, Prisoner
from reports.choices import ActivityKind
from reports.models import Activity

FIGURES_VERSION = 1


def report_figures(month):
    """The figures of ``month`` (any day of it) as plain JSON-ready data."""
    whereabouts, lawyer_visits, supported = {}, set(), set()
    links = (Activity.prisoners.through.objects
             .filter(activity__date__year=month.year, activity__date__month=month.month)
             .order_by("activity__date", "activity_id")
             .values_list("activity__kind", "prisoner_id", "activity__facility_id"))
    for kind, prisoner_id, facility_id in links:
        if kind == ActivityKind.WHEREABOUTS_IDENTIFIED:
            whereabouts[prisoner_id] = facility_id  # the latest finding of the month
        elif kind == ActivityKind.FIRST_LAWYER_VISIT:
            lawyer_visits.add(prisoner_id)
        elif kind == ActivityKind.ONGOING_SUPPORT:
            supported.add(prisoner_id)
    public = set(Prisoner.objects.public().filter(
        pk__in={*whereabouts, *lawyer_visits}).values_list("pk", flat=True))
    money = month_figures(month)
    by_campaign = income_by_campaign(month)
    return {
        "version": FIGURES_VERSION,
        "month": f"{month:%Y-%m}",
        "whereabouts": {"total": len(whereabouts),
                        "public": sorted([p, f] for p, f in whereabouts.items() if p in public)},
        "lawyer_visits": {"total": len(lawyer_visits), "public": sorted(lawyer_visits & public)},
        "supported": {"total": len(supported)},
        "publications": Activity.objects.filter(
            kind=ActivityKind.PUBLICATION, date__year=month.year,
            date__month=month.month).count(),
        "income": {"total": str(money.income),
                   "by_campaign": sorted([c, str(a)] for c, a in by_campaign.items() if c)},
        "spending": {"total": str(money.spending),
                     "by_group": {g.value: str(a) for g, a in money.by_group.items()},
                     "by_category": {c.value: str(a) for c, a in money.by_category.items()}},
    }


@dataclass
class NamedCount:
    """How many people, and those of them who may be named (with where they were found)."""

    total: int
    named: list = field(default_factory=list)

    @property
    def unnamed(self):
        return self.total - len(self.named)


@dataclass
class ReportContent:
    whereabouts: NamedCount
    lawyer_visits: NamedCount
    supported: int
    publications: int
    income: Decimal
    campaigns: list
    other_income: Decimal
    spending: Decimal
    spending_by_group: list


def report_content(report):
    """What a report shows: its stored figures (a draft's are computed now) with the names of
    people and campaigns that are public today."""
    return report_contents([report])[0]


def report_contents(reports):
    """``report_content`` for several reports, with the same three look-ups for all of them
    (the feed lists many)."""
    figures = [report.figures if report.is_published else report_figures(report.month)
               for report in reports]
    found = [pair for f in figures for pair in f["whereabouts"]["public"]]
    visited = [p for f in figures for p in f["lawyer_visits"]["public"]]
    campaign_ids = {c for f in figures for c, _ in f["income"]["by_campaign"]}
    lookups = {
        "people": Prisoner.objects.public().in_bulk({p for p, _ in found} | set(visited)),
        "facilities": Facility.objects.in_bulk({f for _, f in found}),
        "campaigns": Campaign.objects.public().select_related("prisoner").in_bulk(campaign_ids),
    }
    return [_content(one, **lookups) for one in figures]


def _content(figures, *, people, facilities, campaigns):
    found = [(people[p], facilities.get(f)) for p, f in figures["whereabouts"]["public"]
             if p in people]
    visited = [people[p] for p in figures["lawyer_visits"]["public"] if p in people]
    income = Decimal(figures["income"]["total"])
    # Money for campaigns that are not public (any more) is shown among other donations.
    by_campaign = sorted([(campaigns[c], Decimal(a)) for c, a in figures["income"]["by_campaign"]
                          if c in campaigns], key=lambda pair: -pair[1])
    return ReportContent(
        whereabouts=NamedCount(figures["whereabouts"]["total"], _by_name(found)),
        lawyer_visits=NamedCount(figures["lawyer_visits"]["total"], _by_name(visited)),
        supported=figures["supported"]["total"],
        publications=figures["publications"],
        income=income,
        campaigns=by_campaign,
        other_income=income - sum((amount for _, amount in by_campaign), Decimal(0)),
        spending=Decimal(figures["spending"]["total"]),
        spending_by_group=_spending_by_group(figures["spending"]["by_group"]),
    )


def _spending_by_group(by_group):
    # In the groups' own order: PostgreSQL's jsonb does not keep the order of keys.
    amounts = [(group, Decimal(by_group.get(group.value, "0"))) for group in SpendingGroup]
    return [(group, amount) for group, amount in amounts if amount]


def _by_name(items):
    """By the name as shown in the active language (Cyrillic in Russian, surname first)."""
    language = get_language()

    def key(item):
        prisoner = item[0] if isinstance(item, tuple) else item
        return names.sort_key(prisoner.name_for(language))
    return sorted(items, key=key)

