from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()
CENT = Decimal("0.01")


@register.filter
def eur(amount):
    """An amount in euros as readers of the page's language write it: 4,700 EUR, 4 700 EUR,
    4.700 EUR; cents only when there are any (45.50 EUR)."""
    if amount is None or amount == "":
        return ""
    amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
    places = 0 if amount == amount.to_integral_value() else 2
    number = number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True)
    return f"{number}\N{NO-BREAK SPACE}EUR"


@register.filter
def percent_of(part, whole):
    """Whole percent of a target reached, capped at 100 for progress bars."""
    if not whole:
        return 0
    return min(100, int(Decimal(part) * 100 / Decimal(whole)))
