"""Real-browser checks of the funds pages: a donor's path from the menu to a campaign, and the
transparency page with its chart, table and CSV at phone and desktop widths."""

import csv
import io

import pytest
from playwright.sync_api import expect

from funds.models import PaymentMethod
from tests.factories import PublicPrisonerFactory
from tests.funds.test_ledger import record_the_report_month

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def ledger(transactional_db):
    campaign = record_the_report_month()
    campaign.prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov",
                                              slug="ivan-zhuchkov")
    campaign.title_en = "A lawyer for Ivan Zhuchkov"
    campaign.save()
    PaymentMethod.objects.create(name_en="Bank transfer (SEPA)", details_en="IBAN: DE00 1234",
                                 is_published=True)
    return campaign


def test_visitor_goes_from_the_menu_to_a_prisoners_campaign(ledger, live_server, watched_page):
    page = watched_page
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Donate").click()
    expect(page.locator("h1")).to_have_text("Donate")
    expect(page.locator(".payment-method")).to_contain_text("IBAN: DE00 1234")

    page.get_by_role("link", name="A lawyer for Ivan Zhuchkov").click()
    expect(page.locator(".progress__text")).to_contain_text("4,700 EUR collected of 4,700 EUR")
    expect(page.locator("progress")).to_have_attribute("value", "4700.00")

    page.get_by_role("link", name="Ivan Zhuchkov", exact=True).click()
    expect(page.locator("#campaigns-heading")).to_have_text("Fundraising for Ivan Zhuchkov")
    assert page.problems == []


@pytest.mark.parametrize("width", [375, 1280])
def test_transparency_page_fits_and_downloads_its_figures(ledger, live_server, watched_page,
                                                          width):
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    assert page.goto(f"{live_server.url}/de/transparency/2026/").status == 200
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow == 0, f"the transparency page scrolls sideways at {width}px"
    expect(page.locator("svg[role=img] rect.bar--income")).to_have_count(2)
    march = page.get_by_role("row", name="März")
    expect(march.locator("td").first).to_have_text("4.700 EUR")
    page.screenshot(path=f"test-results/screens/{width}_de_transparency.png", full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "funds-2026.csv"
    rows = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    assert rows[3][:3] == ["2026-03", "4700.00", "2740.00"]
    assert page.problems == []
