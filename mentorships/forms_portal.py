from django import forms
from django.utils.translation import gettext_lazy as _

from mentorships.models import MentorAction


class MentorActionForm(forms.ModelForm):
    class Meta:
        model = MentorAction
        fields = ("kind", "date", "note", "link", "is_public")
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}
        labels = {"is_public": _("Show on the prisoner's public page")}
