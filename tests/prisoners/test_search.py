import pytest

from prisoners.search import normalise, query_words, search_names_for, transliterate
from prisoners.selectors import prisoner_search
from tests.factories import PrisonerFactory, PublicPrisonerFactory


@pytest.mark.parametrize("query", ["Zhuchkov", "Schutschkow", "Joutchkov", "Жучков", "жучков",
                                   "ZHUCHKOV", "Žučkov", "Ivan Zhuchkov", "Иван Жучков",
                                   "Zhuchkow", "Jouchkov", "Żuczkow", "Zuczkow", "Iwan Żuczkow"])
@pytest.mark.django_db
def test_search_finds_same_person_in_every_script(query):
    zhuchkov = PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                                     full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    PublicPrisonerFactory(full_name_original="Соколова Анна Сергеевна",
                          full_name_latin="Anna Sokolova", slug="anna-sokolova")
    assert list(prisoner_search(query=query)) == [zhuchkov]


@pytest.mark.django_db
def test_search_never_returns_private_prisoners():
    PrisonerFactory(full_name_original="Жучков Олег Иванович", full_name_latin="Oleg Zhuchkov")
    assert list(prisoner_search(query="Zhuchkov")) == []


@pytest.mark.django_db
def test_search_does_not_match_unrelated_names():
    PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                          full_name_latin="Ivan Zhuchkov")
    assert list(prisoner_search(query="Sokolova")) == []


def test_spellings_cover_every_habit():
    names = search_names_for("Васильев Сергей Юрьевич", "")
    for spelling in ("vasilyev sergey yuryevich", "wassiljew sergej jurjewitsch",
                     "vassiliev sergei iourievitch", "wasiljew siergiej jurjewicz",
                     "васильев сергеи юрьевич"):
        assert spelling in names.split(" | ")


@pytest.mark.parametrize(("cyrillic", "polish"), [
    ("жучков", "żuczkow"), ("алексей", "aleksiej"), ("соколова", "sokołowa"),
    ("павел", "pawieł"), ("шишкин", "szyszkin"), ("ольга", "olga"), ("майя", "maja"),
    ("жёлтиков", "żołtikow"), ("кузьмин", "kuźmin"), ("медведев", "miedwiediew"),
    ("любовь", "lubow"), ("ярослав", "jarosław"), ("щербаков", "szczerbakow"),
    ("навальный", "nawalny"), ("достоевский", "dostojewski"), ("троцкая", "trocka"),
    ("юрий", "jurij"), ("толстая", "tołstaja"),
])
def test_polish_transliteration_follows_the_pwn_rules(cyrillic, polish):
    assert transliterate(cyrillic, "pl") == polish


@pytest.mark.django_db
def test_a_polish_spelling_with_or_without_diacritics_finds_the_person():
    sokolova = PublicPrisonerFactory(full_name_original="Соколова Марина Игоревна",
                                     full_name_latin="Marina Sokolova")
    assert list(prisoner_search(query="Sokołowa")) == [sokolova]
    assert list(prisoner_search(query="sokolowa marina")) == [sokolova]


def test_normalise_strips_accents_and_punctuation():
    assert normalise("  Žučkov, Jóutchkov!  Ёлкин ") == "zuckov joutchkov елкин"


def test_query_words_are_bounded_and_deduplicated():
    assert query_words("a bb c dd e f g h a") == ["bb", "dd", "a", "c", "e", "f"]


@pytest.mark.django_db
def test_similar_names_are_a_fallback_only_when_no_name_matches():
    ivanov = PublicPrisonerFactory(full_name_original="Иванов Пётр Олегович",
                                   full_name_latin="Pyotr Ivanov", slug="pyotr-ivanov")
    ivankov = PublicPrisonerFactory(full_name_original="Иваньков Олег Петрович",
                                    full_name_latin="Oleg Ivankov", slug="oleg-ivankov")
    assert list(prisoner_search(query="Ivanov")) == [ivanov]
    assert list(prisoner_search(query="Ivankow")) == [ivankov]
