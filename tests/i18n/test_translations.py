"""The committed catalogues are complete, real translations, and the .mo files are current."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = ["ru", "de", "fr"]


def catalogue(code):
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated(code):
    po = catalogue(code)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_are_not_copied_english(code):
    # Short technical words may coincide ("Region" in German); sentences never do.
    copied = [e.msgid for e in catalogue(code).translated_entries()
              if e.msgstr == e.msgid and len(e.msgid.split()) > 2]
    assert copied == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogue_is_current(code):
    """Every entry of the .po is what Django serves: the .mo was compiled after the last edit."""
    po = catalogue(code)
    with translation.override(code):
        for entry in po.translated_entries():
            if entry.msgid_plural:
                # For n=1, Russian, German and French all use plural form 0.
                served = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
                assert served == entry.msgstr_plural[0], entry.msgid
            elif entry.msgctxt:
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid
