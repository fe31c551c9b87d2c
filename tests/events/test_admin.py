"""The events admin as each staff group sees it."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from events.choices import EventStatus, RegistrationStatus
from events.models import Event, Registration
from tests.events.factories import (
    EventFactory,
    OnSiteEventFactory,
    OrganisationFactory,
    RegistrationFactory,
    in_days,
)
from tests.factories import PublicPrisonerFactory
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = pytest.mark.django_db
EVENTS = "/admin/events/event/"
REGISTRATIONS = "/admin/events/registration/"


def add_data(organiser, **overrides):
    data = {
        "title_en": "Letters in New York", "title_ru": "", "title_de": "", "title_fr": "",
        "description_en": "", "description_ru": "", "description_de": "", "description_fr": "",
        "slug": "letters-new-york", "kind": "letter_writing", "status": "scheduled",
        "organiser": organiser.pk, "language": "en", "time_zone": "America/New_York",
        "starts_at_0": "2027-03-28", "starts_at_1": "02:30", "ends_at_0": "2027-03-28",
        "ends_at_1": "04:00", "venue_name": "Community room", "venue_address": "1 Main St",
        "city": "New York", "country": "US", "online_url": "", "registration": "none",
        "registration_url": "", "capacity": "", "waiting_list": "on",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(("persona", "events", "registrations"), [
    ("coordinator", 200, 200), ("editor", 200, 403), ("finance", 403, 403),
])
def test_who_sees_events_and_registrations(request, persona, events, registrations):
    client = request.getfixturevalue(persona)
    registration = RegistrationFactory()
    assert client.get(EVENTS).status_code == events
    assert client.get(REGISTRATIONS).status_code == registrations
    assert client.get(f"{REGISTRATIONS}{registration.pk}/change/").status_code == registrations
    assert client.get(f"{REGISTRATIONS}{registration.pk}/delete/").status_code == registrations


def test_anonymous_is_sent_to_sign_in(anonymous):
    assert anonymous.get(EVENTS).status_code == 302
    assert anonymous.get(REGISTRATIONS).status_code == 302


def test_editors_do_not_see_the_registrations_column(editor, coordinator):
    OnSiteEventFactory()
    assert "Registrations</a>" not in editor.get(EVENTS).content.decode()
    assert "Registrations</a>" in coordinator.get(EVENTS).content.decode()


def test_times_are_entered_and_shown_in_the_events_time_zone(coordinator):
    # 02:30 on 28 March 2027 does not exist in Berlin (the server's zone) but does in New York.
    response = coordinator.post(f"{EVENTS}add/", add_data(OrganisationFactory()))
    assert response.status_code == 302, response.content.decode()
    event = Event.objects.get(slug="letters-new-york")
    assert event.starts_at == datetime.datetime(2027, 3, 28, 6, 30, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2027, 3, 28, 8, 0, tzinfo=datetime.UTC)
    page = coordinator.get(f"{EVENTS}{event.pk}/change/").content.decode()
    assert 'name="starts_at_0" value="2027-03-28"' in page
    assert 'name="starts_at_1" value="02:30:00"' in page
    assert 'name="ends_at_1" value="04:00:00"' in page
    listing = coordinator.get(EVENTS).content.decode()
    assert "(America/New_York)" in listing


def test_changing_the_zone_reinterprets_the_entered_time(coordinator):
    event = EventFactory(time_zone="Europe/Berlin")
    data = add_data(event.organiser, slug=event.slug, time_zone="Asia/Tokyo",
                    starts_at_0="2027-05-01", starts_at_1="19:00", ends_at_0="2027-05-01",
                    ends_at_1="21:00")
    assert coordinator.post(f"{EVENTS}{event.pk}/change/", data).status_code == 302
    event.refresh_from_db()
    assert event.starts_at == datetime.datetime(2027, 5, 1, 10, 0, tzinfo=datetime.UTC)


def test_dates_out_of_order_and_missing_venue_are_refused(coordinator):
    data = add_data(OrganisationFactory(), ends_at_0="2027-03-27", venue_name="",
                    registration="on_site")
    page = coordinator.post(f"{EVENTS}add/", data).content.decode()
    assert "The event cannot end before it starts." in page
    assert "Give the venue&#x27;s name, city and country, or a link to join online." in page
    assert "Registration on this site needs the number of places." in page
    assert not Event.objects.exists()


def test_reserved_addresses_are_refused(coordinator):
    page = coordinator.post(f"{EVENTS}add/", add_data(OrganisationFactory(), slug="past"))
    assert "“past” is the address of another page. Choose another address." in (
        page.content.decode())


def test_poster_is_sanitised_and_a_bad_file_is_refused(coordinator):
    organiser = OrganisationFactory()
    bad = SimpleUploadedFile("poster.jpg", b"not an image", content_type="image/jpeg")
    page = coordinator.post(f"{EVENTS}add/", {**add_data(organiser), "photo": bad})
    assert "This file is not a JPEG, PNG or WebP image, or it is damaged." in (
        page.content.decode())
    good = jpeg_with_gps()
    assert coordinator.post(f"{EVENTS}add/", {**add_data(organiser), "photo": good}
                            ).status_code == 302
    event = Event.objects.get()
    assert event.photo.name.startswith("photos/events/") and event.photo_thumbnail
    assert b"CanaryCam" not in event.photo.read()
    preview = coordinator.get(f"{EVENTS}{event.pk}/poster.jpg")
    assert preview.status_code == 200 and preview["Content-Type"] == "image/jpeg"


def test_featured_prisoners_through_autocomplete(editor):
    page = editor.get(f"{EVENTS}add/").content.decode()
    assert 'data-field-name="featured_prisoners"' in page and "admin-autocomplete" in page
    PublicPrisonerFactory(full_name_latin="Autocomplete Person")
    response = editor.get("/admin/autocomplete/", {
        "app_label": "events", "model_name": "event", "field_name": "featured_prisoners",
        "term": "Autocomplete"})
    results = [item["text"] for item in response.json()["results"]]
    assert len(results) == 1 and results[0].startswith("Autocomplete Person")


def action(client, name, objects, url=EVENTS):
    return client.post(url, {"action": name, "_selected_action": [obj.pk for obj in objects]})


@pytest.mark.parametrize("persona", ["coordinator", "editor"])
def test_publish_and_unpublish_actions(request, persona):
    client = request.getfixturevalue(persona)
    event = EventFactory(is_public=False, published_at=None)
    assert action(client, "publish_selected", [event]).status_code == 302
    event.refresh_from_db()
    first = event.published_at
    assert event.is_public and first is not None
    action(client, "unpublish_selected", [event])
    action(client, "publish_selected", [event])
    event.refresh_from_db()
    assert event.is_public and event.published_at == first


def test_finance_cannot_publish(finance):
    event = EventFactory(is_public=False, published_at=None)
    assert action(finance, "publish_selected", [event]).status_code == 403
    event.refresh_from_db()
    assert not event.is_public


def test_incomplete_event_is_not_published_and_says_why(coordinator):
    event = EventFactory(is_public=False, published_at=None, venue_name="", online_url="")
    response = action(coordinator, "publish_selected", [event])
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [f"“{event}” was not changed: Give the venue's name, city and country, "
                        "or a link to join online."]


def test_cancel_action(editor):
    event = EventFactory()
    action(editor, "cancel_selected", [event])
    event.refresh_from_db()
    assert event.status == EventStatus.CANCELLED and event.is_public


def test_list_filters(coordinator):
    upcoming = EventFactory(kind="concert", country="FR", city="Paris")
    past = EventFactory(starts_at=in_days(-5), ends_at=in_days(-5, 21), is_public=False)
    cancelled = EventFactory(status=EventStatus.CANCELLED)

    def listed(**query):
        response = coordinator.get(EVENTS, query)
        assert response.status_code == 200
        return set(response.context["cl"].result_list)
    assert listed(when="upcoming") == {upcoming, cancelled}
    assert listed(when="past") == {past}
    assert listed(kind__exact="concert") == {upcoming}
    assert listed(status__exact="cancelled") == {cancelled}
    assert listed(country__exact="FR") == {upcoming}
    assert listed(is_public__exact="0") == {past}


def test_csv_export_for_the_organiser_is_formula_safe(coordinator):
    event = OnSiteEventFactory(title_en="Letters", time_zone="Europe/Berlin",
                               starts_at=datetime.datetime(2027, 1, 8, 18, tzinfo=datetime.UTC),
                               ends_at=datetime.datetime(2027, 1, 8, 20, tzinfo=datetime.UTC))
    first = RegistrationFactory(event=event, name="=HYPERLINK(\"http://x\")",
                                email="a@example.org", message="+1 friend", seat=1,
                                language="de")
    second = RegistrationFactory(event=event, name="Mila", email="m@example.org", seat=None,
                                 status=RegistrationStatus.WAITING, message="")
    response = action(coordinator, "export_csv", [first, second], REGISTRATIONS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["event", "event_start", "name", "email", "status", "place", "language",
                       "message", "registered_at"]
    assert rows[1][:8] == ["Letters", "2027-01-08T19:00:00+01:00", "'=HYPERLINK(\"http://x\")",
                           "a@example.org", "confirmed", "1", "de", "'+1 friend"]
    assert rows[2][:8] == ["Letters", "2027-01-08T19:00:00+01:00", "Mila", "m@example.org",
                           "waiting", "", "en", ""]
    assert len(rows) == 3


def test_editors_cannot_export_registrations(editor):
    registration = RegistrationFactory()
    response = action(editor, "export_csv", [registration], REGISTRATIONS)
    assert response.status_code == 403


def test_deleting_a_registration_on_request_frees_the_place(coordinator):
    event = OnSiteEventFactory(capacity=1)
    confirmed = RegistrationFactory(event=event, seat=1)
    waiting = RegistrationFactory(event=event, seat=None, status=RegistrationStatus.WAITING)
    response = coordinator.post(f"{REGISTRATIONS}{confirmed.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert not Registration.objects.filter(pk=confirmed.pk).exists()
    assert (waiting.status, waiting.seat) == ("confirmed", 1)


def test_registrations_cannot_be_added_or_edited(coordinator):
    registration = RegistrationFactory()
    assert coordinator.get(f"{REGISTRATIONS}add/").status_code == 403
    response = coordinator.post(f"{REGISTRATIONS}{registration.pk}/change/", {"name": "X"})
    assert response.status_code == 403


def test_more_places_in_the_admin_promote_the_waiting_list_in_order(
        coordinator, mailoutbox, django_capture_on_commit_callbacks):
    data = add_data(OrganisationFactory(), registration="on_site", capacity="1")
    assert coordinator.post(f"{EVENTS}add/", data).status_code == 302
    event = Event.objects.get(slug="letters-new-york")
    RegistrationFactory(event=event, seat=1)
    first, second, third = (
        RegistrationFactory(event=event, status=RegistrationStatus.WAITING, seat=None,
                            email=f"{name}@example.eu") for name in ("first", "second", "third"))
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(f"{EVENTS}{event.pk}/change/", {**data, "capacity": "3"})
    assert response.status_code == 302, response.content.decode()
    statuses = [(r.status, r.seat) for r in Registration.objects.filter(
        pk__in=[first.pk, second.pk, third.pk]).order_by("pk")]
    assert statuses == [("confirmed", 2), ("confirmed", 3), ("waiting", None)]
    assert [m.to for m in mailoutbox] == [["first@example.eu"], ["second@example.eu"]]
