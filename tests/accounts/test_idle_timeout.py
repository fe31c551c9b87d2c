"""Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request; mentors keep theirs
(accounts.middleware.StaffIdleTimeoutMiddleware)."""

import time

import pytest
from django.test import Client, override_settings

from accounts.middleware import LAST_ACTIVITY_KEY
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db
MINUTE = 60


def idle_for(client, seconds):
    """The session's clock as if its last request were ``seconds`` ago."""
    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time() - seconds)
    session.save()
    return session[LAST_ACTIVITY_KEY]


def test_sign_in_starts_the_clock(coordinator):
    assert abs(coordinator.session[LAST_ACTIVITY_KEY] - time.time()) < 5


def test_staff_idle_for_121_minutes_is_signed_out(coordinator):
    idle_for(coordinator, 121 * MINUTE)
    response = coordinator.get("/admin/prisoners/prisoner/?q=ivanov")
    assert response.status_code == 302
    assert response["Location"] == (
        "/accounts/login/?next=/admin/prisoners/prisoner/%3Fq%3Divanov")
    assert "_auth_user_id" not in coordinator.session
    login_page = coordinator.get(response["Location"]).content.decode()
    assert "You were signed out after 120 minutes without activity." in login_page
    assert coordinator.get("/admin/")["Location"] == "/admin/login/?next=/admin/"


def test_staff_idle_for_119_minutes_stays_in_and_the_clock_restarts(coordinator):
    before = idle_for(coordinator, 119 * MINUTE)
    assert coordinator.get("/admin/prisoners/prisoner/").status_code == 200
    assert coordinator.session["_auth_user_id"] == str(coordinator.user.pk)
    now = coordinator.session[LAST_ACTIVITY_KEY]
    assert now > before + 118 * MINUTE and abs(now - time.time()) < 5


def test_any_page_counts_as_activity_and_ends_an_idle_session(coordinator):
    idle_for(coordinator, 121 * MINUTE)
    response = coordinator.get("/en/prisoners/")
    assert response["Location"] == "/accounts/login/?next=/en/prisoners/"
    assert "_auth_user_id" not in coordinator.session


def test_the_clock_is_written_at_most_once_a_minute(coordinator):
    recent = idle_for(coordinator, 30)
    coordinator.get("/admin/")
    assert coordinator.session[LAST_ACTIVITY_KEY] == recent


@override_settings(STAFF_SESSION_IDLE_MINUTES=5)
def test_the_idle_time_is_configurable(editor):
    idle_for(editor, 4 * MINUTE)
    assert editor.get("/admin/").status_code == 200
    idle_for(editor, 6 * MINUTE)
    response = editor.get("/admin/", follow=True)
    assert "You were signed out after 5 minutes without activity." in response.content.decode()
    assert "_auth_user_id" not in editor.session


def test_a_mentor_idle_for_three_days_keeps_the_session():
    mentor = MentorFactory()
    client = Client()
    client.force_login(mentor.user)
    assert LAST_ACTIVITY_KEY not in client.session
    idle_for(client, 3 * 24 * 60 * MINUTE)  # even a stale clock does not count for mentors
    assert client.get("/portal/").status_code == 200
    assert client.session["_auth_user_id"] == str(mentor.user.pk)
