"""The event form of the admin: times in the event's own time zone, a sanitised poster."""

import datetime
import zoneinfo

from django import forms
from django.contrib.admin import widgets
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Event
from prisoners.forms_admin import SanitizedPhotoForm, photo_widget

# Parts of the events' addresses that are pages of their own.
RESERVED_SLUGS = {"past", "feed", "calendar.ics"}
TIME_FIELDS = ("starts_at", "ends_at")


class EventAdminForm(SanitizedPhotoForm):
    """Times are entered and shown as wall-clock times of the event's time zone (the venue's),
    whatever the server's or the editor's time zone is.

    Django reads and shows datetimes in the *current* time zone; this form makes the event's
    zone (the one chosen in the form, or the stored one) current while the fields are cleaned,
    and hands the stored times to the widgets as local wall-clock times.
    """

    photo = forms.FileField(
        label=_("Poster"), required=False,
        widget=photo_widget(),
        help_text=_("JPEG, PNG or WebP. Location, camera and other hidden data are removed."))

    class Meta:
        model = Event
        fields = ("photo",)
        widgets = {name: widgets.AdminSplitDateTime for name in TIME_FIELDS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in TIME_FIELDS:
            if name in self.fields:
                self.fields[name].help_text = _("In the event's time zone.")
            value = self.initial.get(name)
            if isinstance(value, datetime.datetime) and timezone.is_aware(value):
                # Naive values are shown as they are, not converted to the server's zone.
                self.initial[name] = value.astimezone(self._initial_zone()).replace(tzinfo=None)

    def _initial_zone(self):
        return zoneinfo.ZoneInfo(self.instance.time_zone or "UTC")

    def _submitted_zone(self):
        name = self.data.get(self.add_prefix("time_zone"), "")
        valid = dict(self.fields["time_zone"].choices) if "time_zone" in self.fields else {}
        if name in valid:
            return zoneinfo.ZoneInfo(name)
        return self._initial_zone()

    def _clean_fields(self):
        with timezone.override(self._submitted_zone()):
            super()._clean_fields()

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(
                _("“%(slug)s” is the address of another page. Choose another address."),
                params={"slug": slug}, code="reserved")
        return slug
