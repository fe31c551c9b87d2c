from modeltranslation.translator import TranslationOptions, register

from pages.models import Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
