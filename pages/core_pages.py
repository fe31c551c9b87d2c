"""The core pages every installation starts with: the definition, how the list is formed, about
the coalition and how to help.

Their texts are Markdown files that translators edit and review like any other document:
``pages/texts/<slug>/<language>.md``, a front matter with the title and the summary, then the
body. The data migrations create the pages from them, and ``manage.py update_core_pages``
brings later edits of the files to the site. Once a coordinator has changed a text in the admin
it is theirs: the files never overwrite it. To know which texts are unedited, each page keeps a
digest of every text it was last given from the files (``Page.loaded_texts``).
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

TEXTS_DIR = Path(__file__).resolve().parent / "texts"
# Slug and position in the main menu.
CORE_PAGES = (("definition", 1), ("how-the-list-is-formed", 2), ("about", 3), ("help", 4))
FIELDS = ("title", "summary", "body")
# The language whose text also fills the untranslated base columns (settings.py's
# MODELTRANSLATION_DEFAULT_LANGUAGE; migrations cannot rely on settings).
DEFAULT_LANGUAGE = "en"


class TextFileError(ValueError):
    """A text file that does not have the expected front matter."""


def parse_text_file(path: Path) -> dict[str, str]:
    """{"title": ..., "summary": ..., "body": ...} from a file written as

        ---
        title: One line
        summary: One line
        ---

        Markdown body
    """
    text = path.read_text(encoding="utf-8")
    front, separator, body = text.removeprefix("---\n").partition("\n---\n")
    if not text.startswith("---\n") or not separator:
        raise TextFileError(f"{path}: the file must start with a front matter between '---' lines")
    fields = {}
    for line in front.splitlines():
        key, colon, value = line.partition(":")
        if not colon or key.strip() not in ("title", "summary"):
            raise TextFileError(f"{path}: unexpected front matter line {line!r}")
        fields[key.strip()] = value.strip()
    if not fields.get("title"):
        raise TextFileError(f"{path}: the front matter has no title")
    return {"title": fields["title"], "summary": fields.get("summary", ""),
            "body": body.strip() + "\n"}


def read_texts(slug: str) -> dict[str, dict[str, str]]:
    """Every language a core page is written in: {"en": {"title": ..., ...}, "ru": ...}."""
    return {path.stem: parse_text_file(path)
            for path in sorted((TEXTS_DIR / slug).glob("*.md"))}


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Outcome:
    """What syncing did to one page."""

    slug: str
    created: bool = False
    updated: list[str] = field(default_factory=list)  # columns given the files' text
    kept: list[str] = field(default_factory=list)  # columns edited in the admin, left alone


def sync_core_pages(Page, *, dry_run=False) -> list[Outcome]:
    """Create missing core pages and bring the files' texts into every column that is empty or
    still holds the text last loaded from the files. ``Page`` may be a migration's historical
    model: columns it does not have yet (a language added later, ``loaded_texts``) are skipped.
    """
    columns = {model_field.name for model_field in Page._meta.get_fields()}
    outcomes = []
    for slug, menu_order in CORE_PAGES:
        texts = {column: text for column, text in _columns_of(read_texts(slug))
                 if column in columns}
        page = Page.objects.filter(slug=slug).first()
        if page is None:
            page = Page(slug=slug, menu_order=menu_order, is_published=True)
            for name in FIELDS:
                # The historical model has no modeltranslation magic: fill the base column too.
                setattr(page, name, texts.get(f"{name}_{DEFAULT_LANGUAGE}", ""))
        outcome = Outcome(slug, created=page.pk is None)
        loaded_before = getattr(page, "loaded_texts", None) or {}
        loaded = _merge(page, texts, loaded_before, outcome)
        if "loaded_texts" in columns:
            page.loaded_texts = loaded
        if not dry_run and (outcome.created or outcome.updated or loaded != loaded_before):
            page.save()
        outcomes.append(outcome)
    return outcomes


def _merge(page, texts, loaded, outcome):
    """Set every column that nobody has edited to the file's text; return the digests of what
    the page now holds from the files."""
    loaded = dict(loaded)
    for column, text in sorted(texts.items()):
        current = getattr(page, column) or ""
        if current and current != text and loaded.get(column) != digest(current):
            outcome.kept.append(column)
            continue
        if current != text:
            outcome.updated.append(column)
            setattr(page, column, text)
        loaded[column] = digest(text)
    return loaded


def _columns_of(texts):
    for language, fields in texts.items():
        for name in FIELDS:
            yield f"{name}_{language}", fields[name]
