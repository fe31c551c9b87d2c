"""What the public may see of a post, and the rules a post is saved under."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from news import selectors, services
from news.models import Post
from tests.factories import PrisonerFactory, PublicPrisonerFactory
from tests.news.factories import PostFactory

pytestmark = pytest.mark.django_db


def test_public_posts_are_marked_public_and_due():
    shown = PostFactory()
    PostFactory(is_public=False)
    PostFactory(published_at=timezone.now() + datetime.timedelta(minutes=5))
    PostFactory(is_public=False, published_at=None)
    assert list(Post.objects.public()) == [shown]


def test_a_future_post_becomes_public_at_its_time(monkeypatch):
    due = timezone.now() + datetime.timedelta(hours=2)
    post = PostFactory(published_at=due)
    assert not Post.objects.public().exists()
    monkeypatch.setattr(timezone, "now", lambda: due)
    assert list(Post.objects.public()) == [post]


def test_publishing_sets_the_time_once():
    post = PostFactory(is_public=False, published_at=None)
    services.post_publish(post=post)
    first = post.published_at
    assert first is not None and Post.objects.public().get() == post
    services.post_unpublish(post=post)
    services.post_publish(post=post)
    post.refresh_from_db()
    assert post.published_at == first


def test_publishing_at_a_later_time_schedules_the_post():
    post = PostFactory(is_public=False, published_at=None)
    services.post_publish(post=post, at=timezone.now() + datetime.timedelta(days=1))
    assert post.is_public
    assert not Post.objects.public().exists()


def test_clean_fills_a_missing_publication_time_of_a_public_post():
    post = PostFactory.build(is_public=True, published_at=None, author=None, slug="a-post")
    post.full_clean()
    assert post.published_at is not None


def test_the_feed_address_cannot_be_a_slug():
    post = PostFactory.build(slug="feed", author=None)
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert error.value.message_dict == {"slug": ["This address is reserved; choose another."]}


def test_body_is_sanitised_markdown():
    post = PostFactory.build(body_en="## Court\n\n<script>alert(1)</script> "
                                     "[x](javascript:alert(1)) <img src=x onerror=alert(1)> "
                                     "**bold**")
    html = str(post.body_html)
    assert "<h2>Court</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and "javascript:" not in html and "<img" not in html
    assert "onerror" not in html


def test_only_public_prisoners_are_linked_on_a_post():
    public = PublicPrisonerFactory()
    hidden = PrisonerFactory()
    post = PostFactory(prisoners=[public, hidden])
    loaded = selectors.post_with_prisoners().get(pk=post.pk)
    assert loaded.public_prisoners == [public]


def test_prisoner_posts_are_public_newest_first_and_about_them():
    prisoner = PublicPrisonerFactory()
    older = PostFactory(prisoners=[prisoner],
                        published_at=timezone.now() - datetime.timedelta(days=3))
    newer = PostFactory(prisoners=[prisoner])
    PostFactory(prisoners=[prisoner], is_public=False)
    PostFactory(prisoners=[prisoner], published_at=timezone.now() + datetime.timedelta(days=1))
    PostFactory()
    assert selectors.prisoner_posts(prisoner) == [newer, older]


def test_latest_posts_are_limited_and_newest_first():
    posts = [PostFactory(published_at=timezone.now() - datetime.timedelta(days=day))
             for day in (3, 1, 2)]
    PostFactory(is_public=False)
    assert selectors.latest_posts(2) == [posts[1], posts[2]]


def test_stored_image_gets_a_random_name_under_news():
    from prisoners.images import sanitize_photo
    from prisoners.services import photo_store
    from tests.prisoners.test_photos import jpeg_with_gps

    post = PostFactory()
    photo_store(owner=post, photo=sanitize_photo(jpeg_with_gps()))
    name = post.photo.name.rsplit("/", 1)
    assert name[0] == "photos/news"
    assert len(name[1]) == len("0123456789abcdef0123456789abcdef.jpg")
    assert post.slug not in post.photo.name
