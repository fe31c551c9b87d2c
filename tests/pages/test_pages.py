import pytest

from pages.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(db):
    return Page.objects.update_or_create(
        slug="test-page",
        defaults={"title_en": "Test page", "title_ru": "Тестовая страница",
                  "title_de": "Testseite", "title_fr": "Page de test",
                  "body_en": "## Heading\n\nSome **bold** text.", "body_ru": "Текст.",
                  "body_de": "Text.", "body_fr": "Texte.", "menu_order": 9})[0]


@pytest.mark.parametrize(("language", "title"), [("en", "Test page"), ("ru", "Тестовая страница"),
                                                 ("de", "Testseite"), ("fr", "Page de test")])
def test_page_in_every_language(anonymous, page, language, title):
    response = anonymous.get(f"/{language}/test-page/")
    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in response.content.decode()


def test_page_appears_in_menu(anonymous, page):
    content = anonymous.get("/en/prisoners/").content.decode()
    assert '<a href="/en/test-page/">Test page</a>' in content


def test_markdown_is_rendered_and_sanitised(page):
    page.body_en = ("## Heading\n\n<script>alert(1)</script> [x](javascript:alert(1)) "
                    "<img src=x onerror=alert(1)> **bold**")
    html = page.body_html
    assert "<h2>Heading</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html


def test_unpublished_page_is_404(anonymous, page):
    page.is_published = False
    page.save()
    assert anonymous.get("/en/test-page/").status_code == 404


def test_core_pages_exist_in_four_languages(db):
    for slug in ("definition", "how-the-list-is-formed", "about", "help"):
        page = Page.objects.get(slug=slug)
        bodies = [getattr(page, f"body_{code}") for code in ("en", "ru", "de", "fr")]
        assert all(len(body) > 200 for body in bodies), slug
        assert len(set(bodies)) == 4, slug


def test_the_core_pages_migration_writes_every_language_it_has_a_text_for(db):
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    migration = importlib.import_module("pages.migrations.0002_core_pages")
    Page.objects.filter(slug="about").delete()
    migration.create_core_pages(apps, SimpleNamespace(connection=connection))
    page = Page.objects.get(slug="about")
    titles = [getattr(page, f"title_{code}") for code in ("en", "ru", "de", "fr")]
    assert titles == ["About the coalition", "О коалиции", "Über die Koalition",
                      "À propos de la coalition"]
