import io

import pytest
from django.core.management import call_command

from funds.models import Campaign, Expense, Income, PaymentMethod
from funds.selectors import public_campaigns

pytestmark = pytest.mark.django_db


def seed(*args):
    call_command("seed_demo", *args, stdout=io.StringIO())


def ledger_counts():
    return [model.objects.count() for model in (Campaign, Income, Expense, PaymentMethod)]


def test_demo_ledger_is_created_once_and_validates():
    seed()
    first = ledger_counts()
    seed()
    assert ledger_counts() == first
    assert first[1] > 200 and first[2] > 100
    for row in [*Income.objects.all()[:50], *Expense.objects.all()[:50]]:
        row.full_clean()


def test_demo_shows_public_and_private_campaigns():
    seed()
    shown = {campaign.slug for campaign in public_campaigns()}
    assert "lawyer-for-ivan-zhuchkov" in shown
    assert "internal-bail-fund" not in shown
    assert Campaign.objects.filter(slug="internal-bail-fund").exists()


def test_benchmark_ledger_tops_up_to_the_number_asked():
    seed("--ledger", "30")
    assert Income.objects.filter(note="bench").count() == 30
    assert Expense.objects.filter(description="bench").count() == 30
    seed("--ledger", "40")
    assert Income.objects.filter(note="bench").count() == 40
    bench = Expense.objects.filter(description="bench").first()
    assert bench.amount_eur == bench.amount
