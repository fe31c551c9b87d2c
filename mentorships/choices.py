from django.db import models
from django.utils.translation import gettext_lazy as _


class MentorshipStatus(models.TextChoices):
    REQUESTED = "requested", _("requested")
    ACTIVE = "active", _("active")
    ENDED = "ended", _("ended")


class ActionKind(models.TextChoices):
    LETTER_TO_PRISONER = "letter_to_prisoner", _("letter to the prisoner")
    LETTER_TO_AUTHORITIES = "letter_to_authorities", _(
        "letter or question to the Russian embassy or foreign ministry")
    PARLIAMENTARY_QUESTION = "parliamentary_question", _("parliamentary question")
    PUBLIC_STATEMENT = "public_statement", _("public statement")
    TRIAL_ATTENDANCE = "trial_attendance", _("trial attendance")
    MEDIA = "media", _("media")
    OTHER = "other", _("other")
