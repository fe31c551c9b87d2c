"""Real-browser journeys on the public site (Playwright driving the system Chromium)."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import PublicPrisonerFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def registry(transactional_db):
    PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                          full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    PublicPrisonerFactory(full_name_original="Соколова Анна Сергеевна",
                          full_name_latin="Anna Sokolova", slug="anna-sokolova")


def test_visitor_searches_in_german_spelling_and_switches_to_russian(
        registry, live_server, watched_page):
    page = watched_page
    page.goto(f"{live_server.url}/en/prisoners/")
    expect(page.locator(".result-count")).to_have_text("2 prisoners found")

    page.get_by_label("Name").fill("Schutschkow")
    page.get_by_role("button", name="Search").first.click()
    expect(page.locator(".result-count")).to_have_text("1 prisoner found")
    expect(page.locator(".card__name")).to_have_text(["Ivan Zhuchkov"])

    page.get_by_role("link", name="Русский").click()
    expect(page).to_have_url(re.compile(rf"^{live_server.url}/ru/prisoners/\?q=Schutschkow&"))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator(".card__name")).to_have_text(["Жучков Иван Петрович"])

    page.locator(".card__link").click()
    expect(page).to_have_url(f"{live_server.url}/ru/prisoners/ivan-zhuchkov/")
    expect(page.locator("h1")).to_have_text("Жучков Иван Петрович")
    expect(page.locator(".envelope")).to_contain_text("1985 г.р.")
    assert page.problems == []


@pytest.mark.parametrize("width", [375, 1280])
def test_pages_fit_phone_and_desktop_widths(registry, live_server, watched_page, width):
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    for path in ("/fr/", "/fr/prisoners/", "/fr/prisoners/ivan-zhuchkov/", "/fr/help/",
                 "/fr/mentors/", "/fr/mentors/volunteer/", "/fr/statistics/", "/fr/reports/",
                 "/ru/statistics/", "/de/open-data/"):
        assert page.goto(f"{live_server.url}{path}").status == 200, path
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow == 0, f"{path} scrolls sideways at {width}px"
        page.screenshot(path=f"test-results/screens/{width}{path.replace('/', '_')}.png",
                        full_page=True)
    assert page.problems == []
