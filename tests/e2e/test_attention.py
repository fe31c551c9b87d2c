"""A coordinator follows the dashboard to the letter addresses not verified for 90 days and
marks them verified today, in a real browser, at 1,280 and 375 px."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts import roles
from prisoners.choices import VerifiedAspect
from prisoners.models import Verification
from tests.e2e.test_history import no_horizontal_scroll, sign_in
from tests.factories import PrisonerFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.mark.parametrize("width", [1280, 375])
def test_coordinator_marks_addresses_verified_from_the_dashboard(live_server, watched_page,
                                                                width):
    UserFactory(username="coord", is_staff=True, groups=[roles.COORDINATOR])
    stale = PrisonerFactory(full_name_latin="Olga Stale")
    Verification.objects.create(
        prisoner=stale, aspect=VerifiedAspect.ADDRESS, source_organisation="OVD-Info",
        verified_on=timezone.localdate() - datetime.timedelta(days=100))
    PrisonerFactory(full_name_latin="Pavel Never")
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, "coord")

    item = page.locator(".attention__item", has_text="Letter addresses not verified")
    expect(item.locator(".attention__count")).to_have_text("2")
    assert no_horizontal_scroll(page)
    item.get_by_role("link").click()
    expect(page.locator("#result_list tbody tr")).to_have_count(2)
    page.locator("#action-toggle").check()
    page.locator("select[name=action]").select_option(label="Mark letter address verified today")
    page.get_by_role("button", name="Go", exact=True).click()

    expect(page.locator(".messagelist .success")).to_have_text(
        "Letter address: verified today by you for 1 prisoner, against the source of the last "
        "verification.")
    expect(page.locator(".messagelist .warning")).to_contain_text("Pavel Never")
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    page.goto(f"{live_server.url}/admin/")
    expect(item.locator(".attention__count")).to_have_text("1")
    assert page.problems == []
