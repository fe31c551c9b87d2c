"""The public news pages, the images and the prisoner page's news section."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from prisoners.images import sanitize_photo
from prisoners.services import photo_store
from tests.factories import PrisonerFactory, PublicPrisonerFactory
from tests.languages import LANGUAGES
from tests.news.factories import PostFactory
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = pytest.mark.django_db

TITLES = {"en": "Appeal hearing", "ru": "Апелляция", "de": "Berufung", "fr": "Appel",
          "pl": "Rozprawa apelacyjna"}


def translated_post(**kwargs):
    return PostFactory(slug="appeal", **{f"title_{code}": title for code, title in TITLES.items()},
                       **kwargs)


def page_text(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, path
    return response.content.decode()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200, path
    return len(context)


@pytest.mark.parametrize("language", LANGUAGES)
def test_list_and_post_in_every_language(anonymous, language):
    post = translated_post(author__name="Lettres sans frontières", author__country="FR")
    listing = page_text(anonymous, f"/{language}/news/")
    assert f'href="/{language}/news/appeal/"' in listing
    assert TITLES[language] in listing
    assert "Lettres sans frontières" in listing
    detail = page_text(anonymous, f"/{language}/news/appeal/")
    assert f"<h1>{TITLES[language]}</h1>" in detail
    assert f'<html lang="{language}">' in detail
    assert post.summary_en in detail or language != "en"


def test_post_page_renders_sanitised_markdown(anonymous):
    PostFactory(slug="a", body_en="## Heading\n\n<script>alert(1)</script>**bold**")
    html = page_text(anonymous, "/en/news/a/")
    assert "<h2>Heading</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "alert(1)" not in html


def test_list_is_newest_first(anonymous):
    now = timezone.now()
    PostFactory(slug="older", title_en="Older", published_at=now - datetime.timedelta(days=2))
    PostFactory(slug="newer", title_en="Newer", published_at=now - datetime.timedelta(hours=1))
    html = page_text(anonymous, "/en/news/")
    assert html.index("Newer") < html.index("Older")


def test_unpublished_and_future_posts_are_hidden(anonymous):
    PostFactory(slug="draft", title_en="Draft title", is_public=False)
    PostFactory(slug="later", title_en="Later title",
                published_at=timezone.now() + datetime.timedelta(days=1))
    listing = page_text(anonymous, "/en/news/")
    assert "Draft title" not in listing and "Later title" not in listing
    assert "No news has been published yet." in listing
    for slug in ("draft", "later"):
        for language in LANGUAGES:
            assert anonymous.get(f"/{language}/news/{slug}/").status_code == 404


def test_unknown_slug_is_404(anonymous):
    assert anonymous.get("/en/news/no-such-post/").status_code == 404
    assert anonymous.get("/en/news/" + "x" * 5000 + "/").status_code == 404


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999999999999", "2"])
def test_bad_page_numbers_show_a_page(anonymous, page):
    for number in range(12):
        PostFactory(slug=f"p{number}")
    response = anonymous.get("/en/news/", {"page": page})
    assert response.status_code == 200
    assert response.context["page"].number in (1, 2)


def test_pagination_shows_ten_posts_per_page(anonymous):
    for number in range(12):
        PostFactory(slug=f"p{number}")
    first = anonymous.get("/en/news/")
    assert len(first.context["page"].object_list) == 10
    assert "Page 1 of 2" in first.content.decode()
    assert len(anonymous.get("/en/news/?page=2").context["page"].object_list) == 2


def test_post_lists_only_public_prisoners(anonymous):
    public = PublicPrisonerFactory(full_name_latin="Shown Person", slug="shown-person")
    hidden = PrisonerFactory(full_name_latin="Hidden Person", slug="hidden-person")
    PostFactory(slug="a", prisoners=[public, hidden])
    html = page_text(anonymous, "/en/news/a/")
    assert 'href="/en/prisoners/shown-person/"' in html
    assert "Hidden Person" not in html and "hidden-person" not in html


def test_news_pages_link_the_feed_and_keep_hreflang_links(anonymous):
    # Written in French too: a post's page advertises only the languages of its texts.
    PostFactory(slug="a", body_fr="Du **texte**.")
    for path in ("/de/news/", "/de/news/a/"):
        html = page_text(anonymous, path)
        assert ('<link rel="alternate" type="application/atom+xml" title="Neuigkeiten" '
                'href="/de/news/feed/">') in html
        assert f'hreflang="fr" href="http://testserver{path.replace("/de/", "/fr/")}"' in html


def test_image_is_served_only_while_the_post_is_public(anonymous):
    post = PostFactory(slug="with-image", photo_alt_en="A court building")
    photo_store(owner=post, photo=sanitize_photo(jpeg_with_gps()))
    response = anonymous.get("/en/news/with-image/full.jpg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, max-age=300"
    assert b"CanaryCam" not in b"".join(response.streaming_content)
    assert anonymous.get("/en/news/with-image/thumb.jpg").status_code == 200
    html = page_text(anonymous, "/en/news/with-image/")
    assert '<img class="post__image" src="/en/news/with-image/full.jpg" alt="A court building">' \
        in html
    assert anonymous.get("/en/news/with-image/other.jpg").status_code == 404
    post.is_public = False
    post.save()
    assert anonymous.get("/en/news/with-image/full.jpg").status_code == 404
    post.is_public = True
    post.published_at = timezone.now() + datetime.timedelta(days=1)
    post.save()
    assert anonymous.get("/en/news/with-image/thumb.jpg").status_code == 404


def test_post_without_image_has_no_image_url(anonymous):
    PostFactory(slug="plain")
    assert anonymous.get("/en/news/plain/full.jpg").status_code == 404
    assert "/en/news/plain/full.jpg" not in page_text(anonymous, "/en/news/plain/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_prisoner_page_lists_their_public_news(anonymous, language):
    prisoner = PublicPrisonerFactory(slug="ivan", full_name_latin="Ivan Zhuchkov",
                                     full_name_original="Жучков Иван")
    translated_post(prisoners=[prisoner])
    PostFactory(slug="draft", title_en="Draft about Ivan", is_public=False, prisoners=[prisoner])
    PostFactory(slug="other", title_en="About someone else")
    html = page_text(anonymous, f"/{language}/prisoners/ivan/")
    name = {"ru": "Жучков Иван", "de": "Iwan Schutschkow",
            "fr": "Ivan Joutchkov", "pl": "Iwan Żuczkow"}.get(language, "Ivan Zhuchkov")
    with translation.override(language):
        heading = gettext("News about %(name)s") % {"name": name}
    assert f'<h2 id="news-heading">{heading}</h2>' in html
    assert f'<a href="/{language}/news/appeal/">{TITLES[language]}</a>' in html
    assert "Draft about Ivan" not in html and "About someone else" not in html


def test_prisoner_page_without_news_has_no_section(anonymous):
    PublicPrisonerFactory(slug="ivan")
    assert 'id="news-heading"' not in page_text(anonymous, "/en/prisoners/ivan/")


def test_news_about_a_private_prisoner_does_not_make_them_visible(anonymous):
    hidden = PrisonerFactory(slug="hidden")
    PostFactory(slug="a", prisoners=[hidden])
    assert anonymous.get("/en/prisoners/hidden/").status_code == 404


def test_list_query_count_is_constant(anonymous):
    PostFactory(slug="first")
    one = count_queries(anonymous, "/en/news/")
    for number in range(8):
        PostFactory(slug=f"more-{number}", prisoners=[PublicPrisonerFactory()])
    assert count_queries(anonymous, "/en/news/") == one


def test_post_query_count_is_constant(anonymous):
    PostFactory(slug="a", prisoners=[PublicPrisonerFactory()])
    one = count_queries(anonymous, "/en/news/a/")
    PostFactory(slug="b", prisoners=[PublicPrisonerFactory() for _ in range(6)])
    assert count_queries(anonymous, "/en/news/b/") == one


def test_prisoner_page_query_count_does_not_grow_with_news(anonymous):
    prisoner = PublicPrisonerFactory(slug="ivan")
    PostFactory(prisoners=[prisoner])
    one = count_queries(anonymous, "/en/prisoners/ivan/")
    for _ in range(6):
        PostFactory(prisoners=[prisoner])
    assert count_queries(anonymous, "/en/prisoners/ivan/") == one
