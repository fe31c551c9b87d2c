import datetime

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ImportForm
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import get_translation_fields

from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from dataprotection.admin_mixins import PersonalDataRequestMixin, RecordedExportMixin
from funds import services
from funds.models import Campaign, Expense, Income, PaymentMethod, money_sum
from funds.resources import ExpenseResource, IncomeResource
from funds.templatetags.money import eur

# What import-export's admin reads uploads as (its default): UTF-8, with or without the BOM
# that spreadsheet programs write.
FROM_ENCODING = "utf-8-sig"


class MonthFilter(admin.SimpleListFilter):
    title = _("month")
    parameter_name = "month"

    def lookups(self, request, model_admin):
        months = model_admin.get_queryset(request).dates("date", "month", order="DESC")
        return [(f"{month:%Y-%m}", date_format(month, "YEAR_MONTH_FORMAT")) for month in months]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            year, month = (int(part) for part in self.value().split("-"))
            # A year or month out of range (0-1, 2026-13) fails here rather than in the SQL.
            first = datetime.date(year, month, 1)
        except (ValueError, OverflowError):
            return queryset.none()
        return queryset.filter(date__year=first.year, date__month=first.month)


class CheckedColumnsImportForm(ImportForm):
    """Reads the uploaded file's first row: a file whose columns are not the resource's is
    refused here, naming the columns it should have, before any row is read as data."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.formats, self.resources = formats, resources

    def clean(self):
        cleaned_data = super().clean()
        upload, index = cleaned_data.get("import_file"), cleaned_data.get("format")
        if upload is None or index in (None, ""):
            return cleaned_data
        try:
            input_format = self.formats[int(index)](encoding=FROM_ENCODING)
            dataset = input_format.create_dataset(upload.read())
        except Exception:
            # Not readable in that format: the import view reports it on this field.
            return cleaned_data
        finally:
            upload.seek(0)
        resource = self.resources[int(cleaned_data.get("resource") or 0)]()
        if problem := resource.column_problem(dataset.headers):
            self.add_error("import_file", problem)
        return cleaned_data


class LedgerAdmin(ImportExportModelAdmin):
    """Income and expenses: month filter, totals of what the list shows, spreadsheet files."""

    # The template extends import-export's change list, so it takes the place of that one;
    # as ``change_list_template`` it would end up extending itself (TemplateDoesNotExist).
    import_export_change_list_template = "admin/funds/ledger_change_list.html"
    import_form_class = CheckedColumnsImportForm
    # Spreadsheets only: the columns are tested for these two formats.
    formats = [CSV, XLSX]
    import_template_name = "admin/funds/import.html"
    list_per_page = 100
    # Totals are broken down by this field (channel or category).
    totals_by = None

    @admin.display(description=_("amount"), ordering="amount")
    def amount_with_currency(self, obj):
        return f"{obj.amount} {obj.currency}"

    @admin.display(description=_("value in EUR"), ordering="amount_eur")
    def euro_value(self, obj):
        return eur(obj.amount_eur)

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None) or {}
        if "cl" in context:
            context["totals"] = self.totals(context["cl"].queryset)
        return response

    def totals(self, queryset):
        """Sums of the listed rows: in euros, per original currency, and per ``totals_by``."""
        queryset = queryset.order_by()
        field = self.model._meta.get_field(self.totals_by)
        labels = dict(field.choices)
        return {
            "overall": queryset.aggregate(eur=money_sum("amount_eur"), count=Count("pk")),
            "currencies": list(queryset.exclude(currency="EUR").values("currency")
                               .annotate(amount=money_sum("amount")).order_by("currency")),
            "breakdown_title": field.verbose_name,
            "breakdown": [(labels.get(row[self.totals_by], row[self.totals_by]), row["eur"])
                          for row in queryset.values(self.totals_by)
                          .annotate(eur=money_sum("amount_eur"))
                          .order_by("-eur", self.totals_by)],
        }

    def process_result(self, result, request):
        # Confirmed after a preview without errors, the file can still fail (a campaign it
        # names was deleted meanwhile); the resource then saved nothing, so do not say
        # "Import finished".
        if result.has_errors() or result.has_validation_errors():
            messages.error(request, _("Nothing was imported: the file no longer passes the "
                                      "checks. Upload it again to see why."))
            app_label, model_name = self.get_model_info()
            return HttpResponseRedirect(reverse(f"admin:{app_label}_{model_name}_import"))
        return super().process_result(result, request)


@admin.register(Income)
class IncomeAdmin(PersonalDataRequestMixin, RecordedExportMixin, HistoryAdminMixin, LedgerAdmin):
    resource_classes = [IncomeResource]
    totals_by = "channel"
    list_display = ("date", "amount_with_currency", "euro_value", "channel", "campaign",
                    "donor_name")
    list_filter = (MonthFilter, "channel", "campaign", "currency", "donor_may_be_named")
    list_select_related = ("campaign",)
    search_fields = ("donor_name", "note")
    autocomplete_fields = ("campaign",)
    actions = ["forget_donors", *PersonalDataRequestMixin.personal_data_actions]
    fieldsets = (
        (None, {"fields": ("date", ("amount", "currency", "amount_eur"), "channel", "campaign")}),
        (_("Donor"), {"fields": ("donor_may_be_named", "donor_name"),
                      "description": _("No personal data of donors is needed. Enter a name only "
                                       "if the donor asked to be named publicly.")}),
        (None, {"fields": ("note",)}),
    )

    @admin.action(description=_("Forget the donors' names (consent withdrawn)"),
                  permissions=["change"])
    def forget_donors(self, request, queryset):
        count = services.income_forget_donors(incomes=queryset)
        self.message_user(request, ngettext("%(count)d donor name erased.",
                                            "%(count)d donor names erased.", count)
                          % {"count": count}, messages.SUCCESS)


@admin.register(Expense)
class ExpenseAdmin(MissingTranslationAdminMixin,
                   RecordedExportMixin, HistoryAdminMixin, LedgerAdmin, TabbedTranslationAdmin):
    resource_classes = [ExpenseResource]
    totals_by = "category"
    list_display = ("date", "amount_with_currency", "euro_value", "category", "prisoner",
                    "campaign", "description")
    list_filter = (MonthFilter, "category", "campaign", "currency")
    list_select_related = ("prisoner", "campaign")
    search_fields = ("description", *get_translation_fields("public_description"))
    autocomplete_fields = ("prisoner", "campaign")
    fields = ("date", ("amount", "currency", "amount_eur"), "category", "prisoner", "campaign",
              "description", "public_description")


@admin.register(Campaign)
class CampaignAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("title", "prisoner", "target", "collected_display", "status", "is_public",
                    "starts_on")
    list_filter = ("status", "is_public")
    list_select_related = ("prisoner",)
    search_fields = ("slug", *get_translation_fields("title"))
    autocomplete_fields = ("prisoner",)
    prepopulated_fields = {"slug": ("title_en",)}
    fields = ("title", "slug", "purpose", "prisoner", "target_amount", ("starts_on", "ends_on"),
              "status", "is_public")

    def get_queryset(self, request):
        return super().get_queryset(request).with_collected()

    @admin.display(description=_("target"), ordering="target_amount")
    def target(self, obj):
        return eur(obj.target_amount)

    @admin.display(description=_("collected"), ordering="collected")
    def collected_display(self, obj):
        # Not capped at 100 like the public progress bar: Finance sees a target overshot.
        percent = int(obj.collected * 100 / obj.target_amount)
        return f"{eur(obj.collected)} ({percent}%)"


@admin.register(PaymentMethod)
class PaymentMethodAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    # A link typed without a scheme becomes https://..., which clean() requires, not http://.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "position", "is_published", "updated_at")
    list_editable = ("position", "is_published")
    fields = ("name", "details", "link", "position", "is_published")
