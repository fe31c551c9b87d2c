"""A coordinator changes a prisoner, opens the history, reads the diff and reverts the change,
in a real browser, at 1,280 and 375 px."""

import pytest
from playwright.sync_api import expect

from accounts import roles
from prisoners.models import Prisoner
from tests.factories import PrisonerFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [1280, 375])
def test_coordinator_reverts_a_change_from_the_history(live_server, watched_page, width):
    UserFactory(username="coord", is_staff=True, groups=[roles.COORDINATOR])
    prisoner = PrisonerFactory(full_name_latin="Ivan Zhuchkov", biography_en="Teacher.")
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, "coord")

    page.goto(f"{live_server.url}/admin/prisoners/prisoner/{prisoner.pk}/change/")
    page.locator("#id_full_name_latin").fill("Ivan Schutschkow")
    page.locator("#id_history_change_reason").fill("German spelling")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(f"{live_server.url}/admin/prisoners/prisoner/{prisoner.pk}/change/")
    page.get_by_role("link", name="History").click()
    newest = page.locator(".history-version").first
    expect(newest).to_contain_text("by coord")
    expect(newest).to_contain_text("German spelling")
    row = newest.locator("tr", has_text="Full name (Latin script)")
    expect(row.locator(".history-old")).to_have_text("Ivan Zhuchkov")
    expect(row.locator(".history-new")).to_have_text("Ivan Schutschkow")
    assert no_horizontal_scroll(page)

    page.locator(".history-version").nth(1).get_by_role(
        "link", name="Revert to this version…").click()
    expect(page.locator(".history-never-publishes")).to_contain_text(
        "A revert never publishes anything.")
    assert no_horizontal_scroll(page)
    page.get_by_label("Reason").fill("Back to the passport spelling")
    page.get_by_role("button", name="Revert", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was reverted to version no.")
    expect(page.locator(".history-version").first).to_contain_text(
        "Back to the passport spelling")
    prisoner = Prisoner.objects.get(pk=prisoner.pk)
    assert prisoner.full_name_latin == "Ivan Zhuchkov"
    assert prisoner.is_published is False
    page.screenshot(path=f"/tmp/history-{width}.png", full_page=True)
    assert page.problems == []
