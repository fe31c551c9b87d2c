"""Name search across scripts and transliteration habits.

Visitors type a Russian name the way their own language writes it: "Zhuchkov" (English),
"Schutschkow" (German), "Joutchkov" (French), "Żuczkow" (Polish), "Žučkov" (scholarly) or
"Жучков". Each prisoner stores every such spelling of their name in ``search_names``; a query
matches when each of its words occurs in that text. Both sides are normalised the same way
(lower case, no accents).
"""

import re
import unicodedata

# Letters that every system writes alike.
_COMMON = {
    "а": "a", "б": "b", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "ы": "y", "ъ": "",
    "ь": "", "э": "e", "е": "e", "ё": "e", "й": "y",
}

SYSTEMS = {
    # BGN/PCGN, the usual English press spelling.
    "en": {**_COMMON, "в": "v", "ж": "zh", "у": "u", "х": "kh", "ц": "ts", "ч": "ch",
           "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ё": "yo", "й": "y"},
    # Simplified English spelling used by many passports and media ("Iouri" aside).
    "en_simple": {**_COMMON, "в": "v", "ж": "zh", "у": "u", "х": "h", "ц": "ts", "ч": "ch",
                  "ш": "sh", "щ": "sch", "ю": "yu", "я": "ya", "й": "i", "ы": "i"},
    # Duden, the German press spelling.
    "de": {**_COMMON, "в": "w", "ж": "sch", "з": "s", "у": "u", "х": "ch", "ц": "z",
           "ч": "tsch", "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "ё": "jo", "й": "j",
           "с": "s"},
    # French press spelling.
    "fr": {**_COMMON, "в": "v", "ж": "j", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch",
           "ш": "ch", "щ": "chtch", "ю": "iou", "я": "ia", "ё": "io", "й": "i", "ы": "y"},
    # Polish (the PWN rules): consonants here, vowels and soft signs in _polish().
    "pl": {**_COMMON, "в": "w", "ж": "ż", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz",
           "у": "u", "й": "j"},
    # ISO 9 / scholarly, whose diacritics normalisation removes (ž -> z, č -> c, š -> s).
    "iso9": {**_COMMON, "в": "v", "ж": "z", "у": "u", "х": "h", "ц": "c", "ч": "c", "ш": "s",
             "щ": "sc", "ю": "u", "я": "a", "й": "j"},
}

# Site languages whose readers type a name as it is written, in Cyrillic. Every other site
# language needs its own system above (a system check, coalition.W002, names one that lacks it).
CYRILLIC_LANGUAGES = {"ru"}

# Where a system writes "е" as "ye"/"je"/"ie" at the start of a word or after a vowel.
_IOTATED_E = {"en": "ye", "en_simple": "e", "de": "je", "fr": "ie", "iso9": "e"}
_VOWELS = set("аеёиоуыэюяъь")
# German and French double an "s" between vowels to keep it voiceless (Wassiljew, Vassiliev).
_DOUBLE_S_BETWEEN_VOWELS = {"de", "fr"}

# Between the spellings stored in ``Prisoner.search_names``.
SPELLING_SEPARATOR = " | "

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def languages_without_spellings(languages) -> list[str]:
    """Codes of the given (code, name) languages whose readers' spelling of a Russian name
    no system above produces."""
    return [code for code, _name in languages
            if code not in SYSTEMS and code not in CYRILLIC_LANGUAGES]


def normalise(text: str) -> str:
    """Lower-case and strip accents, keeping letters and digits only, words separated by spaces.

    Combining marks are removed from Cyrillic too ("й" -> "и", "ё" -> "е"); the stored names go
    through the same function, so both sides agree.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # "ß" and the Polish "ł" are letters of their own, not accented ones.
    return " ".join(_WORD.findall(stripped.replace("ß", "ss").replace("ł", "l")))


def transliterate(word: str, system: str) -> str:
    """Transliterate one lower-case Cyrillic word with the given system's habits."""
    if system == "pl":
        return _polish(word)
    table = SYSTEMS[system]
    out = []
    for i, ch in enumerate(word):
        previous = word[i - 1] if i else ""
        following = word[i + 1] if i + 1 < len(word) else ""
        if ch == "е" and (not previous or previous in _VOWELS):
            out.append(_IOTATED_E[system])
        elif (ch == "с" and system in _DOUBLE_S_BETWEEN_VOWELS
              and previous in _VOWELS and following in _VOWELS):
            out.append("ss")
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


# Polish: "л" is "ł" except before a front vowel or a soft sign; after a consonant the iotated
# vowels write their softness with an "i" (Сергей -> Siergiej), except after "л" (Люба -> Luba),
# "й" (Майя -> Maja) and the always-hard "ж ш ч щ ц" (Жёлтиков -> Żołtikow); "и" is "y" after
# "ж ш ц"; a soft sign marks "н с з т д" before a consonant or at the end (Кузьмин -> Kuźmin).
_PL_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_PL_SOFTENING = {"н": "ń", "с": "ś", "з": "ź", "т": "ć", "д": "dź"}
_PL_HARD = set("жшчщц")
# Adjectival surname endings take the Polish form (Достоевский -> Dostojewski, Троцкая ->
# Trocka, Навальный -> Nawalny); first names keep theirs (Юрий -> Jurij).
_PL_ENDINGS = {"ский": "ski", "цкий": "cki", "ская": "ska", "цкая": "cka", "ый": "y"}


def _polish(word: str) -> str:
    for ending, polish in _PL_ENDINGS.items():
        if word.endswith(ending) and len(word) > len(ending):
            return _polish_letters(word[:-len(ending)]) + polish
    return _polish_letters(word)


def _polish_letters(word: str) -> str:
    table = SYSTEMS["pl"]
    out = []
    for i, ch in enumerate(word):
        previous = word[i - 1] if i else ""
        following = word[i + 1] if i + 1 < len(word) else ""
        if ch in _PL_IOTATED:
            if not previous or previous in _VOWELS:
                out.append("j" + _PL_IOTATED[ch])
            elif previous in _PL_HARD or previous in "лй":
                out.append(_PL_IOTATED[ch])
            else:
                out.append("i" + _PL_IOTATED[ch])
        elif ch == "л":
            out.append("l" if following and following in "еёиюяь" else "ł")
        elif ch == "и":
            out.append("y" if previous in ("ж", "ш", "ц") else "i")
        elif ch == "ь":
            continue  # written on the consonant before it, below
        elif following == "ь" and ch in _PL_SOFTENING and (
                i + 2 >= len(word) or word[i + 2] not in _VOWELS):
            out.append(_PL_SOFTENING[ch])
        else:
            out.append(table.get(ch, ch))
    return "".join(out)


def spellings(name: str) -> set[str]:
    """Every spelling of a name worth matching: itself and its transliterations."""
    words = name.lower().split()
    result = {name.lower()}
    if any("а" <= ch <= "я" or ch == "ё" for ch in name.lower()):
        for system in SYSTEMS:
            result.add(" ".join(transliterate(word, system) for word in words))
    return result


def search_names_for(*names: str) -> str:
    """The text stored in ``Prisoner.search_names``."""
    variants = set()
    for name in names:
        if name:
            variants |= spellings(name)
    return SPELLING_SEPARATOR.join(sorted({normalise(v) for v in variants}))


def query_words(query: str) -> list[str]:
    """The normalised words of a visitor's query, longest first (most selective)."""
    return sorted(set(normalise(query).split()), key=lambda word: (-len(word), word))[:6]
