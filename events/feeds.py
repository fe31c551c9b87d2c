from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from events import selectors


class EventFeed(Feed):
    """Atom feed of newly published events, in the language of its address."""

    feed_type = Atom1Feed
    description_template = "events/_event_summary.html"

    def title(self):
        return _("Events — Political prisoners in Russia")

    def subtitle(self):
        return _("Concerts, exhibitions, letter-writing evenings and vigils for political "
                 "prisoners in Russia.")

    def link(self):
        return reverse("events:list")

    def feed_url(self):
        return reverse("events:feed")

    def items(self):
        return selectors.feed_events()

    def item_title(self, event):
        return event.display_title

    def get_context_data(self, *, item, request, **kwargs):
        return {"event": item, "site": request.build_absolute_uri("/").rstrip("/")}

    def item_pubdate(self, event):
        return event.published_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_author_name(self, event):
        return event.organiser.name

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = translation.get_language()
        return feed
