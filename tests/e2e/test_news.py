"""Real-browser checks of the news: from the list to a post and on to the prisoner, at phone and
desktop widths, with axe and without sideways scrolling."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from prisoners.images import sanitize_photo
from prisoners.services import photo_store
from tests.factories import PublicPrisonerFactory
from tests.news.factories import OrganisationFactory, PostFactory
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def news(transactional_db):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    author = OrganisationFactory(name="Freiheit für Gefangene e.V.", country="DE")
    post = PostFactory(
        slug="appeal-hearing", author=author, prisoners=[prisoner],
        title_en="Ivan Zhuchkov's appeal will be heard in January",
        title_de="Iwan Schutschkows Berufung wird im Januar verhandelt",
        summary_en="The regional court has set a date.",
        body_en="## What you can do\n\nWrite a letter:\n\n- in Russian;\n- simply and warmly.\n\n"
                "A long address that must wrap: https://example.org/" + "a" * 80,
        photo_alt_en="Abstract illustration", photo_alt_de="Abstrakte Illustration")
    photo_store(owner=post, photo=sanitize_photo(jpeg_with_gps((1200, 675))))
    for number in range(11):
        PostFactory(slug=f"older-{number}", title_en=f"Older news {number}",
                    published_at=post.published_at - datetime.timedelta(days=number + 1))
    return post


def assert_fits_and_accessible(page, path, width):
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow == 0, f"{path} scrolls sideways at {width}px"
    results = Axe().run(page)
    serious = [(v["id"], v["help"], [n["target"] for n in v["nodes"]])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{path}: {serious}"


@pytest.mark.parametrize("width", [375, 1280])
def test_visitor_reads_the_news_and_reaches_the_prisoner(news, live_server, watched_page, width):
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    assert page.goto(f"{live_server.url}/en/news/").status == 200
    expect(page.locator("h1")).to_have_text("News")
    expect(page.locator(".post-item")).to_have_count(10)
    expect(page.locator("link[type='application/atom+xml'][href='/en/news/feed/']")
           ).to_have_count(1)
    assert_fits_and_accessible(page, "/en/news/", width)
    page.screenshot(path=f"test-results/screens/{width}_en_news.png", full_page=True)

    page.get_by_role("link", name="Ivan Zhuchkov's appeal will be heard in January").click()
    expect(page.locator("h1")).to_have_text("Ivan Zhuchkov's appeal will be heard in January")
    expect(page.locator("h2").first).to_have_text("What you can do")
    image = page.get_by_role("img", name="Abstract illustration")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.naturalWidth") == 1200
    assert_fits_and_accessible(page, "/en/news/appeal-hearing/", width)
    page.screenshot(path=f"test-results/screens/{width}_en_news_post.png", full_page=True)

    page.get_by_role("link", name="Ivan Zhuchkov", exact=True).click()
    expect(page.locator("#news-heading")).to_have_text("News about Ivan Zhuchkov")
    assert page.problems == []


@pytest.mark.parametrize("width", [375, 1280])
def test_second_page_and_german_post(news, live_server, watched_page, width):
    page = watched_page
    page.set_viewport_size({"width": width, "height": 900})
    assert page.goto(f"{live_server.url}/de/news/?page=2").status == 200
    expect(page.locator(".post-item")).to_have_count(2)
    assert_fits_and_accessible(page, "/de/news/?page=2", width)
    assert page.goto(f"{live_server.url}/de/news/appeal-hearing/").status == 200
    expect(page.get_by_role("img", name="Abstrakte Illustration")).to_be_visible()
    assert_fits_and_accessible(page, "/de/news/appeal-hearing/", width)
    assert page.problems == []
