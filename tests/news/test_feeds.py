"""The Atom feed of news, one per language."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import PublicPrisonerFactory
from tests.languages import LANGUAGES
from tests.news.factories import PostFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed(client, language):
    response = client.get(f"/{language}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.content)


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_public_posts_in_its_language_with_absolute_links(anonymous, language):
    post = PostFactory(slug="appeal", author__name="Brev till fångar")
    PostFactory(slug="draft", is_public=False)
    PostFactory(slug="later", published_at=timezone.now() + datetime.timedelta(days=1))
    root = feed(anonymous, language)
    assert root.get(XML_LANG) == language
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == \
        f"http://testserver/{language}/news/feed/"
    assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == \
        f"http://testserver/{language}/news/"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.find(f"{ATOM}title").text == getattr(post, f"title_{language}")
    assert entry.find(f"{ATOM}link").get("href") == \
        f"http://testserver/{language}/news/appeal/"
    assert entry.find(f"{ATOM}summary").text == getattr(post, f"summary_{language}")
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "Brev till fångar"
    assert entry.find(f"{ATOM}published").text == post.published_at.isoformat()


def test_feed_of_a_post_without_author_has_no_author(anonymous):
    PostFactory(author=None)
    entry = feed(anonymous, "en").find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}author") is None


def test_feed_escapes_markup_in_titles(anonymous):
    PostFactory(title_en="Fines & <b>prison</b>", summary_en="A < B")
    entry = feed(anonymous, "en").find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Fines & <b>prison</b>"


def test_empty_feed_is_well_formed(anonymous):
    assert feed(anonymous, "fr").findall(f"{ATOM}entry") == []


def test_feed_query_count_is_constant(anonymous):
    PostFactory()
    with CaptureQueriesContext(connection) as one:
        feed(anonymous, "en")
    for _ in range(6):
        PostFactory(prisoners=[PublicPrisonerFactory()])
    with CaptureQueriesContext(connection) as several:
        assert len(feed(anonymous, "en").findall(f"{ATOM}entry")) == 7
    assert len(several) == len(one)


def test_feed_escapes_markup_in_summaries(anonymous):
    # Atom readers take the description for HTML: a plain-text summary arrives escaped.
    PostFactory(summary_en="Fines & <b>prison</b>")
    entry = feed(anonymous, "en").find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}summary").text == "Fines &amp; &lt;b&gt;prison&lt;/b&gt;"


def test_whats_new_feed_escapes_markup_in_summaries(anonymous):
    PostFactory(summary_en="Fines & <b>prison</b>")
    root = ET.fromstring(anonymous.get("/en/feed/").content)
    summaries = [entry.find(f"{ATOM}summary").text for entry in root.findall(f"{ATOM}entry")]
    assert "Fines &amp; &lt;b&gt;prison&lt;/b&gt;" in summaries
