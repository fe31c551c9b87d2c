"""Writes to the ledger. The admin saves through its validated forms; demo data, commands and
tests use these, so every row passes the same checks (``full_clean``)."""

from django.db import transaction

from funds.models import Expense, Income


@transaction.atomic
def income_record(**values):
    """Record money received; ``amount_eur`` is needed only for another currency."""
    income = Income(**values)
    income.full_clean()
    income.save()
    return income


@transaction.atomic
def expense_record(**values):
    expense = Expense(**values)
    expense.full_clean()
    expense.save()
    return expense


@transaction.atomic
def income_forget_donors(*, incomes):
    """Erase donor names (a donor withdrew consent); returns how many rows changed."""
    return incomes.exclude(donor_name="", donor_may_be_named=False).update(
        donor_name="", donor_may_be_named=False)
