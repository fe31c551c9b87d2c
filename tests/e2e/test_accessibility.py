"""axe-core accessibility checks of the public pages, in the real browser; long headings on a
phone."""

import pytest
from axe_playwright_python.sync_playwright import Axe

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
         "/de/reports/2026/3/"]


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
               "/de/campaigns/anwaltskosten/", "/ru/mentors/volunteer/", "/de/donate/"]


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

