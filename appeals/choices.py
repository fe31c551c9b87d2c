from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AppealStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("appeal status", "open for signatures")
    CLOSED = "closed", pgettext_lazy("appeal status", "closed")
    DELIVERED = "delivered", pgettext_lazy("appeal status", "delivered")


class NotableGroup(models.TextChoices):
    """How notable signatories are grouped on the appeal page, in this order."""

    PARLIAMENT = "parliament", _("Members of parliament")
    GOVERNMENT = "government", _("Ministers and public officials")
    LOCAL = "local", _("Mayors and local councillors")
    ARTISTS = "artists", _("Artists and writers")
    ACADEMICS = "academics", _("Scholars and scientists")
    RIGHTS = "rights", _("Human rights defenders")
    PUBLIC = "public", _("Other public figures")
