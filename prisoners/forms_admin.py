from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from prisoners import services
from prisoners.images import ACCEPTED_CONTENT_TYPES, sanitize_photo
from prisoners.models import Prisoner
from prisoners.names import national_spelling, spelling_languages


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


def _name_in(language_name):
    return lazy(lambda: gettext("Name in %(language)s") % {"language": language_name}, str)()


def spelling_field_name(code):
    return f"name_{code}"


class _PrisonerAdminForm(SanitizedPhotoForm):
    """The prisoner form, with one field per language for the name as that language's press
    writes it (Prisoner.name_spellings), showing the derived spelling as a placeholder."""

    class Meta:
        model = Prisoner
        # PrisonerAdmin.fieldsets decide the fields; the admin passes them to the factory.
        fields = ("photo",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _name in spelling_languages():
            field = self.fields.get(spelling_field_name(code))
            if field is None:
                continue
            field.initial = self.instance.name_spellings.get(code, "")
            if derived := national_spelling(self.instance.full_name_original, code):
                field.widget.attrs["placeholder"] = derived

    def clean(self):
        cleaned_data = super().clean()
        spellings = dict(self.instance.name_spellings)
        for code, _name in spelling_languages():
            name = spelling_field_name(code)
            if name in self.fields:  # a form without the field keeps what is stored
                spellings[code] = cleaned_data.get(name, "")
        self.instance.name_spellings = {code: text for code, text in spellings.items() if text}
        return cleaned_data


# Declared when the class is made, so that the admin's form factory knows the fields.
PrisonerAdminForm = type("PrisonerAdminForm", (_PrisonerAdminForm,), {
    spelling_field_name(code): forms.CharField(
        label=_name_in(name), required=False, max_length=200,
        help_text=_("As this language's press writes the name. Leave empty for the spelling "
                    "in grey, derived from the original."))
    for code, name in spelling_languages()})
