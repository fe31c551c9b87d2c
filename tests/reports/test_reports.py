"""The activity log, monthly reports (figures, freezing, publication) and their public pages."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from prisoners.models import Consent
from reports import services
from reports.choices import ActivityKind
from reports.models import Activity, MonthlyReport, ReportCorrection
from reports.selectors import report_content, report_figures
from tests.factories import (
    CampaignFactory,
    FacilityFactory,
    IncomeFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
)
from tests.funds.test_ledger import record_the_report_month
from tests.mentorships.test_public import count_queries, url

pytestmark = pytest.mark.django_db
MARCH = datetime.date(2026, 3, 1)
AFTER_MARCH = datetime.date(2026, 4, 2)


def log(kind, prisoners, day=10, **values):
    return services.activity_record(kind=kind, date=MARCH.replace(day=day),
                                    prisoners=prisoners, **values)


@pytest.fixture
def march():
    """March 2026: seven prisoners found (two of them public), seven first lawyer visits (one
    public), eleven prisoners supported, two publications, and the ledger of the report."""
    public = [PublicPrisonerFactory(full_name_latin=name) for name in ("Anna Sokolova",
                                                                      "Ivan Zhuchkov")]
    private = PrisonerFactory.create_batch(9)
    colony = FacilityFactory(name_en="Penal Colony No. 2")
    for prisoner in [*public, *private[:5]]:
        log(ActivityKind.WHEREABOUTS_IDENTIFIED, [prisoner], facility=colony)
    log(ActivityKind.FIRST_LAWYER_VISIT, [public[1], *private[:6]])
    log(ActivityKind.ONGOING_SUPPORT, [*public, *private], day=5)
    log(ActivityKind.ONGOING_SUPPORT, public, day=20)  # counted once each
    log(ActivityKind.PUBLICATION, [public[0]])
    log(ActivityKind.PUBLICATION, [public[1]])
    # Other months do not count.
    services.activity_record(kind=ActivityKind.FIRST_LAWYER_VISIT, prisoners=private,
                             date=datetime.date(2026, 4, 1))
    campaign = record_the_report_month()
    return {"public": public, "private": private, "colony": colony, "campaign": campaign}


def test_activity_needs_prisoners_and_a_facility_for_whereabouts():
    with pytest.raises(ValidationError) as error:
        log(ActivityKind.ONGOING_SUPPORT, [])
    assert list(error.value.message_dict) == ["prisoners"]
    with pytest.raises(ValidationError) as error:
        log(ActivityKind.WHEREABOUTS_IDENTIFIED, [PrisonerFactory()])
    assert list(error.value.message_dict) == ["facility"]
    assert Activity.objects.count() == 0


def test_whereabouts_can_update_the_prisoners_facility_in_the_same_step():
    prisoner, other = PrisonerFactory(), PrisonerFactory()
    colony = FacilityFactory()
    log(ActivityKind.WHEREABOUTS_IDENTIFIED, [prisoner], facility=colony, move_prisoners=True)
    log(ActivityKind.WHEREABOUTS_IDENTIFIED, [other], facility=colony)
    prisoner.refresh_from_db()
    other.refresh_from_db()
    assert prisoner.facility == colony
    assert other.facility != colony


def test_month_figures_reproduce_the_report(march):
    figures = report_figures(MARCH)
    assert figures["month"] == "2026-03"
    assert figures["whereabouts"]["total"] == 7
    assert figures["whereabouts"]["public"] == sorted(
        [[prisoner.pk, march["colony"].pk] for prisoner in march["public"]])
    assert figures["lawyer_visits"] == {"total": 7, "public": [march["public"][1].pk]}
    assert figures["supported"] == {"total": 11}
    assert figures["publications"] == 2
    assert figures["income"] == {"total": "4700.00",
                                 "by_campaign": [[march["campaign"].pk, "4700.00"]]}
    assert figures["spending"]["total"] == "3435.00"
    assert figures["spending"]["by_group"] == {
        "lawyers": "2740.00", "prisoner_support": "650.00", "travel": "0.00",
        "technical": "45.00", "other": "0.00"}


def test_report_names_only_public_people_and_counts_the_others(march):
    content = report_content(services.report_draft(month=MARCH))
    assert [(p.full_name_latin, f) for p, f in content.whereabouts.named] == [
        ("Anna Sokolova", march["colony"]), ("Ivan Zhuchkov", march["colony"])]
    assert content.whereabouts.unnamed == 5
    assert [p.full_name_latin for p in content.lawyer_visits.named] == ["Ivan Zhuchkov"]
    assert content.lawyer_visits.unnamed == 6
    assert content.campaigns == [(march["campaign"], Decimal("4700.00"))]
    assert content.other_income == Decimal("0.00")
    assert [(group.value, amount) for group, amount in content.spending_by_group] == [
        ("lawyers", Decimal("2740.00")), ("prisoner_support", Decimal("650.00")),
        ("technical", Decimal("45.00"))]


def test_publishing_freezes_the_figures(march):
    report = services.report_publish(report=services.report_draft(month=MARCH),
                                      today=AFTER_MARCH)
    log(ActivityKind.FIRST_LAWYER_VISIT, PrisonerFactory.create_batch(3))
    record_the_report_month()  # the same money again, entered late
    content = report_content(MonthlyReport.objects.get(pk=report.pk))
    assert content.lawyer_visits.total == 7
    assert content.income == Decimal("4700.00")
    assert report_figures(MARCH)["lawyer_visits"]["total"] == 10  # the data did change


def test_a_published_report_stops_naming_someone_who_withdrew_consent(march):
    report = services.report_publish(report=services.report_draft(month=MARCH),
                                     today=AFTER_MARCH)
    Consent.objects.filter(prisoner=march["public"][0]).update(
        withdrawn_on=datetime.date(2026, 4, 5))
    content = report_content(report)
    assert [p.full_name_latin for p, _ in content.whereabouts.named] == ["Ivan Zhuchkov"]
    assert (content.whereabouts.total, content.whereabouts.unnamed) == (7, 6)


def test_money_for_a_campaign_made_private_joins_other_donations(march):
    report = services.report_publish(report=services.report_draft(month=MARCH),
                                      today=AFTER_MARCH)
    march["campaign"].is_public = False
    march["campaign"].save()
    content = report_content(report)
    assert content.campaigns == []
    assert content.other_income == Decimal("4700.00")


def test_a_month_is_published_only_once_and_only_when_over():
    report = services.report_draft(month=MARCH)
    with pytest.raises(ValidationError, match="only once it is over"):
        services.report_publish(report=report, today=datetime.date(2026, 3, 31))
    services.report_publish(report=report, today=AFTER_MARCH)
    with pytest.raises(ValidationError, match="already published"):
        services.report_publish(report=report, today=AFTER_MARCH)


def test_report_month_is_stored_as_its_first_day():
    assert services.report_draft(month=datetime.date(2026, 3, 17)).month == MARCH
    assert services.report_draft(month=datetime.date(2026, 3, 2)).pk == \
        MonthlyReport.objects.get().pk


def publish(month=MARCH, **texts):
    report = services.report_draft(month=month)
    for name, text in texts.items():
        setattr(report, name, text)
    report.save()
    return services.report_publish(report=report, today=datetime.date(2026, 12, 1))


def publish_march(prisoner):
    """A published March 2026 report naming ``prisoner`` (for browser tests)."""
    log(ActivityKind.WHEREABOUTS_IDENTIFIED, [prisoner], facility=prisoner.facility)
    log(ActivityKind.ONGOING_SUPPORT, [prisoner, PrisonerFactory()])
    return publish(introduction_en="Thank you all.")


def test_report_page_shows_the_report_in_every_language(anonymous, march):
    publish(introduction_en="Thank you all.", introduction_ru="Спасибо всем.")
    pages = {code: anonymous.get(url("reports:report", code, year=2026, month=3))
             for code in ("en", "ru", "de", "fr")}
    assert all(page.status_code == 200 for page in pages.values())
    english = pages["en"].content.decode()
    assert "<h1>Report for March 2026</h1>" in english
    assert "Thank you all." in english
    assert "We found where 7 prisoners are held." in english
    assert "5 people are not named for their safety or without their consent." in english
    assert "We organised first lawyer visits for 7 prisoners." in english
    assert "We kept supporting 11 prisoners" in english
    assert "We collected 4,700\xa0EUR." in english
    assert "2,740\xa0EUR on lawyers" in english
    assert "Спасибо всем." in pages["ru"].content.decode()
    assert "Thank you all." in pages["de"].content.decode()  # falls back to English


def test_drafts_and_impossible_months_are_404(anonymous, march):
    services.report_draft(month=MARCH)
    assert anonymous.get(url("reports:report", year=2026, month=3)).status_code == 404
    assert anonymous.get("/en/reports/2026/13/").status_code == 404
    assert anonymous.get("/en/reports/0/1/").status_code == 404
    assert anonymous.get("/en/reports/99999999999999999999/1/").status_code == 404
    assert anonymous.get("/en/statistics/99999999999999999999/").status_code == 404
    assert anonymous.get("/en/transparency/99999999999999999999/").status_code == 404
    assert "2026-03" not in anonymous.get(url("reports:list")).content.decode()


def test_corrections_appear_under_the_report(anonymous, march):
    report = publish()
    ReportCorrection.objects.create(report=report, date=datetime.date(2026, 4, 9),
                                    text_en="One lawyer visit was counted twice.")
    content = anonymous.get(url("reports:report", year=2026, month=3)).content.decode()
    assert "One lawyer visit was counted twice." in content
    assert "We organised first lawyer visits for 7 prisoners." in content


def test_archive_lists_published_reports_newest_first(anonymous):
    publish(MARCH)
    publish(datetime.date(2026, 5, 1))
    services.report_draft(month=datetime.date(2026, 6, 1))
    response = anonymous.get(url("reports:list"))
    assert [r.month.month for r in response.context["reports"]] == [5, 3]


def test_feed_is_atom_in_the_language_of_its_address(anonymous, march):
    publish()
    response = anonymous.get(url("reports:feed", "de"))
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    assert '<feed xml:lang="de"' in feed
    assert "http://testserver/de/reports/2026/3/" in feed
    assert f"http://testserver/de/prisoners/{march['public'][1].slug}/" in feed
    assert march["private"][0].full_name_latin not in feed


def log_one_of_everything(day, month=MARCH):
    prisoner = PublicPrisonerFactory()
    on = month.replace(day=day)
    for kind in (ActivityKind.WHEREABOUTS_IDENTIFIED, ActivityKind.FIRST_LAWYER_VISIT):
        services.activity_record(kind=kind, date=on, prisoners=[prisoner],
                                 facility=FacilityFactory())
    IncomeFactory(campaign=CampaignFactory(), date=on)


def test_report_pages_query_count_does_not_grow(anonymous):
    log_one_of_everything(day=3)
    publish()
    one = count_queries(anonymous, url("reports:report", year=2026, month=3))
    feed_one = count_queries(anonymous, url("reports:feed"))
    for day in range(4, 10):
        log_one_of_everything(day)
    MonthlyReport.objects.all().delete()
    publish()
    for month in (4, 5, 6):
        log_one_of_everything(day=1, month=datetime.date(2026, month, 1))
        publish(datetime.date(2026, month, 1))
    assert count_queries(anonymous, url("reports:report", year=2026, month=3)) == one
    assert count_queries(anonymous, url("reports:feed")) == feed_one



def _named_in(language, people):
    log(ActivityKind.FIRST_LAWYER_VISIT, people)
    with translation.override(language):
        content = report_content(services.report_draft(month=MARCH))
        return [p.name_for(language) for p in content.lawyer_visits.named]


def test_russian_report_sorts_names_as_shown_in_russian_alphabet_order():
    people = [PublicPrisonerFactory(full_name_original=original, full_name_latin=latin)
              for original, latin in [("Яковлев Андрей", "Andrei Yakovlev"),
                                      ("Ёлкин Борис", "Boris Yolkin"),
                                      ("Абрамов Юрий", "Yuri Abramov"),
                                      ("Евдокимов Олег", "Oleg Yevdokimov")]]
    assert _named_in("ru", people) == ["Абрамов Юрий", "Евдокимов Олег", "Ёлкин Борис",
                                       "Яковлев Андрей"]


def test_german_report_sorts_by_the_german_spelling_it_shows():
    people = [PublicPrisonerFactory(full_name_original=original, full_name_latin=latin)
              for original, latin in [("Зотова Вера", "Vera Zotova"),
                                      ("Абрамов Юрий", "Yuri Abramov")]]
    assert _named_in("de", people) == ["Jurij Abramow", "Wera Sotowa"]
