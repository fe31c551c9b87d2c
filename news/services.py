"""Writes to the news. The admin and the demo data call these."""

from django.db import transaction
from django.utils import timezone

from news.models import Post


@transaction.atomic
def post_publish(*, post: Post, at=None) -> None:
    """Make a post public; it appears at ``published_at`` (now when it was never set)."""
    post.is_public = True
    if at is not None:
        post.published_at = at
    elif post.published_at is None:
        post.published_at = timezone.now()
    post.full_clean()
    post.save(update_fields=["is_public", "published_at", "updated_at"])


@transaction.atomic
def post_unpublish(*, post: Post) -> None:
    if post.is_public:
        post.is_public = False
        post.save(update_fields=["is_public", "updated_at"])
