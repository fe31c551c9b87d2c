"""The public funds pages: donation page, campaigns, transparency page and its CSV."""

import csv
import datetime
import io
from decimal import Decimal

import pytest

from funds.models import PaymentMethod
from tests.factories import (
    CampaignFactory,
    ExpenseFactory,
    IncomeFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
)
from tests.funds.test_ledger import record_the_report_month
from tests.languages import LANGUAGES
from tests.mentorships.test_public import count_queries, url

pytestmark = pytest.mark.django_db


def text_of(response):
    assert response.status_code == 200
    return response.content.decode()



@pytest.mark.parametrize("language", LANGUAGES)
def test_funds_pages_answer_in_every_language(anonymous, language):
    campaign = record_the_report_month()
    for path in (url("funds:donate", language), url("funds:campaigns", language),
                 url("funds:campaign", language, slug=campaign.slug),
                 url("funds:transparency", language),
                 url("funds:transparency_year", language, year=2026)):
        response = anonymous.get(path)
        assert response.status_code == 200, path
        assert f'<html lang="{language}">' in response.content.decode()


def test_transparency_page_shows_the_months_figures(anonymous):
    record_the_report_month()
    response = anonymous.get(url("funds:transparency_year", year=2026))
    march = response.context["figures"].months[2]
    assert (march.income, march.spending) == (Decimal("4700.00"), Decimal("3435.00"))
    content = text_of(response)
    assert "<th scope=\"row\">March</th>" in content
    for figure in ("4,700\xa0EUR", "2,740\xa0EUR", "650\xa0EUR", "45\xa0EUR", "3,435\xa0EUR"):
        assert f"<td>{figure}</td>" in content
    assert 'role="img"' in content and "<title id=\"chart-title\">" in content


def test_transparency_page_defaults_to_the_latest_year_with_money(anonymous):
    IncomeFactory(date=datetime.date(2025, 5, 1))
    assert anonymous.get(url("funds:transparency")).context["figures"].year == 2025


def test_transparency_page_without_any_money_says_so(anonymous):
    content = text_of(anonymous.get(url("funds:transparency")))
    assert "Nothing has been entered for this year yet." in content


def test_transparency_for_a_year_without_money_is_404(anonymous):
    IncomeFactory(date=datetime.date(2026, 5, 1))
    assert anonymous.get(url("funds:transparency_year", year=2019)).status_code == 404
    assert anonymous.get(url("funds:transparency_csv", year=2019)).status_code == 404
    assert anonymous.get("/en/transparency/abc/").status_code == 404


def test_transparency_csv_holds_the_exact_public_figures(anonymous):
    record_the_report_month()
    response = anonymous.get(url("funds:transparency_csv", year=2026))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="funds-2026.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["month", "income_eur", "lawyer_initial_visit_eur", "lawyer_defence_eur",
                       "parcels_letters_eur", "prison_account_eur", "travel_eur",
                       "technical_eur", "other_eur", "spending_eur"]
    assert rows[3] == ["2026-03", "4700.00", "2740.00", "0.00", "400.10", "249.90", "0.00",
                       "45.00", "0.00", "3435.00"]
    assert rows[2][:2] == ["2026-02", "1.00"]


def test_only_public_expense_lines_are_listed(anonymous):
    public_prisoner = PublicPrisonerFactory()
    ExpenseFactory(public_description_en="Visit to a public prisoner", prisoner=public_prisoner)
    ExpenseFactory(public_description_en="Hidden prisoner visit", prisoner=PrisonerFactory())
    ExpenseFactory(public_description_en="Private campaign cost",
                   campaign=CampaignFactory(is_public=False))
    ExpenseFactory(description="No public line")
    content = text_of(anonymous.get(url("funds:transparency_year", year=2026)))
    assert "Visit to a public prisoner" in content
    assert "Hidden prisoner visit" not in content and "Private campaign cost" not in content
    # Every expense still counts in the totals: four visits of 685 EUR.
    assert "<td>2,740\xa0EUR</td>" in content


def test_public_expense_line_falls_back_to_english(anonymous):
    ExpenseFactory(public_description_en="Parcel with warm clothes")
    assert "Parcel with warm clothes" in text_of(
        anonymous.get(url("funds:transparency_year", "de", year=2026)))


def test_campaign_page_shows_progress_and_only_consenting_donors(anonymous):
    campaign = CampaignFactory(target_amount=Decimal("4700.00"), title_en="A lawyer for R. Z.")
    IncomeFactory(campaign=campaign, amount=Decimal("1000.00"), donor_may_be_named=True,
                  donor_name="Anna K.")
    IncomeFactory(campaign=campaign, amount=Decimal("584.90"), note="Bank ref 42")
    content = text_of(anonymous.get(url("funds:campaign", slug=campaign.slug)))
    assert "<strong>1,584.90\xa0EUR</strong> collected of 4,700\xa0EUR" in content
    assert 'max="4700.00" value="1584.90"' in content
    assert "(33%)" in content and "2 donations" in content
    assert "Anna K." in content and "Bank ref 42" not in content


def test_progress_numbers_are_not_localised_in_attributes(anonymous):
    campaign = CampaignFactory(target_amount=Decimal("4700.00"))
    IncomeFactory(campaign=campaign, amount=Decimal("1584.90"))
    content = text_of(anonymous.get(url("funds:campaign", "de", slug=campaign.slug)))
    assert 'max="4700.00" value="1584.90"' in content
    assert "1.584,90\xa0EUR" in content


@pytest.mark.parametrize("hidden", [
    {"is_public": False},
    {"prisoner": "unpublished"},
])
def test_hidden_campaigns_are_404_and_unlisted(anonymous, hidden):
    if hidden.get("prisoner"):
        hidden = {"prisoner": PrisonerFactory()}
    campaign = CampaignFactory(title_en="Hidden campaign", **hidden)
    assert anonymous.get(campaign.get_absolute_url()).status_code == 404
    for name in ("funds:campaigns", "funds:donate"):
        assert "Hidden campaign" not in text_of(anonymous.get(url(name)))


def test_campaign_for_a_public_prisoner_is_linked_both_ways(anonymous):
    prisoner = PublicPrisonerFactory()
    campaign = CampaignFactory(prisoner=prisoner, title_en="A lawyer for Pyotr")
    prisoner_page = text_of(anonymous.get(prisoner.get_absolute_url()))
    assert f'href="{campaign.get_absolute_url()}"' in prisoner_page
    assert "Fundraising for" in prisoner_page
    campaign_page = text_of(anonymous.get(campaign.get_absolute_url()))
    assert f'href="{prisoner.get_absolute_url()}"' in campaign_page


def test_prisoner_page_omits_private_campaigns(anonymous):
    prisoner = PublicPrisonerFactory()
    CampaignFactory(prisoner=prisoner, is_public=False, title_en="Internal defence fund")
    content = text_of(anonymous.get(prisoner.get_absolute_url()))
    assert "Internal defence fund" not in content and "Fundraising for" not in content


def test_donation_page_lists_published_payment_methods_and_open_campaigns(anonymous):
    PaymentMethod.objects.create(name_en="Bank transfer (SEPA)", details_en="IBAN: DE00 1234",
                                 is_published=True, link="https://pay.example.org/give")
    PaymentMethod.objects.create(name_en="Old account", details_en="IBAN: CLOSED",
                                 is_published=False)
    CampaignFactory(title_en="Open one")
    CampaignFactory(title_en="Closed one", status="closed")
    content = text_of(anonymous.get(url("funds:donate")))
    assert "Bank transfer (SEPA)" in content and "IBAN: DE00 1234" in content
    assert 'href="https://pay.example.org/give"' in content
    assert "Old account" not in content and "IBAN: CLOSED" not in content
    assert "Open one" in content and "Closed one" not in content
    assert "Closed one" in text_of(anonymous.get(url("funds:campaigns")))


def test_payment_links_must_be_https():
    method = PaymentMethod(name_en="PayPal", details_en="x", link="http://paypal.example.org")
    with pytest.raises(Exception) as error:
        method.full_clean()
    assert "link" in error.value.message_dict


def test_a_stored_script_link_is_never_rendered(anonymous):
    PaymentMethod.objects.create(name_en="Odd", details_en="x", is_published=True,
                                 link="javascript:alert(1)")
    assert "javascript:" not in text_of(anonymous.get(url("funds:donate")))


def test_funds_pages_have_no_scripts_or_inline_styles(anonymous):
    campaign = record_the_report_month()
    for path in (url("funds:donate"), campaign.get_absolute_url(), url("funds:transparency")):
        content = text_of(anonymous.get(path))
        assert "<script" not in content and "style=" not in content and "<style" not in content


def test_post_to_funds_pages_is_refused(anonymous):
    assert anonymous.post(url("funds:donate")).status_code == 405
    assert anonymous.post(url("funds:transparency")).status_code == 405


def make_ledger_rows(n):
    for index in range(n):
        campaign = CampaignFactory()
        IncomeFactory(campaign=campaign, donor_may_be_named=True, donor_name=f"Donor {index}")
        ExpenseFactory(public_description_en=f"Line {index}", campaign=campaign,
                       date=datetime.date(2026, 1 + index % 12, 3))
    PaymentMethod.objects.create(name_en=f"Method {n}", details_en="x", is_published=True)


@pytest.mark.parametrize("name", ["funds:donate", "funds:campaigns", "funds:transparency"])
def test_query_count_does_not_grow_with_the_ledger(anonymous, name):
    make_ledger_rows(1)
    one = count_queries(anonymous, url(name))
    make_ledger_rows(12)
    assert count_queries(anonymous, url(name)) == one


def test_campaign_page_query_count_does_not_grow_with_donations(anonymous):
    campaign = CampaignFactory()
    IncomeFactory(campaign=campaign, donor_may_be_named=True, donor_name="Anna K.")
    one = count_queries(anonymous, campaign.get_absolute_url())
    for index in range(10):
        IncomeFactory(campaign=campaign, donor_may_be_named=True, donor_name=f"Donor {index}")
    assert count_queries(anonymous, campaign.get_absolute_url()) == one
