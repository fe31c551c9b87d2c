"""Choice lists of the funds ledger."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

EURO = "EUR"


class Currency(models.TextChoices):
    EUR = "EUR", _("euro (EUR)")
    USD = "USD", _("US dollar (USD)")
    GBP = "GBP", _("pound sterling (GBP)")
    CHF = "CHF", _("Swiss franc (CHF)")
    PLN = "PLN", _("Polish złoty (PLN)")
    CZK = "CZK", _("Czech koruna (CZK)")
    SEK = "SEK", _("Swedish krona (SEK)")
    NOK = "NOK", _("Norwegian krone (NOK)")
    DKK = "DKK", _("Danish krone (DKK)")
    GEL = "GEL", _("Georgian lari (GEL)")
    RUB = "RUB", _("Russian rouble (RUB)")


class Channel(models.TextChoices):
    BANK_TRANSFER = "bank_transfer", _("bank transfer")
    PAYPAL = "paypal", "PayPal"
    PATREON = "patreon", "Patreon"
    CARD = "card", _("card payment")
    CRYPTO = "crypto", _("cryptocurrency")
    CASH = "cash", _("cash")
    OTHER = "other", pgettext_lazy("payment channel", "other")


class CampaignStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("campaign", "open")
    REACHED = "reached", pgettext_lazy("campaign", "target reached")
    CLOSED = "closed", pgettext_lazy("campaign", "closed")


class SpendingGroup(models.TextChoices):
    """How spending is reported publicly, as support groups publish it each month."""

    LAWYERS = "lawyers", _("lawyers")
    PRISONER_SUPPORT = "prisoner_support", _("parcels, letters and prison-account top-ups")
    TRAVEL = "travel", _("travel")
    TECHNICAL = "technical", _("technical costs")
    OTHER = "other", pgettext_lazy("spending", "other")


class ExpenseCategory(models.TextChoices):
    LAWYER_INITIAL_VISIT = "lawyer_initial_visit", _("lawyer: initial visit")
    LAWYER_DEFENCE = "lawyer_defence", _("lawyer: defence")
    PARCELS_LETTERS = "parcels_letters", _("parcels and letters")
    PRISON_ACCOUNT = "prison_account", _("prison-account top-up")
    TRAVEL = "travel", _("travel")
    TECHNICAL = "technical", _("technical costs")
    OTHER = "other", pgettext_lazy("spending", "other")


# The public report groups categories as support groups publish them each month.
CATEGORY_GROUPS = {
    ExpenseCategory.LAWYER_INITIAL_VISIT: SpendingGroup.LAWYERS,
    ExpenseCategory.LAWYER_DEFENCE: SpendingGroup.LAWYERS,
    ExpenseCategory.PARCELS_LETTERS: SpendingGroup.PRISONER_SUPPORT,
    ExpenseCategory.PRISON_ACCOUNT: SpendingGroup.PRISONER_SUPPORT,
    ExpenseCategory.TRAVEL: SpendingGroup.TRAVEL,
    ExpenseCategory.TECHNICAL: SpendingGroup.TECHNICAL,
    ExpenseCategory.OTHER: SpendingGroup.OTHER,
}
