import datetime
import xml.etree.ElementTree as ET
import zoneinfo

import icalendar
import pytest
from django.utils import translation
from django.utils.translation import gettext

from events import services
from events.choices import EventStatus
from tests.events.factories import EventFactory, in_days
from tests.factories import PrisonerFactory, PublicPrisonerFactory
from tests.languages import LANGUAGES
from tests.mentorships.test_public import count_queries, url

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parsed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(vevent["uid"]): vevent for vevent in calendar.walk("VEVENT")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_calendar_feed_per_language(anonymous, language):
    vilnius = EventFactory(
        slug="vigil", title_en="Vigil", title_ru="Пикет", title_de="Mahnwache", title_fr="Veillée",
        title_pl="Czuwanie", description_en="Candles.", description_ru="Свечи.",
        description_de="Kerzen.", description_fr="Bougies.", description_pl="Świece.",
        time_zone="Europe/Vilnius", venue_name="Town square", venue_address="", city="Vilnius",
        country="LT",
        starts_at=datetime.datetime(2027, 3, 5, 16, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2027, 3, 5, 18, 0, tzinfo=datetime.UTC))
    berlin = EventFactory(slug="letters", status=EventStatus.CANCELLED)
    EventFactory(slug="draft", is_public=False)

    calendar = parsed(anonymous, url("events:calendar", language))
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]) == (
        f"-//Coalition for political prisoners in Russia//Events//{language.upper()}")
    assert {str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")} == {
        "Europe/Vilnius", "Europe/Berlin"}
    events = vevents(calendar)
    assert set(events) == {f"event-{vilnius.pk}@127.0.0.1", f"event-{berlin.pk}@127.0.0.1"}
    vevent = events[f"event-{vilnius.pk}@127.0.0.1"]
    titles = {"en": "Vigil", "ru": "Пикет", "de": "Mahnwache", "fr": "Veillée", "pl": "Czuwanie"}
    assert str(vevent["summary"]) == titles[language]
    assert str(vevent["description"]).startswith(
        {"en": "Candles.", "ru": "Свечи.", "de": "Kerzen.", "fr": "Bougies.",
         "pl": "Świece."}[language])
    assert str(vevent["url"]) == f"http://testserver/{language}/events/vigil/"
    assert str(vevent["status"]) == "CONFIRMED"
    assert "Town square, Vilnius, " in str(vevent["location"])
    start = vevent["dtstart"]
    assert start.params["TZID"] == "Europe/Vilnius"
    assert start.dt == datetime.datetime(2027, 3, 5, 18, 0,
                                         tzinfo=zoneinfo.ZoneInfo("Europe/Vilnius"))
    assert vevent["dtend"].dt - start.dt == datetime.timedelta(hours=2)
    assert vevent["dtstamp"].dt.tzinfo is not None
    cancelled = events[f"event-{berlin.pk}@127.0.0.1"]
    assert str(cancelled["status"]) == "CANCELLED"


def test_sequence_rises_and_uid_stays_when_an_event_changes(anonymous):
    event = EventFactory()
    before = vevents(parsed(anonymous, url("events:ics", slug=event.slug)))
    services.event_cancel(event=event)
    after = vevents(parsed(anonymous, url("events:ics", slug=event.slug)))
    assert list(before) == list(after) == [f"event-{event.pk}@127.0.0.1"]
    uid = f"event-{event.pk}@127.0.0.1"
    assert int(after[uid]["sequence"]) == int(before[uid]["sequence"]) + 1
    assert str(after[uid]["status"]) == "CANCELLED"


def test_event_ics_is_a_download_of_one_event(anonymous):
    event = EventFactory(slug="letters", time_zone="Europe/Paris")
    response = anonymous.get(url("events:ics", "fr", slug="letters"))
    assert response["Content-Disposition"] == 'attachment; filename="letters.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert list(vevents(calendar)) == [f"event-{event.pk}@127.0.0.1"]


def test_calendar_never_names_featured_prisoners(anonymous):
    hidden = PrisonerFactory(full_name_latin="Hidden Person")
    EventFactory(featured=[hidden, PublicPrisonerFactory(full_name_latin="Shown Person")])
    body = anonymous.get(url("events:calendar")).content.decode()
    assert "Hidden Person" not in body


def test_calendar_query_count_does_not_grow_with_events(anonymous):
    EventFactory()
    one = count_queries(anonymous, url("events:calendar"))
    for day in range(2, 7):
        EventFactory(starts_at=in_days(day), ends_at=in_days(day, 21), time_zone="Europe/Paris",
                     organiser__name="Other")
    assert count_queries(anonymous, url("events:calendar")) == one


# --- Atom feed ---------------------------------------------------------------------------------

def entries(client, path):
    response = client.get(path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return root, root.findall(f"{ATOM}entry")


@pytest.mark.parametrize("language", LANGUAGES)
def test_atom_feed_of_new_events_per_language(anonymous, language):
    older = EventFactory(slug="older", title_de="Älter", published_at=in_days(-5))
    newer = EventFactory(slug="newer", title_de="Neuer", published_at=in_days(-1),
                         status=EventStatus.CANCELLED)
    EventFactory(slug="draft", is_public=False)
    root, items = entries(anonymous, url("events:feed", language))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    links = [item.find(f"{ATOM}link").get("href") for item in items]
    assert links == [f"http://testserver/{language}/events/newer/",
                     f"http://testserver/{language}/events/older/"]
    if language == "de":
        assert items[1].find(f"{ATOM}title").text == "Älter"
    with translation.override(language):
        cancelled = gettext("Cancelled: %(title)s") % {"title": newer.title}
    assert items[0].find(f"{ATOM}title").text == cancelled
    summary = items[1].find(f"{ATOM}summary").text
    assert f'href="http://testserver/{language}/events/older/"' in summary
    assert older.organiser.name in summary


def test_feed_query_count_does_not_grow_with_events(anonymous):
    EventFactory()
    one = count_queries(anonymous, url("events:feed"))
    for _ in range(5):
        EventFactory(organiser__name="Other")
    assert count_queries(anonymous, url("events:feed")) == one


@pytest.mark.parametrize("starts_at", [
    datetime.datetime(9999, 12, 31, 20, tzinfo=zoneinfo.ZoneInfo("Asia/Tokyo")),
    datetime.datetime(1, 1, 1, 20, tzinfo=zoneinfo.ZoneInfo("Asia/Tokyo")),
])
def test_extreme_stored_dates_do_not_break_the_calendars(anonymous, starts_at):
    # Event.clean refuses such dates; one stored anyway (an import, a shell) must not crash.
    event = EventFactory(slug="far", time_zone="Asia/Tokyo", starts_at=starts_at,
                         ends_at=starts_at + datetime.timedelta(hours=1))
    for path in (url("events:ics", slug=event.slug), url("events:calendar")):
        assert [str(v["summary"]) for v in parsed(anonymous, path).walk("VEVENT")] == [
            event.title]
    for path in ("/en/", url("events:list"), url("events:feed"), "/en/feed/"):
        assert anonymous.get(path).status_code == 200, path
    for name in ("detail", "kit", "poster"):
        assert anonymous.get(url(f"events:{name}", slug=event.slug)).status_code in (200, 404)


def test_a_line_break_in_a_title_does_not_break_the_event_file(anonymous):
    event = EventFactory(slug="broken", title_en="Letters\r\nfor Ivan")
    calendar = parsed(anonymous, url("events:ics", slug=event.slug))
    assert str(calendar["x-wr-calname"]) == "Letters for Ivan"


def test_a_cancelled_event_is_marked_in_calendar_feed_and_whats_new(anonymous):
    event = EventFactory(slug="off", title_en="Letters", status=EventStatus.CANCELLED)
    assert event.display_title == "Cancelled: Letters"
    [vevent] = parsed(anonymous, url("events:ics", slug=event.slug)).walk("VEVENT")
    assert str(vevent["summary"]) == "Cancelled: Letters"
    assert "Cancelled: Letters" in anonymous.get(url("events:feed")).content.decode()
    assert "Cancelled: Letters" in anonymous.get("/en/feed/").content.decode()
