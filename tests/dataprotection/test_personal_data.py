"""Personal data on request: a coordinator exports everything held about one person (a ZIP
with JSON and their photo) and erases it, with every total unchanged and nothing left behind
in history or the admin's log."""

import datetime
import io
import json
import zipfile
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import models
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from appeals.models import NotableSignatory, Signature
from dataprotection.models import AccessAction, AccessRecord
from events.choices import RegistrationStatus
from events.models import Registration
from funds.models import Income
from mentorships.models import Mentor, MentorAction, Mentorship, MentorSignup
from tests.appeals.factories import SignatureFactory
from tests.events.factories import OnSiteEventFactory, RegistrationFactory
from tests.factories import IncomeFactory, MentorFactory, PrisonerFactory, UserFactory

pytestmark = pytest.mark.django_db

EMAIL = "ana.canary@example.eu"
OTHER = "other.canary@example.eu"


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(tmp_path)}}}
    return tmp_path


@pytest.fixture
def person(media):
    """Ana: a mentor (with a photo, a mentorship and an action), who also volunteered, signed
    two appeals (one confirmed, one not), and registered for a past and a future event."""
    user = UserFactory(username="ana", email=EMAIL.upper(), first_name="Ana")
    mentor = MentorFactory(user=user, name="Ana Canary", biography_en="Ana's own words",
                           preferred_language="de",
                           is_public=True, party="Canary party")
    mentor.photo.save("ana.jpg", ContentFile(jpeg()))
    mentorship = Mentorship.objects.create(mentor=mentor, prisoner=PrisonerFactory(),
                                           status="active", statement_en="Ana's statement",
                                           is_public=True)
    MentorAction.objects.create(mentorship=mentorship, kind="letter_to_prisoner",
                                date=datetime.date(2026, 11, 1), note="Wrote a letter")
    MentorSignup.objects.create(name="Ana Canary", email=EMAIL, country="DE", role="MP",
                                language="de", is_handled=True)
    confirmed = SignatureFactory(name="Ana Canary", email=EMAIL, language="de")
    unconfirmed = SignatureFactory(name="Ana Canary", email=EMAIL, confirmed_at=None)
    NotableSignatory.objects.create(appeal=confirmed.appeal, signature=confirmed,
                                    name="Ana Canary", country="DE", role_en="MP")
    past = OnSiteEventFactory(starts_at=timezone.now() - datetime.timedelta(days=3),
                              ends_at=timezone.now() - datetime.timedelta(days=3, hours=-2))
    future = OnSiteEventFactory(capacity=1)
    RegistrationFactory(event=past, name="Ana Canary", email=EMAIL, seat=1)
    RegistrationFactory(event=future, name="Ana Canary", email=EMAIL, seat=1)
    waiting = RegistrationFactory(event=future, status=RegistrationStatus.WAITING, seat=None,
                                  email=OTHER, name="Other Person")
    # Someone else, on the same appeal: never exported, never touched.
    SignatureFactory(appeal=confirmed.appeal, name="Other Person", email=OTHER)
    return {"mentor": mentor, "confirmed": confirmed, "unconfirmed": unconfirmed,
            "past": past, "future": future, "waiting": waiting}


def changelist(model):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def run_action(client, model, action, pks, follow=False, **extra):
    return client.post(changelist(model), {"action": action, "_selected_action": pks, **extra},
                       follow=follow)


def unzip(response):
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return archive, json.loads(archive.read("personal-data.json"))


def test_export_holds_everything_about_the_person_and_nothing_else(coordinator, person):
    response = run_action(coordinator, Signature, "export_personal_data",
                          [person["confirmed"].pk])
    assert response["Content-Type"] == "application/zip"
    archive, data = unzip(response)
    mentor_photo = f"mentor-{person['mentor'].pk}-photo.jpg"
    assert sorted(archive.namelist()) == [mentor_photo, "personal-data.json"]
    assert archive.read(mentor_photo) == person["mentor"].photo.open("rb").read()
    records = data["records"]
    assert {name: len(entries) for name, entries in records.items()} == {
        "mentorships.mentor": 1, "mentorships.mentorsignup": 1, "events.registration": 2,
        "appeals.signature": 2, "appeals.notablesignatory": 1}
    # Values of choices in the person's language (their first record's): German.
    assert records["mentorships.mentor"][0]["country"] == "Deutschland (DE)"
    assert records["mentorships.mentor"][0]["photo_file"] == mentor_photo
    text = archive.read("personal-data.json").decode()
    assert "Ana's own words" in text and "Ana's statement" in text and "Wrote a letter" in text
    assert OTHER not in text and "Other Person" not in text
    assert str(person["confirmed"].key) not in text  # the key would let the reader withdraw
    assert "pbkdf2" not in text
    record = AccessRecord.objects.get()
    assert record.action == AccessAction.SUBJECT_EXPORT
    assert record.records == {"appeals.signature": 2, "events.registration": 2,
                              "mentorships.mentor": 1, "mentorships.mentorsignup": 1,
                              "appeals.notablesignatory": 1}


def test_the_same_export_from_each_kind_of_record(coordinator, person):
    exports = [
        run_action(coordinator, Mentor, "export_personal_data", [person["mentor"].pk]),
        run_action(coordinator, MentorSignup, "export_personal_data",
                   [MentorSignup.objects.get().pk]),
        run_action(coordinator, Registration, "export_personal_data",
                   [Registration.objects.filter(email=EMAIL).first().pk]),
    ]
    contents = [unzip(response)[1]["records"] for response in exports]
    assert contents[0] == contents[1] == contents[2]


def test_records_of_two_people_are_refused(coordinator, person):
    other = Signature.objects.get(email=OTHER)
    response = run_action(coordinator, Signature, "export_personal_data",
                          [person["confirmed"].pk, other.pk], follow=True)
    assert response["Content-Type"].startswith("text/html")
    assert "Select the records of one person" in response.content.decode()
    assert not AccessRecord.objects.exists()


def test_only_those_who_answer_requests_are_offered_the_actions(editor, coordinator):
    MentorFactory()
    assert "export_personal_data" in coordinator.get(changelist(Mentor)).content.decode()
    editor.user.user_permissions.add(*_view_mentor())
    page = editor.get(changelist(Mentor)).content.decode()
    assert "Mentor " in page and "export_personal_data" not in page


def _view_mentor():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="view_mentor")


def test_erasure_asks_first_and_lists_what_will_go(coordinator, person):
    response = run_action(coordinator, Signature, "erase_personal_data",
                          [person["confirmed"].pk])
    page = response.content.decode()
    assert response.status_code == 200 and "This cannot be undone" in page
    assert "Signatures: 2" in page and "Registrations: 2" in page
    assert Signature.objects.filter(email=EMAIL).count() == 2  # nothing happened yet


def every_text_holding(value):
    """(model, field) of every stored text, history and admin log included, holding
    ``value``."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)):
                lookup = {f"{field.attname}__icontains": value}
                if model._default_manager.filter(**lookup).exists():
                    found.append((model._meta.label, field.name))
    return found


def test_erasure_leaves_nothing_and_keeps_every_total(coordinator, person, media):
    mentor = person["mentor"]
    LogEntry.objects.log_actions(coordinator.user.pk, [person["confirmed"]], ADDITION)
    counted_before = Signature.objects.counted().filter(appeal=person["confirmed"].appeal).count()
    photo_path = media / mentor.photo.name
    assert photo_path.exists() and every_text_holding("Ana Canary")

    response = run_action(coordinator, Signature, "erase_personal_data",
                          [person["confirmed"].pk], confirm="yes", follow=True)

    assert "Erased:" in response.content.decode()
    assert every_text_holding(EMAIL) == [] and every_text_holding("Ana Canary") == []
    assert every_text_holding("Ana's own words") == []
    assert every_text_holding("Ana's statement") == []
    # The confirmed signature still counts; the unconfirmed one is gone.
    assert Signature.objects.counted().filter(
        appeal=person["confirmed"].appeal).count() == counted_before
    assert not Signature.objects.filter(pk=person["unconfirmed"].pk).exists()
    assert not NotableSignatory.objects.exists()
    # The past event keeps its participant; the future place went to the person waiting.
    assert Registration.objects.filter(event=person["past"]).count() == 1
    person["waiting"].refresh_from_db()
    assert person["waiting"].status == RegistrationStatus.CONFIRMED
    assert not MentorSignup.objects.exists()
    # The mentor's actions stay in the case record, under an erased, inactive mentor.
    mentor.refresh_from_db()
    mentor.user.refresh_from_db()
    assert (mentor.name, mentor.is_public, mentor.photo.name) == ("Erased mentor", False, "")
    assert (mentor.user.is_active, mentor.user.email, mentor.user.has_usable_password()) == (
        False, "", False)
    assert MentorAction.objects.filter(mentorship__mentor=mentor).count() == 1
    assert Mentorship.objects.get(mentor=mentor).status == "ended"
    assert not photo_path.exists()
    record = AccessRecord.objects.get()
    assert record.action == AccessAction.SUBJECT_ERASURE and record.records[
        "appeals.signature"] == 2
    # The other person is untouched.
    assert Signature.objects.get(email=OTHER).name == "Other Person"


def test_a_donor_is_exported_and_erased_with_the_ledger_unchanged(finance, media):
    first = IncomeFactory(donor_may_be_named=True, donor_name="Hans Canary",
                          note="Transfer from Hans Canary, ref 42", amount=Decimal("50.00"))
    IncomeFactory(donor_may_be_named=True, donor_name="hans canary", amount=Decimal("20.00"))
    IncomeFactory(donor_may_be_named=True, donor_name="Someone Else", amount=Decimal("5.00"))
    total = Income.objects.aggregate(total=Sum("amount_eur"))["total"]

    response = run_action(finance, Income, "export_personal_data", [first.pk])
    archive, data = unzip(response)
    assert archive.namelist() == ["personal-data.json"]
    assert [entry["amount"] for entry in data["records"]["funds.income"]] == ["50.00", "20.00"]
    assert "Someone Else" not in archive.read("personal-data.json").decode()

    run_action(finance, Income, "erase_personal_data", [first.pk], confirm="yes")
    assert every_text_holding("Hans Canary") == []
    first.refresh_from_db()
    assert (first.donor_name, first.donor_may_be_named, first.note) == (
        "", False, "Transfer from (erased), ref 42")
    assert Income.objects.count() == 3
    assert Income.objects.aggregate(total=Sum("amount_eur"))["total"] == total
    assert Income.objects.get(donor_name="Someone Else")


def test_deleting_a_prisoner_takes_their_history_and_log_names(coordinator):
    from prisoners.models import Prisoner, PrisonerContact

    prisoner = PrisonerFactory(full_name_latin="Pyotr Canaryev")
    PrisonerContact.objects.create(prisoner=prisoner, kind="relative", name="Mother Canaryeva")
    LogEntry.objects.log_actions(coordinator.user.pk, [prisoner], ADDITION)
    assert every_text_holding("Canaryev")
    response = coordinator.post(reverse("admin:prisoners_prisoner_delete", args=[prisoner.pk]),
                                {"post": "yes"})
    assert response.status_code == 302
    assert every_text_holding("Canaryev") == []
    assert not Prisoner.history.filter(id=prisoner.pk).exists()
    # Who deleted it, and when, stays.
    entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Prisoner),
                                      object_id=str(prisoner.pk))
    assert sorted(entry.action_flag for entry in entries) == [1, 3]
    assert {entry.object_repr for entry in entries} == {f"#{prisoner.pk} (erased)"}


PAGE = "/admin/dataprotection/accessrecord/personal-data/"


def test_the_request_page_finds_a_person_by_email_in_every_kind(coordinator, person):
    assert reverse("admin:dataprotection_personal_data") == PAGE
    page = coordinator.get(PAGE, {"email": "  Ana.Canary@Example.EU "}).content.decode()
    assert "Held about ana.canary@example.eu" in page
    for line in ("Mentors: 1", "Mentor sign-ups: 1", "Registrations: 2", "Signatures: 2",
                 "Notable signatories: 1"):
        assert line in page
    assert "/admin/appeals/signature/?q=ana.canary%40example.eu" in page
    assert not AccessRecord.objects.exists()  # finding is not taking


@pytest.mark.parametrize("query, message", [
    ({"email": "a@example.eu", "donor_name": "Hans"},
     "Enter either an e-mail address or a donor&#x27;s name."),
    ({"email": "not an address"}, "Enter a valid email address."),
])
def test_the_request_page_says_what_is_wrong(coordinator, query, message):
    response = coordinator.get(PAGE, query)
    assert response.status_code == 200 and message in response.content.decode()


def test_the_request_page_exports_and_erases(coordinator, person):
    response = coordinator.post(PAGE, {"email": EMAIL, "export": "1"})
    assert sorted(unzip(response)[1]["records"]) == [
        "appeals.notablesignatory", "appeals.signature", "events.registration",
        "mentorships.mentor", "mentorships.mentorsignup"]
    confirmation = coordinator.post(PAGE, {"email": EMAIL, "erase": "1"})
    assert "This cannot be undone" in confirmation.content.decode()
    assert Signature.objects.filter(email=EMAIL).count() == 2
    done = coordinator.post(PAGE, {"email": EMAIL, "erase": "1", "confirm": "yes"}, follow=True)
    message = next(str(message) for message in done.context["messages"])
    assert message == ("Erased: notable signatories: 1 deleted; mentors: 1 anonymised; "
                       "mentor sign-ups: 1 deleted; registrations: 1 anonymised, 1 deleted; "
                       "signatures: 1 anonymised, 1 deleted.")
    assert every_text_holding(EMAIL) == []
    assert [record.action for record in AccessRecord.objects.order_by("pk")] == [
        AccessAction.SUBJECT_EXPORT, AccessAction.SUBJECT_ERASURE]


def test_the_request_page_finds_a_donor(finance):
    IncomeFactory(donor_may_be_named=True, donor_name="Hans Canary")
    page = finance.get(PAGE, {"donor_name": "hans canary"}).content.decode()
    assert "Income: 1" in page


def test_only_those_who_answer_requests_open_the_page(editor, coordinator):
    assert editor.get(PAGE).status_code == 403
    assert "A person's request for their data" in coordinator.get("/admin/").content.decode()
    assert "request for their data" not in editor.get("/admin/").content.decode()
