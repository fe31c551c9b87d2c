"""sitemap.xml (an index of sections) and robots.txt."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.choices import EventStatus
from pages.models import Page
from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory
from tests.factories import (
    CampaignFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
)
from tests.languages import LANGUAGES
from tests.news.factories import PostFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
CORE_PAGES = ["about", "definition", "help", "how-the-list-is-formed"]
STATIC_PATHS = ["", "prisoners/", "mentors/", "mentors/volunteer/", "donate/", "campaigns/",
                "transparency/", "reports/", "statistics/", "open-data/", "news/", "events/",
                "events/past/", "appeals/"]


def xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def section_paths(client):
    index = xml(client, "/sitemap.xml")
    return [urlsplit(loc.text).path + (f"?{urlsplit(loc.text).query}"
                                        if urlsplit(loc.text).query else "")
            for loc in index.findall("s:sitemap/s:loc", NS)]


def all_urls(client):
    """Every <url> of every section, as (location, {hreflang: href})."""
    urls = []
    for path in section_paths(client):
        for url in xml(client, path).findall("s:url", NS):
            alternates = {link.get("hreflang"): link.get("href")
                          for link in url.findall("x:link", NS)}
            urls.append((url.find("s:loc", NS).text, alternates))
    return urls


def small_data_set():
    prisoner = PublicPrisonerFactory(slug="ivan", arrested_on=datetime.date(2024, 5, 1),
                                     verdict_on=None, released_on=None)
    hidden = PrisonerFactory(slug="hidden-person", arrested_on=datetime.date(2019, 1, 1))
    CampaignFactory(slug="lawyer", prisoner=prisoner)
    CampaignFactory(slug="private-campaign", is_public=False)
    CampaignFactory(slug="for-hidden", prisoner=hidden)
    Page.objects.create(slug="private-page", title_en="Private", is_published=False)
    PostFactory(slug="appeal", prisoners=[prisoner, hidden])
    PostFactory(slug="draft-post", is_public=False)
    PostFactory(slug="future-post", published_at=timezone.now() + datetime.timedelta(days=1))
    EventFactory(slug="concert", featured=[prisoner, hidden])
    EventFactory(slug="cancelled-vigil", status=EventStatus.CANCELLED)
    EventFactory(slug="draft-event", is_public=False)
    AppealFactory(slug="free-ivan").prisoners.set([prisoner, hidden])
    AppealFactory(slug="draft-appeal", is_public=False)


def test_sitemap_lists_exactly_the_public_pages_in_every_language(anonymous):
    small_data_set()
    paths = [*STATIC_PATHS, "prisoners/ivan/", *[f"{slug}/" for slug in CORE_PAGES],
             "campaigns/lawyer/", "statistics/2024/", "news/appeal/", "events/concert/",
             "events/cancelled-vigil/", "appeals/free-ivan/"]
    expected = sorted(f"http://testserver/{code}/{path}" for path in paths for code in LANGUAGES)
    locations = sorted(location for location, _ in all_urls(anonymous))
    assert locations == expected


def test_every_address_has_its_translations_and_x_default(anonymous):
    small_data_set()
    for location, alternates in all_urls(anonymous):
        path = urlsplit(location).path.split("/", 2)[2]
        assert alternates == {
            **{code: f"http://testserver/{code}/{path}" for code in LANGUAGES},
            "x-default": f"http://testserver/{path}",
        }, location


def test_private_objects_are_absent(anonymous):
    small_data_set()
    text = "".join(anonymous.get(path).content.decode()
                   for path in ["/sitemap.xml", *section_paths(anonymous)])
    for private in ("hidden-person", "private-campaign", "for-hidden", "private-page",
                    "draft-post", "future-post", "draft-event", "draft-appeal", "2019"):
        assert private not in text, private


def test_index_names_each_section_with_absolute_addresses(anonymous):
    assert section_paths(anonymous) == [
        f"/sitemap-{name}.xml" for name in
        ("site", "prisoners", "pages", "campaigns", "transparency", "reports", "statistics",
         "news", "events", "appeals")]


def test_unknown_section_and_page_are_404(anonymous):
    assert anonymous.get("/sitemap-nothing.xml").status_code == 404
    assert anonymous.get("/sitemap-news.xml?p=7").status_code == 404
    assert anonymous.get("/sitemap-news.xml?p=x").status_code == 404


def test_query_count_is_constant_in_the_number_of_objects(anonymous):
    def queries():
        with CaptureQueriesContext(connection) as context:
            for path in ["/sitemap.xml", *section_paths(anonymous)]:
                assert anonymous.get(path).status_code == 200
        return len(context)

    small_data_set()
    one = queries()
    for number in range(5):
        prisoner = PublicPrisonerFactory(arrested_on=datetime.date(2024, 2, 1))
        CampaignFactory(prisoner=prisoner)
        PostFactory(prisoners=[prisoner])
        Page.objects.create(slug=f"extra-{number}", title_en="Extra")
    assert queries() == one


def test_robots_txt(anonymous):
    response = anonymous.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /portal/\n"
        "Disallow: /accounts/\n"
        "Disallow: /*/appeals/signatures/\n"
        "\n"
        "Sitemap: http://testserver/sitemap.xml\n")


def test_robots_txt_names_the_sitemap_on_https(anonymous, settings):
    settings.ALLOWED_HOSTS = ["prisoners.example.org"]
    body = anonymous.get("/robots.txt", secure=True, HTTP_HOST="prisoners.example.org")
    assert "Sitemap: https://prisoners.example.org/sitemap.xml\n" in body.content.decode()


def test_sitemap_lists_published_reports_and_years_with_figures(anonymous):
    from tests.funds.test_ledger import record_the_report_month
    from tests.reports.test_reports import publish_march

    campaign = record_the_report_month()
    prisoner = PublicPrisonerFactory(arrested_on=datetime.date(2023, 6, 1), verdict_on=None,
                                     released_on=None)
    publish_march(prisoner)
    locations = {location for location, _ in all_urls(anonymous)}
    for code in LANGUAGES:
        assert {f"http://testserver/{code}/reports/2026/3/",
                f"http://testserver/{code}/transparency/2026/",
                f"http://testserver/{code}/statistics/2023/",
                f"http://testserver/{code}/campaigns/{campaign.slug}/"} <= locations
    assert not any("/reports/2026/4/" in location for location in locations)
