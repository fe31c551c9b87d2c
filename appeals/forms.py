"""The public signature form: spam protection shared with the mentor sign-up form
(coalition/public_forms.py), and the consent the signer gives."""

from django import forms
from django.utils.translation import gettext_lazy as _

from appeals.models import Signature
from coalition.public_forms import ErrorSummaryMixin, check_spam, honeypot_field, timestamp_field


class SignatureForm(ErrorSummaryMixin, forms.ModelForm):
    show_name = forms.BooleanField(
        label=_("Show my name and country on the appeal page"), required=False,
        help_text=_("Otherwise you are only counted. Your e-mail address is never shown."))
    consent = forms.BooleanField(
        label=_("I agree that the coalition stores my name, country, e-mail address and role to "
                "count my signature and to deliver the appeal with it. My e-mail address is "
                "never published or passed on. I can withdraw my signature at any time with "
                "the link in the confirmation e-mail."),
        error_messages={"required": _("Please agree to how your signature is used, or do not "
                                      "sign.")})
    website = honeypot_field()
    started = timestamp_field()

    class Meta:
        model = Signature
        fields = ("name", "country", "email", "role", "show_name")
        labels = {"name": _("Your name"), "email": _("Your e-mail address"),
                  "country": _("Country"), "role": _("Role or organisation (optional)")}
        help_texts = {"email": _("We send you a link to confirm your signature. It counts "
                                 "only once you follow it."),
                      "role": _("Such as teacher, or member of an association. It is not "
                                "shown on the appeal page.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = [choice for choice in self.fields["country"].choices if choice[0]]
        self.fields["country"].choices = [("", _("Choose a country")), *countries]
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["role"].widget.attrs["autocomplete"] = "organization"

    def validate_unique(self):
        # The same address signing again is handled by the service (it re-sends the e-mail),
        # never reported here: the form must not tell whether an address has signed.
        pass

    def clean(self):
        check_spam(self.cleaned_data)
        return self.cleaned_data

    def signature_data(self):
        """The cleaned values ``services.signature_submit`` takes."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}
