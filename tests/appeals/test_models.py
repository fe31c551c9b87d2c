import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from appeals import selectors
from appeals.choices import AppealStatus
from appeals.models import Appeal, NotableSignatory, Signature
from tests.appeals.factories import (
    AppealFactory,
    NotableSignatoryFactory,
    SignatureFactory,
    today,
)
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_closing_before_opening_is_refused_with_a_clear_message():
    appeal = AppealFactory.build(opens_on=today(), closes_on=today() - DAY)
    with pytest.raises(ValidationError) as error:
        appeal.full_clean()
    assert error.value.message_dict["closes_on"] == ["The appeal cannot close before it opens."]


def test_the_database_refuses_closing_before_opening_too():
    appeal = AppealFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Appeal.objects.filter(pk=appeal.pk).update(closes_on=appeal.opens_on - DAY)


def test_closing_on_the_opening_day_is_allowed():
    AppealFactory.build(opens_on=today(), closes_on=today(), slug="one-day").full_clean()


def test_a_delivered_appeal_needs_its_date():
    appeal = AppealFactory.build(status=AppealStatus.DELIVERED, outcome_on=None)
    with pytest.raises(ValidationError) as error:
        appeal.full_clean()
    assert error.value.message_dict["outcome_on"] == [
        "Enter the date on which the appeal was delivered."]


def test_an_outcome_cannot_predate_the_opening():
    appeal = AppealFactory.build(status=AppealStatus.DELIVERED,
                                 outcome_on=today() - datetime.timedelta(days=11))
    with pytest.raises(ValidationError) as error:
        appeal.full_clean()
    assert error.value.message_dict["outcome_on"] == [
        "The outcome cannot be dated before the appeal opened."]


def test_public_is_the_public_flag():
    shown = AppealFactory()
    AppealFactory(is_public=False)
    assert list(Appeal.objects.public()) == [shown]


@pytest.mark.parametrize(("changes", "accepting"), [
    ({}, True),
    ({"status": AppealStatus.CLOSED}, False),
    ({"status": AppealStatus.DELIVERED, "outcome_on": today()}, False),
    ({"is_public": False}, False),
    ({"opens_on": today() + DAY, "closes_on": today() + 2 * DAY}, False),
    ({"opens_on": today() - 2 * DAY, "closes_on": today() - DAY}, False),
    ({"opens_on": today(), "closes_on": today()}, True),
])
def test_accepting_signatures_in_python_and_sql_agree(changes, accepting):
    appeal = AppealFactory(**changes)
    assert appeal.accepts_signatures() is accepting
    assert Appeal.objects.accepting_signatures().filter(pk=appeal.pk).exists() is accepting
    assert Appeal.objects.open_first().get(pk=appeal.pk).accepting is accepting


def test_published_at_is_set_when_first_made_public_and_kept():
    appeal = AppealFactory(is_public=False)
    assert appeal.published_at is None
    appeal.is_public = True
    appeal.save()
    first = appeal.published_at
    assert first is not None and first <= timezone.now()
    appeal.is_public = False
    appeal.save()
    appeal.is_public = True
    appeal.save(update_fields=["is_public"])
    appeal.refresh_from_db()
    assert appeal.published_at == first


def test_open_appeals_come_first_closing_soonest_first():
    later = AppealFactory(slug="later", closes_on=today() + 40 * DAY)
    delivered = AppealFactory(slug="delivered", status=AppealStatus.DELIVERED,
                              outcome_on=today())
    sooner = AppealFactory(slug="sooner", closes_on=today() + 5 * DAY)
    AppealFactory(slug="private", is_public=False)
    assert [a.slug for a in selectors.public_appeals()] == [sooner.slug, later.slug,
                                                             delivered.slug]
    assert [a.slug for a in selectors.open_appeals(limit=1)] == ["sooner"]
    assert [a.slug for a in selectors.open_appeals()] == ["sooner", "later"]


def test_one_signature_per_address_and_appeal_whatever_the_case():
    signature = SignatureFactory(email="anna@example.org")
    SignatureFactory(email="anna@example.org")  # another appeal
    with pytest.raises(IntegrityError), transaction.atomic():
        SignatureFactory(appeal=signature.appeal, email="ANNA@example.org")


def test_the_duplicate_is_a_clear_validation_message():
    signature = SignatureFactory(email="anna@example.org")
    duplicate = SignatureFactory.build(appeal=signature.appeal, email="Anna@Example.org")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.messages == ["This e-mail address has already signed this appeal."]


def test_counted_and_public_signatures():
    appeal = AppealFactory()
    shown = SignatureFactory(appeal=appeal)
    hidden = SignatureFactory(appeal=appeal, show_name=False)
    SignatureFactory(appeal=appeal, confirmed_at=None)
    SignatureFactory(appeal=appeal, withdrawn_at=timezone.now())
    SignatureFactory(appeal=AppealFactory(is_public=False))
    assert set(Signature.objects.filter(appeal=appeal).counted()) == {shown, hidden}
    assert list(Signature.objects.public()) == [shown]


def test_public_notable_signatories_are_verified_and_not_hidden():
    shown = NotableSignatoryFactory()
    NotableSignatoryFactory(is_verified=False)
    NotableSignatoryFactory(is_hidden=True)
    NotableSignatoryFactory(appeal=AppealFactory(is_public=False))
    assert list(NotableSignatory.objects.public()) == [shown]


def test_notables_grouped_in_the_order_of_the_groups_and_linked_only_to_public_mentors():
    appeal = AppealFactory()
    public_mentor = MentorFactory(is_public=True)
    NotableSignatoryFactory(appeal=appeal, name="Zoe", group="artists", mentor=public_mentor)
    NotableSignatoryFactory(appeal=appeal, name="Bob", group="parliament",
                            mentor=MentorFactory(is_public=False))
    NotableSignatoryFactory(appeal=appeal, name="Al", group="parliament")
    groups = selectors.notable_signatories_by_group(appeal)
    assert [(str(label), [(n.name, n.mentor_is_public) for n in members])
            for label, members in groups] == [
        ("Members of parliament", [("Al", False), ("Bob", False)]),
        ("Artists and writers", [("Zoe", True)])]
