from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from news import selectors

FEED_SIZE = 20


class PostFeed(Feed):
    """Atom feed of public news posts, in the language of its address."""

    feed_type = Atom1Feed

    def title(self):
        return _("News — Political prisoners in Russia")

    def subtitle(self):
        return _("News from the coalition and its member organisations.")

    def link(self):
        return reverse("news:list")

    def feed_url(self):
        return reverse("news:feed")

    def items(self):
        return selectors.public_posts()[:FEED_SIZE]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.summary

    def item_author_name(self, post):
        return post.author.name if post.author else None

    def item_pubdate(self, post):
        return post.published_at

    def item_updateddate(self, post):
        return post.updated_at

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = translation.get_language()
        return feed
