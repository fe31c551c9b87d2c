from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from prisoners.images import ACCEPTED_CONTENT_TYPES, sanitize_photo
from prisoners.models import Prisoner


class PrisonerAdminForm(forms.ModelForm):
    # A plain file field: prisoners.images does all checking, with clearer messages than
    # Django's ImageField, and the raw upload is never written to storage.
    photo = forms.FileField(
        label=capfirst(_("photo")), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_CONTENT_TYPES)}),
        help_text=_("JPEG, PNG or WebP. Location, camera and other hidden data are removed."),
    )

    class Meta:
        model = Prisoner
        # PrisonerAdmin.fieldsets decide the fields; the admin passes them to the factory.
        fields = ("photo",)

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if isinstance(upload, UploadedFile):
            self.cleaned_data["sanitized_photo"] = sanitize_photo(upload)
            return self.instance.photo
        return upload
