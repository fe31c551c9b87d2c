from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import get_translation_fields

from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from pages.models import Page


@admin.register(Page)
class PageAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("title", "slug", "menu_order", "is_published", "updated_at")
    list_editable = ("menu_order", "is_published")
    search_fields = ("slug", *get_translation_fields("title"))
    prepopulated_fields = {"slug": ("title_en",)}
