"""axe-core accessibility checks of the public pages, in the real browser; long headings on a
phone; the focus after a form is sent with errors."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.appeals.factories import AppealFactory
from tests.events.factories import OnSiteEventFactory
from tests.factories import CampaignFactory, CaseEventFactory, PublicPrisonerFactory
from tests.funds.test_ledger import record_the_report_month
from tests.mentorships.test_public import action_of, mentorship_of, public_mentor
from tests.reports.test_reports import publish_march

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PATHS = ["/en/", "/ru/prisoners/", "/de/prisoners/ivan-zhuchkov/", "/fr/definition/",
         "/en/prisoners/?q=nobody", "/en/mentors/", "/de/mentors/volunteer/",
         "/en/mentors/volunteer/?thanks=1", "/en/donate/", "/de/transparency/2026/",
         "/fr/campaigns/", "/en/statistics/", "/fr/statistics/2023/", "/ru/reports/",
         "/de/reports/2026/3/", "/pl/", "/pl/prisoners/ivan-zhuchkov/", "/pl/help/"]


@pytest.mark.parametrize("width", [375, 1280])
def test_public_pages_have_no_serious_accessibility_violations(live_server, page, width):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    CaseEventFactory(prisoner=prisoner)
    action_of(mentorship_of(public_mentor(), prisoner, statement_en="He is innocent."),
              note="Wrote a letter.", link="https://example.org/letter")
    PublicPrisonerFactory()  # waiting for a mentor
    campaign = record_the_report_month()
    publish_march(prisoner)
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    for path in [*PATHS, f"/ru/campaigns/{campaign.slug}/"]:
        assert page.goto(f"{live_server.url}{path}").status == 200, path
        results = axe.run(page)
        serious = [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
                   for v in results.response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{path}: {serious}"


LONG_TITLED = ["/ru/", "/de/", "/fr/", "/en/", "/ru/prisoners/zhuchkov/",
               "/de/how-the-list-is-formed/", "/ru/how-the-list-is-formed/", "/fr/help/",
               "/de/campaigns/anwaltskosten/", "/ru/mentors/volunteer/", "/de/donate/",
               "/pl/", "/pl/prisoners/zhuchkov/", "/pl/how-the-list-is-formed/",
               "/pl/mentors/volunteer/", "/pl/transparency/"]


def test_long_headings_fit_a_phone(live_server, watched_page):
    PublicPrisonerFactory(slug="zhuchkov",
                          full_name_original="Константинопольский Александр Владиславович")
    CampaignFactory(slug="anwaltskosten",
                    title_de="Rechtsanwaltskostenübernahme für Menschenrechtsverteidiger")
    page = watched_page
    page.set_viewport_size({"width": 375, "height": 800})
    widths = {}
    for path in LONG_TITLED:
        assert page.goto(f"{live_server.url}{path}").status == 200, path
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(LONG_TITLED, 375)
    assert page.problems == []


def bad_submit(page, url, button):
    """Send a form with an empty name: the browser's own checks are switched off, as an older
    browser would, so that the server answers with the errors."""
    page.goto(url)
    page.locator(".signup__form").evaluate("form => { form.noValidate = true; }")
    page.locator(".signup__form [name=name]").fill("")
    page.locator(".signup__form").get_by_role("button", name=button).click()


@pytest.mark.parametrize(("path", "button"), [
    ("/en/mentors/volunteer/", "Send"),
    ("/de/mentors/volunteer/", None),
    ("/en/appeals/free-them/", "Sign"),
    ("/en/events/letter-evening/", "Register"),
])
def test_after_a_bad_submit_the_focus_is_on_the_error_summary(live_server, watched_page, path,
                                                                button):
    PublicPrisonerFactory()
    AppealFactory(slug="free-them")
    OnSiteEventFactory(slug="letter-evening")
    page = watched_page
    if button is None:
        with translation.override("de"):
            button = gettext("Send")
    bad_submit(page, f"{live_server.url}{path}", button)
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(page.locator("[name=name]")).to_have_attribute("aria-describedby", "id_name_error")
    expect(page.locator("#id_name_error")).to_be_visible()
    assert page.problems == []
