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


class KnownSignInAddress(models.Model):
    """An address a staff member has signed in from, known only by a keyed hash: the site can
    tell a new address from a known one, but keeps no record of where anybody was."""

    # Written on every staff sign-in, read by nobody on the public site.
    affects_public_pages = False

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="known_sign_in_addresses", verbose_name=_("user"))
    address_hash = models.CharField(
        _("address (hashed)"), max_length=64,
        help_text=_("HMAC-SHA256 of the IP address with the site's secret key."))
    first_seen = models.DateTimeField(_("first seen"))
    last_seen = models.DateTimeField(_("last seen"))

    class Meta:
        verbose_name = _("known sign-in address")
        verbose_name_plural = _("known sign-in addresses")
        constraints = [models.UniqueConstraint(fields=["user", "address_hash"],
                                               name="unique_sign_in_address_per_user")]

    def __str__(self):
        return f"{self.user} {self.address_hash[:12]}…"
