from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from dataprotection.models import AccessRecord


@admin.register(AccessRecord)
class AccessRecordAdmin(admin.ModelAdmin):
    """Read only, for everyone: a record that its subject could edit or delete would prove
    nothing."""

    list_display = ("at", "username", "action", "subject_display", "records_display", "address")
    list_filter = ("action", "at", "content_type")
    search_fields = ("username", "address")
    date_hierarchy = "at"
    list_select_related = ("content_type",)
    fields = ("at", "username", "user", "address", "action", "content_type", "object_id",
              "subject_display", "records_display")
    readonly_fields = fields

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
