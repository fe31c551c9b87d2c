import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from prisoners import selectors, views
from prisoners.choices import Status
from tests.factories import (
    ArticleFactory,
    CaseEventFactory,
    FacilityFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
)
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_root_redirects_to_visitors_language(anonymous):
    response = anonymous.get("/", headers={"accept-language": "de-DE,de;q=0.9"})
    assert response.status_code == 302
    assert response["Location"] == "/de/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_shows_counts_from_public_registry(anonymous, language):
    PublicPrisonerFactory(status=Status.SERVING_SENTENCE)
    PublicPrisonerFactory(status=Status.RELEASED, can_receive_letters=False)
    PrisonerFactory(status=Status.SERVING_SENTENCE)  # private: never counted
    response = anonymous.get(url("home", language))
    assert response.status_code == 200
    assert response.context["counts"] == {"total": 2, "in_custody": 1, "released": 1,
                                          "can_receive_letters": 1}
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_list_and_detail_in_every_language(anonymous, language):
    prisoner = PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                                     full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    listing = anonymous.get(url("prisoners:list", language))
    detail = anonymous.get(url("prisoners:detail", language, slug=prisoner.slug))
    expected_name = {"ru": "Жучков Иван Петрович", "de": "Iwan Schutschkow",
                     "fr": "Ivan Joutchkov", "pl": "Iwan Żuczkow"}.get(language, "Ivan Zhuchkov")
    assert listing.status_code == detail.status_code == 200
    assert expected_name in listing.content.decode()
    assert f"<h1>{expected_name}</h1>" in detail.content.decode()


def test_detail_shows_translated_summary(anonymous):
    prisoner = PublicPrisonerFactory()
    response = anonymous.get(url("prisoners:detail", "de", slug=prisoner.slug))
    assert "Wegen Antikriegsbeiträgen verhaftet." in response.content.decode()


def test_detail_language_switcher_and_hreflang_keep_the_page(anonymous):
    prisoner = PublicPrisonerFactory(slug="anna-sokolova")
    content = anonymous.get(url("prisoners:detail", "en", slug=prisoner.slug)).content.decode()
    for language in LANGUAGES:
        assert f'href="/{language}/prisoners/anna-sokolova/" hreflang="{language}"' in content
        assert (f'<link rel="alternate" hreflang="{language}" '
                f'href="http://testserver/{language}/prisoners/anna-sokolova/">') in content


def test_language_switcher_keeps_the_query(anonymous):
    content = anonymous.get(url("prisoners:list", "en") + "?q=Zhuchkov").content.decode()
    assert 'href="/fr/prisoners/?q=Zhuchkov"' in content


def test_private_prisoner_page_is_404(anonymous):
    prisoner = PrisonerFactory()
    assert anonymous.get(url("prisoners:detail", "en", slug=prisoner.slug)).status_code == 404


def test_detail_shows_envelope_address_russian_way(anonymous):
    prisoner = PublicPrisonerFactory(envelope_name="Жучкову Ивану Петровичу",
                                     facility__postal_address="ФКУ ИК-2, 601446, г. Покров")
    content = anonymous.get(url("prisoners:detail", "en", slug=prisoner.slug)).content.decode()
    assert "ФКУ ИК-2, 601446, г. Покров<br>Жучкову Ивану Петровичу, 1985 г.р." in content
    assert "Birthday: 14 March." in content


def test_detail_without_letters_says_so(anonymous):
    prisoner = PublicPrisonerFactory(can_receive_letters=False)
    content = anonymous.get(url("prisoners:detail", "en", slug=prisoner.slug)).content.decode()
    assert "We do not know an address where letters reach this person" in content
    assert "г.р." not in content


def test_timeline_shows_only_public_events(anonymous):
    prisoner = PublicPrisonerFactory()
    CaseEventFactory(prisoner=prisoner, description_en="Hearing on appeal", is_public=True)
    CaseEventFactory(prisoner=prisoner, description_en="Lawyer strategy", is_public=False)
    content = anonymous.get(url("prisoners:detail", "en", slug=prisoner.slug)).content.decode()
    assert "Hearing on appeal" in content
    assert "Lawyer strategy" not in content


def test_list_filters_by_status_and_article(anonymous):
    article = ArticleFactory(number="207.3")
    match = PublicPrisonerFactory(status=Status.SERVING_SENTENCE)
    match.articles.add(article)
    PublicPrisonerFactory(status=Status.SERVING_SENTENCE)
    PublicPrisonerFactory(status=Status.RELEASED).articles.add(article)
    response = anonymous.get(url("prisoners:list", "en"),
                             {"status": "serving_sentence", "article": article.pk})
    assert list(response.context["page"].object_list) == [match]


def test_list_reports_invalid_filters_and_keeps_the_rest(anonymous):
    prisoner = PublicPrisonerFactory(status=Status.RELEASED)
    PublicPrisonerFactory(status=Status.HOUSE_ARREST)
    response = anonymous.get(url("prisoners:list", "en"),
                             {"status": "released", "region": "abc", "page": "zz"})
    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [prisoner]
    assert "Some filters could not be used and were ignored" in response.content.decode()


def test_list_search_in_russian_ui(anonymous):
    prisoner = PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                                     full_name_latin="Ivan Zhuchkov")
    response = anonymous.get(url("prisoners:list", "ru"), {"q": "Schutschkow"})
    assert list(response.context["page"].object_list) == [prisoner]


def test_list_is_paginated(anonymous):
    PublicPrisonerFactory.create_batch(25)
    response = anonymous.get(url("prisoners:list", "en"), {"page": 2})
    assert len(response.context["page"].object_list) == 1
    assert 'rel="prev" href="?page=1"' in response.content.decode()


def test_list_pages_stop_at_the_cap_and_say_how_to_find_the_others(anonymous, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    monkeypatch.setattr(views, "MAX_PAGES", 2)
    PublicPrisonerFactory.create_batch(5)
    last = anonymous.get(url("prisoners:list", "en"), {"page": 2})
    beyond = anonymous.get(url("prisoners:list", "en"), {"page": 3})
    assert last.context["page"].number == beyond.context["page"].number == 2
    content = beyond.content.decode()
    assert "5 prisoners found" in content and "Page 2 of 2" in content
    assert 'rel="next"' not in content
    assert "Only the first 4 prisoners are listed page by page" in content
    first = anonymous.get(url("prisoners:list", "en")).content.decode()
    assert "Only the first" not in first


def test_list_without_a_cap_reached_has_no_cap_notice(anonymous, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    monkeypatch.setattr(views, "MAX_PAGES", 2)
    PublicPrisonerFactory.create_batch(4)
    content = anonymous.get(url("prisoners:list", "en"), {"page": 2}).content.decode()
    assert "Page 2 of 2" in content and "Only the first" not in content


def test_query_of_no_words_counts_every_public_prisoner(anonymous):
    PublicPrisonerFactory.create_batch(2)
    PrisonerFactory()
    response = anonymous.get(url("prisoners:list", "en"), {"q": "!!"})
    assert response.context["page"].paginator.count == 2


def test_post_to_public_pages_is_refused(anonymous):
    assert anonymous.post(url("prisoners:list", "en")).status_code == 405


def count_queries(client, path):
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def make_public_prisoners(n):
    article = ArticleFactory()
    for prisoner in PublicPrisonerFactory.create_batch(n):
        prisoner.articles.add(article)
        CaseEventFactory(prisoner=prisoner)


@pytest.mark.parametrize("name", ["home", "prisoners:list"])
def test_query_count_does_not_grow_with_list_size(anonymous, name):
    make_public_prisoners(1)
    one = count_queries(anonymous, url(name, "en"))
    make_public_prisoners(12)
    many = count_queries(anonymous, url(name, "en"))
    assert one == many


def test_detail_query_count_does_not_grow_with_articles_and_events(anonymous):
    prisoner = PublicPrisonerFactory()
    prisoner.articles.add(ArticleFactory())
    CaseEventFactory(prisoner=prisoner)
    one = count_queries(anonymous, prisoner.get_absolute_url())
    for _ in range(5):
        prisoner.articles.add(ArticleFactory())
        CaseEventFactory(prisoner=prisoner)
    assert count_queries(anonymous, prisoner.get_absolute_url()) == one


def test_public_pages_send_a_strict_content_security_policy(anonymous):
    policy = anonymous.get(url("prisoners:list", "en"))["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_public_templates_have_no_inline_scripts_or_styles(anonymous):
    prisoner = PublicPrisonerFactory()
    for path in (url("home", "en"), url("prisoners:list", "en"), prisoner.get_absolute_url()):
        content = anonymous.get(path).content.decode()
        assert "<script" not in content and "style=" not in content and "<style" not in content


def test_birthday_in_the_letter_guidance_is_declined_in_russian(anonymous):
    prisoner = PublicPrisonerFactory(birth_date=datetime.date(1990, 3, 14))
    page = anonymous.get(url("prisoners:detail", "ru", slug=prisoner.slug)).content.decode()
    assert "14 марта" in page and "14 Март" not in page


def test_filter_places_are_read_one_row_per_place(anonymous):
    # Ten public prisoners in one facility: the places query returns one row, not ten.
    facility = FacilityFactory()
    PublicPrisonerFactory.create_batch(10, facility=facility, region=facility.region)
    with CaptureQueriesContext(connection) as captured:
        choices = selectors.filter_choices()
    places_sql = next(query["sql"] for query in captured.captured_queries
                      if "DISTINCT" in query["sql"] and '"facility_id"' in query["sql"])
    assert "ORDER BY" not in places_sql
    with connection.cursor() as cursor:
        cursor.execute(places_sql)
        assert len(cursor.fetchall()) == 1
    assert choices["facilities"] == [facility]
