from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from coalition.history_admin import HistoryAdminMixin
from coalition.translation_status import MissingTranslationAdminMixin
from dataprotection.admin_mixins import PersonalDataRequestMixin
from mentorships import invitations, services
from mentorships.forms import HandOverForm, MentorAdminForm, MentorInviteForm
from mentorships.models import (
    Mentor,
    MentorAction,
    MentorNotification,
    Mentorship,
    MentorSignup,
)
from prisoners.forms_admin import SanitizedPhotoAdminMixin


@admin.register(Mentor)
class MentorAdmin(MissingTranslationAdminMixin,
                  PersonalDataRequestMixin, HistoryAdminMixin, SanitizedPhotoAdminMixin,
                  TabbedTranslationAdmin):
    form = MentorAdminForm
    list_display = ("name", "country", "role", "party", "is_public")
    list_filter = ("country", "is_public", "preferred_language")
    search_fields = ("name", "party", "user__email", "user__username")
    autocomplete_fields = ("user",)
    fieldsets = (
        (None, {"fields": ("user", "name", ("country", "preferred_language"), "role", "party",
                           "photo", "biography", "is_public")}),
    )
    actions = ("send_invitation", *PersonalDataRequestMixin.personal_data_actions)

    def add_view(self, request, form_url="", extra_context=None):
        """Mentors are added by invitation: the account and the mentor are created together
        and the invitee chooses a password through an expiring link."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = MentorInviteForm(request.POST or None)
        if form.is_valid():
            try:
                mentor = invitations.mentor_create_and_invite(**form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(request, _("Invitation sent to %(email)s.")
                                  % {"email": mentor.user.email}, messages.SUCCESS)
                return redirect("admin:mentorships_mentor_change", mentor.pk)
        context = {**self.admin_site.each_context(request), "title": _("Invite a mentor"),
                   "opts": self.model._meta, "form": form}
        return render(request, "admin/mentorships/mentor/invite.html", context)

    @admin.action(description=_("Send the invitation again"), permissions=["change"])
    def send_invitation(self, request, queryset):
        for mentor in queryset.select_related("user"):
            try:
                invitations.mentor_invite(mentor=mentor)
            except ValidationError as error:
                self.message_user(request, "; ".join(error.messages), messages.WARNING)
            else:
                self.message_user(request, _("Invitation sent to %(email)s.")
                                  % {"email": mentor.user.email}, messages.SUCCESS)


class MentorActionInline(admin.TabularInline):
    model = MentorAction
    extra = 0
    fields = ("date", "kind", "note", "link", "is_public")


def _run_for_each(modeladmin, request, queryset, service, done_message, **arguments):
    """Apply a service to each selected mentorship; report successes and refusals."""
    done, refused = 0, []
    for mentorship in queryset:
        try:
            service(mentorship=mentorship, **arguments)
            done += 1
        except ValidationError as error:
            refused.append(f"{mentorship} ({'; '.join(error.messages)})")
    if done:
        modeladmin.message_user(request, done_message % {"n": done}, messages.SUCCESS)
    if refused:
        modeladmin.message_user(request, _("Not changed: %(list)s") % {"list": ", ".join(refused)},
                                messages.WARNING)


@admin.register(Mentorship)
class MentorshipAdmin(MissingTranslationAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ("mentor", "prisoner", "status", "started_on", "ended_on", "is_public")
    list_filter = ("status", "is_public", "mentor__country")
    list_select_related = ("mentor", "prisoner")
    search_fields = ("mentor__name", "prisoner__full_name_latin", "prisoner__full_name_original")
    autocomplete_fields = ("mentor", "prisoner")
    readonly_fields = ("handed_over_from", "created_at")
    fields = ("mentor", "prisoner", "status", ("started_on", "ended_on"), "statement",
              "is_public", "handed_over_from", "created_at")
    inlines = (MentorActionInline,)
    actions = ("approve_selected", "end_selected", "hand_over")

    @admin.action(description=_("Approve selected requests"), permissions=["change"])
    def approve_selected(self, request, queryset):
        _run_for_each(self, request, queryset, services.mentorship_approve,
                      _("Mentorships approved: %(n)d."))

    @admin.action(description=_("End selected mentorships"), permissions=["change"])
    def end_selected(self, request, queryset):
        _run_for_each(self, request, queryset, services.mentorship_end,
                      _("Mentorships ended: %(n)d."))

    @admin.action(description=_("Hand over to another mentor"), permissions=["change"])
    def hand_over(self, request, queryset):
        form = HandOverForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            _run_for_each(self, request, queryset, services.mentorship_hand_over,
                          _("Mentorships handed over: %(n)d."),
                          to_mentor=form.cleaned_data["to_mentor"], on=form.cleaned_data["on"])
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Hand over mentorships"),
            "opts": self.model._meta,
            "mentorships": queryset.select_related("mentor", "prisoner"),
            "form": form,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return render(request, "admin/mentorships/mentorship/hand_over.html", context)


@admin.register(MentorSignup)
class MentorSignupAdmin(PersonalDataRequestMixin, HistoryAdminMixin, admin.ModelAdmin):
    list_display = ("name", "country", "role", "email", "prisoner", "created_at", "is_handled")
    list_filter = ("is_handled", "country")
    search_fields = ("name", "email", "role")
    readonly_fields = ("name", "email", "country", "role", "message", "prisoner", "language",
                       "created_at")
    fields = (*readonly_fields, "is_handled")
    actions = ("mark_handled", *PersonalDataRequestMixin.personal_data_actions)

    def has_add_permission(self, request):
        return False  # sign-ups come only from the public form

    @admin.action(description=_("Mark as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        queryset.update(is_handled=True)


@admin.register(MentorNotification)
class MentorNotificationAdmin(admin.ModelAdmin):
    list_display = ("mentor", "key", "sent_at")
    list_filter = ("sent_at",)
    search_fields = ("mentor__name", "key")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
