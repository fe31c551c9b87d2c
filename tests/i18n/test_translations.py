"""The committed catalogues are complete, real translations, and the .mo files are current."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from tests.languages import TRANSLATED

LOCALE = Path(settings.BASE_DIR) / "locale"


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
                # For n=1 every site language uses plural form 0.
                served = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
                assert served == entry.msgstr_plural[0], entry.msgid
            elif entry.msgctxt:
                assert translation.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
            else:
                assert translation.gettext(entry.msgid) == entry.msgstr, entry.msgid


# n -> the plural form Polish uses for it: one, few (2-4, 22-24 but not 12-14), many.
POLISH_FORMS = {1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 14: 2, 21: 2, 22: 1, 25: 2, 104: 1, 112: 2}


def test_polish_has_three_plural_forms_and_serves_each():
    po = catalogue("pl")
    assert "nplurals=3;" in po.metadata["Plural-Forms"]
    plurals = [entry for entry in po.translated_entries() if entry.msgid_plural]
    assert plurals
    with translation.override("pl"):
        for entry in plurals:
            # The few and many forms may coincide ("po 2 / 5 minutach"), none may be empty.
            assert sorted(entry.msgstr_plural) == [0, 1, 2], entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid
            for n, form in POLISH_FORMS.items():
                served = translation.ngettext(entry.msgid, entry.msgid_plural, n)
                assert served == entry.msgstr_plural[form], (entry.msgid, n)
        assert [translation.ngettext("%(n)d year", "%(n)d years", n) % {"n": n}
                for n in (1, 3, 5, 22)] == ["1 rok", "3 lata", "5 lat", "22 lata"]
