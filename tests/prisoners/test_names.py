"""Names per language, and French elision before a name."""

import datetime

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import pgettext

from mentorships import notifications, services
from prisoners.choices import EventKind
from prisoners.names import elide, national_spelling
from tests.factories import CaseEventFactory, MentorFactory, PrisonerFactory, PublicPrisonerFactory

ZHUCHKOV = {"full_name_original": "Жучков Иван Сергеевич", "full_name_latin": "Ivan Zhuchkov"}


@pytest.mark.parametrize(("language", "name"), [
    ("ru", "Жучков Иван Сергеевич"), ("de", "Iwan Schutschkow"), ("fr", "Ivan Joutchkov"),
    ("pl", "Iwan Żuczkow"), ("en", "Ivan Zhuchkov"),
])
def test_name_for_each_language(language, name):
    assert PrisonerFactory.build(**ZHUCHKOV).name_for(language) == name


def test_a_spelling_entered_by_a_coordinator_wins_over_the_derived_one():
    prisoner = PrisonerFactory.build(**ZHUCHKOV, name_spellings={"de": "Iwan Shuchkow"})
    assert prisoner.name_for("de") == "Iwan Shuchkow"
    assert prisoner.name_for("pl") == "Iwan Żuczkow"
    assert prisoner.name_for("ru") == "Жучков Иван Сергеевич"
    assert prisoner.name_for("en") == "Ivan Zhuchkov"


def test_national_spelling_keeps_hyphens_and_needs_two_cyrillic_words():
    assert national_spelling("Римский-Корсаков Николай", "de") == "Nikolaj Rimskij-Korsakow"
    assert national_spelling("Гусев Алексей Петрович", "fr") == "Aleksei Goussev"
    assert national_spelling("Жучков", "de") == ""
    assert national_spelling("Zhuchkov Ivan", "de") == ""
    assert PrisonerFactory.build(full_name_original="Жучков",
                                 full_name_latin="Ivan Zhuchkov").name_for("de") == "Ivan Zhuchkov"


def test_french_elides_de_before_a_vowel_or_mute_h_only():
    assert elide("Affaire de Ivan Joutchkov : verdict", "Ivan Joutchkov", "fr") \
        == "Affaire d’Ivan Joutchkov : verdict"
    assert elide("De Hélène Petit", "Hélène Petit", "fr") == "D’Hélène Petit"
    assert elide("Affaire de Pavel Ivanov", "Pavel Ivanov", "fr") == "Affaire de Pavel Ivanov"
    assert elide("Fall von Ivan de Ivan", "Ivan", "de") == "Fall von Ivan de Ivan"
    assert elide("la fiche de Anna, ainsi que Ivan", "Ivan", "fr") \
        == "la fiche de Anna, ainsi qu’Ivan"


def _letter_page(language):
    mentor = MentorFactory(name="Anna Mentor", preferred_language=language)
    prisoner = PublicPrisonerFactory(slug="ivan-zhuchkov", **ZHUCHKOV)
    services.mentorship_assign(mentor=mentor, prisoner=prisoner)
    client = Client()
    client.force_login(mentor.user)
    return client.get("/portal/prisoners/ivan-zhuchkov/templates/").content.decode()


@pytest.mark.django_db
def test_russian_letter_templates_use_the_cyrillic_name_in_nominative_sentences():
    content = _letter_page("ru")
    with translation.override("ru"):
        question = pgettext("name in the nominative",
                            "Is the government aware of the case of %(name)s?")
    assert "Ivan Zhuchkov" not in content
    assert question % {"name": "Жучков Иван Сергеевич"} in content


@pytest.mark.django_db
def test_german_letter_templates_use_the_german_spelling():
    content = _letter_page("de")
    assert "Ivan Zhuchkov" not in content
    assert "Vorlagen für Iwan Schutschkow" in content


@pytest.mark.django_db
def test_polish_letter_templates_use_the_polish_spelling_in_the_nominative():
    content = _letter_page("pl")
    assert "Ivan Zhuchkov" not in content
    assert "Wzory pism: Iwan Żuczkow" in content
    assert "Czy rządowi znana jest sprawa osoby o imieniu i nazwisku Iwan Żuczkow?" in content


def test_polish_statuses_agree_with_the_gender():
    woman = PrisonerFactory.build(gender="female", status="died_in_custody")
    man = PrisonerFactory.build(gender="male", status="died_in_custody")
    with translation.override("pl"):
        assert (str(woman.status_label), str(man.status_label)) == (
            "zmarła w więzieniu", "zmarł w więzieniu")


@pytest.mark.django_db
def test_french_case_mail_elides_before_the_name(mailoutbox, settings):
    settings.SITE_URL = "https://registry.example.org"
    prisoner = PublicPrisonerFactory(birth_date=None, **ZHUCHKOV)
    services.mentorship_assign(mentor=MentorFactory(preferred_language="fr"), prisoner=prisoner)
    now = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)
    CaseEventFactory(prisoner=prisoner, kind=EventKind.VERDICT,
                     created_at=now - datetime.timedelta(hours=2))
    notifications.send_mentor_notifications(now=now)
    with translation.override("fr"):
        kind = str(EventKind.VERDICT.label)
    assert mailoutbox[0].subject == f"Affaire d’Ivan Joutchkov\u00a0: {kind}"


@pytest.mark.parametrize("language", ["fr", "ru", "de", "pl"])
def test_a_woman_who_died_in_custody_is_described_in_the_feminine(language):
    woman = PrisonerFactory.build(gender="female", status="died_in_custody")
    man = PrisonerFactory.build(gender="male", status="died_in_custody")
    unstated = PrisonerFactory.build(gender="undisclosed", status="died_in_custody")
    with translation.override(language):
        assert str(woman.status_label) == pgettext("status, female", "died in custody")
        assert str(man.status_label) == pgettext("status, male", "died in custody")
        assert str(unstated.status_label) == translation.gettext("died in custody")


@pytest.mark.django_db
def test_prisoner_page_shows_the_gendered_status(client):
    PublicPrisonerFactory(slug="maria", gender="female", status="released")
    content = client.get("/fr/prisoners/maria/").content.decode()
    with translation.override("fr"):
        label = pgettext("status, female", "released")
    assert f'<span class="status status--released">{label[0].upper()}{label[1:]}</span>' \
        in content


@pytest.mark.django_db
def test_french_letter_templates_elide_before_the_name():
    content = _letter_page("fr")
    with translation.override("fr"):
        question = pgettext("name in the nominative",
                            "Is the government aware of the case of %(name)s?")
    expected = (question % {"name": "Ivan Joutchkov"}).replace("de Ivan", "d’Ivan")
    assert expected in content
    assert "de Ivan Joutchkov" not in content
