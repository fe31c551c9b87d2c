"""Public forms: the events filter and the registration form."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries

from coalition.public_forms import ErrorSummaryMixin, check_spam, honeypot_field, timestamp_field
from events.choices import EventKind
from events.models import Registration

UNKNOWN_CHOICE = _("There is no such choice.")


class EventFilterForm(forms.Form):
    """Filters of the events list. Values that are not offered are reported and ignored."""

    country = forms.ChoiceField(label=_("Country"), required=False,
                                error_messages={"invalid_choice": UNKNOWN_CHOICE})
    city = forms.ChoiceField(label=_("City"), required=False,
                             error_messages={"invalid_choice": UNKNOWN_CHOICE})
    kind = forms.ChoiceField(label=_("Kind of event"), required=False,
                             error_messages={"invalid_choice": UNKNOWN_CHOICE})
    prisoner = forms.ChoiceField(label=_("Prisoner"), required=False,
                                 error_messages={"invalid_choice": UNKNOWN_CHOICE})

    def __init__(self, data=None, *, choices):
        super().__init__(data)
        every = [("", _("All"))]
        names = dict(all_countries)
        self.fields["country"].choices = every + sorted(
            ((code, names.get(code, code)) for code in choices["countries"]),
            key=lambda choice: str(choice[1]).casefold())
        self.fields["city"].choices = every + [(city, city) for city in choices["cities"]]
        self.fields["kind"].choices = every + list(EventKind.choices)
        language = get_language()
        self.prisoners = {prisoner.slug: prisoner for prisoner in choices["prisoners"]}
        self.fields["prisoner"].choices = every + [
            (prisoner.slug, prisoner.name_for(language)) for prisoner in choices["prisoners"]]

    def search_arguments(self):
        """The valid filters only: a bad value is dropped (and shown as an error)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        arguments = {name: self.cleaned_data[name] for name in ("country", "city", "kind")
                     if self.cleaned_data.get(name)}
        if slug := self.cleaned_data.get("prisoner"):
            arguments["prisoner"] = self.prisoners[slug]
        return arguments

    @property
    def filtered(self):
        return bool(self.search_arguments())


class RegistrationForm(ErrorSummaryMixin, forms.ModelForm):
    """Name, e-mail and an optional message, with the public forms' spam protection
    (honeypot and signed timestamp, coalition.public_forms)."""

    website = honeypot_field()
    started = timestamp_field()

    class Meta:
        model = Registration
        fields = ("name", "email", "message")
        labels = {"name": _("Your name"), "email": _("Your e-mail address"),
                  "message": _("Message to the organisers (optional)")}
        help_texts = {"email": _("We send the confirmation there. Only the coalition's "
                                 "coordinators and the organisers see it."),
                      "message": _("For example, if you need step-free access.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_name(self):
        # One line: the name goes into e-mails and the coordinators' export.
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        check_spam(self.cleaned_data)
        return self.cleaned_data

    def _post_clean(self):
        # The event is not on the form: uniqueness is checked by the service, under its lock.
        pass

    def registration_data(self):
        return {name: self.cleaned_data[name] for name in self._meta.fields}
