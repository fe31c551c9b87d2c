from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ActivityKind(models.TextChoices):
    WHEREABOUTS_IDENTIFIED = "whereabouts_identified", _("whereabouts identified")
    FIRST_LAWYER_VISIT = "first_lawyer_visit", _("first lawyer visit organised")
    ONGOING_SUPPORT = "ongoing_support", _("ongoing support (letters, parcels, account top-ups)")
    PUBLICATION = "publication", _("publication about a case")
    OTHER = "other", pgettext_lazy("activity", "other")


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", pgettext_lazy("report", "published")
