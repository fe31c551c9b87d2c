"""The appeals admin as each staff group sees it: coordinators run appeals, signatures and
notable signatories and export the CSV; editors edit appeal texts only; finance and the
public see nothing."""

import csv
import io

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from appeals.models import Appeal, NotableSignatory, Signature
from tests.appeals.factories import AppealFactory, NotableSignatoryFactory, SignatureFactory

pytestmark = pytest.mark.django_db

MODELS = ("appeal", "signature", "notablesignatory")


def changelist(model):
    return f"/admin/appeals/{model}/"


def change_url(obj):
    return f"/admin/appeals/{obj._meta.model_name}/{obj.pk}/change/"


def csv_url(appeal):
    return f"/admin/appeals/appeal/{appeal.pk}/signatures.csv"


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def rows_of(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


@pytest.fixture
def records(db):
    appeal = AppealFactory(slug="free-ivan")
    return {"appeal": appeal, "signature": SignatureFactory(appeal=appeal),
            "notablesignatory": NotableSignatoryFactory(appeal=appeal)}


def test_coordinator_sees_everything(coordinator, records):
    for model in MODELS:
        assert coordinator.get(changelist(model)).status_code == 200, model
        assert coordinator.get(change_url(records[model])).status_code == 200, model
    assert coordinator.get(csv_url(records["appeal"])).status_code == 200
    assert "signatures.csv" in coordinator.get(changelist("appeal")).content.decode()


def test_editor_edits_appeal_texts_but_never_sees_signatures(editor, records):
    appeal = records["appeal"]
    assert editor.get(changelist("appeal")).status_code == 200
    page = editor.get(change_url(appeal)).content.decode()
    assert 'name="title_en"' in page and 'name="text_de"' in page
    assert 'name="is_public"' not in page and 'name="status"' not in page
    assert records["notablesignatory"].name not in page  # no inline of signatories
    assert "signatures.csv" not in editor.get(changelist("appeal")).content.decode()
    for model in ("signature", "notablesignatory"):
        assert editor.get(changelist(model)).status_code == 403, model
        assert editor.get(change_url(records[model])).status_code == 403, model
    assert editor.get(csv_url(appeal)).status_code == 403
    assert editor.get("/admin/appeals/appeal/add/").status_code == 403

    data = {field: getattr(appeal, field) or "" for field in (
        "title_en", "title_ru", "title_de", "title_fr", "text_en", "demand_en",
        "addressee_en", "outcome_en")}
    data["title_de"] = "Freiheit für Iwan"
    data.update({"notable_signatories-TOTAL_FORMS": "0",
                 "notable_signatories-INITIAL_FORMS": "0"})
    response = editor.post(change_url(appeal), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    appeal.refresh_from_db()
    assert (appeal.title_de, appeal.is_public, appeal.status) == ("Freiheit für Iwan", True,
                                                                   "open")


@pytest.mark.parametrize("persona", ["finance", "anonymous"])
def test_finance_and_the_public_see_nothing(request, persona, records):
    client = request.getfixturevalue(persona)
    expected = 403 if persona == "finance" else 302
    for model in MODELS:
        assert client.get(changelist(model)).status_code == expected, model
        assert client.get(change_url(records[model])).status_code == expected, model
    assert client.get(csv_url(records["appeal"])).status_code == expected


def test_csv_lists_verified_notables_then_shown_names_then_the_count_formula_safe(coordinator):
    appeal = AppealFactory(slug="free-ivan")
    NotableSignatoryFactory(appeal=appeal, name="=HYPERLINK(\"http://evil\")",
                            role_en="+Senator", affiliation="@party", country="IT",
                            group="parliament")
    NotableSignatoryFactory(appeal=appeal, name="Unverified", is_verified=False)
    NotableSignatoryFactory(appeal=appeal, name="Hidden", is_hidden=True)
    NotableSignatoryFactory(appeal=appeal, name="CANARY-notable-withdrawn", signature=(
        SignatureFactory(appeal=appeal, name="CANARY-notable-withdrawn",
                         withdrawn_at=timezone.now())))
    confirmed = timezone.now()
    SignatureFactory(appeal=appeal, name="-Anna", role="\tCANARY-role", country="SE",
                     confirmed_at=confirmed, email="anna@example.org")
    # Canary: a counted signer who did not choose to be shown is only counted.
    SignatureFactory(appeal=appeal, name="CANARY-hidden", role="CANARY-hidden-role",
                     country="BY", show_name=False)
    SignatureFactory(appeal=appeal, name="CANARY-unconfirmed", confirmed_at=None)
    SignatureFactory(appeal=appeal, name="CANARY-withdrawn", withdrawn_at=timezone.now())
    SignatureFactory(name="CANARY-other-appeal")
    response = coordinator.get(csv_url(appeal))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="appeal-free-ivan.csv"'
    rows = rows_of(response)
    assert rows[0] == ["kind", "group", "name", "role_or_organisation", "affiliation",
                       "country_code", "country", "confirmed_at"]
    assert rows[1][:7] == ["notable", "parliament", "'=HYPERLINK(\"http://evil\")",
                           "'+Senator", "'@party", "IT", "Italy"]
    assert rows[2] == ["signature", "", "'-Anna", "", "", "SE", "Sweden",
                       confirmed.isoformat()]
    assert rows[3] == ["total_counted_signatures", "", "2", "", "", "", "", ""]
    assert len(rows) == 4
    text = response.content.decode()
    assert "@example.org" not in text
    assert "CANARY" not in text and "Belarus" not in text


def test_csv_of_an_unknown_appeal_is_404(coordinator):
    assert coordinator.get("/admin/appeals/appeal/999999/signatures.csv").status_code == 404


def test_signature_filters(coordinator):
    appeal = AppealFactory()
    counted = SignatureFactory(appeal=appeal, name="Counted Person", country="SE")
    SignatureFactory(appeal=appeal, name="Waiting Person", confirmed_at=None, country="FR")
    SignatureFactory(appeal=appeal, name="Gone Person", withdrawn_at=timezone.now())
    NotableSignatory.objects.create(appeal=appeal, name="Counted Person", country="SE",
                                    signature=counted)

    def names(query):
        response = coordinator.get(changelist("signature") + query)
        assert response.status_code == 200
        return sorted(s.name for s in response.context["cl"].result_list)

    assert names("?state=counted") == ["Counted Person"]
    assert names("?state=unconfirmed") == ["Waiting Person"]
    assert names("?state=withdrawn") == ["Gone Person"]
    assert names("?country=FR") == ["Waiting Person"]
    assert names("?notable=yes") == ["Counted Person"]
    assert names("?notable=no") == ["Gone Person", "Waiting Person"]
    assert names("?show_name__exact=1") == ["Counted Person", "Gone Person", "Waiting Person"]
    page = coordinator.get(changelist("signature")).content.decode()
    assert "?country=SE" in page and "?country=FR" in page and "Afghanistan" not in page


def test_signature_actions(coordinator):
    appeal = AppealFactory()
    first = SignatureFactory(appeal=appeal, name="First")
    second = SignatureFactory(appeal=appeal, name="Second")

    def act(action, *signatures):
        return coordinator.post(changelist("signature"), {
            "action": action, "_selected_action": [s.pk for s in signatures]}, follow=True)

    assert "1 name hidden." in messages_of(act("hide_names", first))
    first.refresh_from_db()
    assert first.show_name is False
    assert ("1 notable signatory proposed: check, group and verify it."
            in messages_of(act("propose_notable", second)))
    assert NotableSignatory.objects.get().is_verified is False
    assert "1 signature deleted." in messages_of(act("delete_on_request", first))
    assert list(Signature.objects.all()) == [second]
    assert coordinator.get("/admin/appeals/signature/add/").status_code == 403


def test_notable_actions_record_the_verifier(coordinator):
    notable = NotableSignatoryFactory(is_verified=False, verified_at=None)
    response = coordinator.post(changelist("notablesignatory"), {
        "action": "verify", "_selected_action": [notable.pk]}, follow=True)
    assert "1 signatory verified." in messages_of(response)
    no_role = NotableSignatoryFactory(is_verified=False, verified_at=None, role_en="",
                                      role_de="")
    response = coordinator.post(changelist("notablesignatory"), {
        "action": "verify", "_selected_action": [no_role.pk]}, follow=True)
    assert ("1 signatory without a role skipped: fill in a checked role first."
            in messages_of(response))
    no_role.refresh_from_db()
    assert no_role.is_verified is False
    notable.refresh_from_db()
    assert (notable.is_verified, notable.verified_by) == (True, coordinator.user)
    response = coordinator.post(changelist("notablesignatory"), {
        "action": "hide", "_selected_action": [notable.pk]}, follow=True)
    assert "1 signatory hidden." in messages_of(response)
    assert NotableSignatory.objects.public().count() == 0


def test_verifying_in_the_appeal_inline_records_the_verifier(coordinator):
    appeal = AppealFactory()
    page = coordinator.get(change_url(appeal))
    assert page.status_code == 200
    data = {"title_en": appeal.title_en, "slug": appeal.slug, "text_en": appeal.text_en,
            "demand_en": appeal.demand_en, "addressee_en": appeal.addressee_en,
            "opens_on": appeal.opens_on.isoformat(), "closes_on": appeal.closes_on.isoformat(),
            "status": "open", "is_public": "on",
            "notable_signatories-TOTAL_FORMS": "1", "notable_signatories-INITIAL_FORMS": "0",
            "notable_signatories-0-name": "Claire Dumont", "notable_signatories-0-role_en":
            "Novelist", "notable_signatories-0-country": "FR",
            "notable_signatories-0-group": "artists", "notable_signatories-0-is_verified": "on"}
    response = coordinator.post(change_url(appeal), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    notable = NotableSignatory.objects.get()
    assert (notable.name, notable.is_verified, notable.verified_by) == (
        "Claire Dumont", True, coordinator.user)


def test_admin_refuses_dates_out_of_order(coordinator):
    appeal = AppealFactory()
    data = {"title_en": "T", "slug": appeal.slug, "text_en": "x", "demand_en": "y",
            "addressee_en": "z", "opens_on": "2026-05-01", "closes_on": "2026-04-01",
            "status": "open", "notable_signatories-TOTAL_FORMS": "0",
            "notable_signatories-INITIAL_FORMS": "0"}
    response = coordinator.post(change_url(appeal), data)
    assert response.status_code == 200
    assert "The appeal cannot close before it opens." in response.content.decode()
    assert Appeal.objects.get().title_en != "T"
