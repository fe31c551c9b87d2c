"""The open data: the JSON API (/api/v1/) and the CSV files (/open-data/*.csv)."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format

from prisoners.choices import Category, FacilityKind, RecognitionStatus, SentenceKind, Status
from reports.views_open_data import _cell
from tests.factories import (
    ArticleFactory,
    ConsentFactory,
    FacilityFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
    RegionFactory,
)
from tests.languages import LANGUAGES
from tests.privacy.test_canaries import Canaries, hidden_prisoner, plant_private_data

pytestmark = pytest.mark.django_db
API_LISTS = ["/api/v1/prisoners", "/api/v1/facilities", "/api/v1/articles", "/api/v1/regions",
             "/api/v1/statistics"]
CSV_FILES = ["/open-data/prisoners.csv", "/open-data/facilities.csv",
             "/open-data/articles.csv", "/open-data/statistics.csv"]


@pytest.fixture
def moscow(db):
    return RegionFactory(code="RU-MOW", name_en="Moscow", name_ru="Москва", name_de="Moskau",
                         name_fr="Moscou", name_pl="Moskwa")


@pytest.fixture
def colony(moscow):
    return FacilityFactory(region=moscow, kind=FacilityKind.PENAL_COLONY,
                           name_en="Penal Colony No. 2", name_ru="ИК-2",
                           name_de="Strafkolonie Nr. 2", name_fr="", name_pl="Kolonia karna nr 2",
                           postal_address="ФКУ ИК-2, 601446, г. Покров")


@pytest.fixture
def fake_news(db):
    article = ArticleFactory(number="207.3")  # the migrations load the Code: give short titles
    article.title_en, article.title_ru = "Fake news about the army", "Фейки об армии"
    article.title_de, article.title_fr = ("Falschnachrichten über die Armee",
                                          "Fausses nouvelles sur l'armée")
    article.title_pl = "Fałszywe informacje o armii"
    article.save()
    return article


@pytest.fixture
def ivan(moscow, colony, fake_news):
    person = PublicPrisonerFactory(
        slug="ivan-ivanov", full_name_original="Иванов Иван Иванович",
        full_name_latin="Ivan Ivanov", status=Status.SERVING_SENTENCE,
        category=Category.ANTI_WAR, region=moscow, facility=colony,
        arrested_on=datetime.date(2022, 3, 10), verdict_on=datetime.date(2023, 1, 20),
        sentence_kind=SentenceKind.STRICT_REGIME, sentence_years=7, sentence_months=6,
        case_summary_de="", birth_date=datetime.date(1980, 1, 2),
        envelope_name="Иванову Ивану Ивановичу")
    person.articles.add(fake_news)
    return person


def ivan_json():
    return {
        "slug": "ivan-ivanov", "full_name_original": "Иванов Иван Иванович",
        "full_name_latin": "Ivan Ivanov", "status": "serving_sentence", "category": "anti_war",
        "region": "RU-MOW", "articles": ["207.3"], "facility": None, "arrested_on": "2022-03-10",
        "verdict_on": "2023-01-20", "sentence_kind": "strict_regime", "sentence_years": 7,
        "sentence_months": 6, "released_on": None, "can_receive_letters": True,
        "url": "http://testserver/en/prisoners/ivan-ivanov/",
    }


def get_json(client, path, params=None, *, expect=200):
    response = client.get(path, params or {})
    assert response.status_code == expect, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()


def get_csv(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{path.split("/")[-1]}"'
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def slugs(client, **params):
    return [item["slug"] for item in get_json(client, "/api/v1/prisoners", params)["items"]]


# Prisoners -----------------------------------------------------------------------------------

def test_prisoner_list_shows_the_published_fields(anonymous, ivan, colony):
    data = get_json(anonymous, "/api/v1/prisoners")
    assert data == {"items": [{**ivan_json(), "facility": colony.pk}], "count": 1}


def test_prisoner_detail_adds_the_case_summary_in_every_language(anonymous, ivan, colony):
    data = get_json(anonymous, "/api/v1/prisoners/ivan-ivanov")
    assert data == {**ivan_json(), "facility": colony.pk, "case_summary": {
        "en": "Arrested for anti-war posts.", "ru": "Арестован за антивоенные публикации.",
        "de": None, "fr": "Arrêté pour des publications contre la guerre.",
        "pl": "Aresztowany za antywojenne wpisy."}}


def test_prisoner_without_region_facility_or_sentence(anonymous):
    PublicPrisonerFactory(slug="anna", region=None, facility=None, arrested_on=None,
                          can_receive_letters=False)
    item = get_json(anonymous, "/api/v1/prisoners/anna")
    assert (item["region"], item["facility"], item["articles"], item["arrested_on"],
            item["sentence_kind"], item["sentence_years"], item["can_receive_letters"]) == (
        None, None, [], None, "", None, False)


def test_prisoner_list_is_paginated_by_fifty(anonymous):
    for number in range(51):
        PublicPrisonerFactory(full_name_latin=f"Person {number:02d}", slug=f"person-{number:02d}")
    first = get_json(anonymous, "/api/v1/prisoners")
    second = get_json(anonymous, "/api/v1/prisoners", {"page": 2})
    assert first["count"] == second["count"] == 51
    assert [item["slug"] for item in first["items"]] == [f"person-{n:02d}" for n in range(50)]
    assert [item["slug"] for item in second["items"]] == ["person-50"]


def test_page_size_is_chosen_up_to_two_hundred(anonymous):
    for number in range(3):
        PublicPrisonerFactory(full_name_latin=f"Person {number}", slug=f"person-{number}")
    assert slugs(anonymous, page_size=2, page=2) == ["person-2"]
    assert slugs(anonymous, page_size=100000) == ["person-0", "person-1", "person-2"]
    assert slugs(anonymous, page=9) == []


@pytest.fixture
def two_cases(ivan, colony):
    anna = PublicPrisonerFactory(
        slug="anna-smirnova", full_name_original="Смирнова Анна", full_name_latin="Anna Smirnova",
        status=Status.RELEASED, category=Category.RELIGIOUS,
        region=RegionFactory(code="RU-SPE"), arrested_on=datetime.date(2024, 6, 1))
    anna.articles.add(ArticleFactory(number="282.2"))
    return {"ivan": ivan, "anna": anna, "colony": colony}


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["anna-smirnova", "ivan-ivanov"]),
    ({"status": "released"}, ["anna-smirnova"]),
    ({"category": "anti_war"}, ["ivan-ivanov"]),
    ({"region": "RU-MOW"}, ["ivan-ivanov"]),
    ({"article": "282.2"}, ["anna-smirnova"]),
    ({"arrested_from": "2023-01-01"}, ["anna-smirnova"]),
    ({"arrested_to": "2022-03-10"}, ["ivan-ivanov"]),
    ({"arrested_from": "2022-03-10", "arrested_to": "2024-06-01"},
     ["anna-smirnova", "ivan-ivanov"]),
    ({"q": "Ivanov"}, ["ivan-ivanov"]),
    ({"q": "Iwanow"}, ["ivan-ivanov"]),
    ({"q": "Смирнова"}, ["anna-smirnova"]),
    ({"status": "released", "region": "RU-MOW"}, []),
    # Values that name nothing find nothing (an error would tell what exists).
    ({"region": "RU-XXX"}, []),
    ({"article": "999.9"}, []),
    ({"facility": "999999999"}, []),
    # Empty values, as a form sends them, are no filter.
    ({"status": "", "q": "", "facility": ""}, ["anna-smirnova", "ivan-ivanov"]),
])
def test_prisoner_filters(anonymous, two_cases, params, expected):
    assert slugs(anonymous, **params) == expected


def test_prisoner_facility_filter(anonymous, two_cases):
    assert slugs(anonymous, facility=two_cases["colony"].pk) == ["ivan-ivanov"]


@pytest.mark.parametrize("params", [
    {"status": "imprisoned"}, {"category": "ANTI_WAR"}, {"facility": "abc"}, {"facility": "0"},
    {"facility": str(10**30)}, {"arrested_from": "2024-13-01"}, {"arrested_to": "yesterday"},
    {"region": "R" * 13}, {"article": "1" * 21}, {"q": "x" * 201}, {"page": "0"},
    {"page": "abc"}, {"page": str(10**12)}, {"page_size": "0"}, {"region": "\x00"},
    {"article": "20\x007.3"}, {"q": "Ivan\x00"},
])
def test_bad_filters_are_a_clear_422(anonymous, ivan, params):
    data = get_json(anonymous, "/api/v1/prisoners", params, expect=422)
    assert [error["loc"][-1] for error in data["detail"]] == list(params)


@pytest.mark.parametrize("slug", ["nobody", "%00", "ivan-ivanov%00", "%D0%B8"])
def test_unknown_prisoner_is_404(anonymous, ivan, slug):
    assert get_json(anonymous, f"/api/v1/prisoners/{slug}", expect=404) == {
        "detail": "Not Found"}


@pytest.mark.parametrize("path", ["/api/v1/prisoners", "/open-data/prisoners.csv"])
def test_prisoner_queries_do_not_grow_with_prisoners(anonymous, path):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = anonymous.get(path)
            if response.streaming:
                b"".join(response.streaming_content)
        return len(captured)

    article = ArticleFactory()
    PublicPrisonerFactory().articles.add(article)
    one = queries()
    for _ in range(9):
        PublicPrisonerFactory().articles.add(article, ArticleFactory())
    assert (one, queries()) == (2 if path.startswith("/api") else 1,) * 2


# Facilities, articles, regions ----------------------------------------------------------------

def test_facilities_list_those_holding_public_prisoners(anonymous, ivan, colony):
    PublicPrisonerFactory(facility=colony)
    PrisonerFactory(facility=colony)  # private: not counted
    PrisonerFactory()  # private, in a facility of their own: not listed
    assert get_json(anonymous, "/api/v1/facilities") == [{
        "id": colony.pk, "kind": "penal_colony", "region": "RU-MOW",
        "name": {"en": "Penal Colony No. 2", "ru": "ИК-2", "de": "Strafkolonie Nr. 2",
                 "fr": None, "pl": "Kolonia karna nr 2"},
        "postal_address": "ФКУ ИК-2, 601446, г. Покров", "prisoner_count": 2,
    }]


def test_articles_list_those_public_prisoners_are_charged_under(anonymous, ivan, fake_news):
    PrisonerFactory().articles.add(fake_news, ArticleFactory(number="280.3"))
    ArticleFactory(number="275")
    assert get_json(anonymous, "/api/v1/articles") == [{
        "number": "207.3", "prisoner_count": 1,
        "title": {"en": "Fake news about the army", "ru": "Фейки об армии",
                  "de": "Falschnachrichten über die Armee", "fr": "Fausses nouvelles sur l'armée",
                  "pl": "Fałszywe informacje o armii"},
    }]


def test_regions_list_those_public_prisoners_come_from(anonymous, ivan, moscow):
    PublicPrisonerFactory(region=moscow)
    PrisonerFactory(region=moscow)
    PrisonerFactory(region=RegionFactory(code="RU-TA"))
    assert get_json(anonymous, "/api/v1/regions") == [{
        "code": "RU-MOW", "prisoner_count": 2,
        "name": {"en": "Moscow", "ru": "Москва", "de": "Moskau", "fr": "Moscou", "pl": "Moskwa"},
    }]


# Statistics -----------------------------------------------------------------------------------

def test_statistics_count_public_prisoners(anonymous, ivan, moscow):
    PrisonerFactory(status=Status.SERVING_SENTENCE, region=moscow)  # private: not counted
    data = get_json(anonymous, "/api/v1/statistics")
    by_status = {row["code"]: row["count"] for row in data["by_status"]}
    assert data["total"] == 1
    assert data["as_of"] == timezone.localdate().isoformat()
    assert list(by_status) == list(Status.values)
    assert by_status["serving_sentence"] == 1 and sum(by_status.values()) == 1
    assert {row["code"]: row["count"] for row in data["by_category"]}["anti_war"] == 1
    assert data["by_arrest_year"] == [{"code": "2022", "count": 1}]
    assert data["by_article"] == [{"code": "207.3", "count": 1}]
    assert data["by_region"] == [{"code": "RU-MOW", "count": 1}]
    assert len(data["new_cases"]) == 24
    assert all(set(row) == {"code", "count"} for row in data["new_cases"])


def test_statistics_of_a_year(anonymous, ivan):
    PublicPrisonerFactory(arrested_on=datetime.date(2021, 5, 1), verdict_on=None,
                          released_on=datetime.date(2023, 7, 1))
    assert get_json(anonymous, "/api/v1/statistics/2023") == {
        "year": 2023, "arrests": 0, "verdicts": 1, "custodial_verdicts": 1,
        "years_of_prison": 7.5, "releases": 1}
    assert get_json(anonymous, "/api/v1/statistics/2022")["arrests"] == 1


@pytest.mark.parametrize("year", ["2019", "0", "99999"])
def test_a_year_without_public_arrests_verdicts_or_releases_is_404(anonymous, ivan, year):
    PrisonerFactory(arrested_on=datetime.date(2019, 1, 1))  # private: does not count
    assert get_json(anonymous, f"/api/v1/statistics/{year}", expect=404) == {
        "detail": "Not Found"}


def test_a_year_that_is_no_number_is_422(anonymous):
    get_json(anonymous, "/api/v1/statistics/last", expect=422)


# CSV files ------------------------------------------------------------------------------------

def test_prisoners_csv_has_the_api_fields(anonymous, ivan, colony, fake_news):
    ivan.articles.add(ArticleFactory(number="280.3"))
    rows = get_csv(anonymous, "/open-data/prisoners.csv")
    assert rows == [
        ["slug", "full_name_original", "full_name_latin", "status", "category", "region",
         "articles", "facility", "arrested_on", "verdict_on", "sentence_kind", "sentence_years",
         "sentence_months", "released_on", "can_receive_letters", "url"],
        ["ivan-ivanov", "Иванов Иван Иванович", "Ivan Ivanov", "serving_sentence", "anti_war",
         "RU-MOW", "207.3;280.3", str(colony.pk), "2022-03-10", "2023-01-20", "strict_regime",
         "7", "6", "", "true", "http://testserver/en/prisoners/ivan-ivanov/"],
    ]


def test_facilities_csv(anonymous, ivan, colony):
    assert get_csv(anonymous, "/open-data/facilities.csv") == [
        ["id", "name_en", "name_ru", "name_de", "name_fr", "name_pl", "kind", "region",
         "postal_address", "prisoner_count"],
        [str(colony.pk), "Penal Colony No. 2", "ИК-2", "Strafkolonie Nr. 2", "",
         "Kolonia karna nr 2", "penal_colony", "RU-MOW", "ФКУ ИК-2, 601446, г. Покров", "1"],
    ]


def test_articles_csv(anonymous, ivan):
    assert get_csv(anonymous, "/open-data/articles.csv") == [
        ["number", "title_en", "title_ru", "title_de", "title_fr", "title_pl", "prisoner_count"],
        ["207.3", "Fake news about the army", "Фейки об армии",
         "Falschnachrichten über die Armee", "Fausses nouvelles sur l'armée",
         "Fałszywe informacje o armii", "1"],
    ]


def test_statistics_csv_in_long_format(anonymous, ivan):
    rows = get_csv(anonymous, "/open-data/statistics.csv")
    assert rows[:2] == [["breakdown", "code", "count"], ["total", "", "1"]]
    assert ["by_status", "serving_sentence", "1"] in rows
    assert ["by_status", "released", "0"] in rows
    assert ["by_arrest_year", "2022", "1"] in rows
    assert ["by_article", "207.3", "1"] in rows
    assert ["by_region", "RU-MOW", "1"] in rows
    assert len([row for row in rows if row[0] == "new_cases"]) == 24


def test_csv_cells_cannot_start_a_formula(anonymous, colony):
    PublicPrisonerFactory(full_name_latin='=HYPERLINK("http://evil.example","x")',
                          full_name_original="@SUM(1+1)", facility=colony,
                          slug="formula")
    colony.postal_address = "+7 900 000 00 00"
    colony.save()
    prisoner = get_csv(anonymous, "/open-data/prisoners.csv")[1]
    facility = get_csv(anonymous, "/open-data/facilities.csv")[1]
    assert prisoner[1:3] == ["'@SUM(1+1)", '\'=HYPERLINK("http://evil.example","x")']
    assert facility[8] == "'+7 900 000 00 00"


@pytest.mark.parametrize(("value", "cell"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Ivan", "Ivan"), ("", ""), (None, ""), (-1, -1), (True, "true"),
    (datetime.date(2024, 1, 2), "2024-01-02"),
])
def test_cell_escapes_text_only(value, cell):
    assert _cell(value) == cell


# The page -------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_open_data_page_links_the_files_and_the_api(anonymous, language):
    response = anonymous.get(f"/{language}/open-data/")
    content = response.content.decode()
    assert response.status_code == 200
    for path in [*CSV_FILES, *API_LISTS, "/api/v1/openapi.json"]:
        assert f'href="{path}"' in content, path
    assert "<code>http://testserver/api/v1/prisoners/{slug}</code>" in content
    with translation.override(language):
        assert translation.gettext("You may reuse these data; please cite the coalition.") \
            in content
        assert date_format(timezone.localdate(), "DATE_FORMAT") in content


def test_footer_links_the_open_data_page(anonymous):
    assert 'href="/de/open-data/"' in anonymous.get("/de/").content.decode()


def test_openapi_describes_no_private_field_and_there_is_no_docs_page(anonymous):
    schema = anonymous.get("/api/v1/openapi.json").json()
    text = str(schema)
    assert sorted(schema["paths"]) == [
        "/api/v1/articles", "/api/v1/facilities", "/api/v1/prisoners",
        "/api/v1/prisoners/{slug}", "/api/v1/regions", "/api/v1/statistics",
        "/api/v1/statistics/{year}"]
    for private in ("birth_date", "envelope", "photo", "consent_", "recognition", "note"):
        assert private not in text
    assert anonymous.get("/api/v1/docs").status_code == 404


def test_the_api_only_reads(anonymous, ivan):
    assert anonymous.post("/api/v1/prisoners").status_code == 405
    assert anonymous.delete("/api/v1/prisoners/ivan-ivanov").status_code == 405
    assert anonymous.post("/open-data/prisoners.csv").status_code == 405


# Canaries -------------------------------------------------------------------------------------

@pytest.fixture
def planted(ivan, colony):
    """A public prisoner with private data, and hidden prisoners in canary places, one of them
    in the public prisoner's facility."""
    canary = Canaries()
    plant_private_data(ivan, canary)
    unpublished = hidden_prisoner(canary, "unpublished", arrested_on=datetime.date(2019, 2, 3))
    RecognitionFactory(prisoner=unpublished)
    ConsentFactory(prisoner=unpublished)
    unconsented = hidden_prisoner(canary, "unconsented", is_published=True,
                                  verdict_on=datetime.date(2018, 4, 5))
    RecognitionFactory(prisoner=unconsented)
    withdrawn = hidden_prisoner(canary, "withdrawn", is_published=True,
                                released_on=datetime.date(2017, 6, 7))
    RecognitionFactory(prisoner=withdrawn)
    ConsentFactory(prisoner=withdrawn, withdrawn_on=datetime.date(2025, 2, 1))
    declined = hidden_prisoner(canary, "declined", is_published=True)
    declined.facility = colony
    declined.save()
    RecognitionFactory(prisoner=declined, status=RecognitionStatus.DECLINED)
    ConsentFactory(prisoner=declined)
    hidden = [unpublished, unconsented, withdrawn, declined]
    # Article numbers are cut to 20 characters: watch for what is stored.
    tokens = [*canary.tokens, *(article.number for person in hidden
                                for article in person.articles.all())]
    return {"tokens": tokens, "hidden": hidden}


def api_paths(planted):
    paths = [*API_LISTS, *CSV_FILES, "/api/v1/openapi.json", "/api/v1/prisoners/ivan-ivanov",
             "/api/v1/statistics/2017", "/api/v1/statistics/2018", "/api/v1/statistics/2019",
             "/api/v1/statistics/2022", "/api/v1/statistics/2023"]
    paths += [f"/{code}/open-data/" for code in LANGUAGES]
    for person in planted["hidden"]:
        paths += [f"/api/v1/prisoners/{person.slug}",
                  f"/api/v1/prisoners?q={person.full_name_latin}",
                  f"/api/v1/prisoners?q={person.full_name_original}",
                  f"/api/v1/prisoners?facility={person.facility_id}",
                  f"/api/v1/prisoners?region={person.region.code}",
                  f"/api/v1/prisoners?article={person.articles.get().number}"]
    return paths


def test_no_canary_in_any_api_answer_or_file(anonymous, planted):
    for path in api_paths(planted):
        response = anonymous.get(path)
        assert response.status_code in (200, 404), path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode().lower()
        leaked = [token for token in planted["tokens"] if token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"


def test_hidden_prisoners_are_404_like_nobody(anonymous, planted):
    nobody = anonymous.get("/api/v1/prisoners/nobody")
    for person in planted["hidden"]:
        response = anonymous.get(f"/api/v1/prisoners/{person.slug}")
        assert (response.status_code, response.content) == (404, nobody.content)


def test_hidden_prisoners_are_found_by_no_filter(anonymous, planted):
    for person in planted["hidden"]:
        for params in ({"q": person.full_name_latin}, {"q": person.full_name_original},
                       {"region": person.region.code},
                       {"article": person.articles.get().number}):
            assert slugs(anonymous, **params) == [], params
    assert slugs(anonymous, facility=planted["hidden"][-1].facility_id) == ["ivan-ivanov"]


def test_hidden_prisoners_are_not_counted(anonymous, planted, colony):
    assert get_json(anonymous, "/api/v1/prisoners")["count"] == 1
    assert get_json(anonymous, "/api/v1/statistics")["total"] == 1
    assert [(row["id"], row["prisoner_count"])
            for row in get_json(anonymous, "/api/v1/facilities")] == [(colony.pk, 1)]
    assert [(row["number"], row["prisoner_count"])
            for row in get_json(anonymous, "/api/v1/articles")] == [("207.3", 1)]
    assert [(row["code"], row["prisoner_count"])
            for row in get_json(anonymous, "/api/v1/regions")] == [("RU-MOW", 1)]
    for year in (2017, 2018, 2019):  # only hidden prisoners were arrested, sentenced, released
        assert anonymous.get(f"/api/v1/statistics/{year}").status_code == 404
    assert get_json(anonymous, "/api/v1/statistics/2023")["arrests"] == 0
    assert len(get_csv(anonymous, "/open-data/prisoners.csv")) == 2
