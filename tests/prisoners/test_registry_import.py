"""Spreadsheets of the registry through the admin: export, and the import's upload → preview
→ confirmation, with duplicates found across scripts and transliterations."""

import datetime
import io
import re

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from prisoners.models import Facility, InternalNote, Prisoner, PrisonerContact
from tests.factories import (
    ArticleFactory,
    FacilityFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RegionFactory,
)
from tests.funds.test_import_export import (
    csv_rows,
    format_index,
    html,
    import_file_errors,
    preview_errors,
)

pytestmark = pytest.mark.django_db

PRISONER_COLUMNS = [
    "id", "full_name_original", "full_name_latin", "birth_date", "region", "articles", "status",
    "category", "facility", "arrested_on", "verdict_on", "released_on", "sentence_kind",
    "sentence_years", "sentence_months", "case_summary_en", "case_summary_ru", "case_summary_de",
    "case_summary_fr", "case_summary_pl", "biography_en", "biography_ru", "biography_de",
    "biography_fr", "biography_pl"]


def url(model, step):
    return f"/admin/prisoners/{model}/{step}/"


def upload(client, content, *, model="prisoner", title="csv"):
    form = client.get(url(model, "import")).context["form"]
    return client.post(url(model, "import"), {
        "resource": "0", "format": format_index(form, title),
        "import_file": SimpleUploadedFile(f"registry.{title}", content)})


def confirm(client, preview, model="prisoner"):
    form = re.search(r'<form action="[^"]*process_import/" method="POST">(.*?)</form>',
                     html(preview), re.S).group(1)
    data = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    data["confirm"] = "Confirm import"
    return client.post(url(model, "process_import"), data)


def export_csv(client, model="prisoner"):
    form = client.get(url(model, "export")).context["form"]
    data = {"resource": "0", "format": format_index(form, "csv")}
    data.update({name: "on" for name, field in form.fields.items()
                 if getattr(field, "initial", None) is True})
    return client.post(url(model, "export"), data)


@pytest.fixture
def places(db):
    region = RegionFactory(code="RU-VLA", name_en="Vladimir Oblast", name_ru="Владимирская область")
    ArticleFactory(number="207.3")
    ArticleFactory(number="280.3")
    return {"region": region,
            "colony": FacilityFactory(region=region, name_en="Penal Colony No. 6",
                                      name_ru="ИК-6")}


@pytest.fixture
def zhuchkov(places):
    return PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                                 full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov",
                                 region=places["region"], birth_date=datetime.date(1978, 11, 18))


GOOD = (
    "full_name_original,full_name_latin,birth_date,region,articles,status,category,facility,"
    "arrested_on,case_summary_en,case_summary_ru\n"
    "Соколова Анна Сергеевна,Anna Sokolova,1990-04-02,RU-VLA,207.3; 280.3,serving_sentence,"
    "anti_war,ИК-6,12.03.2023,Jailed for anti-war posts.,Осуждена за антивоенные посты.\n"
    "Орлов Пётр,Pyotr Orlov,,Владимирская область,,Verbüßt eine Haftstrafe in einer "
    "Strafkolonie oder einem Gefängnis,journalism,,2024-01-31,,\n"
)


def test_good_file_creates_exactly_those_people_unpublished(coordinator, places):
    preview = upload(coordinator, GOOD.encode())
    assert preview_errors(preview) == {}
    confirm(coordinator, preview)
    sokolova = Prisoner.objects.get(full_name_latin="Anna Sokolova")
    orlov = Prisoner.objects.get(full_name_latin="Pyotr Orlov")
    assert (sokolova.full_name_original, sokolova.birth_date, sokolova.region, sokolova.status,
            sokolova.category, sokolova.facility, sokolova.arrested_on, sokolova.slug,
            sokolova.case_summary_en, sokolova.case_summary_ru) == (
        "Соколова Анна Сергеевна", datetime.date(1990, 4, 2), places["region"],
        "serving_sentence", "anti_war", places["colony"], datetime.date(2023, 3, 12),
        "anna-sokolova", "Jailed for anti-war posts.", "Осуждена за антивоенные посты.")
    assert sorted(sokolova.articles.values_list("number", flat=True)) == ["207.3", "280.3"]
    assert (orlov.status, orlov.region, orlov.facility) == ("serving_sentence",
                                                           places["region"], None)
    for person in (sokolova, orlov):
        assert (person.is_published, person.recognition_standing) == (False, "")
        assert not person.recognitions.exists() and not person.consents.exists()
    assert Prisoner.objects.public().count() == 0


def test_publication_columns_are_refused_so_an_import_publishes_nobody(coordinator, places):
    content = ("full_name_original,full_name_latin,is_published,recognition_standing\n"
               "Соколова Анна,Anna Sokolova,1,recognised\n")
    response = upload(coordinator, content.encode())
    assert "Unknown columns: “is_published”, “recognition_standing”." in import_file_errors(
        response)[0]
    assert Prisoner.objects.count() == 0


def test_every_bad_row_is_listed_and_nothing_is_saved(coordinator, places):
    content = (
        "full_name_original,full_name_latin,birth_date,region,articles,status\n"
        "Соколова Анна,Anna Sokolova,1990-04-02,RU-VLA,207.3,serving_sentence\n"
        "Орлов Пётр,Pyotr Orlov,31/12/1990,RU-VLA,,serving_sentence\n"
        "Белов Олег,Oleg Belov,,Atlantis,,serving_sentence\n"
        "Попов Иван,Ivan Popov,,,999.9,on holiday\n"
        ',"=HYPERLINK(""http://evil"")",,,,\n')
    errors = preview_errors(upload(coordinator, content.encode()))
    assert errors == {
        2: {"birth_date": ["“31/12/1990” is not a date: write it like 2026-03-31 (year, month, "
                           "day)."]},
        3: {"region": ["There is no region “Atlantis”: write its code (RU-MOW) or its name."]},
        4: {"status": ["“on holiday” is not one of: pretrial_detention, house_arrest, "
                       "restricted, sentenced, serving_sentence, compulsory_treatment, "
                       "released, emigrated, died_in_custody."]},
        5: {"full_name_original": ["This field cannot be blank."],
            "status": ["This field cannot be blank."]},
    }
    assert Prisoner.objects.count() == 0


def test_unknown_article_refuses_the_file(coordinator, places):
    content = ("full_name_original,full_name_latin,articles\n"
               "Попов Иван,Ivan Popov,207.3; 999.9\n")
    preview = upload(coordinator, content.encode())
    assert "No article of the Criminal Code is numbered “999.9”." in html(preview)
    assert Prisoner.objects.count() == 0


def test_same_person_in_another_script_is_a_duplicate_not_a_second_record(coordinator,
                                                                          zhuchkov):
    content = ("full_name_original,full_name_latin,birth_date\n"
               "Жучков Иван,Iwan Schutschkow,18.11.1978\n"
               ",Ivan Zhuchkov,\n"
               "Жучков Иван,Ivan Zhuchkov,1990-01-01\n")
    errors = preview_errors(upload(coordinator, content.encode()))
    expected = (f"Possibly a duplicate of Ivan Zhuchkov / Жучков Иван Петрович (id "
                f"{zhuchkov.pk}, born 1978-11-18), already in the registry: to update that "
                f"record, put {zhuchkov.pk} in the id column; if it is someone else, give the "
                f"birth date.")
    assert errors == {1: {"full_name_original": [expected]},
                      2: {"full_name_original": [expected]}}
    assert Prisoner.objects.count() == 1


def test_two_rows_of_one_person_in_the_file_are_flagged(coordinator, places):
    content = ("full_name_original,full_name_latin,birth_date\n"
               "Соколова Анна Сергеевна,Anna Sokolova,1990-04-02\n"
               "Соколова Анна,Anna Sokolowa,\n")
    errors = preview_errors(upload(coordinator, content.encode()))
    assert errors == {2: {"full_name_original": [
        "Possibly the same person as on line 1 of this file."]}}


def test_a_duplicate_is_fixed_with_the_id_and_updates_without_publishing(coordinator,
                                                                         zhuchkov):
    zhuchkov.is_published = False
    zhuchkov.save()
    content = ("id,full_name_original,full_name_latin,birth_date,status\n"
               f"{zhuchkov.pk},Жучков Иван Петрович,Ivan Zhuchkov,1978-11-18,released\n")
    preview = upload(coordinator, content.encode())
    assert preview_errors(preview) == {}
    confirm(coordinator, preview)
    zhuchkov.refresh_from_db()
    assert (zhuchkov.status, zhuchkov.is_published, Prisoner.objects.count()) == (
        "released", False, 1)


def test_xlsx_files_are_read_too(coordinator, places):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["full_name_original", "full_name_latin", "birth_date"])
    sheet.append(["Соколова Анна", "Anna Sokolova", datetime.datetime(1990, 4, 2)])
    buffer = io.BytesIO()
    book.save(buffer)
    confirm(coordinator, upload(coordinator, buffer.getvalue(), title="xlsx"))
    assert Prisoner.objects.get().birth_date == datetime.date(1990, 4, 2)


def test_export_has_exactly_the_columns_and_no_private_data(coordinator, zhuchkov):
    zhuchkov.case_summary_en = "=HYPERLINK(\"http://evil\")"
    zhuchkov.save()
    PrisonerContact.objects.create(prisoner=zhuchkov, kind="lawyer", name="CANARYLAWYER")
    InternalNote.objects.create(prisoner=zhuchkov, text="CANARYNOTE")
    response = export_csv(coordinator)
    rows = csv_rows(response)
    assert rows.headers == PRISONER_COLUMNS
    row = dict(zip(rows.headers, rows[0], strict=True))
    assert (row["id"], row["full_name_original"], row["birth_date"], row["region"],
            row["case_summary_en"]) == (str(zhuchkov.pk), "Жучков Иван Петрович", "1978-11-18",
                                        "RU-VLA", "'=HYPERLINK(\"http://evil\")")
    assert "CANARY" not in response.content.decode()


@pytest.mark.parametrize("who", ["editor", "finance"])
def test_only_coordinators_import_and_export_the_registry(request, who, places):
    client = request.getfixturevalue(who)
    for model in ("prisoner", "facility"):
        assert client.get(url(model, "import")).status_code == 403
        assert client.get(url(model, "export")).status_code == 403
        assert client.post(url(model, "process_import"), {}).status_code == 403


def test_anonymous_is_sent_to_log_in(anonymous):
    response = anonymous.get(url("prisoner", "import"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_facilities_import_with_region_by_name(coordinator, places):
    content = ("name_en,name_ru,kind,region,postal_address\n"
               "Pre-trial Detention Centre No. 3,СИЗО-3,sizo,Владимирская область,"
               "\"600000, г. Владимир, ул. Тюремная, 1\"\n")
    confirm(coordinator, upload(coordinator, content.encode(), model="facility"),
            model="facility")
    facility = Facility.objects.get(name_en="Pre-trial Detention Centre No. 3")
    assert (facility.name_ru, facility.kind, facility.region, facility.postal_address) == (
        "СИЗО-3", "sizo", places["region"], "600000, г. Владимир, ул. Тюремная, 1")


def test_existing_people_keep_their_record_when_a_file_is_refused(coordinator, zhuchkov):
    PrisonerFactory(full_name_latin="Oleg Belov")
    before = list(Prisoner.objects.order_by("pk").values())
    content = (f"id,full_name_original,full_name_latin,status\n"
               f"{zhuchkov.pk},Жучков Иван Петрович,Ivan Zhuchkov,released\n"
               f",Белов,Oleg Belov,unknown status\n")
    preview = upload(coordinator, content.encode())
    assert list(preview_errors(preview)) == [2]
    assert list(Prisoner.objects.order_by("pk").values()) == before


def test_a_name_two_regions_share_is_refused_with_a_reason(coordinator, places):
    RegionFactory(code="RU-XXX", name_en="Vladimir Oblast")
    content = "full_name_original,full_name_latin,region\nОрлов Пётр,Pyotr Orlov,Vladimir Oblast\n"
    errors = preview_errors(upload(coordinator, content.encode()))
    assert errors == {1: {"region": [
        "Several regions are called “Vladimir Oblast”: write the code of the one you mean."]}}
