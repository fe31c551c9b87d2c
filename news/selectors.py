"""Reads for the public site: every function starts from ``Post.objects.public()``, and a
post's prisoners are only ever those in ``Prisoner.objects.public()``."""

from django.db.models import Prefetch
from modeltranslation.utils import get_translation_fields

from news.models import Post
from prisoners.models import NAME_FIELDS, Prisoner

# What a list of posts shows; the long translated bodies stay in the database.
LIST_DEFER = ["body", *get_translation_fields("body")]


def public_posts():
    """Public posts, newest first, for lists and feeds."""
    return (Post.objects.public().select_related("author").defer(*LIST_DEFER)
            .order_by("-published_at", "-pk"))


def latest_posts(limit):
    """The newest public posts, for the home page."""
    return list(public_posts()[:limit])


def post_with_prisoners():
    """Public posts with ``public_prisoners``: only the linked prisoners who are public."""
    prisoners = Prisoner.objects.public().only("slug", *NAME_FIELDS).order_by(
        "full_name_latin", "pk")
    return (Post.objects.public().select_related("author")
            .prefetch_related(Prefetch("prisoners", queryset=prisoners,
                                       to_attr="public_prisoners")))


def prisoner_posts(prisoner, limit=10):
    """The public posts about a (public) prisoner, newest first."""
    return list(public_posts().filter(prisoners=prisoner)[:limit])
