"""The prisoner form (and its neighbours) as a coordinator meets it, in a real browser: it fits
a laptop and a phone, states the time zone once, and axe finds nothing serious."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from accounts import roles
from prisoners import services
from prisoners.choices import ContactKind, RiskKind
from prisoners.images import sanitize_photo
from prisoners.models import InternalNote, PrisonerContact, RiskFlag
from tests.factories import (
    CaseEventFactory,
    FacilityFactory,
    MentorFactory,
    PublicPrisonerFactory,
    UserFactory,
)
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

# Six hours behind the server (settings.TIME_ZONE is Europe/Berlin): without the staff time
# zone, Django's admin would warn under every date field.
BROWSER_ZONE = "America/New_York"
WIDTHS = (375, 1280)


@pytest.fixture
def coordinator_page(browser, live_server):
    UserFactory(username="coord", is_staff=True, groups=[roles.COORDINATOR])
    context = browser.new_context(timezone_id=BROWSER_ZONE, viewport={"width": 1280,
                                                                        "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error"
            and page.problems.append(f"console: {message.text}"))
    page.goto(f"{live_server.url}/accounts/login/?next=/admin/")
    page.locator("#id_login").fill("coord")
    page.locator("#id_password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    # The URL changes before the index's script has stored the browser's time zone.
    page.wait_for_load_state("load")
    assert "admin_time_zone" in {cookie["name"] for cookie in page.context.cookies()}
    yield page
    context.close()


@pytest.fixture
def full_prisoner(django_user_model):
    """A prisoner with a photo and a record in every inline of the form."""
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    for day in (1, 2):
        CaseEventFactory(prisoner=prisoner, date=datetime.date(2024, 2, day))
    PrisonerContact.objects.create(prisoner=prisoner, kind=ContactKind.LAWYER,
                                   name="Семёнов Олег Викторович", phone="+7 900 000-10-01")
    InternalNote.objects.create(prisoner=prisoner, text="Family asks for discretion.",
                                author=django_user_model.objects.get(username="coord"))
    RiskFlag.objects.create(prisoner=prisoner, kind=RiskKind.HEALTH, note="Needs insulin.")
    return prisoner


def admin_pages(prisoner):
    return {
        "index": "/admin/",
        "changelist": "/admin/prisoners/prisoner/",
        "change": f"/admin/prisoners/prisoner/{prisoner.pk}/change/",
        "add": "/admin/prisoners/prisoner/add/",
        "facility": f"/admin/prisoners/facility/{FacilityFactory().pk}/change/",
        "mentor": f"/admin/mentorships/mentor/{MentorFactory().pk}/change/",
        "event": "/admin/events/event/add/",
        "appeal": "/admin/appeals/appeal/add/",
        "post": "/admin/news/post/add/",
    }


def open_all_sections(page):
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def serious_violations(page):
    violations = Axe().run(page).response["violations"]
    return [(v["id"], [node["target"] for node in v["nodes"]]) for v in violations
            if v["impact"] in ("serious", "critical")]


def page_width(page):
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_prisoner_pages_fit_the_window(live_server, coordinator_page, full_prisoner, width):
    page = coordinator_page
    page.set_viewport_size({"width": width, "height": 900})
    pages = admin_pages(full_prisoner)
    for name in ("change", "add", "changelist"):
        page.goto(live_server.url + pages[name])
        scroll_width, inner_width = page_width(page)
        assert scroll_width <= inner_width, f"{name} at {width}px: {scroll_width}px wide"
        open_all_sections(page)
        scroll_width, inner_width = page_width(page)
        assert scroll_width <= inner_width, f"{name} opened at {width}px: {scroll_width}px"
    assert page.problems == []


def test_the_time_zone_is_stated_once_and_never_under_each_field(live_server, coordinator_page,
                                                                full_prisoner):
    page = coordinator_page
    for path in (f"/admin/prisoners/prisoner/{full_prisoner.pk}/change/",
                 "/admin/prisoners/prisoner/add/", "/admin/events/event/add/"):
        page.goto(live_server.url + path)
        open_all_sections(page)
        expect(page.locator(".time-zone-note")).to_have_count(1)
        expect(page.locator(".time-zone-note")).to_contain_text(BROWSER_ZONE)
        expect(page.locator(".timezonewarning")).to_have_count(0)
        expect(page.get_by_text("server time")).to_have_count(0)
        # The calendar's "Today" is the coordinator's today, not the server's.
        assert page.evaluate("document.body.dataset.adminUtcOffset") == page.evaluate(
            "String(-new Date().getTimezoneOffset() * 60)")
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_admin_pages_have_no_serious_accessibility_violations(live_server, coordinator_page,
                                                              full_prisoner, width):
    page = coordinator_page
    page.set_viewport_size({"width": width, "height": 900})
    for name, path in admin_pages(full_prisoner).items():
        assert page.goto(live_server.url + path).status == 200, name
        assert page.problems == [], name
        assert serious_violations(page) == [], name
        open_all_sections(page)
        assert serious_violations(page) == [], f"{name}, every section open"
        page.problems.clear()  # axe's own probes apply inline styles, which the CSP refuses


def test_each_language_version_says_its_language(live_server, coordinator_page, full_prisoner):
    page = coordinator_page
    page.goto(f"{live_server.url}/admin/prisoners/prisoner/{full_prisoner.pk}/change/")

    expect(page.get_by_label("Case summary (English)")).to_be_visible()
    russian = page.get_by_label("Case summary (Русский)")
    expect(russian).to_be_hidden()
    expect(page.get_by_label("Biography (Deutsch)")).to_be_attached()
    # Inline forms too: each case event's description, and the blank form for a new event.
    expect(page.get_by_label("Description (Français)")).to_have_count(3)
    expect(page.locator('label[for="id_events-1-description_fr"]')).to_have_text(
        "Description (Français):")
    expect(page.get_by_role("combobox", name="Language of the translated fields")).to_be_visible()

    tabs = page.get_by_role("tablist").first  # the case summary's
    expect(tabs.get_by_role("tab")).to_have_text(
        ["English", "Русский", "Deutsch", "Français", "Polski"])
    tabs.get_by_role("tab", name="Русский").click()
    expect(russian).to_be_visible()
    expect(russian).to_have_value("Арестован за антивоенные публикации.")
    assert page.problems == []


def test_translation_tabs_work_with_the_keyboard(live_server, coordinator_page, full_prisoner):
    page = coordinator_page
    page.goto(f"{live_server.url}/admin/prisoners/prisoner/{full_prisoner.pk}/change/")
    tabs = page.get_by_role("tablist").first
    english = tabs.get_by_role("tab", name="English")

    english.focus()
    page.keyboard.press("ArrowRight")
    expect(tabs.get_by_role("tab", name="Русский")).to_be_focused()
    expect(tabs.get_by_role("tab", name="Русский")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#id_case_summary_ru")).to_be_visible()
    page.keyboard.press("End")
    expect(tabs.get_by_role("tab", name="Polski")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#id_case_summary_pl")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(tabs.get_by_role("tab", name="Français")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#id_case_summary_fr")).to_be_visible()
    page.keyboard.press("Tab")  # from the tab into its panel
    expect(page.locator("#id_case_summary_fr")).to_be_focused()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Mis à jour.")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    full_prisoner.refresh_from_db()
    assert full_prisoner.case_summary_fr == (
        "Arrêté pour des publications contre la guerre. Mis à jour.")
    assert page.problems == []
