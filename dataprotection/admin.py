from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from dataprotection.admin_mixins import (
    ANSWER_PERMISSION,
    erase_and_report,
    erase_confirmation,
    export_response,
    model_name,
)
from dataprotection.forms import PersonalDataRequestForm
from dataprotection.models import AccessRecord
from dataprotection.subjects import DONOR

# Where each kind of record is listed, and what its search box finds the person by.
RECORD_LISTS = {
    "mentorships.mentor": "admin:mentorships_mentor_changelist",
    "mentorships.mentorsignup": "admin:mentorships_mentorsignup_changelist",
    "events.registration": "admin:events_registration_changelist",
    "appeals.signature": "admin:appeals_signature_changelist",
    "appeals.notablesignatory": "admin:appeals_notablesignatory_changelist",
    "funds.income": "admin:funds_income_changelist",
}


@admin.register(AccessRecord)
class AccessRecordAdmin(admin.ModelAdmin):
    """Read only, for everyone: a record that its subject could edit or delete would prove
    nothing."""

    list_display = ("at", "username", "action", "subject_display", "records_display", "address")
    list_filter = ("action", "at", ("content_type", admin.RelatedOnlyFieldListFilter))
    search_fields = ("username", "address")
    date_hierarchy = "at"
    list_select_related = ("content_type",)
    fields = ("at", "username", "user", "address", "action", "content_type", "object_id",
              "subject_display", "records_display")
    readonly_fields = fields

    def get_urls(self):
        return [path("personal-data/", self.admin_site.admin_view(self.personal_data_view),
                     name="dataprotection_personal_data"), *super().get_urls()]

    def personal_data_view(self, request):
        """Find everything held about one person by e-mail or donor's name, then export it or
        erase it (the same services as the actions on each list)."""
        if not request.user.has_perm(ANSWER_PERMISSION):
            raise PermissionDenied
        form = PersonalDataRequestForm(request.POST or request.GET or None)
        if not form.is_valid():
            return self._personal_data_page(request, form)
        person = form.person()
        if request.method == "POST" and "export" in request.POST:
            return export_response(request, person)
        if request.method == "POST" and "erase" in request.POST:
            if request.POST.get("confirm") != "yes":
                return erase_confirmation(
                    request, self.admin_site, person, opts=self.opts,
                    hidden={**form.cleaned_data, "erase": "1"},
                    cancel_url=request.get_full_path())
            erase_and_report(self, request, person)
            return HttpResponseRedirect(reverse("admin:dataprotection_personal_data"))
        return self._personal_data_page(request, form, person)

    def _personal_data_page(self, request, form, person=None):
        found = []
        for label, count in (person.counts() if person is not None else {}).items():
            url = reverse(RECORD_LISTS[label])
            if label != "appeals.notablesignatory":  # found through the signature
                url += "?" + urlencode({"q": person.key})
            found.append({"label": model_name(label), "count": count, "url": url})
        context = {**self.admin_site.each_context(request), "opts": self.opts,
                   "title": _("A person's request for their data"), "form": form,
                   "person": person, "found": found,
                   "is_donor": person is not None and person.kind == DONOR}
        return TemplateResponse(request, "admin/dataprotection/personal_data.html", context)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("subject")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("record"))
    def subject_display(self, record):
        if record.content_type_id is None:
            return "—"
        if record.subject is None:
            return _("deleted %(kind)s (#%(id)s)") % {
                "kind": record.content_type.model_class()._meta.verbose_name,
                "id": record.object_id}
        return str(record.subject)

    @admin.display(description=_("records"))
    def records_display(self, record):
        return record.records_display()
