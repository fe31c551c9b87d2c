"""Where the registry's facts come from: verifications with sources, "information as of"."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from prisoners.choices import VerifiedAspect
from prisoners.models import Verification
from tests.factories import (
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
    UserFactory,
)
from tests.prisoners.test_admin import post_change_form

EXPECTED_DATES = {"en": "Information as of March 3, 2026", "ru": "Информация на 3 марта 2026",
                  "de": "Stand der Angaben: 3. März 2026",
                  "fr": "Informations au 3 mars 2026"}


def detail(client, prisoner, language):
    with translation.override(language):
        path = reverse("prisoners:detail", kwargs={"slug": prisoner.slug})
    return client.get(path).content.decode()


@pytest.mark.parametrize("language", EXPECTED_DATES)
def test_public_page_says_as_of_the_latest_verification(anonymous, language):
    prisoner = PublicPrisonerFactory()
    for aspect, day in [(VerifiedAspect.STATUS, 1), (VerifiedAspect.ADDRESS, 3),
                        (VerifiedAspect.PLACE, 2)]:
        Verification.objects.create(prisoner=prisoner, aspect=aspect,
                                    verified_on=datetime.date(2026, 3, day),
                                    source_organisation="Memorial")
    assert EXPECTED_DATES[language] in detail(anonymous, prisoner, language)


def test_never_verified_says_nothing(anonymous):
    assert "Information as of" not in detail(anonymous, PublicPrisonerFactory(), "en")


def test_a_verification_names_its_source_and_is_not_in_the_future(db):
    prisoner = PrisonerFactory()
    with pytest.raises(ValidationError) as no_source:
        Verification(prisoner=prisoner, aspect=VerifiedAspect.PLACE).full_clean()
    assert no_source.value.messages == [
        "Name the source: an organisation, a URL or a document."]
    with pytest.raises(ValidationError) as future:
        Verification(prisoner=prisoner, aspect=VerifiedAspect.PLACE,
                     verified_on=datetime.date.today() + datetime.timedelta(days=2),
                     source_url="https://example.org/letter").full_clean()
    assert future.value.message_dict == {
        "verified_on": ["A verification cannot be in the future."]}


def test_coordinator_records_a_verification_signed_with_their_name(coordinator):
    prisoner = PrisonerFactory()
    response = post_change_form(coordinator, prisoner, {
        "verifications-TOTAL_FORMS": "1", "verifications-0-aspect": "address",
        "verifications-0-verified_on": "2026-11-30",
        "verifications-0-source_document": "Letter from the prisoner, 24 November"})
    assert response.status_code == 302
    verification = prisoner.verifications.get()
    assert (verification.aspect, verification.verified_on, verification.verified_by,
            verification.source_document) == (
        "address", datetime.date(2026, 11, 30), coordinator.user,
        "Letter from the prisoner, 24 November")


def test_someone_else_may_be_named_as_the_verifier(coordinator):
    prisoner = PrisonerFactory()
    colleague = UserFactory(username="colleague", is_staff=True)
    post_change_form(coordinator, prisoner, {
        "verifications-TOTAL_FORMS": "1", "verifications-0-aspect": "status",
        "verifications-0-verified_on": "2026-11-30",
        "verifications-0-verified_by": str(colleague.pk),
        "verifications-0-source_organisation": "OVD-Info"})
    assert prisoner.verifications.get().verified_by == colleague


def test_editors_and_finance_do_not_see_the_sources(editor, finance):
    prisoner = PrisonerFactory()
    Verification.objects.create(prisoner=prisoner, aspect=VerifiedAspect.PLACE,
                                source_organisation="Confidential source X")
    path = reverse("admin:prisoners_prisoner_change", args=[prisoner.pk])
    for client in (editor, finance):
        page = client.get(path).content.decode()
        assert "Confidential source X" not in page
        assert "verifications-TOTAL_FORMS" not in page


CHANGELIST = "/admin/prisoners/prisoner/"
MARK_ACTIONS = {"mark_status_verified": "Mark status of the case verified today",
                "mark_place_verified": "Mark place of detention verified today",
                "mark_address_verified": "Mark letter address verified today"}


def run_action(client, action, prisoners):
    return client.post(CHANGELIST, {"action": action,
                                    "_selected_action": [p.pk for p in prisoners]},
                       follow=True)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_coordinator_marks_the_place_verified_today_against_the_last_source(coordinator):
    colleague = UserFactory(username="colleague")
    checked = PrisonerFactory(full_name_latin="Checked Before")
    Verification.objects.create(prisoner=checked, aspect=VerifiedAspect.PLACE,
                                verified_on=datetime.date(2025, 1, 5), verified_by=colleague,
                                source_organisation="Old source")
    Verification.objects.create(prisoner=checked, aspect=VerifiedAspect.PLACE,
                                verified_on=datetime.date(2025, 6, 1), verified_by=colleague,
                                source_url="https://example.org/colony", source_document="Letter")
    Verification.objects.create(prisoner=checked, aspect=VerifiedAspect.ADDRESS,
                                verified_on=datetime.date(2025, 7, 1),
                                source_organisation="Address source")
    never = PrisonerFactory(full_name_latin="Never Checked")

    response = run_action(coordinator, "mark_place_verified", [checked, never])

    assert messages_of(response) == [
        "Place of detention: verified today by you for 1 prisoner, against the source of the "
        "last verification.",
        "Not marked, never verified before (place of detention): Never Checked. Record the "
        "first verification with its source on the prisoner's form."]
    latest = checked.verifications.filter(aspect=VerifiedAspect.PLACE).first()
    assert (latest.verified_on, latest.verified_by, latest.source_organisation,
            latest.source_url, latest.source_document) == (
        timezone.localdate(), coordinator.user, "", "https://example.org/colony", "Letter")
    assert checked.verifications.count() == 4  # the address is not touched
    assert not never.verifications.exists()


def test_marking_twice_in_a_day_records_one_verification(coordinator):
    prisoners = [PrisonerFactory(), PrisonerFactory()]
    for prisoner in prisoners:
        Verification.objects.create(prisoner=prisoner, aspect=VerifiedAspect.STATUS,
                                    verified_on=datetime.date(2025, 1, 5),
                                    source_organisation="OVD-Info")
    run_action(coordinator, "mark_status_verified", prisoners)
    response = run_action(coordinator, "mark_status_verified", prisoners)
    assert messages_of(response) == [
        "Status of the case: verified today by you for 2 prisoners, against the sources of "
        "their last verifications."]
    assert Verification.objects.filter(verified_on=timezone.localdate()).count() == 2


def test_the_mark_verified_actions_are_the_coordinators(coordinator, editor, finance):
    def offered(client):
        form = client.get(CHANGELIST).context["action_form"]
        if form is None:  # editors and finance have no action on this list at all
            return None
        return {name: str(label) for name, label in form.fields["action"].choices
                if name in MARK_ACTIONS}

    assert offered(coordinator) == MARK_ACTIONS
    assert offered(editor) is None
    assert offered(finance) is None


def test_editor_and_finance_cannot_mark_verified_by_posting(editor, finance):
    prisoner = PrisonerFactory()
    Verification.objects.create(prisoner=prisoner, aspect=VerifiedAspect.ADDRESS,
                                verified_on=datetime.date(2025, 1, 5),
                                source_organisation="OVD-Info")
    for client in (editor, finance):
        response = run_action(client, "mark_address_verified", [prisoner])
        assert response.status_code == 200
        assert prisoner.verifications.count() == 1


def test_anonymous_cannot_mark_verified(anonymous):
    prisoner = PrisonerFactory()
    response = anonymous.post(CHANGELIST, {"action": "mark_address_verified",
                                           "_selected_action": [prisoner.pk]})
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert not prisoner.verifications.exists()


def test_a_re_review_before_the_decision_is_refused(db):
    recognition = RecognitionFactory.build(prisoner=PrisonerFactory(),
                                           decided_on=datetime.date(2025, 3, 1),
                                           re_review_on=datetime.date(2025, 3, 1))
    with pytest.raises(ValidationError) as error:
        recognition.full_clean()
    assert error.value.message_dict == {
        "re_review_on": ["The re-review comes after the decision."]}


def test_coordinator_moves_the_re_review_date_on_the_form(coordinator):
    prisoner = PrisonerFactory()
    recognition = RecognitionFactory(prisoner=prisoner, decided_on=datetime.date(2025, 3, 1))
    assert recognition.re_review_on == datetime.date(2026, 3, 1)
    response = post_change_form(coordinator, prisoner,
                                {"recognitions-0-re_review_on": "2025-09-01"})
    assert response.status_code == 302
    recognition.refresh_from_db()
    assert recognition.re_review_on == datetime.date(2025, 9, 1)

    refused = post_change_form(coordinator, prisoner,
                               {"recognitions-0-re_review_on": "2025-02-01"})
    assert refused.status_code == 200
    assert "The re-review comes after the decision." in refused.content.decode()
    recognition.refresh_from_db()
    assert recognition.re_review_on == datetime.date(2025, 9, 1)
