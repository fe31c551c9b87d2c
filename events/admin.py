import csv

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import get_translation_fields

from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from dataprotection.access import record_export
from dataprotection.admin_mixins import PersonalDataRequestMixin
from events import services
from events.choices import RegistrationMode
from events.forms_admin import EventAdminForm
from events.models import Event, Organisation, Registration
from funds.resources import safe_cell
from prisoners.forms_admin import SanitizedPhotoAdminMixin
from prisoners.views import _photo_response


@admin.register(Organisation)
class OrganisationAdmin(HistoryAdminMixin, admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("name", "country", "website")
    list_filter = ("country",)
    search_fields = ("name",)


class WhenFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", _("Upcoming")), ("past", _("Past"))]

    def queryset(self, request, queryset):
        if self.value() == "upcoming":
            return queryset.upcoming()
        if self.value() == "past":
            return queryset.past()
        return queryset


def local_time(value, event):
    local = value.astimezone(event.zone)
    return f"{date_format(local, 'DATETIME_FORMAT')} ({event.time_zone})"


@admin.register(Event)
class EventAdmin(MissingTranslationAdminMixin,
                 HistoryAdminMixin, SanitizedPhotoAdminMixin, TabbedTranslationAdmin):
    form = EventAdminForm
    list_display = ("title", "kind", "starts_local", "city", "country", "status", "is_public",
                    "published_at", "registrations_link")
    list_filter = ("kind", "status", "country", "is_public", WhenFilter)
    list_select_related = ("organiser",)
    search_fields = (*get_translation_fields("title"), "city", "venue_name", "slug")
    autocomplete_fields = ("organiser", "featured_prisoners")
    prepopulated_fields = {"slug": ("title_en",)}
    readonly_fields = ("poster_preview", "is_public", "published_at", "sequence", "created_at",
                       "updated_at")
    date_hierarchy = "starts_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ("publish_selected", "unpublish_selected", "cancel_selected")
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "status", "organiser", "description",
                           "language")}),
        (_("When"), {"fields": ("time_zone", "starts_at", "ends_at")}),
        (_("Where"), {"fields": ("venue_name", "venue_address", ("city", "country"),
                                 "online_url")}),
        (_("Prisoners and poster"), {"fields": ("featured_prisoners", "photo",
                                                "poster_preview")}),
        (_("Registration"), {"fields": ("registration", "registration_url",
                                        ("capacity", "waiting_list"))}),
        (_("Publication"), {"fields": (("is_public", "published_at"), "sequence",
                                       ("created_at", "updated_at"))}),
    )

    @admin.display(description=_("starts"), ordering="starts_at")
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "capacity" in form.changed_data:
            # More places: the waiting list moves up, in order, and is told by e-mail.
            services.event_promote_waiting(event=obj)

    def starts_local(self, event):
        return local_time(event.starts_at, event)

    @admin.display(description=_("current poster"))
    def poster_preview(self, event):
        if not event or not event.photo_thumbnail:
            return _("No poster")
        url = reverse("admin:events_event_poster", kwargs={"pk": event.pk})
        return format_html('<img src="{}" alt="" width="160" class="photo-preview">', url)

    @admin.display(description=_("registrations"))
    def registrations_link(self, event):
        if event.registration != RegistrationMode.ON_SITE:
            return "–"
        url = reverse("admin:events_registration_changelist") + f"?event__id__exact={event.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Registrations"))

    def get_list_display(self, request):
        list_display = super().get_list_display(request)
        if not request.user.has_perm("events.view_registration"):
            list_display = tuple(name for name in list_display if name != "registrations_link")
        return list_display

    def get_urls(self):
        poster = self.admin_site.admin_view(self.poster_view)
        return [path("<int:pk>/poster.jpg", poster, name="events_event_poster"),
                *super().get_urls()]

    def poster_view(self, request, pk):
        """The poster for the admin's preview, to staff who may view events."""
        if not self.has_view_permission(request):
            raise Http404
        return _photo_response(get_object_or_404(Event, pk=pk).photo_thumbnail)

    def has_publish_permission(self, request):
        return request.user.has_perm("events.publish_event")

    @admin.action(description=_("Publish the selected events"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._apply(request, queryset, services.event_publish,
                    lambda count: ngettext("%(count)d event published.",
                                           "%(count)d events published.", count))

    @admin.action(description=_("Unpublish the selected events"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        self._apply(request, queryset, services.event_unpublish,
                    lambda count: ngettext("%(count)d event unpublished.",
                                           "%(count)d events unpublished.", count))

    @admin.action(description=_("Cancel the selected events (they stay visible, marked "
                                "cancelled)"), permissions=["change"])
    def cancel_selected(self, request, queryset):
        self._apply(request, queryset, services.event_cancel,
                    lambda count: ngettext("%(count)d event cancelled.",
                                           "%(count)d events cancelled.", count))

    def _apply(self, request, queryset, service, message):
        done = 0
        for event in queryset:
            try:
                service(event=event)
                done += 1
            except ValidationError as error:
                self.message_user(request, _("“%(event)s” was not changed: %(reason)s") % {
                    "event": event, "reason": " ".join(error.messages)}, messages.ERROR)
        if done:
            self.message_user(request, message(done) % {"count": done}, messages.SUCCESS)


@admin.register(Registration)
class RegistrationAdmin(PersonalDataRequestMixin, HistoryAdminMixin, admin.ModelAdmin):
    """People who registered on the site: coordinators only (private data). They come from
    the public form, so nobody adds or edits them here; deleting one on request frees the
    place for the first person waiting."""

    list_display = ("name", "email", "event", "status", "seat", "language", "created_at")
    list_filter = ("status", "event")
    list_select_related = ("event",)
    search_fields = ("name", "email", "event__title_en")
    readonly_fields = ("event", "name", "email", "message", "language", "status", "seat",
                       "created_at")
    actions = ("export_csv", *PersonalDataRequestMixin.personal_data_actions)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        services.registration_delete(registration=obj)

    def delete_queryset(self, request, queryset):
        for registration in queryset.order_by("pk"):
            services.registration_delete(registration=registration)

    @admin.action(description=_("Export the selected registrations for the organiser (CSV)"),
                  permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y-%m-%d")
        response["Content-Disposition"] = f'attachment; filename="registrations-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(REGISTRATION_COLUMNS)
        record_export(request, queryset)
        for registration in queryset.select_related("event").order_by("event", "created_at",
                                                                         "pk"):
            writer.writerow([safe_cell(value) for value in registration_row(registration)])
        return response


REGISTRATION_COLUMNS = ["event", "event_start", "name", "email", "status", "place",
                        "language", "message", "registered_at"]


def registration_row(registration):
    event = registration.event
    return [event.title, event.local_start.isoformat(), registration.name, registration.email,
            registration.status, registration.seat or "", registration.language,
            registration.message, registration.created_at.astimezone(event.zone).isoformat()]

