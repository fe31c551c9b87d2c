import io

import pytest
from django.core.management import CommandError, call_command

from accounts import roles
from accounts.models import User
from prisoners.models import (
    Article,
    CaseEvent,
    Consent,
    Facility,
    InternalNote,
    Prisoner,
    PrisonerContact,
    Recognition,
    Region,
    RiskFlag,
)
from prisoners.selectors import prisoner_search
from tests.languages import LANGUAGES, TRANSLATED

pytestmark = pytest.mark.django_db



def seed(*args):
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    models = (Prisoner, CaseEvent, Recognition, Consent, Facility, PrisonerContact, InternalNote,
              RiskFlag, User)
    return {model.__name__: model.objects.count() for model in models}


def demo_prisoners():
    return Prisoner.objects.exclude(slug__startswith="bench-")


def test_seeding_twice_creates_nothing_new():
    seed()
    first = counts()
    output = seed()
    assert counts() == first
    assert "Nothing new" in output
    assert first["Prisoner"] >= 35


def test_ivan_zhuchkov_is_the_one_public_search_example():
    seed()
    assert Prisoner.objects.filter(slug="ivan-zhuchkov").count() == 1
    assert Prisoner.objects.public().filter(slug="ivan-zhuchkov").exists()
    for query in ("Zhuchkov", "Schutschkow", "Joutchkov", "Жучков"):
        assert [p.slug for p in prisoner_search(query=query)] == ["ivan-zhuchkov"]


def test_demo_shows_public_and_private_prisoners():
    seed()
    public = Prisoner.objects.public()
    assert 25 <= public.count() <= 35
    assert demo_prisoners().exclude(pk__in=public).exists()
    assert not demo_prisoners().exclude(pk__in=public).filter(is_published=True).exists()


def test_public_demo_prisoners_have_real_translations():
    seed()
    for prisoner in Prisoner.objects.public():
        english = prisoner.case_summary_en
        assert english
        for lang in TRANSLATED:
            text = getattr(prisoner, f"case_summary_{lang}")
            assert text and text != english, (prisoner.slug, lang)
        assert all(getattr(prisoner, f"biography_{lang}") for lang in LANGUAGES)


def test_demo_texts_name_people_as_their_page_does():
    seed()
    zhuchkov = Prisoner.objects.get(slug="ivan-zhuchkov")
    # Russian prose writes "Иван Жучков"; the page's "Жучков Иван Петрович" is a heading.
    for lang in (lang for lang in LANGUAGES if lang != "ru"):
        assert zhuchkov.name_for(lang) in getattr(zhuchkov, f"case_summary_{lang}"), lang
    assert zhuchkov.case_summary_ru.startswith("Иван Жучков задержан")
    assert zhuchkov.case_summary_pl.startswith("Iwan Żuczkow został zatrzymany")


def test_demo_has_internal_events_and_photos_once():
    seed()
    assert CaseEvent.objects.filter(is_public=False).exists()
    photos = set(demo_prisoners().exclude(photo="").values_list("photo", flat=True))
    assert len(photos) >= 10
    seed()
    assert set(demo_prisoners().exclude(photo="").values_list("photo", flat=True)) == photos


def test_demo_logins_work_and_are_in_their_groups():
    output = seed()
    for username, group, password in (("coordinator", roles.COORDINATOR, "demo-coordinator-2026"),
                                      ("editor", roles.EDITOR, "demo-editor-2026"),
                                      ("finance", roles.FINANCE, "demo-finance-2026")):
        user = User.objects.get(username=username)
        assert user.is_staff and user.check_password(password)
        assert user.groups.filter(name=group).exists()
        assert password in output


def test_bench_prisoners_are_topped_up_not_duplicated():
    seed("--prisoners", "50")
    bench = Prisoner.objects.filter(slug__startswith="bench-")
    assert bench.count() == 50
    assert Prisoner.objects.public().filter(slug__startswith="bench-").exists()
    seed("--prisoners", "50")
    assert bench.count() == 50
    seed("--prisoners", "60")
    assert bench.count() == 60


def test_bench_prisoners_are_searchable_and_translated():
    seed("--prisoners", "20")
    prisoner = Prisoner.objects.filter(slug__startswith="bench-").first()
    assert prisoner.search_names
    assert all(getattr(prisoner, f"case_summary_{lang}") for lang in LANGUAGES)
    assert prisoner.events.exists() and prisoner.recognitions.exists()
    surname = prisoner.full_name_latin.split()[-1]
    assert prisoner.slug in [p.slug for p in Prisoner.objects.filter(
        search_names__contains=surname.lower())]


def test_refuses_production_settings(settings):
    settings.HTTPS = True
    with pytest.raises(CommandError, match="production"):
        seed()
    assert not Prisoner.objects.exists()


def test_works_without_reference_data_and_keeps_existing_titles():
    Region.objects.all().delete()
    Article.objects.all().delete()
    Region.objects.create(code="RU-VLA", name_en="Vladimir (edited)", name_ru="Владимир",
                          name_de="Wladimir", name_fr="Vladimir")
    seed()
    assert Region.objects.get(code="RU-VLA").name_en == "Vladimir (edited)"
    crimea = Region.objects.get(code="UA-43")
    assert all(getattr(crimea, f"name_{lang}") for lang in LANGUAGES)
    assert all(getattr(Article.objects.get(number="207.3"), f"title_{lang}") for lang in LANGUAGES)
    assert Prisoner.objects.public().filter(slug="ivan-zhuchkov").exists()
