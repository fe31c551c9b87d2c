from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from news import selectors, whats_new

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
        # Plain text: Atom readers take the description for HTML.
        return escape(post.summary)

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


class WhatsNewFeed(Feed):
    """Everything new on the site in one Atom feed: news, events, appeals and reports."""

    feed_type = Atom1Feed

    def title(self):
        return _("What's new — Political prisoners in Russia")

    def subtitle(self):
        return _("News, events, solidarity appeals and monthly reports of the coalition.")

    def link(self):
        return reverse("home")

    def feed_url(self):
        return reverse("whats_new_feed")

    def items(self):
        return whats_new.latest_updates(FEED_SIZE)

    def item_title(self, update):
        return f"{update.kind}: {update.title}"

    def item_description(self, update):
        return escape(update.summary)

    def item_link(self, update):
        return update.url

    def item_pubdate(self, update):
        return update.published_at

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = translation.get_language()
        return feed
