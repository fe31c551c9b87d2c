"""Reads of the funds ledger for the public site.

Totals count every income and expense, including support for people who are not named
publicly: a sum per month and category reveals nobody. Anything shown one by one (a campaign,
an expense line, a donor's name) goes through its model's ``public()``.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import ExtractMonth, ExtractYear
from modeltranslation.utils import get_translation_fields

from funds.choices import CATEGORY_GROUPS, CampaignStatus, ExpenseCategory, SpendingGroup
from funds.models import ZERO, Campaign, Expense, Income, PaymentMethod, money_sum


@dataclass
class MonthFigures:
    month: datetime.date
    income: Decimal = ZERO
    by_category: dict = field(default_factory=lambda: dict.fromkeys(ExpenseCategory, ZERO))

    @property
    def by_group(self):
        groups = dict.fromkeys(SpendingGroup, ZERO)
        for category, amount in self.by_category.items():
            groups[CATEGORY_GROUPS[category]] += amount
        return groups

    @property
    def spending(self):
        return sum(self.by_category.values(), ZERO)

    @property
    def balance(self):
        return self.income - self.spending


@dataclass
class YearFigures:
    year: int
    months: list

    @property
    def totals(self):
        """The year as one MonthFigures: exact sums of the months."""
        total = MonthFigures(month=datetime.date(self.year, 1, 1))
        for month in self.months:
            total.income += month.income
            for category, amount in month.by_category.items():
                total.by_category[category] += amount
        return total

    @property
    def has_money(self):
        totals = self.totals
        return bool(totals.income or totals.spending)


def years_with_money():
    """Years in which anything came in or went out, newest first."""
    years = set()
    for model in (Income, Expense):
        years |= set(model.objects.annotate(year=ExtractYear("date")).order_by()
                     .values_list("year", flat=True).distinct())
    return sorted(years, reverse=True)


def year_figures(year, *, today=None):
    """Income and spending per month of ``year`` (months up to today's in the current year)."""
    today = today or datetime.date.today()
    last_month = today.month if year == today.year else 12
    months = {number: MonthFigures(month=datetime.date(year, number, 1))
              for number in range(1, last_month + 1)}
    # order_by(): the models' default ordering (by date) would split the groups by day.
    incomes = (Income.objects.filter(date__year=year).annotate(number=ExtractMonth("date"))
               .values("number").annotate(total=money_sum("amount_eur")).order_by())
    for row in incomes:
        if row["number"] in months:
            months[row["number"]].income = row["total"]
    expenses = (Expense.objects.filter(date__year=year).annotate(number=ExtractMonth("date"))
                .values("number", "category").annotate(total=money_sum("amount_eur"))
                .order_by())
    for row in expenses:
        if row["number"] in months:
            months[row["number"]].by_category[ExpenseCategory(row["category"])] = row["total"]
    return YearFigures(year=year, months=list(months.values()))


def month_figures(month):
    """One month's income and spending (``month`` is any day of it)."""
    return year_figures(month.year, today=month).months[month.month - 1]


def income_by_campaign(month):
    """Money received in ``month`` per campaign id (None: not for a campaign), exact."""
    rows = (Income.objects.filter(date__year=month.year, date__month=month.month)
            .values("campaign_id").annotate(total=money_sum("amount_eur")).order_by())
    return {row["campaign_id"]: row["total"] for row in rows}


def public_expense_lines(year):
    """Expenses with a public description in ``year``, for the "what the money paid for" list."""
    return (Expense.objects.public().filter(date__year=year)
            .only("date", "category", "amount_eur", *get_translation_fields("public_description"))
            .order_by("date", "pk"))


def public_campaigns():
    """Public campaigns with what they collected, open ones first, newest first."""
    open_first = Case(When(status=CampaignStatus.OPEN, then=Value(0)), default=Value(1),
                      output_field=IntegerField())
    return (Campaign.objects.public().with_collected().select_related("prisoner")
            .order_by(open_first, "-starts_on", "pk"))


def open_campaigns():
    return public_campaigns().filter(status=CampaignStatus.OPEN)


def campaign_supporters(campaign):
    """Names of donors who agreed to be named, once each, in the order they gave."""
    names = (Income.objects.public().filter(campaign=campaign).order_by("date", "pk")
             .values_list("donor_name", flat=True))
    return list(dict.fromkeys(names))


def payment_methods():
    return PaymentMethod.objects.public()


def prisoner_campaigns(prisoner):
    """The public campaigns for one prisoner, for a link from their page."""
    return public_campaigns().filter(prisoner=prisoner)
