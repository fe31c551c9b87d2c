"""The coordinators' weekly e-mail: the admin dashboard's counts (coalition.attention), with
links, in each coordinator's language. Sent at most once per ISO week (CoordinatorDigest)."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
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
        sent = sum(_send(user) for user in coordinators())
        digest.sent_at, digest.recipients = timezone.now(), sent
        digest.save()
    return sent


def _send(user) -> bool:
    try:
        with translation.override(user.preferred_language):
            subject, body = render(user)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except Exception:  # one bad address must not stop the others
        logger.exception("Weekly e-mail to coordinator %s failed", user.pk)
        return False
    return True


def render(user) -> tuple[str, str]:
    """Subject and body in the active language."""
    site = settings.SITE_URL.rstrip("/")
    items = [(item, site + item.path) for item in attention.items_for(user)]
    subject = _("What needs attention this week")
    body = render_to_string("accounts/email/coordinator_digest.txt",
                            {"user": user, "items": items, "admin_url": f"{site}/admin/"})
    return subject, body
