"""Writes of the mentorship programme; the admin and (later) the portal call these."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts import roles
from mentorships.choices import MentorshipStatus
from mentorships.models import Mentor, MentorAction, Mentorship, MentorSignup
from prisoners.models import Prisoner

logger = logging.getLogger(__name__)


def _require_status(mentorship, *allowed):
    if mentorship.status not in allowed:
        raise ValidationError(
            _("This mentorship is %(status)s.") % {"status": mentorship.get_status_display()})


@transaction.atomic
def mentorship_request(*, mentor: Mentor, prisoner: Prisoner) -> Mentorship:
    """A mentor asks to mentor a prisoner; a coordinator approves it later."""
    mentorship = Mentorship(mentor=mentor, prisoner=prisoner)
    mentorship.full_clean()
    mentorship.save()
    return mentorship


@transaction.atomic
def mentorship_approve(*, mentorship: Mentorship, on=None) -> Mentorship:
    _require_status(mentorship, MentorshipStatus.REQUESTED)
    mentorship.status = MentorshipStatus.ACTIVE
    mentorship.started_on = on or timezone.localdate()
    mentorship.save(update_fields=["status", "started_on"])
    return mentorship


@transaction.atomic
def mentorship_assign(*, mentor: Mentor, prisoner: Prisoner, on=None) -> Mentorship:
    """A coordinator pairs a mentor and a prisoner directly."""
    return mentorship_approve(mentorship=mentorship_request(mentor=mentor, prisoner=prisoner),
                              on=on)


@transaction.atomic
def mentorship_end(*, mentorship: Mentorship, on=None) -> Mentorship:
    _require_status(mentorship, MentorshipStatus.REQUESTED, MentorshipStatus.ACTIVE)
    mentorship.status = MentorshipStatus.ENDED
    mentorship.ended_on = on or timezone.localdate()
    mentorship.save(update_fields=["status", "ended_on"])
    return mentorship


@transaction.atomic
def mentorship_hand_over(*, mentorship: Mentorship, to_mentor: Mentor, on=None) -> Mentorship:
    """End an active mentorship and start the same one with another mentor, keeping history:
    the new mentorship points back to the old one, and past actions stay with the old."""
    _require_status(mentorship, MentorshipStatus.ACTIVE)
    if to_mentor == mentorship.mentor:
        raise ValidationError(_("Choose a different mentor to hand over to."))
    day = on or timezone.localdate()
    mentorship_end(mentorship=mentorship, on=day)
    successor = mentorship_assign(mentor=to_mentor, prisoner=mentorship.prisoner, on=day)
    successor.handed_over_from = mentorship
    successor.save(update_fields=["handed_over_from"])
    return successor


@transaction.atomic
def mentor_action_log(*, mentorship: Mentorship, kind, date, note="", link="",
                      is_public=False) -> MentorAction:
    _require_status(mentorship, MentorshipStatus.ACTIVE)
    action = MentorAction(mentorship=mentorship, kind=kind, date=date, note=note, link=link,
                          is_public=is_public)
    action.full_clean()
    action.save()
    return action


@transaction.atomic
def mentor_action_update(*, action: MentorAction, **fields) -> MentorAction:
    for name, value in fields.items():
        setattr(action, name, value)
    action.full_clean()
    action.save()
    return action


@transaction.atomic
def mentor_action_delete(*, action: MentorAction) -> None:
    action.delete()


@transaction.atomic
def mentor_record_visit(*, mentor: Mentor) -> None:
    mentor.last_portal_visit = timezone.now()
    # Bookkeeping, not a change of the record: no history row for each visit.
    mentor.save_without_historical_record(update_fields=["last_portal_visit"])


def mentor_signup_submit(*, name, email, country, role, message="", prisoner=None,
                         language) -> MentorSignup:
    """Record a politician's offer from the public site and tell the coordinators.

    No account is created: a coordinator follows the sign-up up by hand. The e-mail names
    neither the volunteer nor their message, only where to read them. A failing mail server
    never loses the sign-up.
    """
    signup = MentorSignup(name=name, email=email, country=country, role=role, message=message,
                          prisoner=prisoner, language=language)
    signup.full_clean()
    signup.save()
    try:
        _mentor_signup_notify(signup)
    except Exception:
        logger.exception("Could not e-mail coordinators about mentor sign-up %s", signup.pk)
    return signup


def _mentor_signup_notify(signup):
    recipients = sorted(set(
        get_user_model().objects.filter(is_active=True, is_staff=True,
                                        groups__name=roles.COORDINATOR)
        .exclude(email="").values_list("email", flat=True)))
    if not recipients:
        return
    path = reverse("admin:mentorships_mentorsignup_change", args=[signup.pk])
    link = settings.SITE_URL.rstrip("/") + path
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New mentor sign-up")
        body = _("A politician volunteered as a mentor on the public site (country: "
                 "%(country)s).\n\nRead the sign-up and follow it up: %(link)s") % {
            "country": signup.country.name, "link": link}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
