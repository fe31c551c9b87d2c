"""The translation-status page (coalition.translation_status) and its list filter."""

import pytest
from django.conf import settings
from django.contrib import admin
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from modeltranslation.translator import translator

from accounts import roles
from coalition.translation_status import MissingTranslationFilter
from pages.models import Page
from tests.conftest import _staff_client
from tests.factories import PrisonerFactory, PublicPrisonerFactory

STATUS = reverse("admin_translation_status")
# The site's languages and one more, which has no columns in the database.
WITH_UKRAINIAN = [*settings.LANGUAGES, ("uk", "Ukrainian")]


@pytest.fixture
def planted(db):
    """Pages and prisoners whose missing translations are known (the core pages that the
    migrations create are translated into every language)."""
    Page.objects.create(slug="english-only", title_en="Only English", body_en="Text.")
    Page.objects.create(slug="russian-only", title_ru="Только по-русски", is_published=False)
    PublicPrisonerFactory(full_name_latin="Bio English", biography_en="A teacher.")
    PrisonerFactory(full_name_latin="No French", case_summary_fr="")
    PrisonerFactory(full_name_latin="Complete")


def counts(response, name):
    """{code: (count, public count)} of one row of the page."""
    row = next(row for row in response.context["rows"] if row.name == name)
    return {cell.code: (cell.count, cell.public) for cell in row.cells}


def test_counts_per_model_and_language_match_the_planted_records(planted, coordinator):
    response = coordinator.get(STATUS)
    assert response.status_code == 200
    assert counts(response, "Pages") == {"en": (1, 0), "ru": (1, 1), "de": (2, 1),
                                         "fr": (2, 1), "pl": (2, 1)}
    assert counts(response, "Prisoners") == {"en": (0, 0), "ru": (1, 1), "de": (1, 1),
                                             "fr": (2, 1), "pl": (1, 1)}


def listed(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return sorted(str(getattr(row, "full_name_latin", None) or row.slug)
                  for row in response.context["cl"].result_list)


LISTS = {
    "Pages": {"en": ["russian-only"], "ru": ["english-only"],
              "de": ["english-only", "russian-only"], "fr": ["english-only", "russian-only"],
              "pl": ["english-only", "russian-only"]},
    "Prisoners": {"en": [], "ru": ["Bio English"], "de": ["Bio English"],
                  "fr": ["Bio English", "No French"], "pl": ["Bio English"]},
}


def test_each_link_lists_exactly_the_records_counted(planted, coordinator):
    rows = {row.name: row for row in coordinator.get(STATUS).context["rows"]}
    for name, expected in LISTS.items():
        for cell in rows[name].cells:
            assert listed(coordinator, cell.path) == expected[cell.code], (name, cell.code)
    # Every other model's links too: the list shows as many records as the page counts.
    for row in rows.values():
        for cell in row.cells:
            if cell.path:
                response = coordinator.get(cell.path)
                assert response.context["cl"].result_count == cell.count, cell.path


def test_editors_see_only_the_models_they_may_view(planted, editor):
    names = [row.name for row in editor.get(STATUS).context["rows"]]
    assert names == ["Appeals", "Events", "News posts", "Pages",
                     "Articles of the Criminal Code", "Case events",
                     "Facilities", "Prisoners", "Regions"]


def test_finance_sees_the_ledger_models_and_prisoners(planted, finance):
    # Finance may view prisoners (an expense names one), and nothing else translated.
    names = [row.name for row in finance.get(STATUS).context["rows"]]
    assert names == ["Campaigns", "Expenses", "Payment methods", "Prisoners"]


def test_staff_without_any_translated_model_are_refused(db):
    client = _staff_client("nobody-test", roles.FINANCE)
    client.user.groups.clear()
    assert client.get(STATUS).status_code == 403
    assert "Translation status" not in client.get(reverse("admin:index")).content.decode()


def test_the_admin_home_links_to_the_page(coordinator):
    page = coordinator.get(reverse("admin:index")).content.decode()
    assert f'href="{STATUS}"' in page


def test_anonymous_visitors_are_sent_to_the_login(anonymous):
    response = anonymous.get(STATUS)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_query_count_does_not_grow_with_the_records(planted, coordinator):
    with CaptureQueriesContext(connection) as few:
        coordinator.get(STATUS)
    for number in range(5):
        PublicPrisonerFactory(biography_de=f"Biografie {number}")
        Page.objects.create(slug=f"extra-{number}", title_fr=f"Page {number}")
    with CaptureQueriesContext(connection) as many:
        coordinator.get(STATUS)
    assert len(many) == len(few)


def test_every_translated_model_in_the_admin_has_the_filter(coordinator):
    request = RequestFactory().get("/")
    request.user = coordinator.user
    translated = set(translator.get_registered_models())
    admins = [model_admin for model, model_admin in admin.site._registry.items()
              if model in translated]
    assert len(admins) >= 10
    for model_admin in admins:
        assert MissingTranslationFilter in model_admin.get_list_filter(request), model_admin


def test_a_new_language_in_the_settings_is_listed_without_columns(planted, coordinator,
                                                                  settings):
    settings.LANGUAGES = WITH_UKRAINIAN
    response = coordinator.get(STATUS)
    assert response.status_code == 200
    # Without columns every record with a text in any language lacks Ukrainian.
    assert counts(response, "Pages")["uk"] == (Page.objects.count(),
                                               Page.objects.public().count())
    page = response.content.decode()
    assert "Languages without columns in the database yet: Ukrainian." in page
    assert "no columns yet: needs a migration" in page
    assert '<th scope="col" lang="uk">Ukrainian</th>' in page
    changelist = reverse("admin:pages_page_changelist")
    assert 'href="?missing_translation=uk"' in coordinator.get(changelist).content.decode()
    assert len(listed(coordinator, f"{changelist}?missing_translation=uk")) == (
        Page.objects.count())


@pytest.mark.parametrize(("model_name", "field"), [
    ("events.event", "title"), ("pages.page", "title"), ("prisoners.region", "name"),
    ("prisoners.article", "title"), ("prisoners.facility", "name")])
def test_admin_search_covers_every_translated_column(model_name, field):
    from django.apps import apps
    from modeltranslation.utils import get_translation_fields

    model_admin = admin.site._registry[apps.get_model(model_name)]
    columns = get_translation_fields(field)
    assert len(columns) == len(settings.LANGUAGES)
    assert set(columns) <= set(model_admin.search_fields)
