import datetime
import io
import smtplib

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from mentorships import notifications, services
from mentorships.models import MentorNotification
from prisoners.choices import EventKind, Status
from tests.factories import (
    CaseEventFactory,
    MentorFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
)

pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(datetime.datetime(2026, 3, 10, 12, 0))
IN_A_WEEK = datetime.date(2026, 3, 17)


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://registry.example.org"
    settings.DEFAULT_FROM_EMAIL = "Coalition <noreply@example.org>"


@pytest.fixture
def prisoner():
    # No birth date: the event tests must not also trigger a birthday e-mail.
    return PublicPrisonerFactory(full_name_latin="Alexei Gorinov",
                                 full_name_original="Горинов Алексей Александрович",
                                 birth_date=None)


def mentor_of(prisoner, **mentor_fields):
    mentor = MentorFactory(**mentor_fields)
    services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    return mentor


def event_for(prisoner, created_ago=datetime.timedelta(hours=2), now=NOW, **fields):
    return CaseEventFactory(prisoner=prisoner, created_at=now - created_ago, **fields)


def send(now=NOW):
    return notifications.send_mentor_notifications(now=now)


# --- Case events -------------------------------------------------------------------------------

def test_event_mail_names_prisoner_kind_description_and_portal(prisoner, mailoutbox):
    mentor = mentor_of(prisoner)
    event_for(prisoner, kind=EventKind.VERDICT, date=datetime.date(2026, 3, 9),
              description_en="Sentenced to seven years in a penal colony.")
    assert send() == 1
    [mail] = mailoutbox
    assert mail.to == [mentor.user.email]
    assert mail.from_email == "Coalition <noreply@example.org>"
    assert "Alexei Gorinov" in mail.subject
    assert "verdict" in mail.subject
    assert "Alexei Gorinov" in mail.body
    assert "verdict" in mail.body
    assert "March 9, 2026" in mail.body
    assert "Sentenced to seven years in a penal colony." in mail.body
    assert "https://registry.example.org/portal/" in mail.body
    assert MentorNotification.objects.filter(mentor=mentor).values_list("key", flat=True).get() \
        == f"event:{prisoner.events.get().pk}"


def test_event_mail_is_in_the_mentors_language(prisoner, mailoutbox):
    mentor_of(prisoner, preferred_language="de")
    event_for(prisoner, date=datetime.date(2026, 2, 3),
              description_en="Hearing at the district court.",
              description_de="Verhandlung am Bezirksgericht.")
    send()
    [mail] = mailoutbox
    # The German column was read, so translation.override("de") was active while rendering.
    assert "Verhandlung am Bezirksgericht." in mail.body
    assert "Hearing at the district court." not in mail.body
    assert "Aleksej Gorinow" in mail.subject  # the German spelling
    # Month names come from Django's own German catalogue (DATE_FORMAT "j. F Y").
    assert "3. Februar 2026" in mail.body


def test_russian_mentor_reads_the_name_in_cyrillic(prisoner, mailoutbox):
    mentor_of(prisoner, preferred_language="ru")
    event_for(prisoner)
    send()
    [mail] = mailoutbox
    assert "Горинов Алексей Александрович" in mail.subject
    assert "Alexei Gorinov" not in mail.body


def test_untranslated_description_falls_back_to_english(prisoner, mailoutbox):
    mentor_of(prisoner, preferred_language="fr")
    event_for(prisoner, description_en="Hearing at the district court.")
    send()
    assert "Hearing at the district court." in mailoutbox[0].body


def test_every_active_mentor_gets_their_own_mail(prisoner, mailoutbox):
    first, second = mentor_of(prisoner), mentor_of(prisoner)
    event_for(prisoner)
    assert send() == 2
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted([first.user.email,
                                                                 second.user.email])


def test_running_twice_sends_nothing_twice(prisoner, mailoutbox):
    mentor_of(prisoner)
    # The command reads the clock.
    event_for(prisoner, now=timezone.now())
    assert notifications.send_mentor_notifications() == 1
    assert notifications.send_mentor_notifications() == 0
    out = io.StringIO()
    call_command("send_mentor_notifications", stdout=out)
    assert out.getvalue().strip() == "Sent 0 e-mails."
    assert len(mailoutbox) == 1


def test_command_reports_what_it_sent(prisoner, mailoutbox):
    mentor_of(prisoner)
    # The command reads the clock.
    event_for(prisoner, now=timezone.now())
    out = io.StringIO()
    call_command("send_mentor_notifications", stdout=out)
    assert out.getvalue().strip() == "Sent 1 e-mails."
    assert len(mailoutbox) == 1


def test_only_active_mentorships_are_told(prisoner, mailoutbox):
    active = mentor_of(prisoner)
    services.mentorship_request(mentor=MentorFactory(), prisoner=prisoner)
    ended = services.mentorship_assign(mentor=MentorFactory(), prisoner=prisoner)
    services.mentorship_end(mentorship=ended)
    event_for(prisoner)
    assert send() == 1
    assert [mail.to for mail in mailoutbox] == [[active.user.email]]


def test_mentors_without_address_or_active_account_are_skipped(prisoner, mailoutbox):
    mentor_of(prisoner, user__email="")
    mentor_of(prisoner, user__is_active=False)
    event_for(prisoner)
    assert send() == 0
    assert mailoutbox == []
    assert not MentorNotification.objects.exists()


@pytest.mark.parametrize("kind", [EventKind.HEARING_SCHEDULED, EventKind.VERDICT,
                                  EventKind.TRANSFER, EventKind.RELEASED])
def test_the_kinds_mentors_act_on_are_sent(prisoner, mailoutbox, kind):
    mentor_of(prisoner)
    event_for(prisoner, kind=kind)
    assert send() == 1


@pytest.mark.parametrize("fields", [
    {"is_public": False},
    {"is_public": False, "visible_to_mentors": True},
    {"created_ago": datetime.timedelta(days=30)},
    {"kind": EventKind.APPEAL},
    {"kind": EventKind.OTHER},
], ids=["internal", "internal-for-mentors", "old", "appeal", "other"])
def test_other_events_send_nothing(prisoner, mailoutbox, fields):
    mentor_of(prisoner)
    event_for(prisoner, **fields)
    assert send() == 0
    assert mailoutbox == []


def test_events_of_unpublished_prisoners_send_nothing(mailoutbox):
    prisoner = PrisonerFactory(birth_date=None)
    mentor_of(prisoner)
    event_for(prisoner)
    assert notifications.pending_event_notifications(NOW) == []
    assert send() == 0
    assert mailoutbox == []


def test_a_failing_send_records_nothing_and_is_retried(prisoner, mailoutbox, monkeypatch):
    mentor_of(prisoner)
    event_for(prisoner)

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("connection lost")

    with monkeypatch.context() as patch:
        patch.setattr(notifications, "send_mail", refuse)
        assert send() == 0
    assert not MentorNotification.objects.exists()
    assert send() == 1
    assert len(mailoutbox) == 1


def test_one_failure_does_not_hold_back_the_others(prisoner, mailoutbox, monkeypatch):
    refused = mentor_of(prisoner, user__email="refused@example.org")
    fine = mentor_of(prisoner)
    event_for(prisoner)
    real_send_mail = notifications.send_mail

    def refuse_one(subject, body, sender, recipients):
        if recipients == [refused.user.email]:
            raise smtplib.SMTPRecipientsRefused({refused.user.email: (550, b"no")})
        return real_send_mail(subject, body, sender, recipients)

    monkeypatch.setattr(notifications, "send_mail", refuse_one)
    assert send() == 1
    assert [mail.to for mail in mailoutbox] == [[fine.user.email]]


# --- Birthdays ---------------------------------------------------------------------------------

def birthday_prisoner(birth_date, **fields):
    return PublicPrisonerFactory(full_name_latin="Maria Ponomarenko",
                                 full_name_original="Пономаренко Мария Владимировна",
                                 envelope_name="Пономаренко Марии Владимировне",
                                 birth_date=birth_date, **fields)


def test_birthday_a_week_ahead_sends_the_envelope_address(mailoutbox):
    prisoner = birthday_prisoner(datetime.date(1978, 3, 17))
    mentor = mentor_of(prisoner)
    assert send() == 1
    [mail] = mailoutbox
    assert "Maria Ponomarenko" in mail.subject
    assert "March 17, 2026" in mail.subject
    assert prisoner.facility.postal_address in mail.body
    assert "Пономаренко Марии Владимировне, 1978 г.р." in mail.body
    assert "Write in Russian." in mail.body
    assert "Enclose a blank envelope" in mail.body
    assert "https://registry.example.org/portal/" in mail.body
    assert MentorNotification.objects.filter(mentor=mentor).values_list("key", flat=True).get() \
        == f"birthday:{prisoner.pk}:2026"
    assert send() == 0


def test_birthday_without_a_letter_address_says_so(mailoutbox):
    mentor_of(birthday_prisoner(IN_A_WEEK.replace(year=1990), can_receive_letters=False))
    send()
    body = mailoutbox[0].body
    assert "г.р." not in body
    assert "We do not know an address where letters reach this person" in body


@pytest.mark.parametrize("days_ahead", [6, 8])
def test_birthday_on_another_day_sends_nothing(mailoutbox, days_ahead):
    birth = NOW.date() + datetime.timedelta(days=days_ahead)
    mentor_of(birthday_prisoner(birth.replace(year=1980)))
    assert send() == 0
    assert mailoutbox == []


def test_birthday_needs_an_active_mentorship(mailoutbox):
    prisoner = birthday_prisoner(IN_A_WEEK.replace(year=1980))
    services.mentorship_request(mentor=MentorFactory(), prisoner=prisoner)
    assert send() == 0


def test_no_birthday_reminder_for_someone_who_died_in_custody(mailoutbox):
    mentor_of(birthday_prisoner(IN_A_WEEK.replace(year=1980), status=Status.DIED_IN_CUSTODY))
    assert send() == 0


def at_noon(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def test_29_february_is_celebrated_on_28_february_in_common_years(mailoutbox):
    prisoner = birthday_prisoner(datetime.date(1992, 2, 29))
    mentor = mentor_of(prisoner)
    assert send(at_noon(datetime.date(2027, 2, 21))) == 1
    assert send(at_noon(datetime.date(2027, 2, 22))) == 0
    assert MentorNotification.objects.filter(mentor=mentor).values_list("key", flat=True).get() \
        == f"birthday:{prisoner.pk}:2027"


def test_29_february_is_kept_in_leap_years(mailoutbox):
    mentor_of(birthday_prisoner(datetime.date(1992, 2, 29)))
    assert send(at_noon(datetime.date(2028, 2, 21))) == 0
    assert send(at_noon(datetime.date(2028, 2, 22))) == 1


def test_birthday_mail_is_in_the_mentors_language(mailoutbox):
    mentor_of(birthday_prisoner(datetime.date(1978, 3, 17)), preferred_language="de")
    send()
    # "17. März 2026" comes from Django's German catalogue and format (DATE_FORMAT "j. F Y").
    assert "17. März 2026" in mailoutbox[0].subject


def test_polish_mentor_reads_polish_with_the_polish_spelling(prisoner, mailoutbox):
    mentor_of(prisoner, preferred_language="pl")
    event_for(prisoner, kind=EventKind.VERDICT, date=datetime.date(2026, 3, 9),
              description_en="Sentenced to seven years.", description_ru="Приговорён.")
    send()
    [mail] = mailoutbox
    with translation.override("pl"):
        kind = str(EventKind.VERDICT.label)
    assert mail.subject == f"Sprawa: Aleksiej Gorinow – {kind}"
    assert "9 marca 2026" in mail.body
    # Polish falls back to English, never to Russian.
    assert "Sentenced to seven years." in mail.body and "Приговорён." not in mail.body


def test_polish_birthday_mail_carries_the_letter_rules_in_polish(mailoutbox):
    mentor_of(birthday_prisoner(datetime.date(1978, 3, 17)), preferred_language="pl")
    send()
    [mail] = mailoutbox
    assert mail.subject == "Urodziny: Marija Ponomarienko – 17 marca 2026"
    assert "Listy należy pisać po rosyjsku." in mail.body
    assert "Пономаренко Марии Владимировне, 1978 г.р." in mail.body  # the envelope stays Russian
    assert "Write in Russian." not in mail.body
