"""Security e-mails to staff: their account signed in from an address it had not used, or its
two-factor authentication was turned off. A stolen password (and code) shows up in the owner's
mailbox, not only in a log nobody reads."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from accounts.models import KnownSignInAddress

logger = logging.getLogger(__name__)
ADDRESS_HASH_SALT = "accounts.KnownSignInAddress"
USER_AGENT_CHARACTERS = 120
NEW_ADDRESS_SUBJECT = _("Your account signed in from a new address")
TWO_FACTOR_DISABLED_SUBJECT = _("Two-factor authentication was disabled on your account")


def address_hash(address: str, secret: str | None = None) -> str:
    """HMAC-SHA256 of an IP address, keyed with SECRET_KEY (or ``secret``): equal addresses
    match, but the address cannot be read back or guessed without the key."""
    return salted_hmac(ADDRESS_HASH_SALT, address, secret=secret, algorithm="sha256").hexdigest()


def sign_in_address_record(*, user, address: str, user_agent: str, when=None) -> bool:
    """Remember that a staff member signed in from ``address``, and e-mail them when it is new
    to an account that signed in before (the very first sign-in is recorded silently). True
    when the e-mail was sent; a failed e-mail is logged, never raised."""
    if not user.is_staff:
        return False
    when = when or timezone.now()
    current, *previous = [address_hash(address, secret) for secret in
                          (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)]
    with transaction.atomic():
        known = user.known_sign_in_addresses.filter(address_hash__in=[current, *previous])
        # After a key rotation a known address is found by its old hash and rehashed.
        if known.update(address_hash=current, last_seen=when):
            return False
        first_ever = not user.known_sign_in_addresses.exists()
        _record, created = KnownSignInAddress.objects.get_or_create(
            user=user, address_hash=current, defaults={"first_seen": when, "last_seen": when})
    if first_ever or not created:
        return False
    return _send(user, "accounts/email/new_sign_in_address.txt", NEW_ADDRESS_SUBJECT,
                 when=when, address=address, user_agent=user_agent)


def two_factor_disabled_notify(*, user, address: str, user_agent: str, when=None) -> bool:
    """E-mail a staff member that two-factor authentication is off on their account. True when
    the e-mail was sent; a failed e-mail is logged, never raised."""
    if not user.is_staff:
        return False
    return _send(user, "accounts/email/two_factor_disabled.txt", TWO_FACTOR_DISABLED_SUBJECT,
                 when=when or timezone.now(), address=address, user_agent=user_agent)


def short_user_agent(user_agent: str) -> str:
    return Truncator(" ".join(user_agent.split())).chars(USER_AGENT_CHARACTERS) or "—"


def _send(user, template, subject, *, when, address, user_agent) -> bool:
    if not user.email:
        logger.warning("Security e-mail to user %s not sent: no e-mail address", user.pk)
        return False
    site = settings.SITE_URL.rstrip("/")
    context = {"user": user, "when": when, "address": address or "—",
               "browser": short_user_agent(user_agent),
               "time_zone": timezone.get_current_timezone_name(),
               "password_url": site + reverse("account_change_password"),
               "two_factor_url": site + reverse("mfa_index"),
               "contact": settings.CONTACT_EMAIL}
    try:
        with translation.override(user.preferred_language):
            message = EmailMessage(str(subject), render_to_string(template, context),
                                   settings.DEFAULT_FROM_EMAIL, [user.email],
                                   reply_to=[settings.CONTACT_EMAIL])
        message.send()
    except Exception:  # the e-mail must never stand between a staff member and their work
        logger.exception("Security e-mail %s to user %s failed", template, user.pk)
        return False
    return True
