import datetime

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext

from events import services
from events.choices import EventStatus, RegistrationMode, RegistrationStatus
from tests.events.factories import EventFactory, OnSiteEventFactory, RegistrationFactory, in_days

pytestmark = pytest.mark.django_db


def register(event, email="mila@example.eu", language="en", **kwargs):
    return services.registration_create(event=event, name="Mila Kovac", email=email,
                                        message="", language=language, **kwargs)


def refusal(event, **kwargs):
    with pytest.raises(ValidationError) as caught:
        register(event, **kwargs)
    return caught.value.messages


def test_publishing_sets_the_publication_time_once():
    event = EventFactory(is_public=False, published_at=None)
    first = timezone.now() - datetime.timedelta(days=2)
    services.event_publish(event=event, now=first)
    services.event_unpublish(event=event)
    assert not event.is_public and event.published_at == first
    services.event_publish(event=event)
    event.refresh_from_db()
    assert event.is_public and event.published_at == first


def test_an_incomplete_event_cannot_be_published():
    event = EventFactory(is_public=False, published_at=None, venue_name="", online_url="")
    with pytest.raises(ValidationError):
        services.event_publish(event=event)
    event.refresh_from_db()
    assert not event.is_public and event.published_at is None


def test_cancel_keeps_the_event_public_and_raises_the_sequence():
    event = EventFactory()
    services.event_cancel(event=event)
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED and event.is_public and event.sequence == 1


def test_places_then_waiting_list(mailoutbox):
    event = OnSiteEventFactory(capacity=2)
    first, second = register(event, "a@example.eu"), register(event, "b@example.eu")
    third = register(event, "c@example.eu")
    assert [(r.status, r.seat) for r in (first, second, third)] == [
        ("confirmed", 1), ("confirmed", 2), ("waiting", None)]
    assert len(mailoutbox) == 3


def test_full_without_waiting_list_is_refused():
    event = OnSiteEventFactory(capacity=1, waiting_list=False)
    register(event, "a@example.eu")
    assert refusal(event, email="b@example.eu") == [
        "Every place is taken and this event has no waiting list. You were not registered."]
    assert event.registrations.count() == 1


def test_same_email_twice_gets_a_newcomers_answer_and_the_owner_an_e_mail(mailoutbox):
    event = OnSiteEventFactory(capacity=2)
    register(event, "mila@example.eu", language="de")
    mailoutbox.clear()
    again = services.registration_create(event=event, name="Somebody", email="MILA@example.eu",
                                         language="en")
    # The answer a stranger sees is a newcomer's (a place is free): nothing is created.
    assert again.pk is None and again.status == RegistrationStatus.CONFIRMED
    assert event.registrations.count() == 1
    [message] = mailoutbox
    assert message.to == ["mila@example.eu"]
    with translation.override("de"):
        assert gettext("Details and changes:") in message.body
        assert gettext(
            "This e-mail address was registered again for this event. It was already "
            "registered, so nothing has changed.") in message.body
    assert "Somebody" not in message.body
    assert message.attachments[0][0] == f"{event.slug}.ics"


def test_a_duplicate_answer_does_not_reveal_the_owners_status(mailoutbox):
    event = OnSiteEventFactory(capacity=1)
    register(event, "a@example.eu")
    register(event, "b@example.eu")
    # The confirmed owner's address gets what a newcomer gets now: the waiting list.
    assert register(event, "a@example.eu").status == RegistrationStatus.WAITING
    assert event.registrations.count() == 2


def test_a_duplicate_on_a_full_event_without_waiting_list_is_refused_like_a_newcomer(
        mailoutbox):
    event = OnSiteEventFactory(capacity=1, waiting_list=False)
    register(event, "a@example.eu")
    mailoutbox.clear()
    assert refusal(event, email="a@example.eu") == refusal(event, email="new@example.eu")
    assert [m.to for m in mailoutbox] == [["a@example.eu"]]


def test_registration_e_mails_are_answered_to_the_contact_address(mailoutbox, settings):
    settings.CONTACT_EMAIL = "contact@example.org"
    event = OnSiteEventFactory()
    register(event, "a@example.eu")
    register(event, "a@example.eu")
    assert [m.reply_to for m in mailoutbox] == [["contact@example.org"]] * 2


def test_contact_address_defaults_to_the_sender():
    from django.conf import settings as live
    assert live.CONTACT_EMAIL == live.DEFAULT_FROM_EMAIL


def test_no_free_seat_once_the_confirmed_fill_a_lowered_capacity():
    event = OnSiteEventFactory(capacity=3)
    for seat in (2, 3):
        RegistrationFactory(event=event, seat=seat)
    event.capacity = 2
    assert services.free_seat(event) is None


def test_lowered_capacity_then_a_deletion_does_not_overbook(django_capture_on_commit_callbacks):
    event = OnSiteEventFactory(capacity=3)
    first = RegistrationFactory(event=event, seat=1)
    RegistrationFactory(event=event, seat=2)
    RegistrationFactory(event=event, seat=3)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, seat=None)
    event.capacity = 2
    event.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.registration_delete(registration=first) is None
    waiting.refresh_from_db()
    assert waiting.is_waiting and event.registrations.confirmed().count() == 2


def test_a_newcomer_is_not_confirmed_while_others_wait():
    event = OnSiteEventFactory(capacity=1)
    register(event, "a@example.eu")
    register(event, "b@example.eu")
    event.capacity = 2
    event.save()
    assert register(event, "c@example.eu").status == RegistrationStatus.WAITING


def test_more_places_promote_the_waiting_list_in_order(mailoutbox,
                                                       django_capture_on_commit_callbacks):
    event = OnSiteEventFactory(capacity=1)
    register(event, "a@example.eu")
    second, third, fourth = (register(event, f"{x}@example.eu") for x in "bcd")
    event.capacity = 3
    event.save()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.event_promote_waiting(event=event)
    assert promoted == [second, third]
    assert sorted(event.registrations.confirmed().values_list("seat", flat=True)) == [1, 2, 3]
    fourth.refresh_from_db()
    assert fourth.is_waiting
    assert [m.to for m in mailoutbox] == [["b@example.eu"], ["c@example.eu"]]


@pytest.mark.parametrize(("changes", "message"), [
    ({"status": EventStatus.CANCELLED}, "This event was cancelled, so registration is closed."),
    ({"starts_at": in_days(-3), "ends_at": in_days(-2)},
     "This event is over, so registration is closed."),
    ({"registration": RegistrationMode.EXTERNAL, "registration_url": "https://example.org"},
     "This event does not take registrations on this site."),
])
def test_closed_events_refuse_registration(changes, message, mailoutbox):
    event = OnSiteEventFactory(**changes)
    assert refusal(event) == [message]
    assert event.registrations.count() == 0 and mailoutbox == []


def test_confirmation_is_in_the_visitors_language_with_the_ics(mailoutbox):
    event = OnSiteEventFactory(title_de="Briefeabend", slug="briefe")
    register(event, language="de")
    message = mailoutbox[0]
    assert message.to == ["mila@example.eu"]
    with translation.override("de"):
        assert message.subject == gettext("You are registered: %(title)s") % {
            "title": "Briefeabend"}
    assert "Briefeabend" in message.body and "Europe/Berlin" in message.body
    assert "http://127.0.0.1:8000/de/events/briefe/" in message.body
    (name, content, mimetype), = message.attachments
    assert (name, mimetype) == ("briefe.ics", "text/calendar")
    calendar = icalendar.Calendar.from_ical(content)
    vevent, = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == "Briefeabend"
    assert vevent["uid"] == f"event-{event.pk}@127.0.0.1"


def test_waiting_list_email_says_so(mailoutbox):
    event = OnSiteEventFactory(capacity=1)
    register(event, "a@example.eu")
    register(event, "b@example.eu")
    assert "waiting list" in mailoutbox[1].subject.lower()
    assert "so you are on the waiting list" in mailoutbox[1].body


def test_a_failing_mail_server_keeps_the_registration(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    registration = register(OnSiteEventFactory())
    assert registration.pk and registration.status == RegistrationStatus.CONFIRMED


def test_deleting_a_place_gives_it_to_the_first_waiting(mailoutbox,
                                                        django_capture_on_commit_callbacks):
    event = OnSiteEventFactory(capacity=1)
    confirmed = register(event, "a@example.eu")
    waiting = register(event, "b@example.eu")
    register(event, "c@example.eu")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.registration_delete(registration=confirmed)
    assert promoted == waiting
    waiting.refresh_from_db()
    assert (waiting.status, waiting.seat) == ("confirmed", 1)
    assert [m.to for m in mailoutbox] == [["b@example.eu"]]
    assert event.registrations.waiting().count() == 1


def test_deleting_a_waiting_entry_promotes_nobody():
    event = OnSiteEventFactory(capacity=1)
    register(event, "a@example.eu")
    waiting = register(event, "b@example.eu")
    assert services.registration_delete(registration=waiting) is None
    assert event.registrations.count() == 1


def test_a_freed_place_number_is_reused():
    event = OnSiteEventFactory(capacity=3, waiting_list=False)
    first = RegistrationFactory(event=event, seat=1)
    RegistrationFactory(event=event, seat=2)
    services.registration_delete(registration=first)
    assert register(event).seat == 1
