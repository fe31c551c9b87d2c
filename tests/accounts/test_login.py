"""Sign-in through allauth: admin behind it, signup closed, rate limits, staff 2FA."""

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.test import Client, override_settings

from accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"


def current_code(secret):
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def test_admin_login_goes_through_allauth(anonymous):
    response = anonymous.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/"
    response = anonymous.get("/admin/login/?next=/admin/")
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2F"


def test_non_staff_user_is_refused_by_the_admin():
    client = Client()
    client.force_login(UserFactory(is_staff=False))
    assert client.get("/admin/login/").status_code == 403


def test_nobody_can_sign_up(anonymous):
    response = anonymous.get("/accounts/signup/")
    assert response.status_code == 200
    assert "Sign Up Closed" in response.content.decode()


def test_password_guessing_is_rate_limited(anonymous):
    UserFactory(username="target")
    for _ in range(5):
        response = anonymous.post("/accounts/login/", {"login": "target", "password": "wrong"})
        assert "The username and/or password you specified are not correct." in (
            response.content.decode())
    response = anonymous.post("/accounts/login/", {"login": "target", "password": PASSWORD})
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert "_auth_user_id" not in anonymous.session


@override_settings(STAFF_REQUIRE_2FA=True)
def test_staff_without_2fa_must_set_it_up_before_the_admin():
    client = Client()
    client.force_login(UserFactory(is_staff=True, groups=[roles.COORDINATOR]))
    response = client.get("/admin/prisoners/prisoner/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"


@override_settings(STAFF_REQUIRE_2FA=True)
def test_staff_signs_in_with_password_and_code_then_reaches_the_admin(anonymous):
    user = UserFactory(username="coord", is_staff=True, groups=[roles.COORDINATOR])
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    response = anonymous.post("/accounts/login/?next=/admin/",
                              {"login": "coord", "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in anonymous.session
    wrong = anonymous.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200 and "_auth_user_id" not in anonymous.session
    response = anonymous.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert anonymous.get("/admin/prisoners/prisoner/").status_code == 200
