from django.contrib import admin

from events.models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "website")
    list_filter = ("country",)
    search_fields = ("name",)
