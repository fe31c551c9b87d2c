import datetime

import pytest
from django.core.exceptions import ValidationError

from prisoners import services
from prisoners.choices import ConsentScope, RecognitionStatus, SentenceKind
from prisoners.models import Prisoner, Recognition
from tests.factories import (
    ConsentFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
)

pytestmark = pytest.mark.django_db


def public_slugs():
    return set(Prisoner.objects.public().values_list("slug", flat=True))


def test_new_prisoner_is_private():
    prisoner = PrisonerFactory()
    assert prisoner.is_published is False
    assert public_slugs() == set()


def test_recognised_consenting_published_prisoner_is_public():
    prisoner = PublicPrisonerFactory()
    assert public_slugs() == {prisoner.slug}


def test_published_switch_off_hides_prisoner():
    PublicPrisonerFactory(is_published=False)
    assert public_slugs() == set()


def test_published_without_recognition_is_not_public():
    prisoner = PrisonerFactory(is_published=True)
    ConsentFactory(prisoner=prisoner)
    assert public_slugs() == set()


@pytest.mark.parametrize("status", [RecognitionStatus.PROPOSED, RecognitionStatus.UNDER_REVIEW,
                                    RecognitionStatus.DECLINED, RecognitionStatus.REMOVED])
def test_only_recognised_standing_is_public(status):
    prisoner = PrisonerFactory(is_published=True)
    ConsentFactory(prisoner=prisoner)
    RecognitionFactory(prisoner=prisoner, status=status)
    assert public_slugs() == set()


def test_latest_decision_wins():
    prisoner = PublicPrisonerFactory()
    RecognitionFactory(prisoner=prisoner, status=RecognitionStatus.REMOVED,
                       decided_on=datetime.date(2025, 6, 1))
    assert public_slugs() == set()


def test_pending_review_does_not_hide_recognised_prisoner():
    prisoner = PublicPrisonerFactory()
    RecognitionFactory(prisoner=prisoner, status=RecognitionStatus.UNDER_REVIEW, decided_on=None)
    assert public_slugs() == {prisoner.slug}


def test_published_without_consent_is_not_public():
    prisoner = PrisonerFactory(is_published=True)
    RecognitionFactory(prisoner=prisoner)
    assert public_slugs() == set()


def test_consent_dated_in_future_is_not_in_force():
    prisoner = PrisonerFactory(is_published=True)
    RecognitionFactory(prisoner=prisoner)
    ConsentFactory(prisoner=prisoner, given_on=datetime.date.today() + datetime.timedelta(days=3))
    assert public_slugs() == set()


def test_withdrawing_consent_unpublishes_at_once():
    prisoner = PublicPrisonerFactory()
    consent = prisoner.consents.get()
    services.consent_withdraw(consent=consent)
    prisoner.refresh_from_db()
    assert prisoner.is_published is False
    assert public_slugs() == set()


def test_withdrawing_one_of_two_consents_keeps_prisoner_public():
    prisoner = PublicPrisonerFactory()
    ConsentFactory(prisoner=prisoner)
    services.consent_withdraw(consent=prisoner.consents.first())
    prisoner.refresh_from_db()
    assert prisoner.is_published is True
    assert public_slugs() == {prisoner.slug}


def test_publish_refuses_unrecognised_prisoner_with_reasons():
    prisoner = PrisonerFactory()
    with pytest.raises(ValidationError) as error:
        services.prisoner_publish(prisoner=prisoner)
    assert error.value.messages == ["not recognised as a political prisoner",
                                    "no consent to publicity in force"]
    prisoner.refresh_from_db()
    assert prisoner.is_published is False


def test_publish_eligible_prisoner():
    prisoner = PrisonerFactory()
    RecognitionFactory(prisoner=prisoner)
    ConsentFactory(prisoner=prisoner)
    services.prisoner_publish(prisoner=prisoner)
    assert public_slugs() == {prisoner.slug}


def test_enforce_rules_unpublishes_removed_prisoner():
    prisoner = PublicPrisonerFactory()
    RecognitionFactory(prisoner=prisoner, status=RecognitionStatus.REMOVED,
                       decided_on=datetime.date(2026, 1, 1))
    blockers = services.prisoner_enforce_publication_rules(prisoner=prisoner)
    prisoner.refresh_from_db()
    assert [str(b) for b in blockers] == ["not recognised as a political prisoner"]
    assert prisoner.is_published is False


def test_recognition_decision_requires_date_rationale_criteria_and_violence_check():
    recognition = Recognition(prisoner=PrisonerFactory(), proposed_by_kind="lawyer",
                              status=RecognitionStatus.RECOGNISED)
    with pytest.raises(ValidationError) as error:
        recognition.full_clean()
    assert set(error.value.message_dict) == {"decided_on", "rationale", "criterion_a",
                                             "violence_exclusion_checked"}


def test_proposal_needs_no_decision_fields():
    recognition = Recognition(prisoner=PrisonerFactory(), proposed_by_kind="relative")
    recognition.full_clean()


def test_photo_consent_follows_scope():
    full = PublicPrisonerFactory()
    without_photo = PublicPrisonerFactory(consent__scope=ConsentScope.WITHOUT_PHOTO)
    flags = dict(Prisoner.objects.public().with_public_photo()
                 .values_list("slug", "photo_consented"))
    assert flags == {full.slug: True, without_photo.slug: False}


def test_sentence_text():
    prisoner = PrisonerFactory(sentence_kind=SentenceKind.GENERAL_REGIME, sentence_years=6,
                               sentence_months=6)
    assert prisoner.sentence_text == "6 years 6 months, general-regime colony"


def test_envelope_name_falls_back_to_full_name():
    prisoner = PrisonerFactory(full_name_original="Жучков Иван Петрович", envelope_name="")
    assert prisoner.name_on_envelope == "Жучков Иван Петрович"
    prisoner.envelope_name = "Жучкову Ивану Петровичу"
    assert prisoner.name_on_envelope == "Жучкову Ивану Петровичу"


def standing_of(prisoner):
    return Prisoner.objects.values_list("recognition_standing", flat=True).get(pk=prisoner.pk)


def test_standing_follows_every_kind_of_write():
    prisoner = PrisonerFactory()
    assert standing_of(prisoner) == ""
    Recognition.objects.bulk_create([Recognition(
        prisoner=prisoner, proposed_by_kind="lawyer", status=RecognitionStatus.RECOGNISED,
        decided_on=datetime.date(2024, 1, 1), rationale="r")])
    assert standing_of(prisoner) == RecognitionStatus.RECOGNISED
    Recognition.objects.filter(prisoner=prisoner).update(status=RecognitionStatus.REMOVED)
    assert standing_of(prisoner) == RecognitionStatus.REMOVED
    Recognition.objects.filter(prisoner=prisoner).delete()
    assert standing_of(prisoner) == ""


def test_moving_a_decision_to_another_prisoner_updates_both():
    first, second = PrisonerFactory(), PrisonerFactory()
    recognition = RecognitionFactory(prisoner=first)
    Recognition.objects.filter(pk=recognition.pk).update(prisoner=second)
    assert (standing_of(first), standing_of(second)) == ("", RecognitionStatus.RECOGNISED)


def test_decision_without_date_is_refused_by_the_database():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Recognition.objects.create(prisoner=PrisonerFactory(), proposed_by_kind="lawyer",
                                   status=RecognitionStatus.DECLINED, decided_on=None)


def test_saving_a_stale_instance_keeps_the_standing():
    prisoner = PrisonerFactory()  # loaded while it had no recognition
    RecognitionFactory(prisoner=prisoner)
    prisoner.full_name_latin = "Renamed Person"
    prisoner.save()
    assert standing_of(prisoner) == RecognitionStatus.RECOGNISED
    prisoner.save(update_fields=["full_name_latin", "recognition_standing"])
    assert standing_of(prisoner) == RecognitionStatus.RECOGNISED
