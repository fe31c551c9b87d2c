"""Who looked at private data: opening a prisoner's private sections and exporting personal
data write an access record; coordinators list them; nobody edits or deletes one."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from dataprotection.models import AccessAction, AccessRecord
from prisoners.models import InternalNote, Prisoner, PrisonerContact, RiskFlag
from tests.appeals.factories import AppealFactory, SignatureFactory
from tests.events.factories import RegistrationFactory
from tests.factories import IncomeFactory, PrisonerFactory
from tests.funds.test_import_export import export

pytestmark = pytest.mark.django_db

CANARY = "CANARY-contact-7731"


@pytest.fixture
def prisoner():
    prisoner = PrisonerFactory(full_name_latin="Ivan Zhuchkov")
    PrisonerContact.objects.create(prisoner=prisoner, kind="relative", name=CANARY,
                                   phone="+7 900 000-00-00")
    PrisonerContact.objects.create(prisoner=prisoner, kind="lawyer", name="Lawyer")
    InternalNote.objects.create(prisoner=prisoner, text="Note")
    return prisoner


def change_url(prisoner):
    return reverse("admin:prisoners_prisoner_change", args=[prisoner.pk])


def test_opening_a_prisoner_with_private_sections_writes_one_record(coordinator, prisoner):
    response = coordinator.get(change_url(prisoner), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200
    record = AccessRecord.objects.get()
    assert (record.user, record.username, record.address, record.action) == (
        coordinator.user, "coordinator-test", "203.0.113.9", AccessAction.VIEWED)
    # Which kinds and how many; risk flags held none, so they are not named.
    assert record.records == {"prisoners.prisonercontact": 2, "prisoners.internalnote": 1}
    assert (record.content_type, record.object_id) == (
        ContentType.objects.get_for_model(Prisoner), prisoner.pk)
    assert CANARY not in str(record.records) and record.subject == prisoner


def test_a_prisoner_without_private_records_writes_none(coordinator):
    assert coordinator.get(change_url(PrisonerFactory())).status_code == 200
    assert not AccessRecord.objects.exists()


def test_an_editor_who_does_not_see_the_private_sections_writes_none(editor, prisoner):
    response = editor.get(change_url(prisoner))
    assert response.status_code == 200 and CANARY not in response.content.decode()
    assert not AccessRecord.objects.exists()


def test_a_forged_forwarded_address_is_not_recorded(coordinator, prisoner, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    coordinator.get(change_url(prisoner), HTTP_X_FORWARDED_FOR="not-an-address")
    assert AccessRecord.objects.get().address is None


def test_the_history_of_private_rows_writes_a_record(coordinator, prisoner):
    RiskFlag.objects.create(prisoner=prisoner, kind="family_at_risk")
    url = reverse("admin:prisoners_prisoner_related_history", args=[prisoner.pk, "riskflag"])
    assert coordinator.get(url).status_code == 200
    assert AccessRecord.objects.get().records == {"prisoners.historicalriskflag": 1}


def test_exporting_the_registry_writes_a_record(coordinator, prisoner, settings):
    coordinator.user.user_permissions.add(*_permissions("export_prisoner"))
    PrisonerFactory()
    form = coordinator.get("/admin/prisoners/prisoner/export/").context["form"]
    csv = next(value for value, label in form.fields["format"].choices if label == "csv")
    response = coordinator.post("/admin/prisoners/prisoner/export/",
                                {"resource": "0", "format": csv,
                                 **{name: "on" for name, field in form.fields.items()
                                    if getattr(field, "initial", None) is True}})
    assert response.status_code == 200
    record = AccessRecord.objects.get()
    assert (record.action, record.records) == (AccessAction.EXPORTED, {"prisoners.prisoner": 2})


def _permissions(codename):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename=codename)


def test_exporting_the_income_writes_a_record(finance):
    IncomeFactory(donor_may_be_named=True, donor_name="Donor")
    assert export(finance, "income", "csv").status_code == 200
    record = AccessRecord.objects.get()
    assert (record.username, record.records) == ("finance-test", {"funds.income": 1})


def test_exporting_registrations_writes_a_record(coordinator):
    first = RegistrationFactory()
    RegistrationFactory(event=first.event)
    response = coordinator.post(reverse("admin:events_registration_changelist"), {
        "action": "export_csv", "_selected_action": [first.pk]})
    assert response["Content-Disposition"].startswith("attachment")
    assert AccessRecord.objects.get().records == {"events.registration": 1}


def test_delivering_an_appeal_writes_a_record(coordinator):
    appeal = AppealFactory()
    SignatureFactory(appeal=appeal)
    SignatureFactory(appeal=appeal, show_name=False)
    response = coordinator.get(reverse("admin:appeals_appeal_signatures_csv", args=[appeal.pk]))
    assert response.status_code == 200
    record = AccessRecord.objects.get()
    assert record.records == {"appeals.signature": 1} and record.subject == appeal


def test_coordinators_list_records_and_nobody_edits_or_deletes_them(coordinator, prisoner,
                                                                     admin_client):
    coordinator.get(change_url(prisoner))
    record = AccessRecord.objects.get()
    listing = coordinator.get(reverse("admin:dataprotection_accessrecord_changelist"))
    page = listing.content.decode()
    assert listing.status_code == 200
    assert "Ivan Zhuchkov" in page and "internal notes: 1, private contacts: 2" in page
    detail = reverse("admin:dataprotection_accessrecord_change", args=[record.pk])
    delete = reverse("admin:dataprotection_accessrecord_delete", args=[record.pk])
    for client in (coordinator, admin_client):  # a superuser neither
        assert client.get(detail).status_code == 200
        assert 'name="_save"' not in client.get(detail).content.decode()
        client.post(detail, {"username": "someone-else"})
        assert client.post(delete, {"post": "yes"}).status_code == 403
        assert client.get(reverse("admin:dataprotection_accessrecord_add")).status_code == 403
    record.refresh_from_db()
    assert record.username == "coordinator-test"
    assert AccessRecord.objects.count() == 1


def test_editors_and_finance_cannot_list_access_records(editor, finance):
    url = reverse("admin:dataprotection_accessrecord_changelist")
    assert editor.get(url).status_code == 403
    assert finance.get(url).status_code == 403


def test_a_deleted_prisoner_is_named_by_number_only(coordinator, prisoner):
    coordinator.get(change_url(prisoner))
    pk = prisoner.pk
    prisoner.delete()
    page = coordinator.get(reverse("admin:dataprotection_accessrecord_changelist")
                           ).content.decode()
    assert f"deleted prisoner (#{pk})" in page and "Ivan Zhuchkov" not in page


def test_access_records_do_not_empty_the_public_cache():
    from publiccache import triggers

    assert AccessRecord._meta.db_table not in triggers.watched_tables()
    assert "prisoners_prisonercontact" in triggers.watched_tables()
