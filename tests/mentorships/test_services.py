import datetime

import pytest
from django.core.exceptions import ValidationError

from mentorships import services
from mentorships.choices import ActionKind, MentorshipStatus
from mentorships.models import Mentorship
from tests.factories import MentorFactory, PublicPrisonerFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 3, 1)


@pytest.fixture
def mentor():
    return MentorFactory()


@pytest.fixture
def prisoner():
    return PublicPrisonerFactory()


def test_request_waits_for_approval(mentor, prisoner):
    mentorship = services.mentorship_request(mentor=mentor, prisoner=prisoner)
    assert (mentorship.status, mentorship.started_on) == (MentorshipStatus.REQUESTED, None)
    services.mentorship_approve(mentorship=mentorship, on=DAY)
    mentorship.refresh_from_db()
    assert (mentorship.status, mentorship.started_on) == (MentorshipStatus.ACTIVE, DAY)


def test_duplicate_request_is_refused(mentor, prisoner):
    services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    with pytest.raises(ValidationError) as error:
        services.mentorship_request(mentor=mentor, prisoner=prisoner)
    assert error.value.messages == [
        "This mentor already mentors or asked to mentor this prisoner."]
    assert Mentorship.objects.count() == 1


def test_a_prisoner_may_have_several_mentors(prisoner):
    services.mentorship_assign(mentor=MentorFactory(), prisoner=prisoner)
    services.mentorship_assign(mentor=MentorFactory(), prisoner=prisoner)
    assert prisoner.mentorships.active().count() == 2


def test_mentor_may_return_after_an_ended_mentorship(mentor, prisoner):
    first = services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    services.mentorship_end(mentorship=first, on=DAY)
    second = services.mentorship_request(mentor=mentor, prisoner=prisoner)
    assert second.status == MentorshipStatus.REQUESTED


def test_end_records_the_date_and_cannot_repeat(mentor, prisoner):
    mentorship = services.mentorship_assign(mentor=mentor, prisoner=prisoner, on=DAY)
    services.mentorship_end(mentorship=mentorship, on=DAY + datetime.timedelta(days=30))
    assert (mentorship.status, mentorship.ended_on) == (MentorshipStatus.ENDED,
                                                        datetime.date(2026, 3, 31))
    with pytest.raises(ValidationError) as error:
        services.mentorship_end(mentorship=mentorship)
    assert error.value.messages == ["This mentorship is ended."]


def test_approving_twice_is_refused(mentor, prisoner):
    mentorship = services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    with pytest.raises(ValidationError):
        services.mentorship_approve(mentorship=mentorship)


def test_hand_over_keeps_history(mentor, prisoner):
    successor_mentor = MentorFactory()
    old = services.mentorship_assign(mentor=mentor, prisoner=prisoner, on=DAY)
    action = services.mentor_action_log(mentorship=old, kind=ActionKind.LETTER_TO_PRISONER,
                                        date=DAY, note="First letter")
    new = services.mentorship_hand_over(mentorship=old, to_mentor=successor_mentor,
                                        on=datetime.date(2026, 9, 1))
    old.refresh_from_db()
    assert (old.status, old.ended_on) == (MentorshipStatus.ENDED, datetime.date(2026, 9, 1))
    assert (new.mentor, new.prisoner, new.status, new.started_on) == (
        successor_mentor, prisoner, MentorshipStatus.ACTIVE, datetime.date(2026, 9, 1))
    assert new.handed_over_from == old
    assert list(old.actions.all()) == [action]


def test_hand_over_to_the_same_mentor_is_refused(mentor, prisoner):
    mentorship = services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    with pytest.raises(ValidationError):
        services.mentorship_hand_over(mentorship=mentorship, to_mentor=mentor)
    mentorship.refresh_from_db()
    assert mentorship.status == MentorshipStatus.ACTIVE


def test_hand_over_of_a_request_is_refused(mentor, prisoner):
    mentorship = services.mentorship_request(mentor=mentor, prisoner=prisoner)
    with pytest.raises(ValidationError):
        services.mentorship_hand_over(mentorship=mentorship, to_mentor=MentorFactory())
    assert Mentorship.objects.count() == 1


def test_actions_need_an_active_mentorship_and_a_valid_link(mentor, prisoner):
    mentorship = services.mentorship_request(mentor=mentor, prisoner=prisoner)
    with pytest.raises(ValidationError):
        services.mentor_action_log(mentorship=mentorship, kind=ActionKind.MEDIA, date=DAY)
    services.mentorship_approve(mentorship=mentorship)
    with pytest.raises(ValidationError) as error:
        services.mentor_action_log(mentorship=mentorship, kind=ActionKind.MEDIA, date=DAY,
                                   link="javascript:alert(1)")
    assert list(error.value.message_dict) == ["link"]
    assert mentorship.actions.count() == 0
