import importlib
import shutil
from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from pages import core_pages
from pages.core_pages import CORE_PAGES, TextFileError, digest, parse_text_file, read_texts
from pages.models import Page
from tests.languages import LANGUAGES

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


def test_core_pages_exist_in_every_language(db):
    for slug in ("definition", "how-the-list-is-formed", "about", "help"):
        page = Page.objects.get(slug=slug)
        bodies = [getattr(page, f"body_{code}") for code in LANGUAGES]
        assert all(len(body) > 200 for body in bodies), slug
        assert len(set(bodies)) == len(LANGUAGES), slug


def test_core_pages_hold_their_files_texts(db):
    page = Page.objects.get(slug="about")
    assert (page.title_en, page.title_pl) == ("About the coalition", "O koalicji")
    assert page.body_de == read_texts("about")["de"]["body"]
    assert page.loaded_texts["body_de"] == digest(page.body_de)


def test_the_core_pages_migration_recreates_a_missing_page_in_every_language(db):
    migration = importlib.import_module("pages.migrations.0002_core_pages")
    Page.objects.filter(slug="about").delete()
    migration.create_core_pages(apps, SimpleNamespace(connection=connection))
    page = Page.objects.get(slug="about")
    titles = [getattr(page, f"title_{code}") for code in LANGUAGES]
    assert titles == ["About the coalition", "О коалиции", "Über die Koalition",
                      "À propos de la coalition", "O koalicji"]
    assert page.menu_order == 3


def test_a_text_file_without_front_matter_is_refused(tmp_path):
    path = tmp_path / "en.md"
    path.write_text("Just a body\n", encoding="utf-8")
    with pytest.raises(TextFileError, match="front matter"):
        parse_text_file(path)
    path.write_text("---\nheading: x\n---\nBody\n", encoding="utf-8")
    with pytest.raises(TextFileError, match="unexpected front matter line 'heading: x'"):
        parse_text_file(path)


def test_every_text_file_parses_and_has_a_site_language():
    for slug, _order in CORE_PAGES:
        texts = read_texts(slug)
        assert sorted(texts) == sorted(LANGUAGES), slug
        assert all(text["title"] and text["summary"] and text["body"] for text in texts.values())


@pytest.fixture
def edited_texts(tmp_path, monkeypatch):
    """A copy of pages/texts/ whose English "about" body the test can change."""
    copy = tmp_path / "texts"
    shutil.copytree(core_pages.TEXTS_DIR, copy)
    monkeypatch.setattr(core_pages, "TEXTS_DIR", copy)
    return copy


def _rewrite_body(texts_dir, slug, language, body):
    path = texts_dir / slug / f"{language}.md"
    front = path.read_text(encoding="utf-8").split("\n---\n")[0]
    path.write_text(f"{front}\n---\n\n{body}\n", encoding="utf-8")


def test_update_core_pages_brings_new_file_texts_into_unedited_texts(edited_texts):
    _rewrite_body(edited_texts, "about", "en", "The new English text.")
    _rewrite_body(edited_texts, "help", "pl", "Nowy tekst.")
    out = StringIO()
    call_command("update_core_pages", stdout=out)
    assert out.getvalue().splitlines() == ["about: updated body_en", "help: updated body_pl"]
    assert Page.objects.get(slug="about").body_en == "The new English text.\n"
    assert Page.objects.get(slug="help").body_pl == "Nowy tekst.\n"
    out = StringIO()
    call_command("update_core_pages", stdout=out)
    assert out.getvalue() == "The core pages already hold the files' texts.\n"


def test_update_core_pages_leaves_texts_edited_in_the_admin(edited_texts):
    page = Page.objects.get(slug="about")
    page.body_en = "Written by a coordinator."
    page.save()
    _rewrite_body(edited_texts, "about", "en", "The new English text.")
    _rewrite_body(edited_texts, "about", "de", "Der neue Text.")
    out = StringIO()
    call_command("update_core_pages", stdout=out)
    assert out.getvalue().splitlines() == [
        "about: updated body_de", "about: edited in the admin, left as they are: body_en"]
    page.refresh_from_db()
    assert (page.body_en, page.body_de) == ("Written by a coordinator.", "Der neue Text.\n")


def test_update_core_pages_dry_run_saves_nothing(edited_texts):
    before = Page.objects.get(slug="about").body_en
    _rewrite_body(edited_texts, "about", "en", "The new English text.")
    out = StringIO()
    call_command("update_core_pages", "--dry-run", stdout=out)
    assert out.getvalue() == "about: would update body_en\n"
    assert Page.objects.get(slug="about").body_en == before
