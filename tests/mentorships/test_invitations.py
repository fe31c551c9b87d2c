"""Invitation flow end to end: coordinator invites, invitee sets a password, logs in."""

import re

import pytest
from django.test import override_settings

from accounts.models import User
from mentorships.models import Mentor
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db
INVITE = {"email": "clara@example.eu", "name": "Clara Example", "country": "FR",
          "role": "Senator", "preferred_language": "fr"}


def invite(coordinator, django_capture_on_commit_callbacks, data=INVITE):
    with django_capture_on_commit_callbacks(execute=True):
        return coordinator.post("/admin/mentorships/mentor/add/", data)


def link_in(mail):
    return re.search(r"http://127\.0\.0\.1:8000(/accounts/password/reset/key/\S+/)",
                     mail.body).group(1)


def test_invitation_creates_account_and_sends_link_in_mentors_language(
        coordinator, mailoutbox, django_capture_on_commit_callbacks):
    response = invite(coordinator, django_capture_on_commit_callbacks)
    mentor = Mentor.objects.get(name="Clara Example")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/mentorships/mentor/{mentor.pk}/change/"
    assert not mentor.user.has_usable_password()
    assert [mail.to for mail in mailoutbox] == [["clara@example.eu"]]
    assert mailoutbox[0].subject == "Votre invitation au portail des parrains et marraines"
    assert "Clara Example" in mailoutbox[0].body


def test_invitee_sets_password_and_logs_in(coordinator, anonymous, mailoutbox,
                                           django_capture_on_commit_callbacks):
    invite(coordinator, django_capture_on_commit_callbacks)
    page = anonymous.get(link_in(mailoutbox[0]), follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link_in(mailoutbox[0])
    done = anonymous.post(form_url, {"password1": "a-long-new-passphrase-42",
                                     "password2": "a-long-new-passphrase-42"})
    assert done.status_code == 302
    assert User.objects.get(email="clara@example.eu").check_password("a-long-new-passphrase-42")
    login = anonymous.post("/accounts/login/", {"login": "clara@example.eu",
                                               "password": "a-long-new-passphrase-42"})
    assert login.status_code == 302


@override_settings(PASSWORD_RESET_TIMEOUT=-1)
def test_expired_link_is_refused(coordinator, anonymous, mailoutbox,
                                 django_capture_on_commit_callbacks):
    invite(coordinator, django_capture_on_commit_callbacks)
    page = anonymous.get(link_in(mailoutbox[0]), follow=True)
    assert "Bad Token" in page.content.decode()


def test_existing_email_is_refused_and_nothing_is_created(
        coordinator, mailoutbox, django_capture_on_commit_callbacks):
    MentorFactory(user__email="clara@example.eu")
    response = invite(coordinator, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "An account with this e-mail address exists." in response.content.decode()
    assert Mentor.objects.filter(name="Clara Example").count() == 0
    assert mailoutbox == []


def test_invalid_input_is_reported(coordinator, mailoutbox, django_capture_on_commit_callbacks):
    response = invite(coordinator, django_capture_on_commit_callbacks,
                      {**INVITE, "email": "not-an-address", "country": "XX"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert User.objects.filter(username="not-an-address").count() == 0


@pytest.mark.parametrize("persona", ["editor", "finance"])
def test_only_coordinators_invite(request, persona):
    client = request.getfixturevalue(persona)
    assert client.post("/admin/mentorships/mentor/add/", INVITE).status_code == 403
    assert Mentor.objects.count() == 0
