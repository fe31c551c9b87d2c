"""A visitor registers for an event, gets the confirmation with the .ics, and downloads the
.ics from the event page; the events pages pass axe at phone and desktop widths (real browser,
system Chromium)."""

import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from playwright.sync_api import expect

from events.models import Registration
from tests.events.factories import EventFactory, OnSiteEventFactory, in_days
from tests.factories import PublicPrisonerFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_visitor_registers_and_downloads_the_ics(live_server, watched_page, mailoutbox):
    cache.clear()
    event = OnSiteEventFactory(slug="letters-berlin", title_en="Letters in Berlin", capacity=10,
                               featured=[PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")])
    page = watched_page
    page.goto(f"{live_server.url}/en/events/")
    page.get_by_role("link", name="Letters in Berlin").click()
    expect(page.locator("h1")).to_have_text("Letters in Berlin")
    expect(page.get_by_text("10 places left.")).to_be_visible()

    page.get_by_label("Your name").fill("Mila Kovac")
    page.get_by_label("Your e-mail address").fill("mila@example.eu")
    page.get_by_label("Message to the organisers (optional)").fill("Two of us.")
    page.wait_for_timeout(3200)  # the form refuses what is sent faster than a person types
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("Thank you: you are registered.")).to_be_visible()
    expect(page.get_by_text("9 places left.")).to_be_visible()

    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.seat) == (
        "Mila Kovac", "mila@example.eu", 1)
    message, = mailoutbox
    assert message.to == ["mila@example.eu"]
    (name, attached, mimetype), = message.attachments
    assert (name, mimetype) == ("letters-berlin.ics", "text/calendar")
    mailed, = icalendar.Calendar.from_ical(attached).walk("VEVENT")
    assert str(mailed["summary"]) == "Letters in Berlin"

    with page.expect_download() as info:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    download = info.value
    assert download.suggested_filename == "letters-berlin.ics"
    with open(download.path(), "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    downloaded, = calendar.walk("VEVENT")
    assert str(downloaded["summary"]) == "Letters in Berlin"
    assert str(downloaded["uid"]) == str(mailed["uid"]) == f"event-{event.pk}@127.0.0.1"
    assert downloaded["dtstart"].params["TZID"] == "Europe/Berlin"
    assert page.problems == []


@pytest.mark.parametrize("width", [375, 1280])
def test_events_pages_pass_axe_without_horizontal_scroll(live_server, watched_page, width):
    person = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    OnSiteEventFactory(slug="letters-berlin", featured=[person],
                       title_en="A letter-writing evening with a rather long title for phones")
    EventFactory(slug="called-off", status="cancelled", venue_name="",
                 online_url="https://meet.example.org/a-very-long-path-for-the-online-room")
    EventFactory(slug="last-year", starts_at=in_days(-30), ends_at=in_days(-30, 21))
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    for path in ["/en/events/", "/de/events/past/", "/ru/events/?country=XX",
                 "/en/events/letters-berlin/", "/fr/events/called-off/",
                 f"/en/prisoners/{person.slug}/"]:
        assert page.goto(f"{live_server.url}{path}").status == 200, path
        results = axe.run(page)
        serious = [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
                   for v in results.response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{path}: {serious}"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    assert page.problems == []
