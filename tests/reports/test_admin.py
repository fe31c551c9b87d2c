"""The activity log and monthly reports in the admin, as coordinator, editor and finance."""

import datetime

import pytest

from reports import services
from reports.choices import ActivityKind
from reports.models import Activity, MonthlyReport
from tests.factories import FacilityFactory, PrisonerFactory, PublicPrisonerFactory

pytestmark = pytest.mark.django_db


def test_coordinator_logs_whereabouts_and_moves_the_prisoners(coordinator):
    prisoners = PrisonerFactory.create_batch(2)
    colony = FacilityFactory()
    response = coordinator.post("/admin/reports/activity/add/", {
        "kind": ActivityKind.WHEREABOUTS_IDENTIFIED, "date": "2026-03-04",
        "prisoners": [p.pk for p in prisoners], "facility": colony.pk,
        "move_prisoners": "on", "note": "Letter from the colony"}, follow=True)
    assert response.status_code == 200
    activity = Activity.objects.get()
    assert activity.created_by == coordinator.user
    assert {p.facility_id for p in activity.prisoners.all()} == {colony.pk}
    assert "2 prisoners&#x27; current facility was updated." in response.content.decode()


def test_whereabouts_without_a_facility_is_refused_with_a_reason(coordinator):
    response = coordinator.post("/admin/reports/activity/add/", {
        "kind": ActivityKind.WHEREABOUTS_IDENTIFIED, "date": "2026-03-04",
        "prisoners": [PrisonerFactory().pk]})
    assert response.status_code == 200
    assert "Say in which facility they were found." in response.content.decode()
    assert Activity.objects.count() == 0


def test_coordinator_publishes_a_report_and_it_freezes(coordinator):
    PublicPrisonerFactory()
    report = services.report_draft(month=datetime.date(2026, 3, 1))
    preview = coordinator.get(f"/admin/reports/monthlyreport/{report.pk}/change/")
    assert "Draft: the figures are computed" in preview.content.decode()
    coordinator.post("/admin/reports/monthlyreport/", {
        "action": "publish", "_selected_action": [report.pk]})
    report.refresh_from_db()
    assert report.is_published and report.figures["month"] == "2026-03"
    page = coordinator.get(f"/admin/reports/monthlyreport/{report.pk}/change/").content.decode()
    assert "These figures were stored when the report was published" in page
    assert 'name="introduction_en"' not in page  # frozen
    assert 'name="corrections-0-text_en"' in page  # corrections instead


def test_publishing_the_current_month_is_refused_with_a_message(coordinator):
    report = services.report_draft(month=datetime.date.today())
    response = coordinator.post("/admin/reports/monthlyreport/", {
        "action": "publish", "_selected_action": [report.pk]}, follow=True)
    assert "A month can be reported only once it is over." in response.content.decode()
    report.refresh_from_db()
    assert not report.is_published


def test_published_reports_cannot_be_deleted(coordinator):
    report = services.report_publish(report=services.report_draft(
        month=datetime.date(2026, 3, 1)), today=datetime.date(2026, 4, 1))
    assert coordinator.get(f"/admin/reports/monthlyreport/{report.pk}/delete/").status_code \
        == 403
    assert MonthlyReport.objects.filter(pk=report.pk).exists()


@pytest.mark.parametrize("persona", ["editor", "finance"])
def test_activity_log_and_reports_are_for_coordinators(request, persona):
    client = request.getfixturevalue(persona)
    for path in ("/admin/reports/activity/", "/admin/reports/activity/add/",
                 "/admin/reports/monthlyreport/"):
        assert client.get(path).status_code == 403, path


def test_anonymous_is_sent_to_sign_in(anonymous):
    response = anonymous.get("/admin/reports/activity/")
    assert response.status_code == 302 and "login" in response["Location"]
