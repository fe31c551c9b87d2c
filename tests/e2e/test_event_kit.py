"""The letter-writing kit and the poster in the real browser, with JavaScript off: on screen at
phone, A4 and desktop widths, in print media, as an A4 PDF, and through axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from events.choices import EventStatus
from prisoners import services as prisoner_services
from prisoners.choices import ConsentScope
from prisoners.images import sanitize_photo
from tests.events.factories_kit import KitEventFactory
from tests.factories import FacilityFactory, PublicPrisonerFactory
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

A4_WIDTH = 794  # CSS pixels of an A4 page at 96 dpi
LONG_CASE = ("Detained after an anti-war picket in front of the town hall and charged with "
             "spreading “false information” about the army; the court ignored every witness "
             "for the defence. ") * 3


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


@pytest.fixture
def kit_event(transactional_db):
    facility = FacilityFactory(postal_address="ФКУ ИК-6 УФСИН России по Владимирской обл.\n"
                                              "601300, Владимирская обл., Камешковский р-н, "
                                              "пос. Мелехово, ул. Первомайская, д. 1")
    with_photo = PublicPrisonerFactory(
        full_name_latin="Alexandra Skochilenko-Konstantinopolskaya", slug="sasha",
        full_name_original="Скочиленко-Константинопольская Александра Юрьевна",
        envelope_name="Скочиленко-Константинопольской Александре Юрьевне",
        facility=facility, consent__scope=ConsentScope.FULL, case_summary_en=LONG_CASE)
    prisoner_services.photo_store(owner=with_photo, photo=sanitize_photo(jpeg_with_gps()))
    unreachable = PublicPrisonerFactory(full_name_latin="Igor Baryshnikov", slug="igor",
                                        can_receive_letters=False)
    return KitEventFactory(
        slug="letters-for-freedom", language="en",
        title_en="An evening of letters for the political prisoners of Russia, with music",
        featuring=[with_photo, unreachable])


def overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def serious_violations(page):
    results = Axe().run(page)
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("width", [375, A4_WIDTH, 1280])
def test_kit_and_poster_fit_and_are_accessible(kit_event, live_server, watched_page, browser,
                                              width, tmp_path):
    page = watched_page  # JavaScript off
    # axe is itself a script (timers, promises): it runs in a second page with JavaScript on.
    checked = browser.new_page(viewport={"width": width, "height": 1000})
    page.set_viewport_size({"width": width, "height": 1000})
    for name in ("kit", "poster"):
        path = f"{live_server.url}/en/events/{kit_event.slug}/{name}/"
        assert page.goto(path).status == 200
        assert checked.goto(path).status == 200
        for media in ("screen", "print"):
            page.emulate_media(media=media)
            checked.emulate_media(media=media)
            assert overflow(page) <= 0, f"{name} at {width}px ({media}) scrolls sideways"
            assert serious_violations(checked) == [], f"{name} at {width}px ({media})"
            page.screenshot(path=tmp_path / f"{name}-{width}-{media}.png", full_page=True)
        page.emulate_media(media="screen")
    checked.close()
    assert page.problems == []


def test_kit_shows_the_photo_the_envelope_and_the_print_hint(kit_event, live_server,
                                                           watched_page):
    page = watched_page
    page.goto(f"{live_server.url}/en/events/{kit_event.slug}/kit/")
    photo = page.get_by_role("img", name="Photo of Alexandra Skochilenko-Konstantinopolskaya")
    assert photo.evaluate("image => image.naturalWidth") > 0
    assert page.locator("address.envelope").count() == 1
    assert page.get_by_text("with your browser's Print command").is_visible()
    page.emulate_media(media="print")
    assert not page.get_by_text("with your browser's Print command").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert page.locator("address.envelope").is_visible()
    page.goto(f"{live_server.url}/en/events/{kit_event.slug}/poster/")
    qr = page.get_by_role("img", name=re.compile("^QR code of the event page: "))
    assert qr.bounding_box()["width"] == pytest.approx(189, abs=2)  # 50 mm
    assert page.problems == []


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_kit_and_poster_print_on_a4(kit_event, live_server, watched_page, tmp_path):
    page = watched_page
    page.goto(f"{live_server.url}/en/events/{kit_event.slug}/kit/")
    kit = page.pdf(format="A4", prefer_css_page_size=True, path=tmp_path / "kit.pdf")
    assert pdf_pages(kit) == 2  # one page per featured prisoner
    assert b"/MediaBox [0 0 594.95996 841.91998]" in kit  # A4 in points
    page.goto(f"{live_server.url}/en/events/{kit_event.slug}/poster/")
    poster = page.pdf(format="A4", prefer_css_page_size=True, path=tmp_path / "poster.pdf")
    assert pdf_pages(poster) == 1
    assert page.problems == []


def test_poster_of_a_cancelled_event_with_the_longest_title_fits_one_page(
        kit_event, live_server, watched_page, tmp_path):
    kit_event.status = EventStatus.CANCELLED
    kit_event.title_en = ("A very long title of a concert for the political prisoners of Russia "
                          * 3)[:200]
    kit_event.description_en = "Music, readings and letters. " * 20
    kit_event.save()
    page = watched_page
    page.goto(f"{live_server.url}/en/events/{kit_event.slug}/poster/")
    assert page.get_by_text("Cancelled", exact=True).is_visible()
    page.set_viewport_size({"width": 688, "height": 1000})  # A4 less the page margins
    page.emulate_media(media="print")
    page.screenshot(path=tmp_path / "cancelled-print.png", full_page=True)
    poster = page.pdf(format="A4", prefer_css_page_size=True, path=tmp_path / "cancelled.pdf")
    assert pdf_pages(poster) == 1
    assert page.problems == []
