"""A visitor signs an appeal, confirms from the e-mail (locmem outbox, same process as the live
server) and finds their name on the page; axe and no sideways scrolling on the appeal pages."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.appeals.factories import AppealFactory, NotableSignatoryFactory, SignatureFactory
from tests.factories import PublicPrisonerFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def appeal(transactional_db):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    appeal = AppealFactory(slug="free-ivan", title_en="Free Ivan Zhuchkov",
                           prisoners=[prisoner])
    NotableSignatoryFactory(appeal=appeal, name="Ingrid Halvorsen", country="NO")
    NotableSignatoryFactory(appeal=appeal, name="Claire Dumont", group="artists",
                            role_en="Novelist", country="FR")
    SignatureFactory(appeal=appeal, name="Lukas Brandt")
    AppealFactory(slug="delivered", title_en="Sanctions now", status="delivered",
                  outcome_on=appeal.opens_on, outcome_en="Four officials were sanctioned.")
    return appeal


def test_visitor_signs_confirms_from_the_e_mail_and_is_counted(appeal, live_server,
                                                               watched_page, mailoutbox,
                                                               settings, monkeypatch):
    settings.SITE_URL = live_server.url
    # The form refuses what is sent within 3 seconds of showing it; a test types faster.
    monkeypatch.setattr("coalition.public_forms.MIN_FILL_SECONDS", 0)
    page = watched_page
    page.goto(f"{live_server.url}/en/appeals/")
    page.get_by_role("link", name="Free Ivan Zhuchkov").click()
    expect(page.locator(".appeal__count strong")).to_have_text("1 signature")

    page.get_by_label("Your name").fill("Anna Berg")
    page.get_by_label("Country", exact=True).select_option("SE")
    page.get_by_label("Your e-mail address").fill("anna.berg@example.eu")
    page.get_by_label("Show my name and country on the appeal page").check()
    page.get_by_label("I agree that the coalition stores").check()
    page.get_by_role("button", name="Sign").click()
    expect(page.locator(".notice--ok")).to_contain_text("Thank you. Please check your e-mail.")
    expect(page.locator(".appeal__count strong")).to_have_text("1 signature")
    expect(page.locator(".signers")).not_to_contain_text("Anna Berg")

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["anna.berg@example.eu"]
    link = re.search(r"http\S+/confirm/", mailoutbox[0].body).group()
    page.goto(link)
    page.get_by_role("button", name="Confirm my signature").click()
    expect(page.locator(".notice--ok")).to_contain_text("Thank you: your signature now counts.")

    page.get_by_role("link", name="Back to the appeal").click()
    expect(page.locator(".appeal__count strong")).to_have_text("2 signatures")
    expect(page.locator(".signers")).to_contain_text("Anna Berg (Sweden)")
    assert page.problems == []


@pytest.mark.parametrize("width", [375, 1280])
def test_appeal_pages_are_accessible_and_fit(appeal, live_server, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    for path in ["/en/appeals/", "/ru/appeals/", "/en/appeals/free-ivan/",
                 "/de/appeals/free-ivan/", "/fr/appeals/delivered/",
                 "/en/appeals/signatures/broken/confirm/", "/en/prisoners/ivan-zhuchkov/"]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status in (200, 400), path
        results = axe.run(page)
        serious = [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
                   for v in results.response["violations"]
                   if v["impact"] in ("serious", "critical")]
        assert serious == [], f"{path}: {serious}"
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow == 0, f"{path} scrolls sideways at {width}px"


def test_the_form_with_errors_is_accessible(appeal, live_server, page):
    page.goto(f"{live_server.url}/en/appeals/free-ivan/")
    page.get_by_label("Your e-mail address").fill("not-an-address")
    page.evaluate("document.querySelector('.signup__form').noValidate = true")
    page.get_by_role("button", name="Sign").click()
    expect(page.locator(".signup .notice--error")).to_be_visible()
    results = Axe().run(page)
    serious = [v["id"] for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == []
