"""Retention: each rule deletes exactly the records past their period (one minute either side
of it), takes their history with them, and leaves the public counts as they were."""

import datetime
import io

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import models
from django.test import override_settings
from django.utils import timezone

from accounts.models import User
from appeals.models import Signature
from coalition.history import TRACKED
from dataprotection import retention
from events import selectors as event_selectors
from events.choices import RegistrationStatus
from events.models import Event, Registration
from mentorships import invitations
from mentorships.models import Mentor, MentorNotification, Mentorship, MentorSignup
from publiccache.triggers import current_version
from tests.appeals.factories import AppealFactory, NotableSignatoryFactory, SignatureFactory
from tests.events.factories import OnSiteEventFactory, RegistrationFactory
from tests.factories import MentorFactory, PrisonerFactory, UserFactory

pytestmark = pytest.mark.django_db

MINUTE = datetime.timedelta(minutes=1)
WEEK = datetime.timedelta(days=7)
HALF_YEAR = datetime.timedelta(days=180)
MONTH = datetime.timedelta(days=30)
CANARY = "canary-retention"


def set_dates(record, **dates):
    """Move auto_now_add dates into the past (an update writes no history)."""
    type(record).objects.filter(pk=record.pk).update(**dates)


def unconfirmed_signature(appeal, age, *, now, **fields):
    signature = SignatureFactory(appeal=appeal, confirmed_at=None, **fields)
    set_dates(signature, created_at=now - age, consented_at=now - age)
    return signature


def signup(age, *, now, handled=True, name="Volunteer"):
    record = MentorSignup.objects.create(
        name=name, email=f"{name.lower().replace(' ', '-')}@example.org", country="DE",
        role="MEP", language="en", is_handled=handled)
    set_dates(record, created_at=now - age)
    return record


def event_ended(ago, *, now, registrations=1, capacity=5):
    ends_at = now - ago
    event = OnSiteEventFactory(starts_at=ends_at - datetime.timedelta(hours=2), ends_at=ends_at,
                               capacity=capacity)
    for seat in range(1, registrations + 1):
        RegistrationFactory(event=event, seat=seat)
    return event


def invitation_expired(ago, *, now):
    """The date an account was created (or last invited) for its link to have expired
    ``ago`` before now."""
    return now - datetime.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT) - ago


def invited_mentor(*, joined, name="Invited Mentor", **fields):
    """A mentor whose account has no password and never signed in, created at ``joined``."""
    mentor = MentorFactory(name=name, **fields)
    mentor.user.set_unusable_password()
    mentor.user.save()
    User.objects.filter(pk=mentor.user_id).update(date_joined=joined)
    return mentor


def names(queryset):
    return sorted(queryset.values_list("name", flat=True))


# Unconfirmed appeal signatures ------------------------------------------------------------------

def test_unconfirmed_signatures_are_removed_after_seven_days():
    now = timezone.now()
    appeal = AppealFactory()
    unconfirmed_signature(appeal, WEEK + MINUTE, now=now, name="Old unconfirmed")
    unconfirmed_signature(appeal, WEEK - MINUTE, now=now, name="Recent unconfirmed")
    withdrawn = unconfirmed_signature(appeal, MONTH, now=now, name="Old withdrawn unconfirmed")
    set_dates(withdrawn, withdrawn_at=now - MONTH)
    confirmed = SignatureFactory(appeal=appeal, name="Old confirmed")
    set_dates(confirmed, created_at=now - MONTH, consented_at=now - MONTH)
    counted_before = appeal.signatures.counted().count()

    assert retention.unconfirmed_signatures_remove(now=now) == 2

    assert names(Signature.objects) == ["Old confirmed", "Recent unconfirmed"]
    assert appeal.signatures.counted().count() == counted_before == 1


def test_withdrawn_confirmed_signatures_stay_out_of_the_unconfirmed_rule():
    now = timezone.now()
    signature = SignatureFactory(name="Confirmed then withdrawn")
    set_dates(signature, created_at=now - MONTH, consented_at=now - MONTH,
              confirmed_at=now - MONTH, withdrawn_at=now - WEEK - WEEK)

    assert retention.unconfirmed_signatures_remove(now=now) == 0
    assert names(Signature.objects) == ["Confirmed then withdrawn"]


def test_a_signature_signed_again_is_dated_by_its_new_consent():
    now = timezone.now()
    signature = unconfirmed_signature(AppealFactory(), MONTH, now=now, name="Signed again")
    set_dates(signature, consented_at=now - WEEK + MINUTE)

    assert retention.unconfirmed_signatures_remove(now=now) == 0
    set_dates(signature, consented_at=now - WEEK - MINUTE)
    assert retention.unconfirmed_signatures_remove(now=now) == 1
    assert not Signature.objects.exists()


def test_the_appeal_page_keeps_its_count(anonymous):
    now = timezone.now()
    appeal = AppealFactory(slug="free-them")
    SignatureFactory.create_batch(2, appeal=appeal)
    unconfirmed_signature(appeal, WEEK + MINUTE, now=now)
    url = "/en/appeals/free-them/"
    assert "<strong>2 signatures</strong>" in anonymous.get(url).content.decode()

    assert retention.unconfirmed_signatures_remove(now=now) == 1

    assert "<strong>2 signatures</strong>" in anonymous.get(url).content.decode()


# Handled mentor sign-ups -----------------------------------------------------------------------

def test_handled_signups_are_removed_after_the_period():
    now = timezone.now()
    signup(HALF_YEAR + MINUTE, now=now, name="Old handled")
    signup(HALF_YEAR - MINUTE, now=now, name="Recent handled")
    signup(HALF_YEAR * 3, now=now, handled=False, name="Old waiting")

    assert retention.handled_signups_remove(now=now) == 1

    assert names(MentorSignup.objects) == ["Old waiting", "Recent handled"]


@override_settings(RETENTION_HANDLED_SIGNUP_DAYS=10)
def test_the_signup_period_is_a_setting():
    now = timezone.now()
    signup(datetime.timedelta(days=10) + MINUTE, now=now, name="Eleven days")
    signup(datetime.timedelta(days=10) - MINUTE, now=now, name="Nine days")

    assert retention.handled_signups_remove(now=now) == 1
    assert names(MentorSignup.objects) == ["Nine days"]


# Event registrations ---------------------------------------------------------------------------

def test_registrations_are_removed_a_month_after_the_event():
    now = timezone.now()
    old = event_ended(MONTH + MINUTE, now=now, registrations=2)
    recent = event_ended(MONTH - MINUTE, now=now, registrations=1)
    future = OnSiteEventFactory(capacity=3)
    RegistrationFactory(event=future, seat=1)
    RegistrationFactory(event=future, seat=None, status=RegistrationStatus.WAITING)

    assert retention.past_registrations_remove(now=now) == 2

    assert not old.registrations.exists()
    assert recent.registrations.count() == 1
    assert future.registrations.count() == 2
    assert Event.objects.count() == 3  # the events themselves stay


def test_future_events_keep_their_places(anonymous):
    now = timezone.now()
    event_ended(MONTH + MINUTE, now=now, registrations=2)
    future = OnSiteEventFactory(capacity=3)
    RegistrationFactory(event=future, seat=1)
    RegistrationFactory(event=future, seat=2)
    places = event_selectors.places(future)
    url = f"/en/events/{future.slug}/"
    assert "1 place left." in anonymous.get(url).content.decode()

    assert retention.past_registrations_remove(now=now) == 2

    assert event_selectors.places(future) == places == {"left": 1, "waiting": 0, "capacity": 3}
    assert "1 place left." in anonymous.get(url).content.decode()


def test_removing_registrations_of_a_past_event_mails_nobody(mailoutbox):
    now = timezone.now()
    event = event_ended(MONTH + MINUTE, now=now, registrations=1, capacity=1)
    RegistrationFactory(event=event, seat=None, status=RegistrationStatus.WAITING)

    assert retention.past_registrations_remove(now=now) == 2
    assert mailoutbox == []


# Mentors who never took up their invitation ----------------------------------------------------

@pytest.fixture
def photo_storage():
    return Mentor._meta.get_field("photo").storage


def with_photo(mentor):
    mentor.photo.save("x.jpg", ContentFile(b"photo"), save=False)
    mentor.photo_thumbnail.save("t.jpg", ContentFile(b"thumbnail"), save=False)
    mentor.save()
    return mentor


def test_an_unused_invitation_is_removed_a_month_after_it_expired(
        photo_storage, django_capture_on_commit_callbacks):
    now = timezone.now()
    old = with_photo(invited_mentor(joined=invitation_expired(MONTH + MINUTE, now=now),
                                    name="Expired long ago"))
    EmailAddress.objects.create(user=old.user, email=old.user.email)
    invited_mentor(joined=invitation_expired(MONTH - MINUTE, now=now), name="Expired recently")
    files = [old.photo.name, old.photo_thumbnail.name]
    assert all(photo_storage.exists(name) for name in files)

    with django_capture_on_commit_callbacks(execute=True):
        assert retention.expired_invitations_remove(now=now) == 1

    assert names(Mentor.objects) == ["Expired recently"]
    assert not User.objects.filter(pk=old.user_id).exists()
    assert not EmailAddress.objects.filter(email=old.user.email).exists()
    assert not Mentor.history.filter(id=old.pk).exists()
    assert not any(photo_storage.exists(name) for name in files)


def test_an_invitation_sent_again_counts_from_the_last_link(mailoutbox):
    now = timezone.now()
    mentor = invited_mentor(joined=now - HALF_YEAR, name="Invited again")
    invitations.mentor_invite(mentor=mentor)
    sent = MentorNotification.objects.get(mentor=mentor)
    assert sent.key.startswith("invitation:")
    assert mailoutbox[0].to == [mentor.user.email]
    set_dates(sent, sent_at=invitation_expired(MONTH - MINUTE, now=now))

    assert retention.expired_invitations_remove(now=now) == 0
    set_dates(sent, sent_at=invitation_expired(MONTH + MINUTE, now=now))
    assert retention.expired_invitations_remove(now=now) == 1
    assert not Mentor.objects.exists()
    assert not MentorNotification.objects.exists()


def test_accounts_with_a_password_or_a_sign_in_are_never_removed():
    now = timezone.now()
    long_ago = now - HALF_YEAR
    with_password = MentorFactory(name="Chose a password")
    User.objects.filter(pk=with_password.user_id).update(date_joined=long_ago)
    signed_in = invited_mentor(joined=long_ago, name="Signed in once")
    User.objects.filter(pk=signed_in.user_id).update(last_login=long_ago)

    assert retention.expired_invitations_remove(now=now) == 0
    assert retention.expired_invitations_kept(now=now) == []
    assert names(Mentor.objects) == ["Chose a password", "Signed in once"]


@pytest.mark.parametrize(("arrange", "reason"), [
    (lambda mentor: Mentorship.objects.create(mentor=mentor, prisoner=PrisonerFactory()),
     "has mentorships"),
    (lambda mentor: NotableSignatoryFactory(mentor=mentor), "is a notable signatory of an appeal"),
    (lambda mentor: Mentor.objects.filter(pk=mentor.pk).update(is_public=True),
     "is shown on the public mentors page"),
    (lambda mentor: User.objects.filter(pk=mentor.user_id).update(is_staff=True),
     "is a staff account"),
], ids=["mentorship", "notable", "public", "staff"])
def test_a_mentor_with_something_to_keep_is_kept_and_reported(arrange, reason):
    now = timezone.now()
    mentor = invited_mentor(joined=now - HALF_YEAR, name="Worth keeping")
    arrange(mentor)
    invited_mentor(joined=now - HALF_YEAR, name="Nothing to keep")

    assert retention.expired_invitations_remove(now=now) == 1

    assert names(Mentor.objects) == ["Worth keeping"]
    assert User.objects.filter(pk=mentor.user_id).exists()
    assert retention.expired_invitations_kept(now=now) == [retention.Kept(mentor.pk, reason)]


# History and the admin's log go with the records --------------------------------------------

def history_naming(text):
    """The tracked models with a history row that contains ``text`` in any text column."""
    found = set()
    for model in TRACKED:
        history = model.history.model
        columns = [field.name for field in history._meta.fields
                   if isinstance(field, models.CharField | models.TextField)]
        condition = models.Q()
        for column in columns:
            condition |= models.Q(**{f"{column}__icontains": text})
        if history.objects.filter(condition).exists():
            found.add(model.__name__)
    return found


def canaries(now):
    """One record per rule, past its period, each naming the canary (and renamed once, so
    each has two history rows)."""
    signature = unconfirmed_signature(AppealFactory(), WEEK + MINUTE, now=now,
                                      name=f"{CANARY} signer", email=f"{CANARY}@example.org")
    volunteer = signup(HALF_YEAR + MINUTE, now=now, name=f"{CANARY} volunteer")
    registration = RegistrationFactory(event=event_ended(MONTH + MINUTE, now=now,
                                                         registrations=0),
                                       name=f"{CANARY} visitor", email=f"{CANARY}@example.net")
    mentor = invited_mentor(joined=now - HALF_YEAR, name=f"{CANARY} mentor")
    for record in (signature, volunteer, registration, mentor):
        record.refresh_from_db()
        record.name += " (renamed)"
        record.save()
    return [signature, volunteer, registration, mentor]


def test_no_history_row_names_a_removed_person():
    now = timezone.now()
    canaries(now)
    assert history_naming(CANARY) == {"Signature", "MentorSignup", "Registration", "Mentor"}

    for rule in retention.RULES:
        assert rule.remove(now=now) == 1

    assert history_naming(CANARY) == set()


def test_the_admin_log_forgets_removed_records():
    now = timezone.now()
    staff = UserFactory(is_staff=True)
    for record in canaries(now):
        LogEntry.objects.create(
            user=staff, content_type=ContentType.objects.get_for_model(record),
            object_id=str(record.pk), object_repr=str(record), action_flag=CHANGE)
    kept = SignatureFactory(name="Confirmed signer")
    LogEntry.objects.create(user=staff, content_type=ContentType.objects.get_for_model(kept),
                            object_id=str(kept.pk), object_repr=str(kept), action_flag=CHANGE)

    for rule in retention.RULES:
        rule.remove(now=now)

    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [str(kept)]


# Settings --------------------------------------------------------------------------------------

@override_settings(RETENTION_UNCONFIRMED_SIGNATURE_DAYS=6)
def test_signatures_are_never_removed_while_their_link_works():
    signature = unconfirmed_signature(AppealFactory(), MONTH, now=timezone.now())
    with pytest.raises(ImproperlyConfigured, match="confirmation link still works"):
        retention.unconfirmed_signatures_remove()
    assert Signature.objects.filter(pk=signature.pk).exists()


@override_settings(RETENTION_REGISTRATION_DAYS=-1)
def test_a_negative_period_is_refused():
    event_ended(MINUTE, now=timezone.now())
    with pytest.raises(ImproperlyConfigured, match="RETENTION_REGISTRATION_DAYS"):
        retention.past_registrations_remove()
    assert Registration.objects.count() == 1


# The command -----------------------------------------------------------------------------------

def one_of_each_and_a_kept_mentor():
    now = timezone.now()
    appeal = AppealFactory()
    for _ in range(3):
        unconfirmed_signature(appeal, WEEK + MINUTE, now=now)
    unconfirmed_signature(appeal, WEEK - MINUTE, now=now)
    signup(HALF_YEAR + MINUTE, now=now)
    event_ended(MONTH + MINUTE, now=now, registrations=2)
    invited_mentor(joined=now - HALF_YEAR, name="Unused")
    kept = invited_mentor(joined=now - HALF_YEAR, name="Mentoring")
    Mentorship.objects.create(mentor=kept, prisoner=PrisonerFactory())
    return kept


def counts():
    return [model.objects.count()
            for model in (Signature, MentorSignup, Registration, Mentor, User)]


def run(*args):
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue().splitlines()


def test_the_command_reports_each_rule_and_the_total():
    kept = one_of_each_and_a_kept_mentor()

    assert run() == [
        "Removed 3 unconfirmed appeal signatures older than 7 days",
        "Removed 1 handled mentor sign-up older than 180 days",
        "Removed 2 event registrations of events that ended more than 30 days ago",
        "Removed 1 mentor (with account and photo) whose invitation expired unused more than "
        "30 days ago",
        f"Kept mentor #{kept.pk} whose invitation expired unused: has mentorships",
        "Removed 7 records in total",
    ]
    assert counts() == [1, 0, 0, 1, 1]
    assert run() == [
        "Removed 0 unconfirmed appeal signatures older than 7 days",
        "Removed 0 handled mentor sign-ups older than 180 days",
        "Removed 0 event registrations of events that ended more than 30 days ago",
        "Removed 0 mentors (with account and photo) whose invitation expired unused more than "
        "30 days ago",
        f"Kept mentor #{kept.pk} whose invitation expired unused: has mentorships",
        "Removed 0 records in total",
    ]


def test_a_dry_run_counts_and_deletes_nothing():
    kept = one_of_each_and_a_kept_mentor()
    before = counts()
    assert before == [4, 1, 2, 2, 2]

    assert run("--dry-run") == [
        "Would remove 3 unconfirmed appeal signatures older than 7 days",
        "Would remove 1 handled mentor sign-up older than 180 days",
        "Would remove 2 event registrations of events that ended more than 30 days ago",
        "Would remove 1 mentor (with account and photo) whose invitation expired unused more "
        "than 30 days ago",
        f"Kept mentor #{kept.pk} whose invitation expired unused: has mentorships",
        "Would remove 7 records in total (dry run: nothing was deleted)",
    ]
    assert counts() == before


@override_settings(RETENTION_REGISTRATION_DAYS=1, RETENTION_EXPIRED_INVITATION_DAYS=0)
def test_the_lines_name_the_configured_periods():
    lines = run("--dry-run")
    assert lines[2] == "Would remove 0 event registrations of events that ended more than 1 day ago"
    assert lines[3] == ("Would remove 0 mentors (with account and photo) whose invitation "
                        "expired unused more than 0 days ago")


@pytest.mark.django_db(transaction=True)
def test_removing_changes_the_public_data_version_once_committed():
    now = timezone.now()
    unconfirmed_signature(AppealFactory(), WEEK + MINUTE, now=now)
    before = current_version()

    assert retention.unconfirmed_signatures_remove(now=now) == 1

    assert current_version() > before
    assert not Signature.objects.exists()
