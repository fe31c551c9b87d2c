from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    CONCERT = "concert", _("concert")
    EXHIBITION = "exhibition", _("exhibition")
    LETTER_WRITING = "letter_writing", _("letter-writing evening")
    FILM_SCREENING = "film_screening", _("film screening")
    VIGIL = "vigil", _("protest or vigil")
    TALK = "talk", pgettext_lazy("event kind", "talk")
    ONLINE = "online", pgettext_lazy("event kind", "online event")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", pgettext_lazy("event status", "scheduled")
    CANCELLED = "cancelled", pgettext_lazy("event status", "cancelled")


class RegistrationMode(models.TextChoices):
    NONE = "none", _("no registration")
    EXTERNAL = "external", _("on another website")
    ON_SITE = "on_site", _("with the form on this site")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("registration status", "confirmed")
    WAITING = "waiting", pgettext_lazy("registration status", "on the waiting list")
