"""Accessibility of every public list and detail page, checked in the HTML: heading levels
never skip (h1 → h3), and every id that aria-describedby names exists in the page."""

import pytest

from appeals import services as appeal_services
from reports import statistics
from tests.appeals.factories import AppealFactory, SignatureFactory
from tests.events.factories import EventFactory, OnSiteEventFactory, in_days
from tests.factories import CaseEventFactory, PublicPrisonerFactory
from tests.funds.test_ledger import record_the_report_month
from tests.html_checks import heading_skips, missing_describedby_ids
from tests.languages import LANGUAGES
from tests.mentorships.test_public import action_of, mentorship_of, public_mentor
from tests.news.factories import PostFactory
from tests.reports.test_reports import publish_march


@pytest.fixture
def site(db):
    """One public record of every kind, with the lists around them."""
    prisoner = PublicPrisonerFactory(slug="ivan-zhuchkov")
    CaseEventFactory(prisoner=prisoner)
    action_of(mentorship_of(public_mentor(), prisoner, statement_en="He is innocent."),
              note="Wrote a letter.")
    PublicPrisonerFactory()  # waiting for a mentor
    campaign = record_the_report_month()
    publish_march(prisoner)
    OnSiteEventFactory(slug="letter-evening", featured=[prisoner])
    EventFactory(slug="past-evening", starts_at=in_days(-4), ends_at=in_days(-4, 21))
    appeal = AppealFactory(slug="free-them", prisoners=[prisoner])
    signature = SignatureFactory(appeal=appeal, confirmed_at=None)
    PostFactory(slug="a-post", prisoners=[prisoner])
    return {"campaign": campaign, "prisoner": prisoner, "signature": signature}


def public_pages(site, code):
    prefix = f"/{code}"
    tokens = {name: appeal_services.signature_token(site["signature"], salt=salt)
              for name, salt in (("confirm", appeal_services.CONFIRM_SALT),
                                 ("withdraw", appeal_services.WITHDRAW_SALT))}
    pages = ["/", "/prisoners/", "/prisoners/?q=nobody", f"/prisoners/{site['prisoner'].slug}/",
             "/definition/", "/how-the-list-is-formed/", "/about/", "/help/",
             "/mentors/", "/mentors/volunteer/", "/mentors/volunteer/?thanks=1",
             "/donate/", "/campaigns/", f"/campaigns/{site['campaign'].slug}/",
             "/transparency/", "/transparency/2026/",
             "/reports/", "/reports/2026/3/",
             "/statistics/", f"/statistics/{statistics.public_years()[0]}/",
             "/open-data/", "/news/", "/news/a-post/",
             "/events/", "/events/past/", "/events/letter-evening/",
             "/events/letter-evening/?registered=confirmed", "/events/past-evening/",
             "/events/letter-evening/kit/", "/events/letter-evening/poster/",
             "/appeals/", "/appeals/free-them/", "/appeals/free-them/?signed=1",
             f"/appeals/signatures/{tokens['confirm']}/confirm/",
             f"/appeals/signatures/{tokens['withdraw']}/withdraw/",
             "/no-such-page/"]
    return [f"{prefix}{page}" for page in pages]


@pytest.mark.parametrize("code", LANGUAGES)
def test_heading_levels_never_skip_on_public_pages(site, anonymous, code):
    skipped, undescribed = {}, {}
    for path in public_pages(site, code):
        response = anonymous.get(path)
        assert response.status_code == (404 if "no-such-page" in path else 200), path
        page = response.content.decode()
        if skips := heading_skips(page):
            skipped[path] = skips
        if missing := missing_describedby_ids(page):
            undescribed[path] = missing
    assert skipped == {}
    assert undescribed == {}


def test_heading_skips_are_found():
    page = "<h1>Campaigns</h1><h3>One</h3><h2>Two</h2><h3>Three</h3><h5>Four</h5>"
    assert heading_skips(page) == ["h1 Campaigns -> h3 One", "h3 Three -> h5 Four"]
    assert heading_skips("<h2>No title</h2>") == ["h0 (start of page) -> h2 No title"]
