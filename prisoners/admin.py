from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.db.models.constants import LOOKUP_SEP
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
)
from modeltranslation.utils import get_translation_fields

from coalition import attention
from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from dataprotection.access import record_viewed
from dataprotection.admin_mixins import RecordedExportMixin
from funds.admin import CheckedColumnsImportForm
from prisoners import services
from prisoners.choices import RecognitionStatus, VerifiedAspect
from prisoners.forms_admin import (
    PrisonerAdminForm,
    SanitizedPhotoAdminMixin,
    spelling_field_name,
)
from prisoners.models import (
    Article,
    CaseEvent,
    Consent,
    Facility,
    InternalNote,
    Prisoner,
    PrisonerContact,
    Recognition,
    Region,
    RiskFlag,
    Verification,
)
from prisoners.names import spelling_languages
from prisoners.resources import FacilityResource, PrisonerResource
from prisoners.search import query_words

# Relations of Prisoner that hold private data, and the permission needed to see each.
PRIVATE_RELATIONS = {
    "recognitions": "prisoners.view_recognition",
    "consents": "prisoners.view_consent",
    "contacts": "prisoners.view_prisonercontact",
    "internal_notes": "prisoners.view_internalnote",
    "risk_flags": "prisoners.view_riskflag",
    "verifications": "prisoners.view_verification",
}
# The sections whose every showing writes an access record (dataprotection.access).
RECORDED_SECTIONS = {"contacts": PrisonerContact, "internal_notes": InternalNote,
                     "risk_flags": RiskFlag}


class SpreadsheetMixin(ImportExportMixin):
    """Import and export as in the ledger: CSV and XLSX, columns checked on upload, for users
    with the model's import or export permission."""

    formats = [CSV, XLSX]
    import_form_class = CheckedColumnsImportForm
    import_template_name = "admin/prisoners/import.html"


@admin.register(Region)
class RegionAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("code", "name")
    search_fields = ("code", *get_translation_fields("name"))


@admin.register(Article)
class ArticleAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("number", "title")
    search_fields = ("number", *get_translation_fields("title"))


@admin.register(Facility)
class FacilityAdmin(MissingTranslationAdminMixin,
                    SpreadsheetMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    resource_classes = [FacilityResource]
    import_template_name = "admin/prisoners/facility/import.html"
    list_display = ("name", "kind", "region")
    list_filter = ("kind", "region")
    list_select_related = ("region",)
    search_fields = ("postal_address", *get_translation_fields("name"))
    autocomplete_fields = ("region",)

    def get_import_context_data(self, **kwargs):
        # The import page names the columns of the site's languages.
        return {**super().get_import_context_data(**kwargs),
                "name_columns": ", ".join(get_translation_fields("name"))}


class CaseEventInline(TranslationStackedInline):
    model = CaseEvent
    extra = 0
    fields = (("date", "kind"), ("is_public", "visible_to_mentors"), "description",
              "created_at")
    # When it was recorded (mentors are told of new public events), in the reader's zone.
    readonly_fields = ("created_at",)


class RecognitionInline(admin.StackedInline):
    # Collapsed: decided once, rarely edited; the list's "recognition" column shows the result.
    classes = ["collapse"]
    model = Recognition
    extra = 0
    fieldsets = (
        (None, {"fields": (("proposed_by_kind", "proposed_by_name"), "evidence")}),
        (_("PACE Resolution 1900 (2012) criteria"), {"fields": (
            ("criterion_a", "criterion_b", "criterion_c", "criterion_d", "criterion_e"),
            "violence_exclusion_checked")}),
        (_("Decision"), {"fields": (("status", "decided_on", "decided_by"), "rationale",
                                    "re_review_on")}),
    )
    autocomplete_fields = ("decided_by",)


class VerificationInline(admin.StackedInline):
    """Who checked the status, the place of detention or the letter address, when, and
    against which source. Internal: the public page shows only the latest date. Stacked and
    collapsed like the other private records (a table of six columns overflows a laptop)."""

    model = Verification
    classes = ["collapse"]
    extra = 0
    fields = (("aspect", "verified_on", "verified_by"), ("source_organisation", "source_url"),
              "source_document")
    autocomplete_fields = ("verified_by",)


class ConsentInline(admin.StackedInline):
    # Stacked, not a table: six columns were twice as wide as a laptop screen. Collapsed:
    # recorded once, rarely edited.
    classes = ["collapse"]
    model = Consent
    extra = 0
    fields = (("given_by", "given_by_name"), ("scope", "given_on", "withdrawn_on"), "note")


class PrisonerContactInline(admin.StackedInline):
    # Collapsed: private data opens on request, not on every glance at the page.
    classes = ["collapse"]
    model = PrisonerContact
    extra = 0
    fields = (("kind", "name", "relation"), ("phone", "email"), "address", "notes")


class InternalNoteInline(admin.StackedInline):
    # Collapsed: private data opens on request, not on every glance at the page. Stacked:
    # a table of notes is wider than a phone.
    classes = ["collapse"]
    model = InternalNote
    extra = 0
    fields = ("text", ("author", "created_at"))
    readonly_fields = ("author", "created_at")


class RiskFlagInline(admin.StackedInline):
    # Collapsed: private data opens on request, not on every glance at the page. Stacked:
    # a table of flags is wider than a phone.
    classes = ["collapse"]
    model = RiskFlag
    extra = 0
    fields = (("kind", "is_active"), "note")


class StandingFilter(admin.SimpleListFilter):
    title = _("recognition")
    parameter_name = "standing"

    def lookups(self, request, model_admin):
        return [*[(s.value, s.label) for s in RecognitionStatus], ("none", _("no record"))]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(recognitions__isnull=True)
        if value in RecognitionStatus.decisions():
            return queryset.filter(recognition_standing=value)
        if value:
            return queryset.filter(recognitions__status=value).distinct()
        return queryset


class VisibilityFilter(admin.SimpleListFilter):
    title = _("visible on the public site")
    parameter_name = "visible"

    def lookups(self, request, model_admin):
        return [("yes", _("yes")), ("no", _("no"))]

    def queryset(self, request, queryset):
        public = Prisoner.objects.public().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=public)
        if self.value() == "no":
            return queryset.exclude(pk__in=public)
        return queryset


class AttentionFilter(admin.SimpleListFilter):
    """The dashboard's prisoner items (coalition.attention), each behind its permission."""

    title = _("needs attention")
    parameter_name = "attention"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _select, permission)
                in attention.PRISONER_ITEMS.items() if request.user.has_perm(permission)]

    def queryset(self, request, queryset):
        allowed = dict(self.lookup_choices)
        if self.value() not in allowed:
            return queryset
        _label, select, _permission = attention.PRISONER_ITEMS[self.value()]
        return select(queryset)


@admin.register(Prisoner)
class PrisonerAdmin(MissingTranslationAdminMixin,
                    RecordedExportMixin, SpreadsheetMixin, HistoryAdminMixin,
                    SanitizedPhotoAdminMixin, TabbedTranslationAdmin):
    resource_classes = [PrisonerResource]
    # The admin log shown with the history names the private inline records ("Added private
    # contact “<name>”", "Added risk flag “family at risk”"): only those who may see them all.
    history_permissions = tuple(PRIVATE_RELATIONS.values())
    form = PrisonerAdminForm
    list_display = ("thumbnail", "full_name_latin", "full_name_original", "status", "region",
                    "facility", "recognition_standing", "is_published")
    # The name is the link; a second link on the photo would be one more, unnamed, tab stop.
    list_display_links = ("full_name_latin",)
    list_select_related = ("region", "facility")
    list_filter = ("status", "category", "region", "articles", "facility", StandingFilter,
                   "is_published", VisibilityFilter, AttentionFilter)
    list_per_page = 50
    search_fields = ("full_name_original", "full_name_latin", "slug")
    search_help_text = _("Name in any script or transliteration: Жучков, Zhuchkov, Schutschkow.")
    autocomplete_fields = ("region", "facility", "articles")
    prepopulated_fields = {"slug": ("full_name_latin",)}
    readonly_fields = ("photo_preview", "created_at", "updated_at")
    actions = ("publish_selected", "unpublish_selected", "mark_status_verified",
               "mark_place_verified", "mark_address_verified")
    inlines = (CaseEventInline, RecognitionInline, VerificationInline, ConsentInline,
               PrisonerContactInline, InternalNoteInline, RiskFlagInline)
    fieldsets = (
        (_("Person"), {"fields": (("full_name_original", "full_name_latin"),
                                  tuple(spelling_field_name(code)
                                        for code, _name in spelling_languages()), "slug",
                                  "envelope_name", ("birth_date", "gender"), "photo",
                                  "photo_preview")}),
        (_("Case"), {"fields": (("status", "category"), "articles",
                                ("arrested_on", "verdict_on", "released_on"),
                                ("sentence_kind", "sentence_years", "sentence_months"),
                                "case_summary", "biography")}),
        (_("Where held"), {"fields": ("region", "facility", "can_receive_letters")}),
        (_("Publication"), {"fields": ("is_published", ("created_at", "updated_at"))}),
    )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        # The private sections are in the page (collapsed) whenever the user may view them.
        if response.status_code == 200 and (prisoner := self.get_object(request, object_id)):
            record_viewed(request, prisoner, [
                getattr(prisoner, name).all() for name in RECORDED_SECTIONS
                if request.user.has_perm(PRIVATE_RELATIONS[name])])
        return response

    def related_history_view(self, request, object_id, model_name):
        response = super().related_history_view(request, object_id, model_name)
        # Reached only when the user may read these rows' history (else PermissionDenied).
        recorded = {model._meta.model_name: model for model in RECORDED_SECTIONS.values()}
        if (model := recorded.get(model_name)) and (
                prisoner := self.get_object(request, object_id)):
            record_viewed(request, prisoner, [model.history.filter(prisoner_id=prisoner.pk)])
        return response

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if not request.user.has_perm("prisoners.publish_prisoner"):
            readonly = (*readonly, "is_published")
        return readonly

    def get_list_filter(self, request):
        list_filter = super().get_list_filter(request)
        if not request.user.has_perm(PRIVATE_RELATIONS["recognitions"]):
            list_filter = tuple(item for item in list_filter if item is not StandingFilter)
        return list_filter

    def lookup_allowed(self, lookup, value, request=None):
        # Django allows any one-level relation lookup in the URL (?risk_flags__isnull=False),
        # which would tell editors who has a risk flag, a contact or a consent.
        permission = PRIVATE_RELATIONS.get(lookup.split(LOOKUP_SEP, 1)[0])
        if permission and (request is None or not request.user.has_perm(permission)):
            return False
        return super().lookup_allowed(lookup, value, request)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm("prisoners.publish_prisoner"):
            actions.pop("publish_selected", None)
            actions.pop("unpublish_selected", None)
        return actions

    def has_verify_permission(self, request):
        return request.user.has_perm("prisoners.add_verification")

    def get_search_results(self, request, queryset, search_term):
        # The stored spellings are normalised (see prisoners.search), so normalise the term
        # the same way instead of relying on the database's case folding.
        words = query_words(search_term)
        if not words:
            return queryset, False
        for word in words:
            queryset = queryset.filter(Q(search_names__contains=word) | Q(slug__contains=word))
        return queryset, False

    @admin.display(description=_("photo"))
    def thumbnail(self, obj):
        if not obj.photo_thumbnail:
            return "—"
        url = reverse("admin_prisoner_photo", kwargs={"pk": obj.pk, "variant": "thumb"})
        return format_html('<img src="{}" alt="" width="48" height="48" class="photo-thumb">',
                           url)

    @admin.display(description=_("current photo"))
    def photo_preview(self, obj):
        if not obj or not obj.photo:
            return _("No photo")
        url = reverse("admin_prisoner_photo", kwargs={"pk": obj.pk, "variant": "full"})
        return format_html('<img src="{}" alt="" width="240" class="photo-preview">', url)

    def save_formset(self, request, form, formset, change):
        authored = {InternalNote: "author", Verification: "verified_by"}
        if formset.model in authored:
            field = authored[formset.model]
            for record in formset.save(commit=False):
                if getattr(record, f"{field}_id") is None:
                    setattr(record, field, request.user)
                record.save()
            for record in formset.deleted_objects:
                record.delete()
            return
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        prisoner = form.instance
        was_published = prisoner.is_published
        blockers = services.prisoner_enforce_publication_rules(prisoner=prisoner)
        if was_published and blockers:
            self.message_user(
                request,
                _("%(name)s is not published: %(reasons)s.")
                % {"name": prisoner.full_name_latin, "reasons": "; ".join(map(str, blockers))},
                messages.WARNING,
            )

    @admin.action(description=_("Publish selected prisoners"))
    def publish_selected(self, request, queryset):
        published, refused = 0, []
        for prisoner in queryset:
            try:
                services.prisoner_publish(prisoner=prisoner)
                published += 1
            except ValidationError as error:
                refused.append(f"{prisoner.full_name_latin} ({'; '.join(error.messages)})")
        if published:
            self.message_user(request, ngettext("%(n)d prisoner published.",
                                                "%(n)d prisoners published.", published)
                              % {"n": published}, messages.SUCCESS)
        if refused:
            self.message_user(request, _("Not published: %(list)s")
                              % {"list": ", ".join(refused)}, messages.WARNING)

    @admin.action(description=_("Unpublish selected prisoners"))
    def unpublish_selected(self, request, queryset):
        for prisoner in queryset:
            services.prisoner_unpublish(prisoner=prisoner)
        count = len(queryset)
        self.message_user(request, ngettext("%(n)d prisoner unpublished.",
                                            "%(n)d prisoners unpublished.", count)
                          % {"n": count}, messages.SUCCESS)

    @admin.action(description=_("Mark status of the case verified today"),
                  permissions=["verify"])
    def mark_status_verified(self, request, queryset):
        self._mark_verified(request, queryset, VerifiedAspect.STATUS)

    @admin.action(description=_("Mark place of detention verified today"),
                  permissions=["verify"])
    def mark_place_verified(self, request, queryset):
        self._mark_verified(request, queryset, VerifiedAspect.PLACE)

    @admin.action(description=_("Mark letter address verified today"), permissions=["verify"])
    def mark_address_verified(self, request, queryset):
        self._mark_verified(request, queryset, VerifiedAspect.ADDRESS)

    def _mark_verified(self, request, queryset, aspect):
        """Verified today by the current user, against the source of the last verification
        of that aspect; prisoners never verified are named, their first source goes on the
        form."""
        marked, never = 0, []
        for prisoner in queryset.order_by("full_name_latin"):
            if services.verification_repeat(prisoner=prisoner, aspect=aspect,
                                            verified_by=request.user):
                marked += 1
            else:
                never.append(prisoner.full_name_latin)
        label = VerifiedAspect(aspect).label
        if marked:
            self.message_user(request, ngettext(
                "%(aspect)s: verified today by you for %(n)d prisoner, against the source "
                "of the last verification.",
                "%(aspect)s: verified today by you for %(n)d prisoners, against the sources "
                "of their last verifications.", marked)
                % {"aspect": capfirst(label), "n": marked}, messages.SUCCESS)
        if never:
            self.message_user(request, _(
                "Not marked, never verified before (%(aspect)s): %(list)s. Record the first "
                "verification with its source on the prisoner's form.")
                % {"aspect": label, "list": ", ".join(never)}, messages.WARNING)
