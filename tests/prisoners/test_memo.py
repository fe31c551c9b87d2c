"""Figures kept until the public data changes (publiccache.memo) follow every change at once:
the home counters, the list's count and its filter lists, the statistics."""

import pytest
from django.test import Client

from prisoners.models import Prisoner
from tests.factories import FacilityFactory, PublicPrisonerFactory
from tests.publiccache.conftest import body, page_cache  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("page_cache")


def unpublish(person):
    Prisoner.objects.filter(pk=person.pk).update(is_published=False)


def test_home_counters_drop_at_the_next_request_after_an_unpublish():
    people = PublicPrisonerFactory.create_batch(3, status="serving_sentence")
    assert Client().get("/en/").context["counts"]["total"] == 3
    unpublish(people[0])
    assert Client().get("/en/?again").context["counts"]["total"] == 2


def test_list_count_and_filter_lists_follow_an_unpublish():
    alone = FacilityFactory(name_en="Alone facility")
    person = PublicPrisonerFactory(facility=alone, region=alone.region)
    PublicPrisonerFactory.create_batch(2)
    first = Client().get("/en/prisoners/")
    assert first.context["page"].paginator.count == 3
    assert "Alone facility" in body(first)
    unpublish(person)
    second = Client().get("/en/prisoners/?again")
    assert second.context["page"].paginator.count == 2
    assert "Alone facility" not in body(second)
    assert Client().get("/en/prisoners/?status=pretrial_detention").context[
        "page"].paginator.count == Prisoner.objects.public().filter(
            status="pretrial_detention").count()


def test_statistics_follow_an_unpublish():
    people = PublicPrisonerFactory.create_batch(2)
    assert Client().get("/en/statistics/").context["overview"]["total"] == 2
    assert Client().get("/api/v1/statistics").json()["total"] == 2
    unpublish(people[0])
    assert Client().get("/en/statistics/?again").context["overview"]["total"] == 1
    assert Client().get("/api/v1/statistics?again").json()["total"] == 1
