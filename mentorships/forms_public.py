"""The public sign-up form for politicians who volunteer as mentors.

Spam protection (honeypot, signed timestamp; the per-address rate limit in the view, which has
the request) comes from coalition/public_forms.py, shared with the appeal signature form.
"""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from coalition.public_forms import ErrorSummaryMixin, check_spam, honeypot_field, timestamp_field
from mentorships.models import MentorSignup
from prisoners.models import Prisoner


class PrisonerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name_for(get_language())


class MentorSignupForm(ErrorSummaryMixin, forms.ModelForm):
    # Declared here, not generated from the model: the default queryset would list everyone.
    prisoner = PrisonerChoiceField(
        label=_("Prisoner you would like to mentor"), queryset=Prisoner.objects.none(),
        required=False, empty_label=_("No preference"),
        help_text=_("Without a preference, a coordinator suggests someone to you."))
    website = honeypot_field()
    started = timestamp_field()

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
        check_spam(self.cleaned_data)
        return self.cleaned_data

    def signup_data(self):
        """The cleaned values ``services.mentor_signup_submit`` takes."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}
