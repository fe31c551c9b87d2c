"""Plant unique tokens in every private field and every non-public prisoner, request every
public URL in every language, and prove no token ever appears.

When a new public URL is added, ``test_every_public_url_is_covered`` fails until the URL is
added to ``public_paths`` below.
"""

import datetime

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from funds.models import PaymentMethod
from mentorships.choices import MentorshipStatus
from mentorships.models import MentorSignup
from prisoners.choices import ConsentScope, RecognitionStatus
from prisoners.models import InternalNote, PrisonerContact, RiskFlag, Verification
from reports import services as reports_services
from reports.choices import ActivityKind
from reports.models import ReportCorrection
from tests.factories import (
    ArticleFactory,
    CampaignFactory,
    CaseEventFactory,
    ConsentFactory,
    ExpenseFactory,
    FacilityFactory,
    IncomeFactory,
    MentorFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
    RegionFactory,
    UserFactory,
)
from tests.languages import LANGUAGES
from tests.mentorships.test_public import action_of, mentorship_of, public_mentor, with_photo
from tests.prisoners.test_photos import jpeg_with_gps


class Canaries:
    """Hands out unique tokens and remembers them."""

    def __init__(self):
        self.tokens = []

    def __call__(self, label):
        token = f"CANARY{len(self.tokens):03d}{label.upper().replace('_', '')}"
        self.tokens.append(token)
        return token


def plant_private_data(prisoner, canary):
    PrisonerContact.objects.create(
        prisoner=prisoner, kind="relative", name=canary("contact_name"),
        relation=canary("relation"), phone=canary("phone"),
        email=f"{canary('email').lower()}@example.org", address=canary("address"),
        notes=canary("contact_notes"))
    PrisonerContact.objects.create(prisoner=prisoner, kind="lawyer", name=canary("lawyer"),
                                   phone=canary("lawyer_phone"))
    InternalNote.objects.create(prisoner=prisoner, text=canary("internal_note"))
    RiskFlag.objects.create(prisoner=prisoner, kind="health", note=canary("risk_note"))
    RecognitionFactory(prisoner=prisoner, status=RecognitionStatus.UNDER_REVIEW, decided_on=None,
                       proposed_by_name=canary("proposer"), evidence=canary("evidence"),
                       rationale=canary("rationale"))
    ConsentFactory(prisoner=prisoner, given_by_name=canary("consent_giver"),
                   note=canary("consent_note"))
    CaseEventFactory(prisoner=prisoner, is_public=False, **{
        f"description_{code}": canary(f"internal_event_{code}") for code in LANGUAGES})
    verifier = UserFactory(username=canary("verifier").lower(),
                           first_name=canary("verifier_first"), last_name=canary("verifier_last"))
    Verification.objects.create(
        prisoner=prisoner, aspect="address", verified_by=verifier,
        source_organisation=canary("source_organisation"),
        source_url=f"https://example.org/{canary('source_url')}",
        source_document=canary("source_document"))


def hidden_prisoner(canary, label, **kwargs):
    """A prisoner whose name, slug, facility, region and article are all canaries."""
    region = RegionFactory(**{f"name_{code}": canary(f"{label}_region_{code}")
                              for code in LANGUAGES})
    facility = FacilityFactory(region=region, postal_address=canary(f"{label}_address"),
                               **{f"name_{code}": canary(f"{label}_facility_{code}")
                                  for code in LANGUAGES})
    prisoner = PrisonerFactory(
        full_name_original=canary(f"{label}_original"), full_name_latin=canary(f"{label}_latin"),
        slug=canary(f"{label}_slug").lower(), envelope_name=canary(f"{label}_envelope"),
        region=region, facility=facility,
        **{f"case_summary_{code}": canary(f"{label}_summary_{code}") for code in LANGUAGES},
        **kwargs)
    prisoner.articles.add(ArticleFactory(number=canary(f"{label}_article")[:20]))
    CaseEventFactory(prisoner=prisoner, description_en=canary(f"{label}_event"))
    return prisoner


def plant_mentorship_data(public, also_public, unpublished, canary):
    """Private mentors, mentorships, actions and sign-ups around public prisoners; returns the
    mentors whose photos must not be served and one whose photo must."""
    def translated(label):
        return {f"{label}_{code}": canary(f"{label}_{code}") for code in LANGUAGES}

    hidden_mentor = with_photo(MentorFactory(
        name=canary("private_mentor"), party=canary("private_party"),
        user__username=canary("private_mentor_user").lower(),
        **translated("role"), **translated("biography")))
    action_of(mentorship_of(hidden_mentor, also_public, **translated("statement")),
              note=canary("private_mentor_action"))
    former = with_photo(public_mentor(name=canary("inactive_mentor"), user__is_active=False))
    mentorship_of(former, also_public, statement_en=canary("inactive_mentor_statement"))

    # A public mentor: their name shows, their account and their private work do not.
    shown = with_photo(public_mentor(name="Public Mentor",
                                     user__username=canary("mentor_user").lower(),
                                     user__email=f"{canary('mentor_email').lower()}@example.org",
                                     **translated("biography")))
    mentorship = mentorship_of(shown, public, statement_en="A public statement.")
    action_of(mentorship, note="A public action.")
    action_of(mentorship, is_public=False, note=canary("private_action"),
              link=f"https://example.org/{canary('private_action_link')}")
    mentorship_of(public_mentor(), public, is_public=False, **translated("statement"))
    ended = mentorship_of(shown, also_public, status=MentorshipStatus.ENDED,
                          statement_en=canary("ended_statement"))
    action_of(ended, note=canary("ended_action"))
    mentorship_of(public_mentor(), also_public, status=MentorshipStatus.REQUESTED,
                  statement_en=canary("requested_statement"))
    hidden_work = mentorship_of(shown, unpublished, statement_en=canary("unpublished_statement"))
    action_of(hidden_work, note=canary("unpublished_action"))

    MentorSignup.objects.create(
        name=canary("signup_name"), email=f"{canary('signup_email').lower()}@example.org",
        country="SE", role=canary("signup_role"), message=canary("signup_message"),
        prisoner=public, language="en")
    return {"hidden": [hidden_mentor, former], "shown": shown}


def plant_funds_data(public, unpublished, canary):
    """Private bookkeeping around public and hidden prisoners; returns the hidden campaigns
    and the public one."""
    def translated(label):
        return {f"{label}_{code}": canary(f"{label}_{code}") for code in LANGUAGES}

    shown = CampaignFactory(slug="public-campaign", prisoner=public, title_en="Public campaign")
    IncomeFactory(campaign=shown, note=canary("income_note"))
    IncomeFactory(campaign=None, donor_may_be_named=True, donor_name=canary("general_donor"))
    ExpenseFactory(prisoner=public, campaign=shown, description=canary("expense_description"))

    private = CampaignFactory(slug=canary("private_campaign").lower(), is_public=False,
                              **translated("title"), **translated("purpose"))
    for_hidden = CampaignFactory(slug=canary("unpublished_campaign").lower(),
                                 prisoner=unpublished, title_en=canary("unpublished_campaign"))
    for campaign in (private, for_hidden):
        IncomeFactory(campaign=campaign, donor_may_be_named=True,
                      donor_name=canary("hidden_campaign_donor"))
        ExpenseFactory(campaign=campaign, public_description_en=canary("campaign_line"))
    ExpenseFactory(prisoner=unpublished, **translated("public_description"))
    PaymentMethod.objects.create(is_published=False, link="https://example.org/" + canary("link"),
                                 **translated("name"), **translated("details"))
    return {"hidden": [private, for_hidden], "shown": shown}


def plant_reports_data(public, hidden, canary):
    """An activity log around public and hidden prisoners, with a published report for March
    2026 (naming the public prisoner, counting the hidden ones) and a draft for April."""
    march = datetime.date(2026, 3, 1)
    for prisoner in [public, *hidden]:
        reports_services.activity_record(
            kind=ActivityKind.WHEREABOUTS_IDENTIFIED, date=march, prisoners=[prisoner],
            facility=prisoner.facility, note=canary("whereabouts_note"))
    reports_services.activity_record(kind=ActivityKind.FIRST_LAWYER_VISIT, date=march,
                                     prisoners=[public, *hidden], note=canary("visit_note"))
    report = reports_services.report_draft(month=march)
    reports_services.report_publish(report=report, today=datetime.date(2026, 4, 2))
    draft = reports_services.report_draft(month=datetime.date(2026, 4, 1))
    draft.introduction_en = canary("draft_introduction")
    draft.save()
    ReportCorrection.objects.create(report=draft, date=datetime.date(2026, 4, 3),
                                    text_en=canary("draft_correction"))


@pytest.fixture
def planted(db):
    canary = Canaries()
    public = PublicPrisonerFactory(slug="public-person", consent__scope=ConsentScope.FULL)
    plant_private_data(public, canary)

    unpublished = hidden_prisoner(canary, "unpublished")
    RecognitionFactory(prisoner=unpublished)
    ConsentFactory(prisoner=unpublished)

    declined = hidden_prisoner(canary, "declined", is_published=True)
    RecognitionFactory(prisoner=declined, status=RecognitionStatus.DECLINED)
    ConsentFactory(prisoner=declined)

    removed = hidden_prisoner(canary, "removed", is_published=True)
    RecognitionFactory(prisoner=removed)
    RecognitionFactory(prisoner=removed, status=RecognitionStatus.REMOVED,
                       decided_on=datetime.date(2025, 1, 1))
    ConsentFactory(prisoner=removed)

    unconsented = hidden_prisoner(canary, "unconsented", is_published=True)
    RecognitionFactory(prisoner=unconsented)

    withdrawn = hidden_prisoner(canary, "withdrawn", is_published=True)
    RecognitionFactory(prisoner=withdrawn)
    ConsentFactory(prisoner=withdrawn, withdrawn_on=datetime.date(2025, 2, 1))

    # Published, but consent excludes the photo: the photo itself is private.
    from prisoners import services
    from prisoners.images import sanitize_photo

    no_photo = PublicPrisonerFactory(slug="no-photo-consent",
                                     consent__scope=ConsentScope.WITHOUT_PHOTO)
    services.photo_store(owner=no_photo, photo=sanitize_photo(jpeg_with_gps()))
    hidden = [unpublished, declined, removed, unconsented, withdrawn]
    mentors = plant_mentorship_data(public, no_photo, unpublished, canary)
    campaigns = plant_funds_data(public, unpublished, canary)
    plant_reports_data(public, hidden, canary)
    return {"tokens": canary.tokens, "public": public, "hidden": hidden, "no_photo": no_photo,
            "mentors": mentors, "campaigns": campaigns}


def public_paths(planted):
    """Every public URL, in every language, including searches for each hidden name."""
    paths = ["/"]
    hidden = planted["hidden"]
    for code in LANGUAGES:
        prefix = f"/{code}"
        paths += [f"{prefix}/", f"{prefix}/prisoners/", f"{prefix}/prisoners/?page=2",
                  f"{prefix}/prisoners/{planted['public'].slug}/",
                  f"{prefix}/definition/", f"{prefix}/about/",
                  f"{prefix}/mentors/", f"{prefix}/mentors/volunteer/",
                  f"{prefix}/mentors/volunteer/?thanks=1",
                  f"{prefix}/donate/", f"{prefix}/campaigns/", f"{prefix}/transparency/",
                  f"{prefix}/transparency/2026/", f"{prefix}/transparency/2026.csv",
                  f"{prefix}/campaigns/{planted['campaigns']['shown'].slug}/"]
        paths += [f"{prefix}/campaigns/{campaign.slug}/"
                  for campaign in planted["campaigns"]["hidden"]]
        for prisoner in hidden:
            paths += [
                f"{prefix}/prisoners/{prisoner.slug}/",
                f"{prefix}/prisoners/?q={prisoner.full_name_latin}",
                f"{prefix}/prisoners/?q={prisoner.full_name_original}",
                f"{prefix}/prisoners/?facility={prisoner.facility_id}",
                f"{prefix}/prisoners/?region={prisoner.region_id}",
            ]
    for prisoner in [*hidden, planted["no_photo"]]:
        paths += [f"/photos/{prisoner.slug}/full.jpg", f"/photos/{prisoner.slug}/thumb.jpg"]
    paths += [f"/photos/{planted['public'].slug}/full.jpg"]
    paths += ["/accounts/login/", "/accounts/password/reset/", "/accounts/signup/"]
    paths += ["/healthz"]  # "ok" and nothing else (tests/test_health.py)
    for mentor in [*planted["mentors"]["hidden"], planted["mentors"]["shown"]]:
        paths += [f"/photos/mentors/{mentor.pk}/full.jpg", f"/photos/mentors/{mentor.pk}/thumb.jpg"]
    paths += open_data_paths(planted)
    paths += reports_paths()
    return paths


def reports_paths():
    """Reports, the feed and statistics in every language, the draft's month included."""
    paths = []
    for code in LANGUAGES:
        paths += [f"/{code}/reports/", f"/{code}/reports/2026/3/", f"/{code}/reports/2026/4/",
                  f"/{code}/reports/feed/", f"/{code}/statistics/"]
        paths += [f"/{code}/statistics/{year}/" for year in (2023, 2024, 2025)]
    return paths


def open_data_paths(planted):
    """The open data: the page in every language, every API endpoint and every CSV file."""
    api = "/api/v1"
    paths = [f"/{code}/open-data/" for code in LANGUAGES]
    paths += [f"{api}/", f"{api}/openapi.json", f"{api}/prisoners", f"{api}/prisoners?page=2",
              f"{api}/prisoners/{planted['public'].slug}", f"{api}/facilities",
              f"{api}/articles", f"{api}/regions", f"{api}/statistics",
              f"{api}/statistics/2023", f"{api}/statistics/2025"]
    paths += [f"/open-data/{name}.csv"
              for name in ("prisoners", "facilities", "articles", "statistics")]
    for prisoner in planted["hidden"]:
        paths += [f"{api}/prisoners/{prisoner.slug}",
                  f"{api}/prisoners?q={prisoner.full_name_latin}",
                  f"{api}/prisoners?q={prisoner.full_name_original}",
                  f"{api}/prisoners?facility={prisoner.facility_id}",
                  f"{api}/prisoners?region={prisoner.region.code}"]
    return paths


def test_no_canary_on_any_public_url(planted, anonymous):
    paths = public_paths(planted)
    for path in paths:
        response = anonymous.get(path, follow=True)
        assert response.status_code in (200, 404), path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace").lower()
        if "?q=" in path:
            # A search page echoes its own query (search box, language links): remove the echo,
            # so the token still counts as a leak anywhere else (a result, a count, a title).
            text = text.replace(path.split("?q=", 1)[1].lower(), "")
        leaked = [token for token in planted["tokens"] if token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"


def test_hidden_prisoners_and_their_photos_are_404(planted, anonymous):
    for prisoner in planted["hidden"]:
        for code in LANGUAGES:
            assert anonymous.get(f"/{code}/prisoners/{prisoner.slug}/").status_code == 404
    slug = planted["no_photo"].slug
    assert anonymous.get(f"/photos/{slug}/full.jpg").status_code == 404
    assert anonymous.get(f"/photos/{slug}/thumb.jpg").status_code == 404
    assert anonymous.get(f"/en/prisoners/{slug}/").status_code == 200


def test_reports_count_hidden_prisoners_without_naming_them(planted, anonymous):
    page = anonymous.get("/en/reports/2026/3/").content.decode()
    assert "We found where 6 prisoners are held." in page
    assert "5 people are not named for their safety or without their consent." in page
    assert planted["public"].get_absolute_url() in page
    assert anonymous.get("/en/reports/2026/4/").status_code == 404


def test_hidden_campaigns_are_404(planted, anonymous):
    for campaign in planted["campaigns"]["hidden"]:
        for code in LANGUAGES:
            assert anonymous.get(f"/{code}/campaigns/{campaign.slug}/").status_code == 404
    assert anonymous.get("/en/campaigns/public-campaign/").status_code == 200


def test_only_public_mentors_photos_are_served(planted, anonymous):
    for mentor in planted["mentors"]["hidden"]:
        for variant in ("full", "thumb"):
            assert anonymous.get(f"/photos/mentors/{mentor.pk}/{variant}.jpg").status_code == 404
    shown = planted["mentors"]["shown"]
    assert anonymous.get(f"/photos/mentors/{shown.pk}/thumb.jpg").status_code == 200
    assert "Public Mentor" in anonymous.get("/en/mentors/").content.decode()


def test_searching_hidden_names_finds_nothing(planted, anonymous):
    for prisoner in planted["hidden"]:
        for query in (prisoner.full_name_latin, prisoner.full_name_original):
            response = anonymous.get("/en/prisoners/", {"q": query})
            assert response.context["page"].paginator.count == 0


def test_hidden_prisoners_are_not_counted(planted, anonymous):
    assert anonymous.get("/en/").context["counts"]["total"] == 2
    assert anonymous.get("/en/prisoners/").context["page"].paginator.count == 2


def _route_names(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _route_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


# Public URL names and the path shapes in public_paths that cover them.
COVERED = {"home", "prisoners:list", "prisoners:detail", "pages:detail", "prisoner_photo",
           "mentors:list", "mentors:volunteer", "mentor_photo",
           "funds:donate", "funds:campaigns", "funds:campaign", "funds:transparency",
           "funds:transparency_year", "funds:transparency_csv",
           "reports:list", "reports:report", "reports:feed", "reports:statistics",
           "reports:statistics_year",
           "open_data", "open_data_prisoners_csv", "open_data_facilities_csv",
           "open_data_articles_csv", "open_data_statistics_csv",
           "api:api-root", "api:openapi-json", "api:prisoners", "api:prisoner", "api:facilities",
           "api:articles", "api:regions", "api:statistics", "api:statistics_year",
           # news, the sitemap and robots.txt: tests/privacy/test_canaries_news.py
           "news:list", "news:feed", "news:detail", "news:photo",
           "sitemap", "sitemap_section", "robots_txt",
           # events: tests/privacy/test_canaries_events.py
           "events:list", "events:past", "events:feed", "events:calendar", "events:detail",
           "events:register", "events:ics", "events:poster_image",
           # appeals: tests/privacy/test_canaries_appeals.py
           "appeals:list", "appeals:detail", "appeals:confirm", "appeals:withdraw",
           # the combined feed: tests/privacy/test_canaries_whats_new.py
           "whats_new_feed",
           # events: the letter-writing kit and poster (tests/privacy/test_canaries_kit.py)
           "events:kit", "events:poster",
           # the load balancers' health check: public_paths, and tests/test_health.py
           "healthz"}


# Not public registry pages: the admin, sign-in and two-factor pages (allauth: forms only, no
# registry data) and the mentor portal (signed-in mentors; tests/mentorships/test_portal.py).
NOT_PUBLIC_PREFIXES = ("admin", "account_", "mfa_", "portal:")


def test_every_public_url_is_covered():
    with translation.override("en"):
        names = {name for name in _route_names(get_resolver().url_patterns)
                 if not name.startswith(NOT_PUBLIC_PREFIXES)}
    assert names == COVERED
