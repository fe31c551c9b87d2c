import datetime

import pytest
from django.contrib.messages import get_messages
from PIL import Image

from mentorships import services
from mentorships.choices import MentorshipStatus
from mentorships.models import Mentorship
from tests.factories import MentorFactory, PublicPrisonerFactory
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/mentorships/mentorship/"


def run_action(client, action, mentorships, **extra):
    data = {"action": action, "_selected_action": [m.pk for m in mentorships], **extra}
    return client.post(CHANGELIST, data, follow=True)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_coordinator_sees_mentorship_admin(coordinator):
    services.mentorship_assign(mentor=MentorFactory(name="Anna Berg"),
                               prisoner=PublicPrisonerFactory())
    response = coordinator.get(CHANGELIST)
    assert response.status_code == 200
    assert "Anna Berg" in response.content.decode()
    assert coordinator.get("/admin/mentorships/mentor/add/").status_code == 200


@pytest.mark.parametrize("persona", ["editor", "finance"])
def test_other_staff_cannot_reach_mentorships(request, persona):
    client = request.getfixturevalue(persona)
    assert client.get(CHANGELIST).status_code == 403
    assert client.get("/admin/mentorships/mentor/").status_code == 403


def test_approve_action_approves_requests_and_reports_the_rest(coordinator):
    prisoner = PublicPrisonerFactory()
    request_ = services.mentorship_request(mentor=MentorFactory(), prisoner=prisoner)
    active = services.mentorship_assign(mentor=MentorFactory(name="Already Active"),
                                        prisoner=prisoner)
    response = run_action(coordinator, "approve_selected", [request_, active])
    request_.refresh_from_db()
    assert request_.status == MentorshipStatus.ACTIVE
    assert messages_of(response) == [
        "Mentorships approved: 1.",
        f"Not changed: {active} (This mentorship is active.)"]


def test_hand_over_asks_for_the_new_mentor_then_hands_over(coordinator):
    old = services.mentorship_assign(mentor=MentorFactory(), prisoner=PublicPrisonerFactory())
    successor = MentorFactory(name="New Mentor")
    page = run_action(coordinator, "hand_over", [old])
    assert page.status_code == 200
    assert "Hand over mentorships" in page.content.decode()
    assert Mentorship.objects.count() == 1

    response = run_action(coordinator, "hand_over", [old], apply="1",
                          to_mentor=successor.pk, on="2026-09-01")
    assert messages_of(response) == ["Mentorships handed over: 1."]
    new = Mentorship.objects.get(mentor=successor)
    assert (new.handed_over_from, new.started_on) == (old, datetime.date(2026, 9, 1))


def test_hand_over_with_invalid_choice_shows_the_form_again(coordinator):
    old = services.mentorship_assign(mentor=MentorFactory(), prisoner=PublicPrisonerFactory())
    response = run_action(coordinator, "hand_over", [old], apply="1", to_mentor="999999",
                          on="not a date")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert "Enter a valid date." in response.content.decode()
    assert Mentorship.objects.count() == 1


def test_mentor_photo_is_sanitised(coordinator, django_capture_on_commit_callbacks):
    mentor = MentorFactory(name="Clara Example", country="FR")
    data = {"user": mentor.user.pk, "name": "Clara Example", "country": "FR",
            "preferred_language": "fr", "role_en": "Senator", "party": "",
            "photo": jpeg_with_gps()}
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(f"/admin/mentorships/mentor/{mentor.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    mentor.refresh_from_db()
    assert mentor.photo.name.startswith("photos/mentors/")
    with Image.open(mentor.photo.path) as image:
        assert dict(image.getexif()) == {}
        assert "comment" not in image.info
