"""Two people register for the last place at the same moment: one gets it, never both.

Transactional tests (real commits, one database connection per thread). The event row lock
serialises the sign-ups; the unique place number holds even for a writer that skips the lock.
"""

import threading
import time

import pytest
from django.core.cache import cache
from django.db import IntegrityError, connection, connections
from django.test import Client

from events import services
from events.choices import RegistrationStatus
from events.models import Registration
from tests.events.factories import OnSiteEventFactory, form_data
from tests.mentorships.test_public import url

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(*jobs):
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait(timeout=10)
            results[index] = job()
        except Exception as error:  # reported to the test below
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, job))
               for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.fixture
def slow_count(monkeypatch):
    """Widen the gap between counting the places and saving, where a race would happen."""
    counted = services.free_seat

    def slow(event):
        seat = counted(event)
        time.sleep(0.3)
        return seat

    monkeypatch.setattr(services, "free_seat", slow)


def test_two_concurrent_requests_for_the_last_place(slow_count, mailoutbox):
    cache.clear()
    event = OnSiteEventFactory(capacity=1, waiting_list=False)
    path = url("events:register", slug=event.slug)

    def post(email):
        return lambda: Client().post(path, form_data(email=email)).status_code

    statuses = run_together(post("first@example.eu"), post("second@example.eu"))
    assert sorted(statuses) == [200, 302]
    assert list(Registration.objects.values_list("status", "seat")) == [("confirmed", 1)]
    assert len(mailoutbox) == 1


def test_two_concurrent_requests_with_a_waiting_list(slow_count):
    cache.clear()
    event = OnSiteEventFactory(capacity=1, waiting_list=True)
    path = url("events:register", slug=event.slug)

    def post(email):
        return lambda: Client().post(path, form_data(email=email))["Location"]

    locations = run_together(post("first@example.eu"), post("second@example.eu"))
    assert sorted(location.split("?")[1] for location in locations) == [
        "registered=confirmed#registration", "registered=waiting#registration"]
    assert sorted(Registration.objects.values_list("status", flat=True)) == [
        "confirmed", "waiting"]


def test_the_database_refuses_a_second_holder_of_a_place_without_the_lock():
    event = OnSiteEventFactory(capacity=1)

    def insert(email):
        def job():
            with connection.cursor():
                Registration.objects.create(event=event, name="X", email=email, language="en",
                                            status=RegistrationStatus.CONFIRMED, seat=1)
            return "saved"
        return job

    results = run_together(insert("a@example.eu"), insert("b@example.eu"))
    assert results.count("saved") == 1
    assert [type(result) for result in results if result != "saved"] == [IntegrityError]
    assert Registration.objects.count() == 1
