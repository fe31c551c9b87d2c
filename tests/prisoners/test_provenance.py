"""Where the registry's facts come from: verifications with sources, "information as of"."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from prisoners.choices import VerifiedAspect
from prisoners.models import Verification
from tests.factories import PrisonerFactory, PublicPrisonerFactory, UserFactory
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
