"""Writes of the mentorship programme; the admin and (later) the portal call these."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mentorships.choices import MentorshipStatus
from mentorships.models import Mentor, MentorAction, Mentorship
from prisoners.models import Prisoner


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
