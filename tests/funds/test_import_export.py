"""Spreadsheets of the ledger through the admin, as django-import-export's pages are used: the
export form (format, columns) and the import's upload → preview → confirmation.

The resources are also called directly where the admin would hide what matters (a non-dry run
of a file with errors)."""

import datetime
import io
import re
from decimal import Decimal

import openpyxl
import pytest
import tablib
from django import forms
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from funds.models import Expense, Income
from funds.resources import ExpenseResource, IncomeResource
from tests.factories import CampaignFactory, ExpenseFactory, IncomeFactory, PrisonerFactory

pytestmark = pytest.mark.django_db

INCOME_COLUMNS = ["id", "date", "amount", "currency", "amount_eur", "channel", "campaign",
                  "donor_may_be_named", "donor_name", "note"]
EXPENSE_COLUMNS = ["id", "date", "amount", "currency", "amount_eur", "category", "prisoner",
                   "campaign", "description", "public_description_en", "public_description_ru",
                   "public_description_de", "public_description_fr", "public_description_pl"]
EXPENSE_HEADER = "id,date,amount,currency,amount_eur,category,prisoner,campaign,description\n"
FORMULAE = ['=HYPERLINK("http://evil")', "+SUM(1)", "@cmd", "-1+2"]
NOT_AN_AMOUNT = ("“%s” is not an amount: write it like 4700.00, with a dot before the cents "
                 "and no currency sign or spaces.")
NOT_A_DATE = "“%s” is not a date: write it like 2026-03-31 (year, month, day)."
NO_CAMPAIGN = "There is no campaign with the address “%s”."
NO_PRISONER = "There is no prisoner with the address “%s”."
NOT_IN_EUROS = "Enter the value in euros on the date of the payment."


# Helpers -----------------------------------------------------------------------------------


def url(model, step):
    return f"/admin/funds/{model}/{step}/"


def html(response):
    return response.content.decode()


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def format_index(form, title):
    """The value of the format a person picks by name in the export or import form."""
    return next(value for value, label in form.fields["format"].choices if label == title)


def export(client, model, title, query=""):
    """Open the export form, keep every column ticked (the default), pick a format, submit."""
    form = client.get(url(model, "export")).context["form"]
    data = {"resource": "0", "format": format_index(form, title)}
    data.update({name: "on" for name, field in form.fields.items()
                 if isinstance(field, forms.BooleanField) and field.initial})
    return client.post(url(model, "export") + query, data)


def csv_rows(response):
    return tablib.Dataset().load(response.content.decode(), format="csv")


def upload(client, model, content, *, title="csv", name=None):
    """The first import step: choose a file and its format, press Submit."""
    form = client.get(url(model, "import")).context["form"]
    name = name or f"ledger.{title}"
    return client.post(url(model, "import"), {
        "resource": "0", "format": format_index(form, title),
        "import_file": SimpleUploadedFile(name, content)})


def confirm(client, model, preview):
    """The second step: press "Confirm import", which posts the preview's hidden fields."""
    form = re.search(r'<form action="[^"]*process_import/" method="POST">(.*?)</form>',
                     html(preview), re.S).group(1)
    data = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    data["confirm"] = "Confirm import"
    return client.post(url(model, "process_import"), data)


def preview_errors(response):
    """Row number -> {column: [messages]} as the preview page lists them."""
    return {row.number: row.field_specific_errors
            for row in response.context["result"].invalid_rows}


def import_file_errors(response):
    return response.context["form"].errors.get("import_file")


def snapshot(model):
    return list(model.objects.order_by("pk").values())


@pytest.fixture
def anna(db):
    return PrisonerFactory(slug="anna-k")


@pytest.fixture
def lawyer_campaign(db):
    return CampaignFactory(slug="lawyer-for-anna")


@pytest.fixture
def ledger(anna, lawyer_campaign):
    """Income and expenses in euros and dollars, with campaigns, a prisoner, a named donor,
    text that a spreadsheet would run as a formula, and empty translated descriptions."""
    IncomeFactory(date=datetime.date(2026, 3, 3), amount=Decimal("4699.70"),
                  campaign=lawyer_campaign, donor_may_be_named=True, donor_name="Anna's friends")
    IncomeFactory(date=datetime.date(2026, 3, 20), amount=Decimal("100.00"), currency="USD",
                  amount_eur=Decimal("92.35"), channel="paypal", note="=1+1")
    IncomeFactory(date=datetime.date(2026, 2, 27), amount=Decimal("0.10"), channel="cash",
                  note=FORMULAE[3])
    ExpenseFactory(date=datetime.date(2026, 3, 4), prisoner=anna, campaign=lawyer_campaign,
                   description=FORMULAE[0], public_description_en="First lawyer visit")
    ExpenseFactory(date=datetime.date(2026, 3, 15), amount=Decimal("149.95"),
                   category="prison_account", description=FORMULAE[1],
                   public_description_de=FORMULAE[2])
    ExpenseFactory(date=datetime.date(2026, 3, 31), amount=Decimal("50.00"), currency="CHF",
                   amount_eur=Decimal("45.00"), category="technical", description="'=quoted")


# Export ----------------------------------------------------------------------------------------


def test_export_form_offers_the_formats_and_every_column(finance):
    response = finance.get(url("income", "export"))
    assert response.status_code == 200
    form = response.context["form"]
    assert {"csv", "xlsx"} <= {label for _, label in form.fields["format"].choices}
    assert [name for name, field in form.fields.items()
            if isinstance(field, forms.BooleanField)] == [
        f"incomeresource_{column}" for column in INCOME_COLUMNS]


def test_income_csv_has_exactly_the_resource_columns_and_values(finance, ledger):
    response = export(finance, "income", "csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"].startswith('attachment; filename="Income-')
    rows = csv_rows(response)
    assert rows.headers == INCOME_COLUMNS
    income = {row[2]: row[1:] for row in rows}  # by amount, without the id
    assert income == {
        "4699.70": ("2026-03-03", "4699.70", "EUR", "4699.70", "bank_transfer",
                    "lawyer-for-anna", "1", "Anna's friends", ""),
        "100.00": ("2026-03-20", "100.00", "USD", "92.35", "paypal", "", "0", "", "'=1+1"),
        "0.10": ("2026-02-27", "0.10", "EUR", "0.10", "cash", "", "0", "", "'-1+2"),
    }


def test_expense_csv_has_exactly_the_resource_columns(finance, ledger):
    rows = csv_rows(export(finance, "expense", "csv"))
    assert rows.headers == EXPENSE_COLUMNS
    visit = next(row for row in rows if row[6] == "anna-k")
    assert visit[1:] == ("2026-03-04", "685.00", "EUR", "685.00", "lawyer_initial_visit",
                         "anna-k", "lawyer-for-anna", "'" + FORMULAE[0], "First lawyer visit",
                         "", "", "", "")


def test_export_escapes_formulae_with_an_apostrophe(finance, ledger):
    expenses = csv_rows(export(finance, "expense", "csv"))
    assert sorted(expenses["description"]) == sorted(
        ["'" + FORMULAE[0], "'" + FORMULAE[1], "''=quoted"])
    assert [text for text in expenses["public_description_de"] if text] == ["'" + FORMULAE[2]]
    income = csv_rows(export(finance, "income", "csv"))
    assert sorted(income["note"]) == sorted(["", "'=1+1", "'" + FORMULAE[3]])


def test_xlsx_export_holds_formulae_as_plain_text(finance, ledger):
    response = export(finance, "expense", "xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *rows = sheet.iter_rows()
    assert [cell.value for cell in header] == EXPENSE_COLUMNS
    description = EXPENSE_COLUMNS.index("description")
    cells = [row[description] for row in rows]
    assert {cell.data_type for cell in cells} == {"s"}  # strings, not formulae ("f")
    assert sorted(cell.value for cell in cells) == sorted(
        ["'" + FORMULAE[0], "'" + FORMULAE[1], "''=quoted"])


def test_export_follows_the_month_filter(finance, ledger):
    rows = csv_rows(export(finance, "income", "csv", query="?month=2026-02"))
    assert [row[2] for row in rows] == ["0.10"]


def test_export_of_selected_columns_has_only_those(finance, ledger):
    form = finance.get(url("income", "export")).context["form"]
    response = finance.post(url("income", "export"), {
        "resource": "0", "format": format_index(form, "csv"),
        "incomeresource_date": "on", "incomeresource_amount_eur": "on"})
    assert csv_rows(response).headers == ["date", "amount_eur"]


@pytest.mark.parametrize("model", ("income", "expense"))
def test_coordinator_can_neither_export_nor_import(coordinator, ledger, model):
    assert coordinator.get(url(model, "export")).status_code == 403
    assert coordinator.post(url(model, "export"), {"format": "0", "resource": "0"}
                            ).status_code == 403
    assert coordinator.get(url(model, "import")).status_code == 403
    assert coordinator.post(url(model, "import"), {}).status_code == 403
    assert coordinator.post(url(model, "process_import"), {}).status_code == 403


def test_coordinator_is_offered_no_spreadsheet_buttons(coordinator, finance, ledger):
    assert url("income", "export") not in html(coordinator.get("/admin/funds/income/"))
    assert url("income", "export") in html(finance.get("/admin/funds/income/"))


# Import: a good file ---------------------------------------------------------------------------


def good_expenses():
    return (EXPENSE_HEADER +
            ",2026-03-04,685.00,EUR,,lawyer_initial_visit,anna-k,lawyer-for-anna,First visit\n"
            ",2026-03-15,149.95,EUR,,prison_account,anna-k,,Prison account\n"
            ",2026-03-31,50.00,CHF,45.00,technical,,lawyer-for-anna,Hosting\n").encode()


def test_import_of_three_expenses_creates_them_exactly(finance, anna, lawyer_campaign):
    preview = upload(finance, "expense", good_expenses())
    assert preview.status_code == 200
    assert preview.context["result"].totals["new"] == 3
    assert "Confirm import" in html(preview)
    assert Expense.objects.count() == 0  # the preview saves nothing

    response = confirm(finance, "expense", preview)

    assert response.status_code == 302
    assert response["Location"] == "/admin/funds/expense/"
    assert messages_of(response) == [
        "Import finished: 3 new, 0 updated, 0 deleted and 0 skipped expenses."]
    assert list(Expense.objects.order_by("date").values_list(
        "date", "amount", "currency", "amount_eur", "category", "prisoner", "campaign",
        "description")) == [
        (datetime.date(2026, 3, 4), Decimal("685.00"), "EUR", Decimal("685.00"),
         "lawyer_initial_visit", anna.pk, lawyer_campaign.pk, "First visit"),
        (datetime.date(2026, 3, 15), Decimal("149.95"), "EUR", Decimal("149.95"),
         "prison_account", anna.pk, None, "Prison account"),
        (datetime.date(2026, 3, 31), Decimal("50.00"), "CHF", Decimal("45.00"), "technical",
         None, lawyer_campaign.pk, "Hosting"),
    ]


def test_import_of_income_from_xlsx(finance, lawyer_campaign):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(INCOME_COLUMNS)
    sheet.append([None, datetime.datetime(2026, 3, 3), 4700, "EUR", None, "bank_transfer",
                  "lawyer-for-anna", True, "Anna's friends", None])
    sheet.append([None, "2026-03-20", "100.00", "USD", 92.35, "paypal", None, False, None,
                  "Ref 17"])
    content = io.BytesIO()
    book.save(content)

    response = confirm(finance, "income",
                       upload(finance, "income", content.getvalue(), title="xlsx"))

    assert response.status_code == 302
    assert list(Income.objects.order_by("date").values_list(
        "date", "amount", "currency", "amount_eur", "campaign", "donor_may_be_named",
        "donor_name", "note")) == [
        (datetime.date(2026, 3, 3), Decimal("4700.00"), "EUR", Decimal("4700.00"),
         lawyer_campaign.pk, True, "Anna's friends", ""),
        (datetime.date(2026, 3, 20), Decimal("100.00"), "USD", Decimal("92.35"), None, False,
         "", "Ref 17"),
    ]


# Import: a bad file ----------------------------------------------------------------------------


def bad_expenses():
    return (EXPENSE_HEADER +
            ",2026-03-04,685.00,EUR,,lawyer_initial_visit,anna-k,lawyer-for-anna,Valid\n"
            ',2026-03-04,"4.700,00",EUR,,travel,,,Comma as decimal mark\n'
            ",2026-03-04,abc,EUR,,travel,,,Not a number\n"
            ",2026-03-04,10.00,XYZ,,travel,,,Unknown currency\n"
            ",2026-03-04,10.00,EUR,,travel,,nope,Unknown campaign\n"
            ",2026-03-04,10.00,USD,,travel,,,Dollars without euro value\n"
            ",31.03.2026,10.00,EUR,,travel,,,German date\n"
            ",04/03/2026,10.00,EUR,,travel,,,Ambiguous date\n"
            ",2026-03-04,10.005,EUR,,travel,,,Beyond the cent\n"
            ",2026-03-04,10.00,EUR,,travel,ghost,,Unknown prisoner\n"
            ",2026-03-05,20.00,EUR,,travel,,,Valid too\n").encode()


BAD_EXPENSE_ERRORS = {
    2: {"amount": [NOT_AN_AMOUNT % "4.700,00"]},
    3: {"amount": [NOT_AN_AMOUNT % "abc"]},
    4: {"currency": ["Value 'XYZ' is not a valid choice."], "amount_eur": [NOT_IN_EUROS]},
    5: {"campaign": [NO_CAMPAIGN % "nope"]},
    6: {"amount_eur": [NOT_IN_EUROS]},
    7: {"date": [NOT_A_DATE % "31.03.2026"]},
    8: {"date": [NOT_A_DATE % "04/03/2026"]},
    9: {"amount": ["Ensure that there are no more than 2 decimal places."]},
    10: {"prisoner": [NO_PRISONER % "ghost"]},
}


def test_import_preview_lists_every_bad_row_and_offers_no_confirmation(
        finance, anna, lawyer_campaign):
    existing = ExpenseFactory()

    response = upload(finance, "expense", bad_expenses())

    assert response.status_code == 200
    assert preview_errors(response) == BAD_EXPENSE_ERRORS
    page = html(response)
    assert "Some rows failed to validate" in page
    for message in ("“4.700,00” is not an amount", "“abc” is not an amount",
                    "There is no campaign with the address “nope”.",
                    "There is no prisoner with the address “ghost”.",
                    "“31.03.2026” is not a date", NOT_IN_EUROS):
        assert message in page
    assert "confirm_form" not in response.context
    assert "Confirm import" not in page
    assert list(Expense.objects.all()) == [existing]


def test_import_data_of_a_bad_file_saves_no_row_even_without_dry_run(anna, lawyer_campaign):
    dataset = tablib.Dataset().load(bad_expenses().decode(), format="csv")

    result = ExpenseResource().import_data(dataset, dry_run=False)

    assert result.has_validation_errors()
    assert {row.number for row in result.invalid_rows} == set(BAD_EXPENSE_ERRORS)
    assert Expense.objects.count() == 0  # not even rows 1 and 11, which were valid


def test_import_data_refuses_the_whole_file_when_asked_not_to_roll_back(anna, lawyer_campaign):
    dataset = tablib.Dataset().load(bad_expenses().decode(), format="csv")
    ExpenseResource().import_data(dataset, dry_run=False, use_transactions=False,
                                  rollback_on_validation_errors=False)
    assert Expense.objects.count() == 0


def test_confirmed_file_that_no_longer_passes_saves_nothing(finance, anna, lawyer_campaign):
    preview = upload(finance, "expense", good_expenses())
    assert "Confirm import" in html(preview)
    lawyer_campaign.delete()  # meanwhile, someone deleted the campaign the file names

    response = confirm(finance, "expense", preview)

    assert response.status_code == 302
    assert response["Location"] == "/admin/funds/expense/import/"
    assert messages_of(response) == [
        "Nothing was imported: the file no longer passes the checks. Upload it again to see "
        "why."]
    assert Expense.objects.count() == 0


def test_income_import_refuses_a_donor_name_without_consent(finance):
    content = (",".join(INCOME_COLUMNS) + "\n"
               ",2026-03-03,20.00,EUR,,cash,,0,Anna K.,\n").encode()
    response = upload(finance, "income", content)
    assert preview_errors(response) == {1: {"donor_name": [
        "A donor's name may be stored only with their consent to show it. Tick the consent "
        "box or leave the name empty."]}}
    assert Income.objects.count() == 0


def test_import_refuses_an_id_that_does_not_exist(finance):
    content = (EXPENSE_HEADER + "4242,2026-03-04,10.00,EUR,,travel,,,Train\n").encode()
    response = upload(finance, "expense", content)
    assert preview_errors(response) == {1: {"id": [
        "There is no row with the id 4242 to update. Leave the id empty for a new row."]}}
    assert "Confirm import" not in html(response)


@pytest.mark.parametrize(("title", "content"), [
    ("csv", bytes(range(256)) * 8),
    ("xlsx", bytes(range(256)) * 8),
    ("xlsx", good_expenses()),
])
def test_import_of_a_file_that_is_no_spreadsheet_is_a_form_error(finance, title, content):
    response = upload(finance, "expense", content, title=title)
    assert response.status_code == 200
    [error] = import_file_errors(response)
    assert error.endswith("encountered while trying to read file. Ensure you have chosen the "
                          "correct format for the file.")
    assert "result" not in response.context
    assert Expense.objects.count() == 0


@pytest.mark.parametrize("step", ["import", "export"])
def test_only_spreadsheet_formats_are_offered(finance, step):
    form = finance.get(url("expense", step)).context["form"]
    assert [label for _, label in form.fields["format"].choices if label != "---"] == [
        "csv", "xlsx"]


def test_import_of_a_file_with_other_columns_names_the_expected_ones(finance):
    content = b"Datum,Betrag,Zweck\n2026-03-04,10.00,Zug\n"
    response = upload(finance, "expense", content)
    assert response.status_code == 200
    assert import_file_errors(response) == [
        "Missing columns: id, date, amount, currency, amount_eur, category, description. "
        "Unknown columns: “Datum”, “Betrag”, “Zweck”. The first row must name the columns: "
        + ", ".join(EXPENSE_COLUMNS) + "."]
    assert "result" not in response.context


def test_import_of_a_misspelt_optional_column_is_refused(finance, anna):
    content = (EXPENSE_HEADER.replace("prisoner", "prisonner") +
               ",2026-03-04,10.00,EUR,,travel,anna-k,,Train\n").encode()
    [error] = import_file_errors(upload(finance, "expense", content))
    assert error.startswith("Unknown columns: “prisonner”. The first row must name the columns:")


def test_import_of_a_header_with_a_stray_space_is_refused(finance):
    content = (EXPENSE_HEADER.replace("amount,", "amount ,", 1) +
               ",2026-03-04,10.00,EUR,,travel,,,Train\n").encode()
    [error] = import_file_errors(upload(finance, "expense", content))
    assert error.startswith("Missing columns: amount. Unknown columns: “amount ”.")


def test_import_data_of_a_file_with_other_columns_saves_nothing():
    dataset = tablib.Dataset(("2026-03-04", "10.00", "Train"), headers=["Datum", "Betrag", "x"])
    result = ExpenseResource().import_data(dataset, dry_run=False)
    assert result.has_errors()
    assert str(result.base_errors[0].error).startswith("Missing columns: id, date, amount")
    assert Expense.objects.count() == 0


# Round trips ------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["csv", "xlsx"])
@pytest.mark.parametrize("model", [Income, Expense])
def test_reimporting_an_export_changes_nothing(finance, ledger, model, title):
    name = model._meta.model_name
    before = snapshot(model)
    exported = export(finance, name, title)

    preview = upload(finance, name, exported.content, title=title)
    totals = preview.context["result"].totals
    assert (totals["new"], totals["update"], totals["skip"]) == (0, 0, len(before))
    response = confirm(finance, name, preview)

    assert response.status_code == 302
    assert snapshot(model) == before  # updated_at included: no row was even saved


def test_reimporting_an_export_restores_the_original_text(finance, ledger):
    exported = export(finance, "expense", "csv")
    originals = {row["pk"]: row for row in Expense.objects.values(
        "pk", "description", "public_description_de")}
    Expense.objects.update(description="overwritten", public_description_de="überschrieben")
    assert {row["public_description_de"] for row in originals.values()} == {None, FORMULAE[2]}

    response = confirm(finance, "expense", upload(finance, "expense", exported.content))

    assert response.status_code == 302
    assert {row["pk"]: row for row in Expense.objects.values(
        "pk", "description", "public_description_de")} == originals
    assert sorted(Expense.objects.values_list("description", flat=True)) == sorted(
        [FORMULAE[0], FORMULAE[1], "'=quoted"])


def test_reimporting_an_edited_export_updates_only_the_edited_row(finance, ledger):
    rows = csv_rows(export(finance, "income", "csv"))
    edited = tablib.Dataset(headers=rows.headers)
    for row in rows:
        row = list(row)
        if row[2] == "0.10":
            row[2] = "0.20"  # amount corrected; its stale euro value in the file is ignored
        edited.append(row)

    preview = upload(finance, "income", edited.csv.encode())
    totals = preview.context["result"].totals
    assert (totals["new"], totals["update"], totals["skip"]) == (0, 1, 2)
    confirm(finance, "income", preview)

    assert Income.objects.count() == 3
    assert list(Income.objects.filter(channel="cash").values_list("amount", "amount_eur")) == [
        (Decimal("0.20"), Decimal("0.20"))]


def test_income_resource_lists_its_fields_explicitly():
    assert list(IncomeResource().get_export_headers()) == INCOME_COLUMNS
    assert list(ExpenseResource().get_export_headers()) == EXPENSE_COLUMNS
