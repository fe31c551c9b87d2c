"""Retention: personal data the coalition no longer needs is deleted, daily, by
``manage.py apply_retention``. One function per rule; each returns how many records it removed
(with ``dry_run``, how many it would remove) and takes their history with them: the
django-simple-history rows (and, for mentors, rows written on deletion) and the admin's log
entries, whose text names the person.

Deleting fires the public cache's triggers like any change: the public data version moves on
once per rule, which costs one cache refill and breaks nothing.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.db.models.functions import Greatest
from django.utils import timezone

from appeals.models import NotableSignatory, Signature
from appeals.services import CONFIRM_MAX_AGE
from dataprotection.forgetting import erase_history
from events.models import Registration
from mentorships.invitations import INVITATION_KEY
from mentorships.models import Mentor, Mentorship, MentorSignup


def _days(name):
    days = getattr(settings, name)
    if not isinstance(days, int) or days < 0:
        raise ImproperlyConfigured(f"{name} must be a number of days (0 or more), not {days!r}.")
    return days


def _cutoff(now, days):
    return (now or timezone.now()) - datetime.timedelta(days=days)


def _forget_admin_log(model, pks):
    LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(model),
                            object_id__in=[str(pk) for pk in pks]).delete()


@transaction.atomic
def _remove(queryset, *, dry_run):
    """Delete the records of ``queryset`` (which selects them by the rule, so a record that
    changed meanwhile is no longer chosen). Their simple-history rows go with them
    (``delete_with_record`` in their app's translation.py)."""
    if dry_run:
        return queryset.count()
    pks = list(queryset.select_for_update().values_list("pk", flat=True))
    if pks:
        _forget_admin_log(queryset.model, pks)
        queryset.filter(pk__in=pks).delete()
    return len(pks)


# Appeals, mentor sign-ups, event registrations ----------------------------------------------

def unconfirmed_signatures_remove(*, now=None, dry_run=False) -> int:
    """Signatures never confirmed from the e-mail, older than the confirmation link. A
    withdrawn signature signed again gets a new link and a new consent date, hence both
    dates. Confirmed signatures, counted or withdrawn, are not touched: the counts stay."""
    days = _days("RETENTION_UNCONFIRMED_SIGNATURE_DAYS")
    if days * 86400 < CONFIRM_MAX_AGE:
        raise ImproperlyConfigured(
            f"RETENTION_UNCONFIRMED_SIGNATURE_DAYS ({days}) would delete signatures whose "
            f"confirmation link still works ({CONFIRM_MAX_AGE // 86400} days).")
    cutoff = _cutoff(now, days)
    return _remove(Signature.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff,
                                            consented_at__lt=cutoff), dry_run=dry_run)


def handled_signups_remove(*, now=None, dry_run=False) -> int:
    """Mentor sign-ups a coordinator marked handled, received long enough ago. Sign-ups
    still waiting are a coordinator's to-do list and stay."""
    cutoff = _cutoff(now, _days("RETENTION_HANDLED_SIGNUP_DAYS"))
    return _remove(MentorSignup.objects.filter(is_handled=True, created_at__lt=cutoff),
                   dry_run=dry_run)


def past_registrations_remove(*, now=None, dry_run=False) -> int:
    """Registrations of events that ended long enough ago. Only events still to come show
    places left, and no report counts past registrations, so nothing needs their number.
    Not events.services.registration_delete(): moving a waiting list up, and e-mailing, mean
    nothing once the event is over."""
    cutoff = _cutoff(now, _days("RETENTION_REGISTRATION_DAYS"))
    return _remove(Registration.objects.filter(event__ends_at__lt=cutoff), dry_run=dry_run)


# Mentors who never took up their invitation ---------------------------------------------------

def expired_invitations(*, now=None):
    """Mentors whose account never got a password nor signed in, and whose last invitation
    link (the first is sent when the account is created) expired more than
    RETENTION_EXPIRED_INVITATION_DAYS ago. Annotated with what makes a coordinator want to
    keep them."""
    cutoff = (_cutoff(now, _days("RETENTION_EXPIRED_INVITATION_DAYS"))
              - datetime.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT))
    last_invitation = Max("notifications__sent_at",
                          filter=Q(notifications__key__startswith=INVITATION_KEY))
    return (Mentor.objects
            .filter(user__password__startswith=UNUSABLE_PASSWORD_PREFIX,
                    user__last_login__isnull=True)
            .annotate(invited_at=Greatest("user__date_joined", last_invitation))
            .filter(invited_at__lt=cutoff)
            .annotate(has_mentorships=Exists(Mentorship.objects.filter(mentor=OuterRef("pk"))),
                      is_notable=Exists(NotableSignatory.objects.filter(mentor=OuterRef("pk"))))
            .select_related("user").order_by("pk"))


def keep_reason(mentor) -> str | None:
    """Why deleting this mentor would lose a coordinator's work (None: nothing would)."""
    if mentor.user.is_staff or mentor.user.is_superuser:
        return "is a staff account"
    if mentor.has_mentorships:  # a mentor's actions belong to their mentorships
        return "has mentorships"
    if mentor.is_notable:
        return "is a notable signatory of an appeal"
    if mentor.is_public:
        return "is shown on the public mentors page"
    return None


@dataclass(frozen=True)
class Kept:
    mentor_id: int
    reason: str


def expired_invitations_kept(*, now=None) -> list[Kept]:
    """The mentors with an expired invitation that expired_invitations_remove leaves alone."""
    return [Kept(mentor.pk, reason) for mentor in expired_invitations(now=now)
            if (reason := keep_reason(mentor)) is not None]


def expired_invitations_remove(*, now=None, dry_run=False) -> int:
    """Delete each mentor with an expired invitation and nothing worth keeping: the mentor,
    their account, their photo files and their history."""
    removed = 0
    for mentor in expired_invitations(now=now):
        if keep_reason(mentor) is None and (dry_run or _mentor_delete(mentor, now=now)):
            removed += 1
    return removed


@transaction.atomic
def _mentor_delete(mentor, *, now) -> bool:
    user = get_user_model().objects.select_for_update().get(pk=mentor.user_id)
    # The invitee may have chosen a password since the list was read.
    mentor = expired_invitations(now=now).filter(pk=mentor.pk).first()
    if mentor is None or keep_reason(mentor) is not None:
        return False
    storage, files = mentor.photo.storage, [mentor.photo.name, mentor.photo_thumbnail.name]
    _forget_admin_log(Mentor, [mentor.pk])
    _forget_admin_log(type(user), [user.pk])
    mentor_id = mentor.pk
    mentor.delete()  # its notifications with it
    # Deleting wrote one more history row (simple-history's "-"): all of them go.
    erase_history(Mentor, id=mentor_id)
    user.delete()  # allauth's e-mail addresses and authenticators with it
    transaction.on_commit(lambda: [storage.delete(name) for name in files if name])
    return True


# What the command runs, in order --------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    remove: Callable[..., int]  # one of the *_remove functions above
    singular: str
    plural: str
    period: str  # with {days}: "1 day", "7 days"
    setting: str

    def describe(self, count):
        days = _days(self.setting)
        things = self.singular if count == 1 else self.plural
        period = self.period.format(days=f"{days} day" if days == 1 else f"{days} days")
        return f"{count} {things} {period}"


RULES = [
    Rule(unconfirmed_signatures_remove, "unconfirmed appeal signature",
         "unconfirmed appeal signatures", "older than {days}",
         "RETENTION_UNCONFIRMED_SIGNATURE_DAYS"),
    Rule(handled_signups_remove, "handled mentor sign-up", "handled mentor sign-ups",
         "older than {days}", "RETENTION_HANDLED_SIGNUP_DAYS"),
    Rule(past_registrations_remove, "event registration", "event registrations",
         "of events that ended more than {days} ago", "RETENTION_REGISTRATION_DAYS"),
    Rule(expired_invitations_remove, "mentor (with account and photo)",
         "mentors (with account and photo)",
         "whose invitation expired unused more than {days} ago",
         "RETENTION_EXPIRED_INVITATION_DAYS"),
]
