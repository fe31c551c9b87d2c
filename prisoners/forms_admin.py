from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from prisoners import services
from prisoners.images import ACCEPTED_CONTENT_TYPES, sanitize_photo
from prisoners.models import Prisoner


def photo_widget():
    # The admin's file widget: "Currently / Clear / Change" in one wrapping paragraph, where
    # the plain widget laid them out in a row wider than the form.
    return AdminFileWidget(attrs={"accept": ",".join(ACCEPTED_CONTENT_TYPES)})


class SanitizedPhotoForm(forms.ModelForm):
    """A model form whose ``photo`` upload is sanitised; the raw upload is never stored.

    A plain file field: prisoners.images does all checking, with clearer messages than
    Django's ImageField. The clean copies wait in ``cleaned_data["sanitized_photo"]`` for
    ``SanitizedPhotoAdminMixin.save_model``.
    """

    photo = forms.FileField(
        label=capfirst(_("photo")), required=False,
        widget=photo_widget(),
        help_text=_("JPEG, PNG or WebP. Location, camera and other hidden data are removed."),
    )

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if isinstance(upload, UploadedFile):
            self.cleaned_data["sanitized_photo"] = sanitize_photo(upload)
            return self.instance.photo
        return upload


class SanitizedPhotoAdminMixin:
    """Stores the sanitised photo after the object is saved, and deletes cleared files."""

    def save_model(self, request, obj, form, change):
        # Ticking "Clear" has already blanked obj.photo: remember the stored file so that it
        # is deleted with the thumbnail instead of staying on disk.
        stored_photo = (type(obj).objects.filter(pk=obj.pk).values_list("photo", flat=True)
                        .get() if change else "")
        super().save_model(request, obj, form, change)
        if photo := form.cleaned_data.get("sanitized_photo"):
            services.photo_store(owner=obj, photo=photo)
        elif not obj.photo and (stored_photo or obj.photo_thumbnail):
            obj.photo = stored_photo
            services.photo_remove(owner=obj)


class PrisonerAdminForm(SanitizedPhotoForm):
    class Meta:
        model = Prisoner
        # PrisonerAdmin.fieldsets decide the fields; the admin passes them to the factory.
        fields = ("photo",)
