"""Factories and fixtures for the letter-writing kit's tests (tests/events/factories.py belongs
to the events pages)."""

import datetime

import factory
import pytest
from django.http import HttpResponse
from django.urls import NoReverseMatch, clear_url_caches, path, reverse

import events.urls
from events.choices import EventKind
from events.models import Event, Organisation


class KitOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Solidarity Group {n}")
    country = "DE"
    website = "https://example.org/"


class KitEventFactory(factory.django.DjangoModelFactory):
    """A public letter-writing evening in Berlin, on 5 December 2026 from 19:00 to 21:30."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    title_en = factory.Sequence(lambda n: f"Letters for freedom {n}")
    title_ru = factory.Sequence(lambda n: f"Письма на свободу {n}")
    title_de = factory.Sequence(lambda n: f"Briefe für die Freiheit {n}")
    title_fr = factory.Sequence(lambda n: f"Lettres pour la liberté {n}")
    description_en = "We write to political prisoners in Russia. Paper and stamps provided."
    slug = factory.Sequence(lambda n: f"letters-for-freedom-{n}")
    kind = EventKind.LETTER_WRITING
    starts_at = datetime.datetime(2026, 12, 5, 18, 0, tzinfo=datetime.UTC)
    ends_at = datetime.datetime(2026, 12, 5, 20, 30, tzinfo=datetime.UTC)
    language = "de"
    time_zone = "Europe/Berlin"
    venue_name = "Nachbarschaftshaus"
    venue_address = "Urbanstraße 21"
    city = "Berlin"
    country = "DE"
    organiser = factory.SubFactory(KitOrganisationFactory)
    is_public = True
    published_at = datetime.datetime(2026, 11, 1, 9, 0, tzinfo=datetime.UTC)

    @factory.post_generation
    def featuring(self, create, prisoners, **kwargs):
        if prisoners:
            self.featured_prisoners.set(prisoners)


def _event_page_stand_in(request, slug):
    return HttpResponse(slug)


@pytest.fixture
def event_page():
    """The event page (``events:detail``) comes from the feature-events branch. Until that is
    merged, stand in a bare route with its name and shape, so that the kit's links and the
    poster's QR code can be reversed; once the real page exists this fixture does nothing and
    the tests run against it."""
    try:
        reverse("events:detail", kwargs={"slug": "any"})
    except NoReverseMatch:
        pass
    else:
        yield
        return
    stand_in = path("<slug:slug>/", _event_page_stand_in, name="detail")
    events.urls.urlpatterns.append(stand_in)
    clear_url_caches()
    yield
    events.urls.urlpatterns.remove(stand_in)
    clear_url_caches()
