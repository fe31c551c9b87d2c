from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dataprotection.subjects import Person


class PersonalDataRequestForm(forms.Form):
    """Whose data: an e-mail address (mentors, volunteers, registrants, signatories) or the
    name a donor agreed to be shown under."""

    email = forms.EmailField(label=_("E-mail address"), required=False)
    donor_name = forms.CharField(label=_("or the donor's name"), required=False, max_length=200)

    def clean(self):
        data = super().clean()
        given = [name for name in ("email", "donor_name") if data.get(name, "").strip()]
        if len(given) != 1 and not self.errors:
            raise ValidationError(_("Enter either an e-mail address or a donor's name."),
                                  code="one_of")
        return data

    def person(self):
        if email := self.cleaned_data["email"].strip():
            return Person.by_email(email)
        return Person.by_donor_name(self.cleaned_data["donor_name"])
