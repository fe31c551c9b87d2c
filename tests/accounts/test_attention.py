"""The coordinator's dashboard (coalition.attention) against hand counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from coalition import attention
from mentorships.choices import MentorshipStatus
from mentorships.models import Mentorship, MentorSignup
from prisoners.choices import RecognitionStatus, Status, VerifiedAspect
from prisoners.models import Prisoner, Verification
from reports.models import MonthlyReport
from tests.factories import (
    CaseEventFactory,
    MentorFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
)

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def names(queryset):
    return sorted(queryset.values_list("full_name_latin", flat=True))


@pytest.mark.django_db
def test_recognitions_due_go_by_the_latest_decision():
    PublicPrisonerFactory(full_name_latin="Due", recognition__re_review_on=TODAY)
    PublicPrisonerFactory(full_name_latin="Later", recognition__re_review_on=TODAY + DAY)
    renewed = PublicPrisonerFactory(full_name_latin="Renewed",
                                    recognition__re_review_on=TODAY - DAY)
    RecognitionFactory(prisoner=renewed, decided_on=TODAY, re_review_on=TODAY + 300 * DAY)
    proposed = PrisonerFactory(full_name_latin="Only proposed")
    RecognitionFactory(prisoner=proposed, status=RecognitionStatus.PROPOSED, decided_on=None,
                       re_review_on=TODAY - DAY)
    assert names(attention.recognitions_due(Prisoner.objects.all())) == ["Due"]


@pytest.mark.django_db
def test_a_decision_is_due_for_re_review_a_year_later_unless_set():
    prisoner = PrisonerFactory()
    decided = RecognitionFactory(prisoner=prisoner, decided_on=datetime.date(2024, 2, 29))
    chosen = RecognitionFactory(prisoner=prisoner, decided_on=datetime.date(2025, 3, 1),
                                re_review_on=datetime.date(2025, 9, 1))
    assert decided.re_review_on == datetime.date(2025, 2, 28)
    assert chosen.re_review_on == datetime.date(2025, 9, 1)


def verify(prisoner, aspect, days_ago):
    return Verification.objects.create(prisoner=prisoner, aspect=aspect,
                                       verified_on=TODAY - days_ago * DAY,
                                       source_organisation="OVD-Info")


@pytest.mark.django_db
def test_addresses_unverified_for_90_days_or_never_in_custody_only():
    verify(PrisonerFactory(full_name_latin="Checked 89 days ago"), VerifiedAspect.ADDRESS, 89)
    verify(PrisonerFactory(full_name_latin="Checked 90 days ago"), VerifiedAspect.ADDRESS, 90)
    verify(PrisonerFactory(full_name_latin="Only the status checked"), VerifiedAspect.STATUS, 1)
    PrisonerFactory(full_name_latin="Never checked")
    PrisonerFactory(full_name_latin="Released", status=Status.RELEASED)
    assert names(attention.addresses_unverified(Prisoner.objects.all())) == [
        "Checked 90 days ago", "Never checked", "Only the status checked"]


@pytest.mark.django_db
def test_hearings_today_and_in_the_next_14_days():
    for name, days in [("Today", 0), ("In 14 days", 14), ("In 15 days", 15),
                       ("Yesterday", -1)]:
        CaseEventFactory(prisoner=PrisonerFactory(full_name_latin=name),
                         date=TODAY + days * DAY, kind="hearing_scheduled")
    CaseEventFactory(prisoner=PrisonerFactory(full_name_latin="Verdict"),
                     date=TODAY + 3 * DAY, kind="verdict")
    assert names(attention.hearings_soon(Prisoner.objects.all())) == ["In 14 days", "Today"]


@pytest.mark.django_db
def test_public_prisoners_in_custody_without_an_active_mentor():
    mentor = MentorFactory()
    mentored = PublicPrisonerFactory(full_name_latin="Mentored")
    Mentorship.objects.create(mentor=mentor, prisoner=mentored, status=MentorshipStatus.ACTIVE)
    requested = PublicPrisonerFactory(full_name_latin="Only requested")
    Mentorship.objects.create(mentor=mentor, prisoner=requested,
                              status=MentorshipStatus.REQUESTED)
    PublicPrisonerFactory(full_name_latin="Alone")
    PublicPrisonerFactory(full_name_latin="Released", status=Status.RELEASED)
    PrisonerFactory(full_name_latin="Unpublished")
    assert names(attention.without_mentor(Prisoner.objects.all())) == ["Alone",
                                                                     "Only requested"]


@pytest.fixture
def registry(db):
    """Two prisoners due for re-review, one hearing soon, one mentorship request, two sign-ups
    waiting (one handled), one past draft report (and this month's, not counted)."""
    due = PublicPrisonerFactory(full_name_latin="Anna Due", recognition__re_review_on=TODAY,
                                biography_de="Biografie", case_summary_de="Fall")
    PublicPrisonerFactory(full_name_latin="Boris Due", recognition__re_review_on=TODAY - DAY)
    verify(due, VerifiedAspect.ADDRESS, 10)
    CaseEventFactory(prisoner=due, date=TODAY + 2 * DAY)
    Mentorship.objects.create(mentor=MentorFactory(), prisoner=due,
                              status=MentorshipStatus.REQUESTED)
    for handled in (False, True):
        MentorSignup.objects.create(name="Volunteer", email="v@example.org", country="DE",
                                    role="MP", language="de", is_handled=handled)
    MonthlyReport.objects.create(month=TODAY.replace(day=1) - 40 * DAY)
    MonthlyReport.objects.create(month=TODAY)


DASHBOARD = [
    (2, "Recognitions due for re-review", "?attention=re-review"),
    (1, "Letter addresses not verified for 90 days", "?attention=address"),
    (1, "Hearings in the next 14 days", "?attention=hearing"),
    (2, "Public prisoners without a mentor", "?attention=no-mentor"),
    (1, "Mentorship requests waiting", "?status__exact=requested"),
    (1, "Mentor sign-ups waiting", "?is_handled__exact=0"),
    # Anna's biography is written in German only; Boris has none in any language (not missing).
    (1, "Public prisoners without a text in English", "?visible=yes&missing_translation=en"),
    (1, "Public prisoners without a text in Russian", "?visible=yes&missing_translation=ru"),
    (0, "Public prisoners without a text in German", "?visible=yes&missing_translation=de"),
    (1, "Public prisoners without a text in French", "?visible=yes&missing_translation=fr"),
    (1, "Public prisoners without a text in Polish", "?visible=yes&missing_translation=pl"),
    (1, "Draft reports of past months", "?draft=past"),
]


def test_coordinator_dashboard_counts_match_hand_counts(registry, coordinator):
    items = attention.items_for(coordinator.user)
    assert [(item.count, item.label, item.path.split("/")[-1]) for item in items] == DASHBOARD
    page = coordinator.get("/admin/").content.decode()
    assert "What needs attention" in page
    assert ('<span class="attention__count">2</span> Recognitions due for re-review</a>'
            in page)


def test_each_link_lists_exactly_the_records_counted(registry, coordinator):
    for item in attention.items_for(coordinator.user):
        response = coordinator.get(item.path)
        assert response.status_code == 200, item.path
        assert response.context["cl"].result_count == item.count, item.path


def listed(client, path):
    """What the admin list behind a dashboard link shows: names of prisoners, or rows' str."""
    response = client.get(path)
    assert response.status_code == 200, path
    rows = response.context["cl"].result_list
    return sorted(getattr(row, "full_name_latin", None) or str(row) for row in rows)


def test_each_link_lists_exactly_the_expected_records(registry, coordinator):
    # Another prisoner and report that no item may list.
    PublicPrisonerFactory(full_name_latin="Carl Fine", biography_ru="Био", case_summary_ru="Дело",
                          recognition__re_review_on=TODAY + DAY)
    Mentorship.objects.create(mentor=MentorFactory(), prisoner=Prisoner.objects.get(
        full_name_latin="Carl Fine"), status=MentorshipStatus.ACTIVE)
    verify(Prisoner.objects.get(full_name_latin="Carl Fine"), VerifiedAspect.ADDRESS, 89)
    paths = {item.label: item.path for item in attention.items_for(coordinator.user)}
    expected = {
        "Recognitions due for re-review": ["Anna Due", "Boris Due"],
        "Letter addresses not verified for 90 days": ["Boris Due"],
        "Hearings in the next 14 days": ["Anna Due"],
        "Public prisoners without a mentor": ["Anna Due", "Boris Due"],
        # Biographies: Anna's in German only, Carl's in Russian only, Boris has none.
        "Public prisoners without a text in English": ["Anna Due", "Carl Fine"],
        "Public prisoners without a text in Russian": ["Anna Due"],
        "Public prisoners without a text in German": ["Carl Fine"],
        "Mentorship requests waiting": [str(Mentorship.objects.get(
            status=MentorshipStatus.REQUESTED))],
        "Mentor sign-ups waiting": [str(MentorSignup.objects.get(is_handled=False))],
        "Draft reports of past months": [str(MonthlyReport.objects.get(
            month__lt=TODAY.replace(day=1)))],
    }
    for label, records in expected.items():
        assert listed(coordinator, paths[label]) == records, label


def test_dashboard_queries_do_not_grow_with_the_registry(registry, coordinator):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert coordinator.get("/admin/").status_code == 200
        return len(captured)

    before = queries()
    for _ in range(3):
        PublicPrisonerFactory(recognition__re_review_on=TODAY)
        CaseEventFactory(date=TODAY + DAY)
    assert queries() == before


def test_editor_sees_only_hearings_and_translations(registry, editor):
    labels = [item.label for item in attention.items_for(editor.user)]
    assert labels == ["Hearings in the next 14 days",
                      *[f"Public prisoners without a text in {language}"
                        for language in ("English", "Russian", "German", "French", "Polish")]]
    PrisonerFactory(full_name_latin="Not due")
    assert editor.get("/admin/prisoners/prisoner/?attention=re-review").context[
        "cl"].result_count == 3  # not a filter of theirs: the whole list, unfiltered


def test_finance_sees_no_dashboard(registry, finance):
    assert attention.items_for(finance.user) == []
    assert "What needs attention" not in finance.get("/admin/").content.decode()


def test_anonymous_is_sent_to_log_in(registry, anonymous):
    response = anonymous.get("/admin/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("key", list(attention.PRISONER_ITEMS))
def test_filtered_lists_queries_do_not_grow_with_their_rows(coordinator, key):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = coordinator.get(f"/admin/prisoners/prisoner/?attention={key}")
            assert response.status_code == 200
        return len(captured), response.context["cl"].result_count

    def add_one():
        prisoner = PublicPrisonerFactory(recognition__re_review_on=TODAY)
        CaseEventFactory(prisoner=prisoner, date=TODAY + DAY)

    add_one()
    one, listed_one = queries()
    for _ in range(3):
        add_one()
    several, listed_several = queries()
    assert (listed_one, listed_several) == (1, 4)
    assert several == one
