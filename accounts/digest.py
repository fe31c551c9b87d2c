"""The coordinators' weekly e-mail: the admin dashboard's counts (coalition.attention), with
links, in each coordinator's language, as plain text and HTML. Sent at most once per ISO week
(CoordinatorDigest)."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import CoordinatorDigest, User
from coalition import attention

logger = logging.getLogger(__name__)


def week_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def coordinators():
    return (User.objects.filter(is_active=True, groups__name=roles.COORDINATOR)
            .exclude(email="").order_by("pk").distinct())


class DigestNotSent(Exception):
    """Every e-mail failed (the mail server is down?): the week is not marked as sent, so
    the next run tries again."""


def send_coordinator_digest(*, force=False) -> int | None:
    """E-mail every active coordinator; the number of e-mails sent, or None when this week's
    e-mail was already sent (and ``force`` is off)."""
    week = week_of(timezone.localdate())
    with transaction.atomic():
        # Locked until the e-mails are sent: two runs at once cannot both send.
        digest, created = CoordinatorDigest.objects.select_for_update().get_or_create(
            week=week, defaults={"sent_at": timezone.now(), "recipients": 0})
        if not created and not force:
            return None
        recipients = list(coordinators())
        sent = sum(_send(user) for user in recipients)
        if recipients and not sent:
            raise DigestNotSent(len(recipients))  # rolls the week's record back
        digest.sent_at, digest.recipients = timezone.now(), sent
        digest.save()
    return sent


def _send(user) -> bool:
    try:
        with translation.override(user.preferred_language):
            subject, text, html = render(user)
        message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL,
                                         [user.email])
        message.attach_alternative(html, "text/html")
        message.send()
    except Exception:  # one bad address must not stop the others
        logger.exception("Weekly e-mail to coordinator %s failed", user.pk)
        return False
    return True


def render(user) -> tuple[str, str, str]:
    """Subject, plain text and HTML in the active language."""
    site = settings.SITE_URL.rstrip("/")
    admin_url = site + reverse("admin:index")
    context = {"user": user, "admin_url": admin_url,
               "admin_link": format_html('<a href="{}">{}</a>', admin_url, admin_url),
               "items": [(item, site + item.path) for item in attention.items_for(user)],
               "language": translation.get_language()}
    subject = _("What needs attention this week")
    text = render_to_string("accounts/email/coordinator_digest.txt", context)
    html = render_to_string("accounts/email/coordinator_digest.html", context)
    return subject, text, html
