"""Staff see the admin's dates in their browser's time zone, stated once at the top of the form
(accounts.middleware.StaffTimeZoneMiddleware, templates/admin/change_form.html)."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings
from django.urls import reverse

from accounts.middleware import TIME_ZONE_COOKIE, staff_time_zone
from prisoners.models import CaseEvent
from tests.factories import (
    CaseEventFactory,
    IncomeFactory,
    PrisonerFactory,
    RegionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# Noon in London is 13:00 in Berlin in January.
RECORDED = datetime.datetime(2026, 1, 15, 12, 0, tzinfo=datetime.UTC)
NOTE = "Dates and times on this page are in your time zone"


def change_page(client, prisoner):
    return client.get(reverse("admin:prisoners_prisoner_change", args=[prisoner.pk]))


def recorded_event():
    event = CaseEventFactory(prisoner=PrisonerFactory())
    CaseEvent.objects.filter(pk=event.pk).update(created_at=RECORDED)
    return event


@override_settings(TIME_ZONE="UTC")
def test_coordinator_in_berlin_sees_a_case_event_time_in_berlin_time_once(coordinator):
    event = recorded_event()
    coordinator.cookies[TIME_ZONE_COOKIE] = "Europe/Berlin"

    content = change_page(coordinator, event.prisoner).content.decode()

    assert "Jan. 15, 2026, 1 p.m." in content
    assert "Jan. 15, 2026, noon" not in content
    assert content.count(NOTE) == 1
    assert "Europe/Berlin (UTC+01:00)" in content


@override_settings(TIME_ZONE="Europe/Berlin")
def test_without_the_cookie_the_server_zone_is_used_and_named(coordinator):
    event = recorded_event()

    content = change_page(coordinator, event.prisoner).content.decode()

    assert "Jan. 15, 2026, 1 p.m." in content
    assert content.count(NOTE) == 1
    assert "Europe/Berlin (UTC+01:00)" in content


@override_settings(TIME_ZONE="Europe/Berlin")
@pytest.mark.parametrize("value", ["Mars/Olympus_Mons", "../../etc/passwd", "", "UTC; x=1"])
def test_an_unknown_zone_in_the_cookie_is_ignored(coordinator, value):
    event = recorded_event()
    coordinator.cookies[TIME_ZONE_COOKIE] = value

    response = change_page(coordinator, event.prisoner)

    assert response.status_code == 200
    assert "Jan. 15, 2026, 1 p.m." in response.content.decode()


@override_settings(TIME_ZONE="UTC")
def test_an_editor_gets_their_zone_too(editor):
    event = recorded_event()
    editor.cookies[TIME_ZONE_COOKIE] = "Asia/Tokyo"

    content = change_page(editor, event.prisoner).content.decode()

    assert "Jan. 15, 2026, 9 p.m." in content
    assert "Asia/Tokyo (UTC+09:00)" in content


@override_settings(TIME_ZONE="UTC")
def test_finance_gets_their_zone_on_the_ledger(finance):
    income = IncomeFactory()
    finance.cookies[TIME_ZONE_COOKIE] = "Asia/Tokyo"

    response = finance.get(reverse("admin:funds_income_change", args=[income.pk]))

    assert response.status_code == 200
    assert response.content.decode().count("Asia/Tokyo (UTC+09:00)") == 1


def request_with(user, zone):
    request = RequestFactory().get("/admin/", headers={"cookie": f"{TIME_ZONE_COOKIE}={zone}"})
    request.user = user
    return request


def test_staff_time_zone_for_staff_only():
    staff = UserFactory(is_staff=True)
    mentor = UserFactory(is_staff=False)

    assert staff_time_zone(request_with(staff, "Europe/Paris")) == zoneinfo.ZoneInfo(
        "Europe/Paris")
    assert staff_time_zone(request_with(mentor, "Europe/Paris")) is None
    assert staff_time_zone(request_with(AnonymousUser(), "Europe/Paris")) is None
    assert staff_time_zone(request_with(staff, "Nowhere/Special")) is None


def test_a_form_without_dates_has_no_time_zone_note(coordinator):
    region = RegionFactory()

    response = coordinator.get(reverse("admin:prisoners_region_change", args=[region.pk]))

    assert response.status_code == 200
    assert NOTE not in response.content.decode()


def test_anonymous_is_sent_to_the_login_whatever_the_cookie(anonymous):
    client = anonymous
    client.cookies[TIME_ZONE_COOKIE] = "Asia/Tokyo"

    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
