"""Canaries for the news, the sitemap and robots.txt: unpublished and future posts, their
images and authors, private prisoners linked to a public post, private pages and campaigns
never appear on any public URL, in any language, nor in any section of the sitemap."""

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from pages.models import Page
from prisoners.images import sanitize_photo
from prisoners.services import photo_store
from tests.news.factories import OrganisationFactory, PostFactory
from tests.prisoners.test_photos import jpeg_with_gps
from tests.privacy.test_canaries import LANGUAGES, Canaries, planted  # noqa: F401 - fixture


def canary_post(canary, label, **kwargs):
    post = PostFactory(
        slug=canary(f"{label}_slug").lower(),
        **{f"{field}_{code}": canary(f"{label}_{field}_{code}")
           for field in ("title", "summary", "body", "photo_alt") for code in LANGUAGES},
        **kwargs)
    photo_store(owner=post, photo=sanitize_photo(jpeg_with_gps()))
    return post


@pytest.fixture
def news_planted(planted):  # noqa: F811 - the fixture imported above
    canary = Canaries()
    public, hidden = planted["public"], planted["hidden"]
    secret_author = OrganisationFactory(name=canary("draft_author"))
    draft = canary_post(canary, "draft", is_public=False, author=secret_author,
                        prisoners=[public, *hidden])
    future = canary_post(canary, "future", author=secret_author, prisoners=[public],
                         published_at=timezone.now() + datetime.timedelta(days=3))
    never_dated = canary_post(canary, "undated", is_public=False, published_at=None)
    Page.objects.create(slug=canary("private_page_slug").lower(), is_published=False,
                        **{f"title_{code}": canary(f"private_page_{code}") for code in LANGUAGES})
    shown = PostFactory(slug="public-post", title_en="A public post",
                        prisoners=[public, *hidden, planted["no_photo"]])
    photo_store(owner=shown, photo=sanitize_photo(jpeg_with_gps()))
    return {"tokens": [*planted["tokens"], *canary.tokens], "public": public,
            "hidden_posts": [draft, future, never_dated], "shown": shown}


def news_paths(news_planted):
    paths = ["/", "/robots.txt", "/sitemap.xml"]
    for code in LANGUAGES:
        prefix = f"/{code}"
        paths += [f"{prefix}/", f"{prefix}/prisoners/{news_planted['public'].slug}/",
                  f"{prefix}/news/", f"{prefix}/news/?page=2", f"{prefix}/news/feed/",
                  f"{prefix}/news/public-post/", f"{prefix}/news/public-post/full.jpg"]
        for post in news_planted["hidden_posts"]:
            paths += [f"{prefix}/news/{post.slug}/", f"{prefix}/news/{post.slug}/full.jpg",
                      f"{prefix}/news/{post.slug}/thumb.jpg"]
    return paths


def sitemap_sections(client):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [urlsplit(loc.text).path for loc in index.findall("s:sitemap/s:loc", namespace)]


def test_no_canary_on_news_sitemap_or_robots(news_planted, anonymous):
    paths = [*news_paths(news_planted), *sitemap_sections(anonymous)]
    assert len(sitemap_sections(anonymous)) >= 8
    for path in paths:
        response = anonymous.get(path, follow=True)
        assert response.status_code in (200, 404), path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace").lower()
        leaked = [token for token in news_planted["tokens"] if token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"


def test_hidden_posts_and_their_images_are_404(news_planted, anonymous):
    for post in news_planted["hidden_posts"]:
        for code in LANGUAGES:
            assert anonymous.get(f"/{code}/news/{post.slug}/").status_code == 404
            for variant in ("full", "thumb"):
                assert anonymous.get(f"/{code}/news/{post.slug}/{variant}.jpg").status_code == 404
    assert anonymous.get("/en/news/public-post/full.jpg").status_code == 200


def test_public_post_names_only_the_public_prisoner(news_planted, anonymous):
    page = anonymous.get("/en/news/public-post/").content.decode()
    assert news_planted["public"].get_absolute_url() in page
    linked = re.findall(r'href="/en/prisoners/([^"/]+)/"', page)
    assert sorted(linked) == sorted([news_planted["public"].slug, "no-photo-consent"])
