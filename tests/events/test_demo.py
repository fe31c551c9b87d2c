import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.choices import EventKind, EventStatus, RegistrationMode
from events.demo import seed_events
from events.models import Event, Organisation, Registration

pytestmark = pytest.mark.django_db


def test_demo_events_are_created_once_in_four_languages_relative_to_today():
    call_command("seed_demo", stdout=io.StringIO())
    counts = (Event.objects.count(), Registration.objects.count(), Organisation.objects.count())
    assert seed_events() == 0
    call_command("seed_demo", stdout=io.StringIO())
    assert (Event.objects.count(), Registration.objects.count(),
            Organisation.objects.count()) == counts
    events = Event.objects.public()
    assert events.upcoming().count() >= 5 and events.past().count() >= 2
    assert {"Berlin", "Paris", "Vilnius", "Prague", "Warsaw"} <= set(
        events.values_list("city", flat=True))
    assert events.filter(online_url__gt="", venue_name="").exists()
    for event in events:
        event.full_clean()
        assert all(getattr(event, f"title_{code}") for code in ("en", "ru", "de", "fr"))
    letters = events.get(slug="letters-evening-berlin")
    assert letters.kind == EventKind.LETTER_WRITING
    assert letters.featured_prisoners.public().exists()
    assert letters.registration == RegistrationMode.ON_SITE
    assert letters.registrations.count() == 3
    assert events.filter(status=EventStatus.CANCELLED).count() == 1
    assert letters.starts_at > timezone.now() + datetime.timedelta(days=7)
