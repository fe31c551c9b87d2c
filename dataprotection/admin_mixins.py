"""What other apps' admins mix in: exports that leave a trace (dataprotection.access), and
the actions that answer a person's request for their data (dataprotection.subjects)."""

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dataprotection import subjects
from dataprotection.access import record_access, record_export
from dataprotection.models import AccessAction

ANSWER_PERMISSION = "dataprotection.answer_personal_data_request"


class RecordedExportMixin:
    """For import-export admins whose files hold personal data: each export writes an access
    record with the number of rows taken."""

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        record_export(request, queryset)
        return data


class PersonalDataRequestMixin:
    """Two actions for the admins of people's records (mentors, sign-ups, registrations,
    signatures, income): export everything held about the selected record's person as a ZIP,
    and erase it after a confirmation page that lists what will go. One person at a time: a
    request comes from one person."""

    personal_data_actions = ("export_personal_data", "erase_personal_data")

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm(ANSWER_PERMISSION):
            for name in self.personal_data_actions:
                actions.pop(name, None)
        return actions

    def _person(self, request, queryset):
        people = {subjects.person_of(obj) for obj in queryset}
        if len(people) != 1 or None in people:
            self.message_user(request, _(
                "Select the records of one person, with an e-mail address or a donor's name: "
                "a request for personal data comes from one person."), messages.ERROR)
            return None
        return people.pop()

    @admin.action(description=gettext_lazy("Export this person's data (on their request)"),
                  permissions=["view"])
    def export_personal_data(self, request, queryset):
        if not request.user.has_perm(ANSWER_PERMISSION) or not (
                person := self._person(request, queryset)):
            return None
        return export_response(request, person, subject=queryset.first())

    @admin.action(description=gettext_lazy("Erase this person's data (on their request)"),
                  permissions=["view"])
    def erase_personal_data(self, request, queryset):
        if not request.user.has_perm(ANSWER_PERMISSION) or not (
                person := self._person(request, queryset)):
            return None
        if request.POST.get("confirm") == "yes":
            # The selected record may be deleted by the erasure: the access record names it
            # by number only.
            erase_and_report(self, request, person, subject=queryset.first())
            return None
        return erase_confirmation(request, self.admin_site, person, opts=self.model._meta,
                                  hidden={"action": "erase_personal_data",
                                          helpers.ACTION_CHECKBOX_NAME: list(
                                              queryset.values_list("pk", flat=True))})


def export_response(request, person, *, subject=None):
    """The ZIP of everything held about ``person``, with its access record."""
    content = subjects.export_zip(person)
    record_access(request, action=AccessAction.SUBJECT_EXPORT, records=person.counts(),
                  subject=subject)
    response = HttpResponse(content, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="personal-data-{stamp}.zip"'
    return response


def erase_and_report(model_admin, request, person, *, subject=None):
    counts = person.counts()
    done = subjects.erase(person)
    record_access(request, action=AccessAction.SUBJECT_ERASURE, records=counts, subject=subject)
    model_admin.message_user(request, _("Erased: %(summary)s.") % {"summary": summary(done)},
                             messages.SUCCESS)


def erase_confirmation(request, admin_site, person, *, opts, hidden, cancel_url=None):
    """The page that lists what will go; its button posts ``hidden`` with confirm=yes."""
    context = {
        **admin_site.each_context(request), "opts": opts,
        "cancel_url": cancel_url or reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        "title": _("Erase a person's data"), "person": person,
        "records": [(model_name(label), count) for label, count in person.counts().items()],
        "hidden": [(name, value) for name, values in hidden.items()
                   for value in (values if isinstance(values, list) else [values])],
    }
    return TemplateResponse(request, "admin/dataprotection/erase_confirm.html", context)


def model_name(label):
    return apps.get_model(label)._meta.verbose_name_plural


def summary(done):
    """"signatures: 1 anonymised, 1 deleted; registrations: 2 deleted"."""
    words = {"deleted": _("%(count)d deleted"), "anonymised": _("%(count)d anonymised")}
    parts = []
    for label, result in done.items():
        counts = ", ".join(words[key] % {"count": count} for key, count in result.items()
                           if count)
        parts.append(f"{model_name(label)}: {counts}")
    return "; ".join(parts) or _("nothing was held")
