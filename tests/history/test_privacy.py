"""Secrets never reach history, and the records of people from the public take their history
with them when they are deleted on request."""

import pytest

from mentorships.models import MentorSignup
from tests.appeals.factories import SignatureFactory
from tests.events.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def private_public_records():
    """A registration, a signature and a mentor sign-up, by admin model name."""
    return {
        "registration": RegistrationFactory(name="CANARYREGISTRANT"),
        "signature": SignatureFactory(name="CANARYSIGNER"),
        "mentorsignup": MentorSignup.objects.create(
            name="CANARYVOLUNTEER", email="volunteer@example.org", country="DE",
            role="MEP", language="en"),
    }


def test_a_signatures_key_is_never_in_history():
    signature = SignatureFactory()
    field_names = {field.name for field in type(signature).history.model._meta.fields}
    assert "key" not in field_names
    assert "email" in field_names  # the rest is tracked


def test_secret_and_derived_columns_are_not_in_history():
    from accounts.models import User
    from prisoners.models import Prisoner

    names = {field.name for field in Prisoner.history.model._meta.fields}
    assert {"search_names", "recognition_standing", "biography", "case_summary"}.isdisjoint(
        names)
    assert {"biography_en", "biography_ru", "biography_de", "biography_fr"} <= names
    assert not hasattr(User, "history")  # password hashes are never copied


@pytest.mark.parametrize("kind", ["registration", "signature", "mentorsignup"])
def test_deleting_a_record_on_request_deletes_its_history(kind):
    record = private_public_records()[kind]
    history = type(record).history
    assert history.filter(id=record.pk).count() == 1
    record.name = "CANARYRENAMED"
    record.save()
    record_id = record.pk
    record.delete()
    assert not history.filter(id=record_id).exists()
