from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from coalition.history_admin import HistoryAdminMixin
from pages.models import Page


@admin.register(Page)
class PageAdmin(HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("title", "slug", "menu_order", "is_published", "updated_at")
    list_editable = ("menu_order", "is_published")
    search_fields = ("slug", "title_en", "title_ru", "title_de", "title_fr")
    prepopulated_fields = {"slug": ("title_en",)}
