from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """Staff (coordinators, editors, finance) and, later, mentors."""

    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")


class CoordinatorDigest(models.Model):
    """One weekly "what needs attention" e-mail to the coordinators (accounts.digest)."""

    week = models.DateField(_("week"), unique=True, help_text=_("The Monday of the week."))
    sent_at = models.DateTimeField(_("sent"))
    recipients = models.PositiveIntegerField(_("recipients"))

    class Meta:
        verbose_name = _("coordinators' weekly e-mail")
        verbose_name_plural = _("coordinators' weekly e-mails")
        ordering = ["-week"]

    def __str__(self):
        return f"{self.week:%Y-%m-%d}"
