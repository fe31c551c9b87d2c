"""The demo news of seed_demo."""

import pytest

from events.models import Organisation
from news.demo import POSTS, seed_news
from news.models import Post
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db



def test_demo_news_is_complete_and_idempotent():
    created = seed_news()
    assert created == 5 + len(POSTS)
    assert seed_news() == 0
    assert Organisation.objects.count() == 5
    assert len(set(Organisation.objects.values_list("country", flat=True))) == 5
    assert Post.objects.count() == 6
    assert Post.objects.public().count() == 5
    assert list(Post.objects.filter(is_public=False).values_list("slug", flat=True)) == \
        ["draft-verdict-denis-laptev"]
    for post in Post.objects.all():
        for code in LANGUAGES:
            assert getattr(post, f"title_{code}") and getattr(post, f"summary_{code}")
    with_image = Post.objects.get(slug="appeal-hearing-ivan-zhuchkov")
    assert with_image.photo.name.startswith("photos/news/")


def test_demo_news_keeps_organisations_that_exist():
    Organisation.objects.create(name="Lettres sans frontières", country="BE")
    seed_news()
    assert Organisation.objects.get(name="Lettres sans frontières").country == "BE"


def test_seed_demo_links_the_posts_to_demo_prisoners(anonymous):
    from tests.prisoners.test_seed_demo import seed

    assert "organisations and news posts" in seed()
    for spec in POSTS:
        post = Post.objects.get(slug=spec["slug"])
        assert sorted(post.prisoners.values_list("slug", flat=True)) == sorted(spec["prisoners"])
    # A demo post also names someone who withdrew consent: the public page leaves them out.
    page = anonymous.get("/en/news/parliament-question-olga-kudryavtseva/").content.decode()
    assert "/en/prisoners/olga-kudryavtseva/" in page
    assert "vadim-yershov" not in page and "Yershov" not in page
    assert "News about" in anonymous.get("/en/prisoners/ivan-zhuchkov/").content.decode()
