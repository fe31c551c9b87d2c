from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.fields import Country
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from appeals import services
from appeals.exports import signatures_csv
from appeals.models import Appeal, NotableSignatory, Signature
from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from dataprotection.access import record_export
from dataprotection.admin_mixins import PersonalDataRequestMixin

SIGNATURE_PERMISSION = "appeals.view_signature"
PUBLISH_PERMISSION = "appeals.publish_appeal"


def _record_verification(notable, form, user):
    if notable.is_verified and (notable.verified_at is None
                                or "is_verified" in form.changed_data):
        services.notable_mark_verified(notable=notable, user=user)
    elif not notable.is_verified:
        notable.verified_by, notable.verified_at = None, None


class NotableSignatoryInline(TranslationStackedInline):
    model = NotableSignatory
    extra = 0
    fields = (("name", "country"), "role", ("affiliation", "group"), "mentor",
              ("is_verified", "is_hidden"))
    autocomplete_fields = ("mentor",)


@admin.register(Appeal)
class AppealAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("title", "status", "opens_on", "closes_on", "is_public", "counted",
                    "export_link")
    list_filter = ("status", "is_public")
    search_fields = ("slug", *get_translation_fields("title"))
    autocomplete_fields = ("prisoners",)
    prepopulated_fields = {"slug": ("title_en",)}
    readonly_fields = ("published_at",)
    inlines = [NotableSignatoryInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "addressee", "text", "demand", "prisoners")}),
        (_("Dates and status"), {"fields": (("opens_on", "closes_on"), "status",
                                            ("outcome_on",), "outcome")}),
        (_("Publication"), {"fields": ("is_public", "published_at")}),
    )

    def save_formset(self, request, form, formset, change):
        # Ticking "verified" in the inline records who verified, as the own admin does.
        for inline_form in formset.forms:
            notable = inline_form.instance
            if isinstance(notable, NotableSignatory):
                _record_verification(notable, inline_form, request.user)
        super().save_formset(request, form, formset, change)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(counted_signatures=Count(
            "signatures", filter=Q(signatures__confirmed_at__isnull=False,
                                   signatures__withdrawn_at__isnull=True)))

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if not request.user.has_perm(PUBLISH_PERMISSION):
            # Editors write the texts; coordinators decide what is public and its status.
            readonly = (*readonly, "slug", "is_public", "status", "opens_on", "closes_on",
                        "outcome_on", "prisoners")
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        return {} if not request.user.has_perm(PUBLISH_PERMISSION) else super(
        ).get_prepopulated_fields(request, obj)

    @admin.display(description=_("signatures"), ordering="counted_signatures")
    def counted(self, obj):
        return obj.counted_signatures

    @admin.display(description=_("export"))
    def export_link(self, obj):
        return format_html('<a href="{}">{}</a>',
                           reverse("admin:appeals_appeal_signatures_csv", args=[obj.pk]),
                           _("CSV for delivery"))

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        if request.user.has_perm(SIGNATURE_PERMISSION):
            return shown
        return [name for name in shown if name != "export_link"]

    def get_urls(self):
        return [path("<int:pk>/signatures.csv",
                     self.admin_site.admin_view(self.signatures_csv_view),
                     name="appeals_appeal_signatures_csv"), *super().get_urls()]

    def signatures_csv_view(self, request, pk):
        if not request.user.has_perm(SIGNATURE_PERMISSION):
            raise PermissionDenied
        appeal = get_object_or_404(Appeal, pk=pk)
        record_export(request, Signature.objects.counted().filter(appeal=appeal, show_name=True),
                      subject=appeal)
        return signatures_csv(appeal)


class CountedFilter(admin.SimpleListFilter):
    title = _("confirmation")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("counted", _("confirmed, counted")), ("unconfirmed", _("not confirmed")),
                ("withdrawn", _("withdrawn"))]

    def queryset(self, request, queryset):
        return {
            "counted": lambda: queryset.counted(),
            "unconfirmed": lambda: queryset.filter(confirmed_at__isnull=True,
                                                   withdrawn_at__isnull=True),
            "withdrawn": lambda: queryset.filter(withdrawn_at__isnull=False),
        }.get(self.value(), lambda: queryset)()


class CountryFilter(admin.SimpleListFilter):
    """Only the countries signers are from, not the whole list of the world's countries."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = (model_admin.get_queryset(request).order_by().values_list("country", flat=True)
                 .distinct())
        return sorted(((code, Country(code).name) for code in codes), key=lambda c: c[1])

    def queryset(self, request, queryset):
        return queryset.filter(country=self.value()) if self.value() else queryset


class NotableFilter(admin.SimpleListFilter):
    title = _("notable signatory")
    parameter_name = "notable"

    def lookups(self, request, model_admin):
        return [("yes", _("made a notable signatory")), ("no", _("not a notable signatory"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(notable__isnull=self.value() == "no")
        return queryset


@admin.register(Signature)
class SignatureAdmin(PersonalDataRequestMixin, HistoryAdminMixin, admin.ModelAdmin):
    list_display = ("name", "email", "country", "appeal", "show_name", "is_counted_flag",
                    "created_at", "confirmed_at")
    list_filter = (CountedFilter, "show_name", NotableFilter, CountryFilter, "appeal")
    list_select_related = ("appeal",)
    search_fields = ("name", "email", "role")
    actions = ["hide_names", "propose_notable", "delete_on_request",
               *PersonalDataRequestMixin.personal_data_actions]
    fields = ("appeal", "name", "email", "country", "role", "show_name", "language",
              "consent_version", "consented_at", "created_at", "confirmed_at", "withdrawn_at")
    # Nothing is edited by hand: the signer decided what to show, and a coordinator may only
    # hide a name (an action), never show one the signer did not choose to show.
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # signatures come only from the public form, with the signer's consent

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # replaced by delete_on_request (same service)
        return actions

    @admin.display(description=_("counted"), boolean=True)
    def is_counted_flag(self, obj):
        return obj.is_counted

    @admin.action(description=_("Hide the selected names from the appeal page"),
                  permissions=["change"])
    def hide_names(self, request, queryset):
        count = services.signatures_hide_names(signatures=queryset)
        self.message_user(request, ngettext("%(count)d name hidden.", "%(count)d names hidden.",
                                            count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Propose as notable signatories (to verify)"),
                  permissions=["change"])
    def propose_notable(self, request, queryset):
        count = services.signatures_propose_notable(signatures=queryset)
        self.message_user(request, ngettext(
            "%(count)d notable signatory proposed: check, group and verify it.",
            "%(count)d notable signatories proposed: check, group and verify them.", count)
            % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Delete the selected signatures (on the signer's request)"),
                  permissions=["delete"])
    def delete_on_request(self, request, queryset):
        count = services.signatures_delete(signatures=queryset)
        self.message_user(request, ngettext("%(count)d signature deleted.",
                                            "%(count)d signatures deleted.", count)
                          % {"count": count}, messages.SUCCESS)


@admin.register(NotableSignatory)
class NotableSignatoryAdmin(MissingTranslationAdminMixin,
                            HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("name", "role", "affiliation", "country", "group", "appeal", "is_verified",
                    "is_hidden", "verified_by", "verified_at")
    list_filter = ("is_verified", "is_hidden", "group", "country", "appeal")
    list_select_related = ("appeal", "verified_by")
    search_fields = ("name", "affiliation", *get_translation_fields("role"))
    autocomplete_fields = ("appeal", "mentor")
    readonly_fields = ("signature_details", "verified_by", "verified_at")
    fields = ("appeal", "name", "role", "affiliation", "country", "group", "mentor",
              "signature_details", "is_verified", "is_hidden", "verified_by", "verified_at")
    actions = ["verify", "hide"]

    @admin.display(description=_("from the public form"))
    def signature_details(self, obj):
        if not obj.signature_id:
            return "—"
        signature = obj.signature
        return _("%(name)s, self-declared role: “%(role)s” (not verified)") % {
            "name": signature.name, "role": signature.role or "—"}

    def save_model(self, request, obj, form, change):
        _record_verification(obj, form, request.user)
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Verify the selected signatories and show them"),
                  permissions=["change"])
    def verify(self, request, queryset):
        count, skipped = services.notables_verify(notables=queryset, user=request.user)
        self.message_user(request, ngettext("%(count)d signatory verified.",
                                            "%(count)d signatories verified.", count)
                          % {"count": count}, messages.SUCCESS)
        if skipped:
            self.message_user(request, ngettext(
                "%(count)d signatory without a role skipped: fill in a checked role first.",
                "%(count)d signatories without a role skipped: fill in a checked role first.",
                skipped) % {"count": skipped}, messages.WARNING)

    @admin.action(description=_("Hide the selected signatories from the appeal page"),
                  permissions=["change"])
    def hide(self, request, queryset):
        count = services.notables_hide(notables=queryset)
        self.message_user(request, ngettext("%(count)d signatory hidden.",
                                            "%(count)d signatories hidden.", count)
                          % {"count": count}, messages.SUCCESS)
