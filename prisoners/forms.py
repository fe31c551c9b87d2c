from django import forms
from django.utils.translation import gettext_lazy as _

from prisoners.choices import Category, Status


class PrisonerFilterForm(forms.Form):
    """The public list's search box and filters; invalid values are reported, never fatal."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search",
                                                      "placeholder": _("e.g. Zhuchkov")}))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("any status")), *Status.choices])
    category = forms.ChoiceField(label=_("Persecution"), required=False,
                                 choices=[("", _("any category")), *Category.choices])
    region = forms.TypedChoiceField(label=_("Region"), required=False, coerce=int,
                                    empty_value=None)
    article = forms.TypedChoiceField(label=_("Article"), required=False, coerce=int,
                                     empty_value=None)
    facility = forms.TypedChoiceField(label=_("Facility"), required=False, coerce=int,
                                      empty_value=None)

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("any region")),
                                         *[(r.pk, r.name) for r in choices["regions"]]]
        self.fields["article"].choices = [("", _("any article")),
                                          *[(a.pk, a.number) for a in choices["articles"]]]
        self.fields["facility"].choices = [("", _("any facility")),
                                           *[(f.pk, f.name) for f in choices["facilities"]]]

    def search_arguments(self):
        """Keyword arguments for ``prisoner_search`` from the valid part of the input."""
        # An invalid field (a stale region id, say) is dropped from cleaned_data and reported
        # by the template; the other filters still apply.
        data = {}
        if self.is_bound:
            self.full_clean()
            data = self.cleaned_data
        return {
            "query": data.get("q") or "",
            "status": data.get("status") or "",
            "category": data.get("category") or "",
            "region": data.get("region"),
            "article": data.get("article"),
            "facility": data.get("facility"),
        }
