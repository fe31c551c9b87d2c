"""E-mails to staff: a sign-in from an address the account had not used, and two-factor
authentication turned off (accounts.services, accounts.signals)."""

import datetime
import smtplib

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.mail import EmailMessage
from django.test import Client
from django.utils import translation
from django.utils.crypto import salted_hmac

from accounts import roles, services
from accounts.models import KnownSignInAddress
from tests.accounts.test_login import PASSWORD, current_code
from tests.factories import MentorFactory, UserFactory

pytestmark = pytest.mark.django_db
HOME = "198.51.100.7"
ELSEWHERE = "203.0.113.9"
FIREFOX = ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 "
           "with a very long tail of extensions that nobody needs to read in an e-mail at all")
WHEN = datetime.datetime(2026, 6, 1, 10, 30, tzinfo=datetime.UTC)


@pytest.fixture
def staff():
    return UserFactory(username="coord", email="coord@example.org", is_staff=True,
                       groups=[roles.COORDINATOR])


def sign_in(user, address, user_agent=FIREFOX, **headers):
    client = Client(REMOTE_ADDR=address, HTTP_USER_AGENT=user_agent, **headers)
    response = client.post("/accounts/login/", {"login": user.username, "password": PASSWORD})
    assert response.status_code == 302
    if response["Location"] == "/accounts/2fa/authenticate/":
        secret = TOTP(Authenticator.objects.get(user=user, type="totp")).instance.data["secret"]
        response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
        assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    return client


def stored_values(user):
    return [str(value) for row in KnownSignInAddress.objects.filter(user=user).values()
            for value in row.values()]


def test_the_first_sign_in_is_recorded_silently_and_only_as_a_keyed_hash(staff, mailoutbox):
    sign_in(staff, HOME)
    assert mailoutbox == []
    [known] = KnownSignInAddress.objects.filter(user=staff)
    assert known.address_hash == salted_hmac("accounts.KnownSignInAddress", HOME,
                                             algorithm="sha256").hexdigest()
    assert len(known.address_hash) == 64
    assert not any(HOME in value for value in stored_values(staff))
    assert known.first_seen == known.last_seen


def test_a_known_address_sends_nothing_and_is_seen_again(staff, mailoutbox):
    sign_in(staff, HOME)
    first = KnownSignInAddress.objects.get(user=staff)
    sign_in(staff, HOME)
    again = KnownSignInAddress.objects.get(user=staff)
    assert mailoutbox == []
    assert again.first_seen == first.first_seen and again.last_seen > first.last_seen


def test_a_new_address_e_mails_the_staff_member(staff, mailoutbox):
    sign_in(staff, HOME)
    sign_in(staff, ELSEWHERE)
    [mail] = mailoutbox
    assert mail.subject == "Your account signed in from a new address"
    assert mail.to == ["coord@example.org"]
    assert mail.reply_to == ["noreply@localhost"]
    assert "your account coord on the coalition registry signed in from an address" in mail.body
    assert f"Address: {ELSEWHERE}\n" in mail.body
    assert f"Browser: {FIREFOX[:119]}…\n" in mail.body
    assert "Change your password at once: http://127.0.0.1:8000/accounts/password/change/" in (
        mail.body)
    assert KnownSignInAddress.objects.filter(user=staff).count() == 2
    assert not any(ELSEWHERE in value for value in stored_values(staff))
    sign_in(staff, ELSEWHERE)
    assert len(mailoutbox) == 1


def test_the_e_mail_is_in_the_staff_members_language(staff, mailoutbox):
    KnownSignInAddress.objects.create(user=staff, address_hash=services.address_hash(HOME),
                                      first_seen=WHEN, last_seen=WHEN)
    staff.preferred_language = "de"
    assert services.sign_in_address_record(user=staff, address=ELSEWHERE, user_agent="curl/8",
                                           when=WHEN)
    [mail] = mailoutbox
    with translation.override("de"):
        assert mail.subject == str(services.NEW_ADDRESS_SUBJECT)
    assert "1. Juni 2026 12:30 (Europe/Berlin)" in mail.body
    assert "curl/8" in mail.body
    assert translation.get_language() == "en"


def test_the_time_is_written_in_the_servers_time_zone(staff, mailoutbox):
    services.two_factor_disabled_notify(user=staff, address=HOME, user_agent="", when=WHEN)
    assert "Time: June 1, 2026, 12:30 p.m. (Europe/Berlin)\n" in mailoutbox[0].body
    assert "Browser: —\n" in mailoutbox[0].body


def test_mentors_sign_ins_are_neither_recorded_nor_e_mailed(mailoutbox):
    mentor = MentorFactory(user__email="mentor@example.org")
    sign_in(mentor.user, HOME)
    sign_in(mentor.user, ELSEWHERE)
    assert mailoutbox == []
    assert not KnownSignInAddress.objects.exists()


def test_behind_a_trusted_proxy_the_forwarded_address_counts(staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    sign_in(staff, "127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.9.9.9, {ELSEWHERE}")
    assert KnownSignInAddress.objects.get(user=staff).address_hash == (
        services.address_hash(ELSEWHERE))


def test_without_a_trusted_proxy_a_forwarded_address_is_ignored(staff):
    sign_in(staff, HOME, HTTP_X_FORWARDED_FOR=ELSEWHERE)
    assert KnownSignInAddress.objects.get(user=staff).address_hash == services.address_hash(HOME)


def test_a_failing_mail_server_does_not_stop_the_sign_in(staff, mailoutbox, monkeypatch,
                                                         caplog):
    sign_in(staff, HOME)

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    sign_in(staff, ELSEWHERE)  # asserts the user is signed in
    assert mailoutbox == []
    assert "Security e-mail accounts/email/new_sign_in_address.txt to user" in caplog.text
    assert KnownSignInAddress.objects.filter(user=staff).count() == 2


def test_after_a_key_rotation_known_addresses_stay_known(staff, settings, mailoutbox):
    old_hash = services.address_hash(HOME)
    KnownSignInAddress.objects.create(user=staff, address_hash=old_hash, first_seen=WHEN,
                                      last_seen=WHEN)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-" * 6
    assert not services.sign_in_address_record(user=staff, address=HOME, user_agent=FIREFOX)
    assert mailoutbox == []
    known = KnownSignInAddress.objects.get(user=staff)
    assert known.address_hash == services.address_hash(HOME) != old_hash


def with_two_factor(user):
    TOTP.activate(user, generate_totp_secret())
    RecoveryCodes.activate(user)
    return user


def reauthenticated(client):
    """allauth asks for the password again before two-factor settings change."""
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302
    return client


def test_turning_two_factor_off_e_mails_the_staff_member_once(staff, mailoutbox):
    client = reauthenticated(sign_in(with_two_factor(staff), HOME))
    response = client.post("/accounts/2fa/totp/deactivate/")
    assert response["Location"] == "/accounts/2fa/"
    assert not Authenticator.objects.filter(user=staff).exists()  # codes went with it
    [mail] = mailoutbox
    assert mail.subject == "Two-factor authentication was disabled on your account"
    assert mail.to == ["coord@example.org"]
    assert ("two-factor authentication was disabled on your account coord on the coalition "
            "registry.") in mail.body
    assert f"Address: {HOME}\n" in mail.body
    assert "Set up two-factor authentication again: http://127.0.0.1:8000/accounts/2fa/" in (
        mail.body)


def test_new_recovery_codes_are_not_two_factor_turned_off(staff, mailoutbox):
    client = reauthenticated(sign_in(with_two_factor(staff), HOME))
    codes = Authenticator.objects.get(user=staff, type="recovery_codes")
    response = client.post("/accounts/2fa/recovery-codes/generate/")
    assert response["Location"] == "/accounts/2fa/recovery-codes/"
    assert Authenticator.objects.get(user=staff, type="recovery_codes").data != codes.data
    assert mailoutbox == []


def test_a_mentor_turning_two_factor_off_gets_no_staff_e_mail(mailoutbox):
    mentor = MentorFactory()
    client = reauthenticated(sign_in(with_two_factor(mentor.user), HOME))
    client.post("/accounts/2fa/totp/deactivate/")
    assert not Authenticator.objects.filter(user=mentor.user).exists()
    assert mailoutbox == []
