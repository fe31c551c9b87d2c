"""Reads for the public site. Every function starts from ``Event.objects.public()``, and
prisoners appear only through ``Prisoner.objects.public()``."""

from django.db.models import Count, Q
from django.utils import timezone

from events.choices import RegistrationStatus
from events.models import Event
from prisoners.models import NAME_FIELDS, Prisoner
from prisoners.selectors import name_ordering, prisoner_cards

CARD_RELATED = ("organiser",)


def public_events():
    return Event.objects.public().select_related(*CARD_RELATED)


def upcoming_events(limit=None):
    """The next public events, soonest first (for the home page)."""
    events = public_events().upcoming().order_by("starts_at", "pk")
    return events[:limit] if limit else events


def event_list(*, past=False, country="", city="", kind="", prisoner=None, now=None):
    now = now or timezone.now()
    events = public_events()
    events = (events.past(now).order_by("-starts_at", "-pk") if past
              else events.upcoming(now).order_by("starts_at", "pk"))
    if country:
        events = events.filter(country=country)
    if city:
        events = events.filter(city__iexact=city)
    if kind:
        events = events.filter(kind=kind)
    if prisoner is not None:
        events = events.filter(featured_prisoners=prisoner)
    return events


def filter_choices():
    """What the filters offer: only values of public events, and only public prisoners."""
    events = Event.objects.public()
    countries = sorted({code for code in events.exclude(country="")
                        .values_list("country", flat=True)})
    cities = sorted({city.strip() for city in events.exclude(city="")
                     .values_list("city", flat=True)}, key=str.casefold)
    prisoners = (Prisoner.objects.public().filter(featured_in_events__in=events).distinct()
                 .only("slug", *NAME_FIELDS).order_by(*name_ordering()))
    return {"countries": countries, "cities": cities, "prisoners": list(prisoners)}


def featured_prisoners(event):
    return prisoner_cards().filter(featured_in_events=event).order_by(*name_ordering())


def prisoner_events(prisoner):
    """The public events featuring a public prisoner: upcoming ones first, then the past."""
    now = timezone.now()
    return list(public_events().upcoming(now).filter(featured_prisoners=prisoner)
                .order_by("starts_at", "pk")) + list(
        public_events().past(now).filter(featured_prisoners=prisoner)
        .order_by("-starts_at", "-pk")[:10])


def places(event):
    """Counts only, never who: places left and people waiting."""
    counts = event.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)))
    left = max((event.capacity or 0) - counts["confirmed"], 0)
    return {"left": left, "waiting": counts["waiting"], "capacity": event.capacity}


def calendar_events():
    return public_events().order_by("starts_at", "pk")


def feed_events():
    """Newly published events first (the Atom feed)."""
    return public_events().order_by("-published_at", "-pk")[:30]
