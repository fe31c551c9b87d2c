"""The admin side of record history (coalition/history.py): the History page with a
field-by-field diff, the history of inline rows, and revert with a confirmation page.

Who sees what: a record's history needs the permission to view the record (and, for a model
whose admin names private records, ``history_permissions``); the history of an inline's rows
needs the permission to view that inline's model; reverting needs the permission to change the
record. Inline rows are not reverted from their history (their parent's form edits them, and
reverting a recognition or a consent could publish someone).
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.forms.models import _get_foreign_key
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from coalition import history

REASON_FIELD = "history_change_reason"


class RevertForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"), required=False, max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=gettext_lazy("Optional. Kept in the record's history with the revert."))


def _with_reason_field(form_class):
    reason = forms.CharField(
        label=gettext_lazy("Reason for this change"), required=False, max_length=500,
        help_text=gettext_lazy("Optional. Kept in the record's history with this change."))
    return type(form_class.__name__, (form_class,), {REASON_FIELD: reason})


class HistoryAdminMixin:
    """Put first in a ModelAdmin's bases (before modeltranslation's admin)."""

    history_permissions = ()  # extra permissions needed to read this model's history
    history_per_page = 20
    object_history_template = "admin/history/object_history.html"

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self.form = _with_reason_field(self.form)

    # Saving: one history row per admin save, with its author and reason -------------------

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        may_edit = (self.has_change_permission(request, obj) if obj is not None
                    else self.has_add_permission(request))
        present = REASON_FIELD in flatten_fieldsets(fieldsets)
        if may_edit and not present:
            return [*fieldsets, (_("Change history"), {"fields": [REASON_FIELD]})]
        if not may_edit and present:
            return [(name, {**options, "fields": [
                field for field in options["fields"] if field != REASON_FIELD]})
                for name, options in fieldsets]
        return fieldsets

    def save_model(self, request, obj, form, change):
        # The row is written once the many-to-many fields are saved too (save_related).
        obj.skip_history_when_saving = True
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        obj.__dict__.pop("skip_history_when_saving", None)
        history.record_version(obj, created=not change, user=request.user,
                               reason=form.cleaned_data.get(REASON_FIELD, ""))

    # Pages -----------------------------------------------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/history/<int:history_id>/revert/", wrap(self.revert_view),
                 name="{}_{}_revert".format(*info)),
            path("<path:object_id>/history/of/<str:model_name>/",
                 wrap(self.related_history_view), name="{}_{}_related_history".format(*info)),
            *super().get_urls(),
        ]

    def has_history_permission(self, request, obj):
        return (self.has_view_permission(request, obj)
                and request.user.has_perms(self.history_permissions))

    def _history_object(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("This record does not exist."))
        if not self.has_history_permission(request, obj):
            raise PermissionDenied
        return obj

    def _context(self, request, obj, title):
        return {**self.admin_site.each_context(request), "opts": self.opts, "object": obj,
                "title": title, "subtitle": None,
                "history_url": reverse(self._url_name("history"), args=[obj.pk])}

    def _url_name(self, view):
        return f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_{view}"

    def history_view(self, request, object_id, extra_context=None):
        obj = self._history_object(request, object_id)
        records = obj.history.select_related("history_user").order_by(
            "-history_date", "-history_id")
        page = Paginator(records, self.history_per_page).get_page(request.GET.get("p"))
        context = {
            **self._context(request, obj, _("History: %(name)s") % {"name": obj}),
            "versions": history.versions_with_changes(page.object_list, self.model),
            "page": page,
            "can_revert": self.has_change_permission(request, obj),
            "revert_url_name": self._url_name("revert"),
            "related": self._related_histories(request, obj),
            "log_entries": LogEntry.objects.filter(
                object_id=str(obj.pk),
                content_type=ContentType.objects.get_for_model(self.model),
            ).select_related("user").order_by("-action_time")[:50],
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.object_history_template, context)

    def _tracked_inlines(self, request, obj):
        """{model_name: (inline model, foreign key)} of the inlines whose model is tracked and
        whose rows this user may view."""
        found = {}
        for inline in self.get_inline_instances(request, obj):
            model = inline.model
            permission = f"{model._meta.app_label}.view_{model._meta.model_name}"
            if history.is_tracked(model) and request.user.has_perm(permission):
                fk = _get_foreign_key(self.model, model, fk_name=inline.fk_name)
                found[model._meta.model_name] = (model, fk)
        return found

    def _related_histories(self, request, obj):
        rows = []
        for name, (model, fk) in self._tracked_inlines(request, obj).items():
            count = model.history.filter(**{fk.attname: obj.pk}).count()
            rows.append({"label": model._meta.verbose_name_plural, "count": count,
                         "url": reverse(self._url_name("related_history"), args=[obj.pk, name])})
        return rows

    def related_history_view(self, request, object_id, model_name):
        obj = self._history_object(request, object_id)
        inline = self._tracked_inlines(request, obj).get(model_name)
        if inline is None:
            # Not an inline of this record, or one this user may not view: the same answer.
            raise PermissionDenied
        model, fk = inline
        records = model.history.filter(**{fk.attname: obj.pk}).select_related(
            "history_user").order_by("-history_date", "-history_id")
        page = Paginator(records, self.history_per_page).get_page(request.GET.get("p"))
        title = _("History of %(rows)s: %(name)s") % {
            "rows": model._meta.verbose_name_plural, "name": obj}
        context = {
            **self._context(request, obj, title),
            "versions": history.versions_with_changes(page.object_list, model,
                                                      consecutive=False),
            "page": page, "rows_label": model._meta.verbose_name_plural,
        }
        return TemplateResponse(request, "admin/history/related_history.html", context)

    def revert_view(self, request, object_id, history_id):
        obj = self._history_object(request, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        record = get_object_or_404(obj.history.select_related("history_user"),
                                   history_id=history_id)
        form = RevertForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                history.history_revert(instance=obj, record=record, user=request.user,
                                       reason=form.cleaned_data["reason"])
            except history.RevertRefused as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                obj.refresh_from_db()
            else:
                self.log_change(request, obj, _("Reverted to version no. %(id)s.")
                                % {"id": record.history_id})
                self.message_user(request, _("%(name)s was reverted to version no. %(id)s "
                                             "(%(date)s).") % {
                    "name": obj, "id": record.history_id,
                    "date": history.local_date(record.history_date)}, messages.SUCCESS)
                return HttpResponseRedirect(reverse(self._url_name("history"), args=[obj.pk]))
        context = {
            **self._context(request, obj, _("Revert %(name)s") % {"name": obj}),
            "record": record, "form": form,
            "changes": history.revert_preview(instance=obj, record=record),
            "kept": history.kept_fields(self.model),
        }
        return TemplateResponse(request, "admin/history/revert_confirm.html", context)
