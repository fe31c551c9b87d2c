"""A mentor signs in, opens their prisoner, logs a public action and finds it on the public
prisoner page (real browser, system Chromium)."""

import pytest
from playwright.sync_api import expect

from mentorships import services
from tests.factories import MentorFactory, PublicPrisonerFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_mentor_logs_a_public_action_and_sees_it_on_the_public_page(live_server, watched_page):
    mentor = MentorFactory(user__username="sophie", name="Sophie Laurent", is_public=True,
                           preferred_language="en")
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    mentorship = services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    mentorship.is_public = True
    mentorship.save()
    page = watched_page

    page.goto(f"{live_server.url}/portal/")
    page.locator("#id_login").fill("sophie")
    page.locator("#id_password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}/portal/")

    page.get_by_role("link", name="Ivan Zhuchkov").first.click()
    page.get_by_label("Kind").select_option("parliamentary_question")
    page.get_by_label("Date").fill("2026-11-02")
    page.get_by_label("Note").fill("Asked the foreign minister about Ivan Zhuchkov")
    page.get_by_label("Show on the prisoner's public page").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".messages")).to_contain_text("Your action was recorded.")

    page.goto(f"{live_server.url}/en/prisoners/ivan-zhuchkov/")
    expect(page.get_by_text("Asked the foreign minister about Ivan Zhuchkov")).to_be_visible()
    expect(page.get_by_text("Sophie Laurent").first).to_be_visible()
    assert page.problems == []
