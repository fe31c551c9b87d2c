from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from funds.models import Campaign, Expense, Income, PaymentMethod


@register(Campaign)
class CampaignTranslation(TranslationOptions):
    fields = ("title", "purpose")
    required_languages = ("en",)


@register(Expense)
class ExpenseTranslation(TranslationOptions):
    fields = ("public_description",)


@register(PaymentMethod)
class PaymentMethodTranslation(TranslationOptions):
    fields = ("name", "details")
    required_languages = ("en",)


# History, registered after the translated columns exist (coalition/history.py).
# A donor named with consent stays as named now: a revert never names a donor.
track(Campaign, keep_current=["is_public"])
track(Income, keep_current=["donor_may_be_named"])
track(Expense)
track(PaymentMethod, keep_current=["is_published"])
