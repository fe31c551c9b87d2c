"""A prisoner's name as each language writes it, and French elision before a name.

Russian shows the Cyrillic name; German, French and Polish the national spelling derived from it
(prisoners.search: "Iwan Schutschkow", "Ivan Joutchkov", "Iwan Żuczkow"); English and any other
language the Latin name entered by coordinators. Sentences around a name are built so that the
name stays in the nominative (Russian and Polish have no case ending to get wrong: "Дело: Иван
Жучков", "Sprawa: Iwan Żuczkow").
"""

import re

from django.conf import settings

from prisoners.search import CYRILLIC_LANGUAGES, SYSTEMS, transliterate

# The Latin name coordinators enter (Prisoner.full_name_latin) is the English spelling.
LATIN_NAME_LANGUAGE = "en"

_CYRILLIC = re.compile(r"^[А-Яа-яЁё-]+$")
# French elides "de" and "que" before a vowel or a mute h (Affaire d’Ivan Joutchkov).
_FRENCH_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöùûüœæh]", re.IGNORECASE)


def national_spelling(original, language):
    """First name and surname in the language's own transliteration, or "" when it cannot be
    derived (no such system, or the original is not "Surname First-name [Patronymic]")."""
    if language == LATIN_NAME_LANGUAGE or language not in SYSTEMS:
        return ""
    words = original.split()
    if len(words) < 2 or not all(_CYRILLIC.match(word) for word in words[:2]):
        return ""
    surname, first = words[0], words[1]
    return " ".join(_spell(word, language) for word in (first, surname))


def spelling_languages():
    """(code, name) of the site languages in which a coordinator may enter how the press writes
    a name (Prisoner.name_spellings): all but Russian and English, whose forms are the original
    and the Latin name."""
    return [(code, name) for code, name in settings.LANGUAGES
            if code not in CYRILLIC_LANGUAGES and code != LATIN_NAME_LANGUAGE]


def _spell(word, language):
    return "-".join(transliterate(part, language).capitalize()
                    for part in word.lower().split("-"))


def elide(text, name, language):
    """French: "de Ivan" -> "d’Ivan", "que Ivan" -> "qu’Ivan" right before the name (only there:
    translators elide their own words already). Other languages are returned unchanged."""
    if not language or not language.startswith("fr") or not name \
            or not _FRENCH_VOWEL.match(name):
        return text
    pattern = re.compile(rf"\b([Dd]e|[Qq]ue) (?={re.escape(name)})")
    return pattern.sub(lambda match: f"{match.group(1)[:-1]}’", text)


def sort_key(name):
    """Order names as shown, alphabet-wise: "ё" sorts with "е", as in Russian dictionaries (the
    ICU collation "ru-x-icu" would do the same, but the embedded PostgreSQL 18 is built without
    ICU, so the short lists that need it are sorted here)."""
    folded = name.casefold()
    return folded.replace("ё", "е"), folded
