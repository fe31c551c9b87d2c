"""The coordinator's admin in a real browser: login, tabbed translation fields under the CSP."""

import pytest
from playwright.sync_api import expect

from accounts import roles
from tests.factories import PublicPrisonerFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_coordinator_edits_translations_in_tabs(live_server, watched_page):
    UserFactory(username="coord", is_staff=True, groups=[roles.COORDINATOR])
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    page = watched_page
    page.goto(f"{live_server.url}/admin/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=%2Fadmin%2F")
    page.locator("#id_login").fill("coord")
    page.locator("#id_password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/prisoners/prisoner/{prisoner.pk}/change/")
    tabs = page.locator(".ui-tabs-nav").first
    expect(tabs).to_be_visible()
    tabs.get_by_role("tab", name="de").click()
    german = page.locator("#id_case_summary_de")
    expect(german).to_be_visible()
    expect(german).to_have_value("Wegen Antikriegsbeiträgen verhaftet.")
    german.fill("Neue Zusammenfassung.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    prisoner.refresh_from_db()
    assert prisoner.case_summary_de == "Neue Zusammenfassung."
    assert page.problems == []
