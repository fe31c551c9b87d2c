"""Persecution statistics: hand-computed counts, only public prisoners, constant queries."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from prisoners.models import Prisoner
from reports import statistics
from tests.factories import ArticleFactory, PrisonerFactory, PublicPrisonerFactory, RegionFactory
from tests.languages import LANGUAGES
from tests.mentorships.test_public import url

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 1)


def counts(rows):
    return {row.code: row.count for row in rows if row.count}


@pytest.fixture
def registry():
    """Four public prisoners and two hidden ones who must change no number."""
    moscow = RegionFactory(code="RU-MOW", name_en="Moscow")
    crimea = RegionFactory(code="UA-43", name_en="Crimea")
    war, extremism = ArticleFactory(number="207.3"), ArticleFactory(number="282.2")
    people = [
        PublicPrisonerFactory(region=moscow, status="serving_sentence", category="anti_war",
                              arrested_on=datetime.date(2023, 3, 4),
                              verdict_on=datetime.date(2024, 2, 1),
                              sentence_kind="general_regime", sentence_years=7,
                              sentence_months=6),
        PublicPrisonerFactory(region=moscow, status="pretrial_detention", category="anti_war",
                              arrested_on=datetime.date(2024, 11, 20)),
        PublicPrisonerFactory(region=crimea, status="serving_sentence", category="religious",
                              arrested_on=datetime.date(2024, 5, 5),
                              verdict_on=datetime.date(2024, 12, 24),
                              sentence_kind="strict_regime", sentence_years=12),
        PublicPrisonerFactory(region=crimea, status="released", category="religious",
                              arrested_on=datetime.date(2022, 1, 1),
                              verdict_on=datetime.date(2024, 6, 1),
                              sentence_kind="suspended", sentence_years=3,
                              released_on=datetime.date(2024, 6, 1)),
    ]
    people[0].articles.add(war)
    people[1].articles.add(war, extremism)
    people[2].articles.add(extremism)
    for status in ("serving_sentence", "released"):
        hidden = PrisonerFactory(region=moscow, status=status, category="anti_war",
                                 arrested_on=datetime.date(2024, 11, 2),
                                 verdict_on=datetime.date(2024, 12, 1),
                                 sentence_kind="prison", sentence_years=20,
                                 released_on=datetime.date(2024, 12, 2))
        hidden.articles.add(war)
    return people


def test_breakdowns_equal_hand_counts(registry):
    figures = statistics.overview(Prisoner.objects.public(), today=TODAY)
    assert figures["total"] == 4
    assert counts(figures["by_status"]) == {
        "pretrial_detention": 1, "serving_sentence": 2, "released": 1}
    assert counts(figures["by_category"]) == {"anti_war": 2, "religious": 2}
    assert counts(figures["by_arrest_year"]) == {"2022": 1, "2023": 1, "2024": 2}
    assert counts(figures["by_article"]) == {"207.3": 2, "282.2": 2}
    assert counts(figures["by_region"]) == {"RU-MOW": 2, "UA-43": 2}
    assert figures["years"] == [2024, 2023, 2022]


def test_prisoners_without_region_or_dates_count_in_the_total_only(registry):
    PublicPrisonerFactory(region=None, arrested_on=None, status="released",
                          category="anti_war")
    figures = statistics.overview(Prisoner.objects.public(), today=TODAY)
    assert figures["total"] == 5
    assert sum(row.count for row in figures["by_region"]) == 4
    assert sum(row.count for row in figures["by_arrest_year"]) == 4
    assert counts(figures["by_status"])["released"] == 2


def test_new_cases_per_month_cover_two_years_up_to_today(registry):
    months = statistics.overview(Prisoner.objects.public(), today=TODAY)["new_cases"]
    assert len(months) == 24
    assert months[0] == (datetime.date(2025, 1, 1), 0)
    assert months[-1] == (datetime.date(2026, 12, 1), 0)
    older = statistics.overview(Prisoner.objects.public(),
                                today=datetime.date(2024, 12, 31))["new_cases"]
    assert dict(older)[datetime.date(2024, 11, 1)] == 1
    assert dict(older)[datetime.date(2024, 5, 1)] == 1
    assert sum(count for _, count in older) == 3


def test_annual_figures_for_a_year(registry):
    figures = statistics.annual(Prisoner.objects.public(), 2024)
    assert figures == {"year": 2024, "arrests": 2, "verdicts": 3, "custodial_verdicts": 2,
                       "years_of_prison": Decimal("19.5"), "releases": 1}


def test_unpublished_prisoners_change_no_public_number(registry):
    public = Prisoner.objects.public()
    before = statistics.overview(public, today=TODAY)
    PrisonerFactory.create_batch(3, arrested_on=datetime.date(2026, 5, 1))
    after = statistics.overview(Prisoner.objects.public(), today=TODAY)
    assert after == before
    assert statistics.overview(Prisoner.objects.all(), today=TODAY)["total"] == 9


def test_statistics_page_shows_charts_and_tables(anonymous, registry):
    response = anonymous.get(url("reports:statistics"))
    assert response.status_code == 200
    content = response.content.decode()
    assert response.context["overview"]["total"] == 4
    assert content.count('role="img"') == 6
    assert "<th scope=\"row\">Serving a sentence in a colony or prison</th><td>2</td>" in content
    assert response.context["overview"]["as_of"] == timezone.localdate()
    assert 'href="/en/statistics/2024/"' in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_statistics_pages_answer_in_every_language(anonymous, registry, language):
    assert anonymous.get(url("reports:statistics", language)).status_code == 200
    assert anonymous.get(url("reports:statistics_year", language, year=2024)).status_code == 200


def test_year_page_shows_the_annual_figures(anonymous, registry):
    response = anonymous.get(url("reports:statistics_year", year=2024))
    content = response.content.decode()
    assert "<dd>19.5</dd>" in content and "<dd>3</dd>" in content
    assert anonymous.get(url("reports:statistics_year", year=1990)).status_code == 404


def test_statistics_query_count_does_not_grow(anonymous, registry):
    with CaptureQueriesContext(connection) as first:
        anonymous.get(url("reports:statistics"))
    for _ in range(8):
        prisoner = PublicPrisonerFactory(region=RegionFactory())
        prisoner.articles.add(ArticleFactory())
    with CaptureQueriesContext(connection) as second:
        anonymous.get(url("reports:statistics"))
    assert len(second) == len(first)


def test_coordinators_see_statistics_of_the_whole_registry(coordinator, registry):
    response = coordinator.get("/admin/reports/monthlyreport/statistics/")
    assert response.status_code == 200
    assert response.context["overview"]["total"] == 6


@pytest.mark.parametrize("persona", ["editor", "finance"])
def test_other_staff_cannot_see_the_whole_registry_statistics(request, persona, registry):
    client = request.getfixturevalue(persona)
    assert client.get("/admin/reports/monthlyreport/statistics/").status_code == 403


def test_years_come_from_arrests_verdicts_and_releases_of_public_prisoners(registry):
    PublicPrisonerFactory(arrested_on=None, released_on=datetime.date(2025, 2, 1))
    PrisonerFactory(arrested_on=datetime.date(2019, 1, 1))  # hidden: no year of its own
    assert statistics.years_with_events(Prisoner.objects.public()) == [2025, 2024, 2023, 2022]
