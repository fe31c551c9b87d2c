"""Reads for the public site. Every function starts from ``Prisoner.objects.public()`` or
another ``public()`` manager."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.translation import get_language

from appeals.models import Appeal
from events.models import Event
from funds.models import Campaign
from mentorships.models import MentorAction, Mentorship
from news.models import Post
from prisoners.choices import Status
from prisoners.models import (
    NAME_FIELDS,
    Article,
    CaseEvent,
    Facility,
    Prisoner,
    Region,
    Verification,
)
from prisoners.search import query_words
from publiccache.memo import public_memo


def public_prisoners():
    return (Prisoner.objects.public().with_public_photo()
            .select_related("region", "facility", "facility__region")
            .prefetch_related("articles"))


def linked_sections():
    """Annotations ``has_<section>``: whether any row links the prisoner to each section of
    their page that most pages lack. Each is a superset of what the section shows (public or
    not), so the section still reads its rows through public(); an empty one is not asked for
    (six queries fewer on a typical page)."""
    pk = OuterRef("pk")
    return {
        "has_timeline": Exists(CaseEvent.objects.filter(prisoner=pk, is_public=True)),
        "has_mentorships": Exists(Mentorship.objects.filter(prisoner=pk, is_public=True)),
        "has_campaigns": Exists(Campaign.objects.filter(prisoner=pk, is_public=True)),
        "has_news_posts": Exists(Post.prisoners.through.objects.filter(prisoner=pk)),
        "has_events": Exists(Event.featured_prisoners.through.objects.filter(prisoner=pk)),
        "has_appeals": Exists(Appeal.prisoners.through.objects.filter(prisoner=pk)),
    }


def information_as_of():
    """Annotation: the date of the latest verification of the prisoner's record, the only
    thing of the verifications a public page shows (not the sources, not who checked)."""
    latest = (Verification.objects.filter(prisoner=OuterRef("pk")).order_by("-verified_on")
              .values("verified_on")[:1])
    return Subquery(latest)


# What a prisoner card shows; the long translated texts stay in the database.
CARD_FIELDS = ["slug", *NAME_FIELDS, "status", "gender", "photo_thumbnail", "arrested_on",
               "region"]


def prisoner_cards():
    return (Prisoner.objects.public().with_public_photo().only(*CARD_FIELDS)
            .select_related("region").prefetch_related("articles"))


def prisoner_search(*, query="", status="", category="", region=None, article=None,
                    facility=None):
    """Public prisoners matching a visitor's query and filters, as cards."""
    prisoners = matching_name(prisoner_cards(), query)
    filters = {"status": status, "category": category, "region": region,
               "articles": article, "facility": facility}
    prisoners = prisoners.filter(**{key: value for key, value in filters.items() if value})
    return prisoners.order_by(*name_ordering())


def matching_name(prisoners, query):
    """The prisoners whose name, in any spelling, matches a visitor's query (all when empty)."""
    words = query_words(query)
    if not words:
        return prisoners
    # Every word must occur in one of the name's spellings. Only when no name does, the
    # trigram operator forgives a typo ("Zhuchkow") close enough to a spelling: as a fallback
    # it adds no near-misses to a common name's results (Ivankov to "ivanov"), and rechecking
    # every candidate by similarity doubled the cost of such a search.
    exact = Q()
    for word in words:
        exact &= Q(search_names__contains=word)
    if prisoners.filter(exact).exists():
        return prisoners.filter(exact)
    return prisoners.filter(search_names__trigram_word_similar=" ".join(words))


def search_count(prisoners, arguments, *, query_name="query", scope="prisoners"):
    """How many prisoners a search with ``arguments`` finds (the list's, or the open-data
    API's with ``query_name="q"``). Counting the whole public set costs a scan (70 ms at
    100,000): without a name query the answer is the same for every visitor until the public
    data changes, so it is kept per ``scope`` and filters (a name query uses the trigram index
    and is cheap)."""
    if query_words(arguments.get(query_name) or ""):
        return prisoners.count()
    filters = ",".join(f"{name}={value}" for name, value in sorted(arguments.items())
                       if value and name != query_name)
    return public_memo(f"{scope}:count:{timezone.localdate()}:{filters}", prisoners.count)


def name_ordering():
    """Russian readers sort by the original name, everyone else by the Latin one."""
    first = "full_name_original" if get_language() == "ru" else "full_name_latin"
    return [first, "pk"]


def _by_name(objects):
    # Translated names may be empty in the active language (no SQL fallback): sort in Python,
    # where modeltranslation's fallback applies. These lists are short.
    return sorted(objects, key=lambda obj: str(obj).casefold())


def filter_choices():
    """Regions, articles and facilities that at least one public prisoner is linked to.

    Listing a facility or region with no public prisoner would reveal that someone unpublished
    is held there. Finding them reads every public prisoner, so the lists are kept until the
    public data changes (sorted by name: one copy per language).
    """
    return public_memo(f"prisoners:filter-choices:{get_language()}:{timezone.localdate()}",
                       _filter_choices)


def _filter_choices():
    public = Prisoner.objects.public()
    # order_by(): the default ordering (by name) would otherwise join the DISTINCT and return
    # one row per prisoner instead of one per place.
    places = set(public.order_by().values_list("region", "facility").distinct())
    articles = Article.objects.filter(
        pk__in=Prisoner.articles.through.objects.filter(prisoner__in=public).values("article"))
    regions = Region.objects.filter(pk__in={region for region, _ in places})
    facilities = Facility.objects.filter(pk__in={facility for _, facility in places})
    return {
        "regions": _by_name(regions),
        "articles": list(articles.order_by("number")),
        "facilities": _by_name(facilities),
    }


def headline_counts():
    """The numbers on the home page, in one query, kept until the public data changes."""
    return public_memo(f"prisoners:headline-counts:{timezone.localdate()}", _headline_counts)


def _headline_counts():
    return Prisoner.objects.public().aggregate(
        total=Count("pk"),
        in_custody=Count("pk", filter=Q(status__in=Status.in_custody())),
        released=Count("pk", filter=Q(status=Status.RELEASED)),
        can_receive_letters=Count("pk", filter=Q(can_receive_letters=True,
                                                 status__in=Status.in_custody())),
    )


def public_timeline(prisoner):
    return CaseEvent.objects.public().filter(prisoner=prisoner).order_by("date", "pk")


def public_mentorships(prisoner):
    """The prisoner's public mentorships with their mentors, each with ``public_actions``."""
    actions = MentorAction.objects.public().order_by("-date", "-pk")
    return (Mentorship.objects.public().filter(prisoner=prisoner).select_related("mentor")
            .prefetch_related(Prefetch("actions", queryset=actions, to_attr="public_actions"))
            .order_by("started_on", "pk"))
