from modeltranslation.translator import TranslationOptions, register

from funds.models import Campaign, Expense, PaymentMethod


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
