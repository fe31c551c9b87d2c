from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from pages.models import Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


# History, registered after the translated columns exist (coalition/history.py).
track(Page, keep_current=["is_published"])
