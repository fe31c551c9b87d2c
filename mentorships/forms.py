from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentorships.models import Mentor
from prisoners.forms_admin import SanitizedPhotoForm


class MentorAdminForm(SanitizedPhotoForm):
    class Meta:
        model = Mentor
        fields = ("photo",)  # MentorAdmin.fieldsets decide the rest


class HandOverForm(forms.Form):
    to_mentor = forms.ModelChoiceField(label=_("New mentor"), queryset=Mentor.objects.all())
    on = forms.DateField(label=_("Date of the handover"), initial=timezone.localdate)
