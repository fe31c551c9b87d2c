from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from modeltranslation.utils import get_translation_fields

from coalition import attention
from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from funds.admin import MonthFilter
from prisoners.models import Prisoner
from reports import services
from reports.models import Activity, MonthlyReport, ReportCorrection
from reports.selectors import report_content
from reports.views import statistics_context


class ActivityForm(forms.ModelForm):
    move_prisoners = forms.BooleanField(
        label=_("Also make this facility their current one"), required=False, initial=True,
        help_text=_("For \"whereabouts identified\": updates the prisoners' records in the same "
                    "step."))

    class Meta:
        model = Activity
        fields = ("kind", "date", "prisoners", "facility", "note")


@admin.register(Activity)
class ActivityAdmin(HistoryAdminMixin, admin.ModelAdmin):
    form = ActivityForm
    list_display = ("date", "kind", "people", "facility", "created_by")
    list_filter = (MonthFilter, "kind")
    list_select_related = ("facility", "created_by")
    search_fields = ("note", "prisoners__full_name_latin", "prisoners__full_name_original")
    autocomplete_fields = ("prisoners", "facility")
    fields = ("kind", "date", "prisoners", "facility", "move_prisoners", "note")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("prisoners")

    @admin.display(description=_("prisoners"))
    def people(self, obj):
        return ", ".join(prisoner.full_name_latin for prisoner in obj.prisoners.all())

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("move_prisoners"):
            moved = services.activity_move_prisoners(activity=form.instance)
            if moved:
                self.message_user(request, ngettext(
                    "%(count)d prisoner's current facility was updated.",
                    "%(count)d prisoners' current facility was updated.", moved)
                    % {"count": moved}, messages.SUCCESS)


class ReportCorrectionInline(TranslationTabularInline):
    model = ReportCorrection
    extra = 1
    fields = ("date", "text")


class PastDraftFilter(admin.SimpleListFilter):
    title = _("draft of a past month")
    parameter_name = "draft"

    def lookups(self, request, model_admin):
        return [("past", _("yes"))]

    def queryset(self, request, queryset):
        if self.value() == "past":
            return attention.past_drafts(queryset)
        return queryset


@admin.register(MonthlyReport)
class MonthlyReportAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("__str__", "status", "published_at")
    list_filter = ("status", PastDraftFilter)
    actions = ["publish"]
    change_list_template = "admin/reports/monthlyreport/change_list.html"

    def get_fields(self, request, obj=None):
        return ("month", "introduction", "closing", "status", "published_at", "figures_preview")

    def get_readonly_fields(self, request, obj=None):
        frozen = ("month", *get_translation_fields("introduction"),
                  *get_translation_fields("closing"))
        return (*(frozen if obj and obj.is_published else ()), "status", "published_at",
                "figures_preview")

    def get_inlines(self, request, obj):
        # Corrections belong to published reports; a draft is simply edited.
        return [ReportCorrectionInline] if obj and obj.is_published else []

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and obj.is_published)

    def has_publish_permission(self, request):
        return request.user.has_perm("reports.publish_monthlyreport")

    @admin.display(description=_("figures"))
    def figures_preview(self, obj):
        if not obj.pk:
            return _("The figures appear here once the draft is saved.")
        return render_to_string("admin/reports/figures_preview.html",
                                {"report": obj, "content": report_content(obj)})

    @admin.action(description=_("Publish the selected reports"), permissions=["publish"])
    def publish(self, request, queryset):
        for report in queryset:
            try:
                services.report_publish(report=report, user=request.user)
            except ValidationError as error:
                self.message_user(request, f"{report}: {' '.join(error.messages)}",
                                  messages.ERROR)
            else:
                self.message_user(request, _("%(report)s is published.") % {"report": report},
                                  messages.SUCCESS)

    def get_urls(self):
        view = self.admin_site.admin_view(self.statistics_view)
        return [path("statistics/", view, name="reports_statistics"), *super().get_urls()]

    def statistics_view(self, request):
        """The statistics over every prisoner in the registry, published or not."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request),
                   **statistics_context(Prisoner.objects.all(), today=timezone.localdate()),
                   "title": _("Statistics of the whole registry, including unpublished "
                              "prisoners"),
                   "opts": self.model._meta}
        return TemplateResponse(request, "admin/reports/statistics.html", context)
