"""The public sign-up form for politicians who volunteer as mentors.

Spam protection without third-party scripts: a honeypot field that people never see, and a
signed timestamp that refuses forms sent faster than a person types or kept for over a day.
The per-address rate limit lives in the view (it needs the request).
"""

import time

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from mentorships.models import MentorSignup
from prisoners.models import Prisoner

TOKEN_SALT = "mentorships.forms_public.signup"
MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 60 * 60

HONEYPOT_MESSAGE = _(
    "The form was not sent because a hidden field meant for spam robots was filled in, perhaps "
    "by your browser's autofill. Please send it again.")
TOO_FAST_MESSAGE = _(
    "The form was sent faster than a person can fill it in. Please check your entries and "
    "send it again.")
EXPIRED_MESSAGE = _("The form has expired. Please check your entries and send it again.")


def signup_token(at=None):
    """A signed note of when the form was shown (``at``: a Unix time, default now)."""
    shown = time.time() if at is None else at
    return signing.Signer(salt=TOKEN_SALT).sign(f"{shown:.3f}")


def token_age(token):
    """Seconds since the form was shown, or None for a forged or damaged token."""
    try:
        return time.time() - float(signing.Signer(salt=TOKEN_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


class FreshTokenInput(forms.HiddenInput):
    """Always renders a new token, so that a form shown again after an error can be sent."""

    def format_value(self, value):
        return signup_token()


class AlwaysEmptyInput(forms.TextInput):
    """The honeypot is shown empty again even when a robot (or autofill) filled it."""

    def format_value(self, value):
        return None


class PrisonerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.display_name(get_language())


class MentorSignupForm(forms.ModelForm):
    # Declared here, not generated from the model: the default queryset would list everyone.
    prisoner = PrisonerChoiceField(
        label=_("Prisoner you would like to mentor"), queryset=Prisoner.objects.none(),
        required=False, empty_label=_("No preference"),
        help_text=_("Without a preference, a coordinator suggests someone to you."))
    # Hidden by the CSS class of its wrapper; people leave it empty, robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=AlwaysEmptyInput(attrs={"autocomplete": "off",
                                                             "tabindex": "-1"}))
    started = forms.CharField(required=False, widget=FreshTokenInput)

    class Meta:
        model = MentorSignup
        fields = ("name", "email", "country", "role", "prisoner", "message")
        labels = {"name": _("Your name"), "email": _("Your e-mail address"),
                  "country": _("Country"), "role": _("Your role or office"),
                  "message": _("Message (optional)")}
        help_texts = {"role": _("Such as Member of the European Parliament."),
                      "email": _("Only the coalition's coordinators see it.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, prisoners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["prisoner"].queryset = prisoners
        countries = [choice for choice in self.fields["country"].choices if choice[0]]
        self.fields["country"].choices = [("", _("Choose a country")), *countries]
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(HONEYPOT_MESSAGE, code="honeypot")
        age = token_age(self.cleaned_data.get("started") or "")
        if age is None or age > MAX_FORM_AGE_SECONDS:
            raise ValidationError(EXPIRED_MESSAGE, code="expired")
        if age < MIN_FILL_SECONDS:
            raise ValidationError(TOO_FAST_MESSAGE, code="too_fast")
        return self.cleaned_data

    def signup_data(self):
        """The cleaned values ``services.mentor_signup_submit`` takes."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}
