"""Money in the ledger: exact sums, currencies, validation, and the month figures."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from funds import charts, selectors, services
from funds.choices import ExpenseCategory, SpendingGroup
from funds.models import Campaign, Expense, Income
from funds.templatetags.money import eur, percent_of
from tests.factories import CampaignFactory, ExpenseFactory, IncomeFactory, PrisonerFactory

pytestmark = pytest.mark.django_db
MARCH = datetime.date(2026, 3, 1)


def on(day, month=3):
    return datetime.date(2026, month, day)


def test_income_in_euros_is_its_own_euro_value():
    income = services.income_record(date=on(1), amount=Decimal("45.50"), channel="paypal")
    income.refresh_from_db()
    assert (income.currency, income.amount, income.amount_eur) == (
        "EUR", Decimal("45.50"), Decimal("45.50"))


def test_income_in_another_currency_keeps_both_amounts():
    income = services.income_record(date=on(1), amount=Decimal("100.00"), currency="USD",
                                    amount_eur=Decimal("92.35"), channel="card")
    income.refresh_from_db()
    assert (income.amount, income.currency, income.amount_eur) == (
        Decimal("100.00"), "USD", Decimal("92.35"))


def test_income_in_another_currency_needs_its_euro_value():
    with pytest.raises(ValidationError) as error:
        services.income_record(date=on(1), amount=Decimal("100"), currency="GBP",
                               channel="card")
    assert list(error.value.message_dict) == ["amount_eur"]
    assert Income.objects.count() == 0


def test_a_different_euro_value_for_euros_is_refused():
    with pytest.raises(ValidationError) as error:
        services.expense_record(date=on(1), amount=Decimal("45"), amount_eur=Decimal("44"),
                                category="technical", description="Hosting")
    assert list(error.value.message_dict) == ["amount_eur"]


@pytest.mark.parametrize("amount", ["10.005", "0.001", "0", "-5.00"])
def test_amounts_beyond_the_cent_or_not_positive_are_refused_not_rounded(amount):
    with pytest.raises(ValidationError) as error:
        services.expense_record(date=on(1), amount=Decimal(amount), category="technical",
                                description="Hosting")
    assert "amount" in error.value.message_dict
    assert Expense.objects.count() == 0


def test_database_refuses_a_euro_row_whose_values_differ():
    income = IncomeFactory(amount=Decimal("10.00"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Income.objects.filter(pk=income.pk).update(amount_eur=Decimal("9.99"))


def test_donor_name_is_stored_only_with_consent():
    with pytest.raises(ValidationError) as error:
        services.income_record(date=on(1), amount=Decimal("20"), channel="cash",
                               donor_name="Anna K.")
    assert list(error.value.message_dict) == ["donor_name"]
    with pytest.raises(IntegrityError), transaction.atomic():
        Income.objects.create(date=on(1), amount=Decimal("20"), donor_name="Anna K.")


def test_forgetting_donors_erases_names_and_consent():
    named = IncomeFactory(donor_may_be_named=True, donor_name="Anna K.")
    IncomeFactory()
    assert services.income_forget_donors(incomes=Income.objects.all()) == 1
    named.refresh_from_db()
    assert (named.donor_name, named.donor_may_be_named) == ("", False)


def test_campaign_cannot_end_before_it_starts():
    campaign = CampaignFactory.build(starts_on=on(10), ends_on=on(9))
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert list(error.value.message_dict) == ["ends_on"]


def record_the_report_month():
    """March 2026 as a support group reported it: collected 4,700 EUR for a lawyer; spent
    2,740 EUR on first lawyer visits, 650 EUR on parcels, letters and prison-account top-ups
    and 45 EUR on technical costs. Amounts are split so that only exact sums add up."""
    campaign = CampaignFactory(target_amount=Decimal("4700.00"))
    for amount in ("1000.00", "2500.55", "999.45"):
        services.income_record(date=on(3), amount=Decimal(amount), channel="bank_transfer",
                               campaign=campaign)
    services.income_record(date=on(20), amount=Decimal("217.39"), currency="USD",
                           amount_eur=Decimal("200.00"), channel="paypal", campaign=campaign)
    for day in (4, 11, 18, 25):
        services.expense_record(date=on(day), amount=Decimal("685.00"),
                                category=ExpenseCategory.LAWYER_INITIAL_VISIT,
                                description="First visit")
    for amount, category in [("400.10", ExpenseCategory.PARCELS_LETTERS),
                             ("149.95", ExpenseCategory.PRISON_ACCOUNT),
                             ("99.95", ExpenseCategory.PRISON_ACCOUNT)]:
        services.expense_record(date=on(15), amount=Decimal(amount), category=category,
                                description="Support")
    services.expense_record(date=on(31), amount=Decimal("45.00"),
                            category=ExpenseCategory.TECHNICAL, description="Hosting")
    # Neighbouring months must not leak into March.
    IncomeFactory(date=datetime.date(2026, 2, 28), amount=Decimal("1.00"))
    ExpenseFactory(date=datetime.date(2026, 4, 1), amount=Decimal("1.00"))
    return campaign


def test_a_report_month_reproduces_the_published_figures_exactly():
    campaign = record_the_report_month()
    march = selectors.year_figures(2026, today=on(1, month=12)).months[2]
    assert march.month == MARCH
    assert march.income == Decimal("4700.00")
    assert march.by_group == {
        SpendingGroup.LAWYERS: Decimal("2740.00"),
        SpendingGroup.PRISONER_SUPPORT: Decimal("650.00"),
        SpendingGroup.TRAVEL: Decimal("0.00"),
        SpendingGroup.TECHNICAL: Decimal("45.00"),
        SpendingGroup.OTHER: Decimal("0.00"),
    }
    assert march.spending == Decimal("3435.00")
    assert march.balance == Decimal("1265.00")
    assert Campaign.objects.with_collected().get(pk=campaign.pk).collected == Decimal("4700.00")


def test_sums_are_exact_where_floats_would_drift():
    for _ in range(10):
        IncomeFactory(amount=Decimal("0.10"))
    for _ in range(3):
        IncomeFactory(amount=Decimal("33.33"))
    total = selectors.year_figures(2026, today=on(1, month=12)).totals.income
    assert total == Decimal("100.99")
    assert sum([0.10] * 10) != 1.0  # what the ledger avoids


def test_year_figures_stop_at_the_current_month_and_sum_the_months():
    IncomeFactory(date=on(5, month=1), amount=Decimal("10.00"))
    IncomeFactory(date=on(5, month=5), amount=Decimal("20.00"))
    ExpenseFactory(date=on(6, month=5), amount=Decimal("7.50"), category="travel")
    figures = selectors.year_figures(2026, today=on(17, month=5))
    assert [month.month.month for month in figures.months] == [1, 2, 3, 4, 5]
    assert figures.totals.income == Decimal("30.00")
    assert figures.totals.by_category[ExpenseCategory.TRAVEL] == Decimal("7.50")
    assert figures.has_money


def test_past_years_have_all_twelve_months():
    assert len(selectors.year_figures(2025, today=on(1)).months) == 12
    assert not selectors.year_figures(2025, today=on(1)).has_money


def test_years_with_money_come_from_income_and_expenses():
    IncomeFactory(date=datetime.date(2024, 6, 1))
    ExpenseFactory(date=datetime.date(2026, 1, 1))
    assert selectors.years_with_money() == [2026, 2024]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "4,700\xa0EUR"), ("de", "4.700\xa0EUR"), ("fr", "4\xa0700\xa0EUR"),
    ("ru", "4\xa0700\xa0EUR"),
])
def test_amounts_read_as_each_language_writes_them(language, expected):
    with translation.override(language):
        assert eur(Decimal("4700.00")) == expected


def test_cents_show_only_when_there_are_any_and_round_half_up():
    with translation.override("en"):
        assert eur(Decimal("45.5")) == "45.50\xa0EUR"
        assert eur(Decimal("0.005")) == "0.01\xa0EUR"
        assert eur(Decimal("1234.994")) == "1,234.99\xa0EUR"
        assert eur(None) == ""


def test_progress_is_whole_percent_capped_at_the_target():
    assert percent_of(Decimal("1584.90"), Decimal("4700")) == 33
    assert percent_of(Decimal("5000"), Decimal("4700")) == 100
    assert percent_of(Decimal("10"), Decimal("0")) == 0


@pytest.mark.parametrize(("value", "ceiling"), [
    (Decimal("0"), Decimal("100")), (Decimal("45"), Decimal("50")),
    (Decimal("4700"), Decimal("5000")), (Decimal("2100"), Decimal("2500")),
    (Decimal("1000"), Decimal("1000")), (Decimal("1001"), Decimal("2000")),
])
def test_chart_axis_ends_at_a_round_number(value, ceiling):
    assert charts.nice_ceiling(value) == ceiling


def test_chart_bars_are_proportional_to_the_money():
    record_the_report_month()
    with translation.override("en"):
        chart = charts.monthly_chart(selectors.year_figures(2026, today=on(1, month=12)))
    plot_height = charts.HEIGHT - charts.TOP - charts.BOTTOM
    income = next(bar for bar in chart.bars if bar.title.startswith("March 2026:"))
    lawyers = next(bar for bar in chart.bars if bar.css_class == "bar--lawyers")
    assert income.height == pytest.approx(plot_height * 4700 / 5000)
    assert lawyers.height == pytest.approx(plot_height * 2740 / 5000)
    assert income.title == "March 2026: 4,700\xa0EUR"
    assert [tick.label for tick in chart.ticks][-1] == "5,000\xa0EUR"
    assert len(chart.labels) == 12


def test_only_named_donors_of_public_campaigns_are_public():
    shown = IncomeFactory(campaign=CampaignFactory(), donor_may_be_named=True, donor_name="A")
    IncomeFactory(campaign=CampaignFactory(), note="anonymous")
    IncomeFactory(campaign=None, donor_may_be_named=True, donor_name="No campaign")
    IncomeFactory(campaign=CampaignFactory(is_public=False), donor_may_be_named=True,
                  donor_name="Private campaign")
    IncomeFactory(campaign=CampaignFactory(prisoner=PrisonerFactory()), donor_may_be_named=True,
                  donor_name="Unpublished prisoner")
    assert list(Income.objects.public()) == [shown]
