#!/usr/bin/env python3
"""Write translations from a JSON file into the .po catalogues.

    .venv/bin/python scripts/apply_translations.py translations.json

The file is a list of {"msgid": ..., "msgctxt": optional, "ru": ..., "de": ..., "fr": ...};
for a plural message the values are lists (one string per plural form of that language) and
"msgid_plural" names the English plural. Run `make messages` first so the entries exist; an
entry that is not in a catalogue is reported, never invented. Fuzzy marks are removed from
the entries written.
"""

import json
import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def apply(entries, language):
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    missing = []
    for item in entries:
        if language not in item:
            continue
        entry = catalogue.find(item["msgid"], msgctxt=item.get("msgctxt"))
        if entry is None:
            missing.append(item["msgid"])
            continue
        value = item[language]
        if entry.msgid_plural:
            forms = value if isinstance(value, list) else [value]
            entry.msgstr_plural = {index: form for index, form in enumerate(forms)}
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalogue.save(str(path))
    return missing


def main(file_name):
    entries = json.loads(Path(file_name).read_text(encoding="utf-8"))
    languages = sorted({key for item in entries for key in item}
                       - {"msgid", "msgid_plural", "msgctxt"})
    for language in languages:
        for msgid in apply(entries, language):
            print(f"{language}: not in the catalogue: {msgid!r}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
