import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from events.choices import EventStatus, RegistrationMode, RegistrationStatus
from events.models import Event
from tests.events.factories import (
    EventFactory,
    OnSiteEventFactory,
    OrganisationFactory,
    RegistrationFactory,
    in_days,
)

pytestmark = pytest.mark.django_db


def errors_of(event):
    with pytest.raises(ValidationError) as caught:
        event.full_clean()
    return {field: [str(message) for message in messages]
            for field, messages in caught.value.message_dict.items()}


def test_end_before_start_is_refused_with_a_message_and_by_the_database():
    event = EventFactory.build(starts_at=in_days(3), ends_at=in_days(3) - datetime.timedelta(1),
                               organiser=EventFactory().organiser)
    assert errors_of(event)["ends_at"] == ["The event cannot end before it starts."]
    saved = EventFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=saved.pk).update(ends_at=saved.starts_at - datetime.timedelta(1))


def test_an_event_needs_a_venue_or_a_link():
    event = EventFactory()
    event.venue_name = event.online_url = ""
    assert errors_of(event)["venue_name"] == [
        "Give the venue's name, city and country, or a link to join online."]
    event.online_url = "https://example.org/stream"
    event.full_clean()
    assert event.is_online


def test_registration_settings_need_their_details():
    event = EventFactory(registration=RegistrationMode.EXTERNAL)
    assert errors_of(event)["registration_url"] == [
        "Registration on another website needs its link."]
    event.registration = RegistrationMode.ON_SITE
    assert errors_of(event)["capacity"] == ["Registration on this site needs the number of places."]


def test_public_means_public_flag_and_publication_cancelled_included():
    shown = EventFactory()
    cancelled = EventFactory(status=EventStatus.CANCELLED)
    EventFactory(is_public=False)
    EventFactory(published_at=None)
    assert set(Event.objects.public()) == {shown, cancelled}


def test_upcoming_and_past_split_on_the_end():
    running = EventFactory(starts_at=in_days(-1), ends_at=in_days(1))
    over = EventFactory(starts_at=in_days(-3), ends_at=in_days(-2))
    assert list(Event.objects.upcoming()) == [running]
    assert list(Event.objects.past()) == [over]


def test_sequence_rises_on_every_change():
    event = EventFactory()
    assert event.sequence == 0
    event.title_en = "Renamed"
    event.save()
    event.save(update_fields=["title_en"])
    event.refresh_from_db()
    assert event.sequence == 2


def test_times_in_the_event_zone():
    event = EventFactory(time_zone="Europe/Vilnius",
                         starts_at=datetime.datetime(2026, 7, 1, 16, 0, tzinfo=datetime.UTC),
                         ends_at=datetime.datetime(2026, 7, 1, 18, 0, tzinfo=datetime.UTC))
    assert event.local_start.isoformat() == "2026-07-01T19:00:00+03:00"


def test_takes_registrations_only_when_on_site_open_and_not_over():
    assert OnSiteEventFactory().takes_registrations
    assert not OnSiteEventFactory(status=EventStatus.CANCELLED).takes_registrations
    assert not OnSiteEventFactory(starts_at=in_days(-3), ends_at=in_days(-2)).takes_registrations
    assert not EventFactory().takes_registrations


def test_a_place_number_is_taken_once_per_event():
    first = RegistrationFactory(seat=1)
    RegistrationFactory(seat=1)  # another event
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=first.event, seat=1)


def test_one_email_once_per_event_whatever_the_case():
    first = RegistrationFactory(email="Mila@Example.eu")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=first.event, email="mila@example.EU")


def test_waiting_list_entries_hold_no_place_and_confirmed_ones_do():
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(status=RegistrationStatus.WAITING, seat=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(status=RegistrationStatus.CONFIRMED, seat=None)


@pytest.mark.parametrize(("field", "value"), [
    ("starts_at", datetime.datetime(1999, 12, 31, 20, tzinfo=datetime.UTC)),
    ("ends_at", datetime.datetime(9999, 12, 31, 20, tzinfo=datetime.UTC)),
    ("starts_at", datetime.datetime(2101, 1, 1, 20, tzinfo=datetime.UTC)),
])
def test_dates_outside_a_sane_window_are_refused(field, value):
    event = EventFactory.build(organiser=OrganisationFactory())
    setattr(event, field, value)
    if field == "starts_at":
        event.ends_at = value
    with pytest.raises(ValidationError) as caught:
        event.clean()
    assert caught.value.message_dict[field] == ["Give a date between 2000 and 2100."]


def test_dates_at_the_edges_of_the_window_are_accepted():
    event = EventFactory.build(organiser=OrganisationFactory(),
                               starts_at=datetime.datetime(2000, 1, 1, 12, tzinfo=datetime.UTC),
                               ends_at=datetime.datetime(2100, 12, 31, 12, tzinfo=datetime.UTC))
    event.clean()
