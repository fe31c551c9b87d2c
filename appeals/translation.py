from modeltranslation.translator import TranslationOptions, register

from appeals.models import Appeal, NotableSignatory


@register(Appeal)
class AppealTranslation(TranslationOptions):
    fields = ("title", "text", "demand", "addressee", "outcome")
    required_languages = ("en",)


@register(NotableSignatory)
class NotableSignatoryTranslation(TranslationOptions):
    fields = ("role",)
