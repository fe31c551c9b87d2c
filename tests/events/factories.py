"""Factories for events. ``EventFactory`` builds a published, upcoming event in Berlin."""

import datetime
import time
import zoneinfo

import factory
from django.utils import timezone

from coalition.public_forms import signup_token
from events.choices import EventKind, RegistrationMode, RegistrationStatus
from events.models import Event, Organisation, Registration

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def in_days(days, hour=19, zone=BERLIN):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Solidarity Group {n}")
    country = "DE"
    website = "https://example.org/group"


class EventFactory(factory.django.DjangoModelFactory):
    """Public, published, upcoming, in Berlin, without registration."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Letter evening {n}")
    title_ru = factory.Sequence(lambda n: f"Вечер писем {n}")
    title_de = factory.Sequence(lambda n: f"Briefeabend {n}")
    title_fr = factory.Sequence(lambda n: f"Soirée de lettres {n}")
    title_pl = factory.Sequence(lambda n: f"Wieczór listów {n}")
    description_en = "Bring a pen."
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = EventKind.LETTER_WRITING
    starts_at = factory.LazyFunction(lambda: in_days(7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))
    time_zone = "Europe/Berlin"
    venue_name = "Community hall"
    venue_address = "Oranienstraße 1"
    city = "Berlin"
    country = "DE"
    organiser = factory.SubFactory(OrganisationFactory)
    is_public = True
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def featured(self, create, prisoners, **kwargs):
        if prisoners:
            self.featured_prisoners.set(prisoners)


class OnSiteEventFactory(EventFactory):
    registration = RegistrationMode.ON_SITE
    capacity = 2
    waiting_list = True


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(OnSiteEventFactory)
    name = factory.Sequence(lambda n: f"Visitor {n}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.org")
    language = "en"
    status = RegistrationStatus.CONFIRMED
    seat = factory.Sequence(lambda n: n + 1)


def form_data(**overrides):
    return {"name": "Mila Kovac", "email": "mila@example.eu", "message": "See you there.",
            "website": "", "started": signup_token(time.time() - 5), **overrides}
