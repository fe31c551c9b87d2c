from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from mentorships.models import Mentor
from prisoners.forms_admin import SanitizedPhotoForm


class MentorAdminForm(SanitizedPhotoForm):
    class Meta:
        model = Mentor
        fields = ("photo",)  # MentorAdmin.fieldsets decide the rest


class HandOverForm(forms.Form):
    to_mentor = forms.ModelChoiceField(label=_("New mentor"), queryset=Mentor.objects.all())
    on = forms.DateField(label=_("Date of the handover"), initial=timezone.localdate)


class MentorInviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    name = forms.CharField(label=_("Name"), max_length=200)
    country = CountryField().formfield(label=_("Country"))
    role = forms.CharField(label=_("Role or office"), max_length=200,
                           help_text=_("Such as Member of the European Parliament."))
    preferred_language = forms.ChoiceField(label=_("Preferred language"),
                                           choices=settings.LANGUAGES)
