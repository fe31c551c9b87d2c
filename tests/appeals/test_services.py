"""Double opt-in: signing, the confirmation e-mail, confirming, withdrawing, duplicates."""

import datetime
import re
import time

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone

from appeals import services
from appeals.choices import AppealStatus
from appeals.models import CONSENT_VERSION, NotableSignatory, Signature
from tests.appeals.factories import AppealFactory, NotableSignatoryFactory, SignatureFactory, today

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://registry.example.org"


def sign(appeal, **overrides):
    data = {"name": "Anna Berg", "country": "SE", "email": "anna.berg@example.eu",
            "role": "Teacher", "show_name": True, "language": "en", **overrides}
    return services.signature_submit(appeal=appeal, **data)


def links(mail):
    return re.findall(r"https://registry\.example\.org\S+", mail.body)


def token_of(link):
    return link.rstrip("/").split("/")[-2]


def test_a_new_signature_waits_for_confirmation_and_gets_the_e_mail(mailoutbox):
    appeal = AppealFactory(title_en="Free Ivan", slug="free-ivan")
    signature = sign(appeal)
    assert (signature.name, signature.country.code, signature.email, signature.role,
            signature.show_name, signature.language, signature.consent_version,
            signature.confirmed_at, signature.withdrawn_at) == (
        "Anna Berg", "SE", "anna.berg@example.eu", "Teacher", True, "en", CONSENT_VERSION,
        None, None)
    assert signature.consented_at is not None
    assert Signature.objects.counted().count() == 0

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["anna.berg@example.eu"]
    assert mail.subject == "Please confirm your signature: Free Ivan"
    appeal_link, confirm, withdraw = links(mail)
    assert appeal_link == "https://registry.example.org/en/appeals/free-ivan/"
    assert confirm.startswith("https://registry.example.org/en/appeals/signatures/")
    assert confirm.endswith("/confirm/") and withdraw.endswith("/withdraw/")
    assert "the link works for 7 days" in mail.body
    assert services.signature_from_token(
        token_of(confirm), salt=services.CONFIRM_SALT) == signature


def test_the_e_mail_is_in_the_signers_language(mailoutbox):
    appeal = AppealFactory(title_de="Freiheit für Iwan", slug="iwan")
    sign(appeal, language="de")
    mail = mailoutbox[0]
    assert "Freiheit für Iwan" in mail.subject
    assert links(mail)[0] == "https://registry.example.org/de/appeals/iwan/"
    assert "/de/appeals/signatures/" in links(mail)[1]


def test_confirming_counts_the_signature_and_twice_is_harmless():
    signature = sign(AppealFactory())
    assert services.signature_confirm(signature=signature) is True
    signature.refresh_from_db()
    first = signature.confirmed_at
    assert first is not None and signature.is_counted
    assert services.signature_confirm(signature=signature) is False
    signature.refresh_from_db()
    assert signature.confirmed_at == first
    assert Signature.objects.counted().count() == 1


def test_withdrawing_stops_counting_and_hides_the_name():
    signature = SignatureFactory(show_name=True)
    assert services.signature_withdraw(signature=signature) is True
    signature.refresh_from_db()
    assert signature.withdrawn_at is not None and signature.show_name is False
    assert Signature.objects.counted().count() == 0
    assert services.signature_withdraw(signature=signature) is False


def test_a_withdrawn_signature_cannot_be_confirmed():
    signature = SignatureFactory(confirmed_at=None, withdrawn_at=timezone.now())
    with pytest.raises(ValidationError) as error:
        services.signature_confirm(signature=signature)
    assert error.value.messages == [
        "This signature was withdrawn. To sign again, use the form on the appeal page."]


def test_signing_again_unconfirmed_resends_the_confirmation_and_keeps_the_details(mailoutbox):
    # Canary: someone who knows the victim's address signs again; the victim's link must
    # still publish what the victim signed, not the other person's name or choice.
    appeal = AppealFactory()
    first = sign(appeal, show_name=False)
    again = sign(appeal, email="Anna.Berg@Example.EU", name="CANARY-Hijacker", country="RU",
                 role="CANARY-role", show_name=True)
    assert again.pk == first.pk
    assert Signature.objects.count() == 1
    again.refresh_from_db()
    assert (again.name, again.country.code, again.role, again.show_name, again.confirmed_at) == (
        "Anna Berg", "SE", "Teacher", False, None)
    assert [mail.subject.split(":")[0] for mail in mailoutbox] == [
        "Please confirm your signature", "Please confirm your signature"]
    assert "CANARY" not in mailoutbox[1].body
    # Both links confirm the same signature, once.
    assert token_of(links(mailoutbox[0])[1]) == token_of(links(mailoutbox[1])[1])


def test_withdrawing_works_after_the_appeal_is_unpublished(mailoutbox):
    appeal = AppealFactory()
    signature = sign(appeal)
    withdraw = token_of(links(mailoutbox[0])[-1])
    confirm = token_of(links(mailoutbox[0])[1])
    appeal.is_public = False
    appeal.save()
    assert services.signature_from_token(withdraw, salt=services.WITHDRAW_SALT) == signature
    with pytest.raises(services.TokenInvalid):
        services.signature_from_token(confirm, salt=services.CONFIRM_SALT)


def test_signing_again_when_counted_counts_once_and_says_so(mailoutbox):
    appeal = AppealFactory(title_en="Free Ivan")
    signature = SignatureFactory(appeal=appeal, email="anna.berg@example.eu", name="Anna")
    again = sign(appeal, name="Somebody else")
    assert again.pk == signature.pk
    again.refresh_from_db()
    assert again.name == "Anna"  # a confirmed signature is not changed by the form
    assert Signature.objects.counted().count() == 1
    mail = mailoutbox[0]
    assert mail.subject == "You have already signed: Free Ivan"
    assert "You have already signed it, and your signature counts once" in mail.body
    assert "/confirm/" not in mail.body and "/withdraw/" in mail.body


def test_signing_again_after_withdrawing_starts_over_and_voids_the_old_links(mailoutbox):
    appeal = AppealFactory()
    signature = sign(appeal)
    old_confirm = token_of(links(mailoutbox[0])[1])
    old_withdraw = token_of(links(mailoutbox[0])[2])
    services.signature_withdraw(signature=signature)
    again = sign(appeal)
    assert again.pk == signature.pk
    again.refresh_from_db()
    assert (again.withdrawn_at, again.confirmed_at) == (None, None)
    for token, salt in ((old_confirm, services.CONFIRM_SALT),
                        (old_withdraw, services.WITHDRAW_SALT)):
        with pytest.raises(services.TokenInvalid):
            services.signature_from_token(token, salt=salt)
    new_confirm = token_of(links(mailoutbox[1])[1])
    assert services.signature_from_token(new_confirm, salt=services.CONFIRM_SALT) == again


def test_a_closed_appeal_refuses_signatures(mailoutbox):
    appeal = AppealFactory(status=AppealStatus.CLOSED)
    with pytest.raises(ValidationError) as error:
        sign(appeal)
    assert error.value.messages == ["This appeal no longer accepts signatures."]
    assert Signature.objects.count() == 0 and mailoutbox == []


def test_confirming_after_the_appeal_closed_is_refused():
    appeal = AppealFactory()
    signature = sign(appeal)
    appeal.closes_on = today() - datetime.timedelta(days=1)
    appeal.save()
    with pytest.raises(ValidationError) as error:
        services.signature_confirm(signature=signature)
    assert error.value.messages == [
        "The appeal closed before your signature was confirmed, so it was not counted."]


def test_tokens_are_salted_expire_and_refuse_tampering():
    signature = sign(AppealFactory())
    confirm = services.signature_token(signature, salt=services.CONFIRM_SALT)
    with pytest.raises(services.TokenInvalid):  # a confirmation token does not withdraw
        services.signature_from_token(confirm, salt=services.WITHDRAW_SALT)
    with pytest.raises(services.TokenInvalid):
        services.signature_from_token(confirm[:-2] + "xx", salt=services.CONFIRM_SALT)
    with pytest.raises(services.TokenInvalid):
        services.signature_from_token("", salt=services.CONFIRM_SALT)
    for payload in (["1; drop", "x"], "not-a-key", 42, None, "0" * 32):
        forged = signing.dumps(payload, salt=services.CONFIRM_SALT)
        with pytest.raises(services.TokenInvalid):
            services.signature_from_token(forged, salt=services.CONFIRM_SALT)
    assert signing.loads(confirm, salt=services.CONFIRM_SALT) == signature.key.hex
    with pytest.raises(services.TokenExpired):
        services.signature_from_token(confirm, salt=services.CONFIRM_SALT, max_age=-1)


def token_made_days_ago(signature, days, monkeypatch, salt=services.CONFIRM_SALT):
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() - days * 86400)
    token = services.signature_token(signature, salt=salt)
    monkeypatch.setattr(time, "time", real)
    return token


def test_a_confirmation_link_works_for_seven_days_and_a_withdrawal_link_later(monkeypatch):
    signature = sign(AppealFactory())
    fresh = token_made_days_ago(signature, 6.9, monkeypatch)
    assert services.signature_from_token(fresh, salt=services.CONFIRM_SALT,
                                         max_age=services.CONFIRM_MAX_AGE) == signature
    stale = token_made_days_ago(signature, 7.1, monkeypatch)
    with pytest.raises(services.TokenExpired):
        services.signature_from_token(stale, salt=services.CONFIRM_SALT,
                                      max_age=services.CONFIRM_MAX_AGE)
    withdraw = token_made_days_ago(signature, 400, monkeypatch, salt=services.WITHDRAW_SALT)
    assert services.signature_from_token(withdraw, salt=services.WITHDRAW_SALT) == signature


def test_confirmation_links_of_an_appeal_no_longer_public_are_invalid():
    signature = sign(AppealFactory())
    token = services.signature_token(signature, salt=services.CONFIRM_SALT)
    signature.appeal.is_public = False
    signature.appeal.save()
    with pytest.raises(services.TokenInvalid):
        services.signature_from_token(token, salt=services.CONFIRM_SALT)


def test_a_failing_mail_server_keeps_the_signature(monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr("appeals.services.send_mail", broken)
    signature = sign(AppealFactory())
    assert Signature.objects.filter(pk=signature.pk).exists()


def test_hide_names_delete_and_propose_notable():
    appeal = AppealFactory()
    shown = SignatureFactory(appeal=appeal, name="Anna", role="MEP", country="SE")
    other = SignatureFactory(appeal=appeal, show_name=False)
    signatures = Signature.objects.filter(pk__in=[shown.pk, other.pk])
    assert services.signatures_hide_names(signatures=signatures) == 1
    assert services.signatures_propose_notable(signatures=signatures) == 2
    assert services.signatures_propose_notable(signatures=signatures) == 0
    notable = NotableSignatory.objects.get(signature=shown)
    # The self-declared role is not copied: the coordinator fills in a checked one.
    assert (notable.name, notable.role_en, notable.country.code, notable.is_verified,
            notable.appeal) == ("Anna", None, "SE", False, appeal)
    assert services.signatures_delete(signatures=signatures) == 2
    assert Signature.objects.count() == 0
    assert NotableSignatory.objects.count() == 0  # erasure is complete


def test_only_counted_signatures_are_proposed_as_notables():
    appeal = AppealFactory()
    SignatureFactory(appeal=appeal, confirmed_at=None)
    SignatureFactory(appeal=appeal, withdrawn_at=timezone.now())
    assert services.signatures_propose_notable(signatures=Signature.objects.all()) == 0
    assert NotableSignatory.objects.count() == 0


def test_a_notable_is_public_only_while_its_signature_counts():
    appeal = AppealFactory()
    signature = SignatureFactory(appeal=appeal, name="CANARY-Signer")
    notable = NotableSignatoryFactory(appeal=appeal, signature=signature, name="CANARY-Signer")
    NotableSignatoryFactory(appeal=appeal, name="Without signature")
    assert NotableSignatory.objects.public().count() == 2
    Signature.objects.filter(pk=signature.pk).update(confirmed_at=None)
    assert list(NotableSignatory.objects.public().values_list("name", flat=True)) == [
        "Without signature"]
    Signature.objects.filter(pk=signature.pk).update(confirmed_at=timezone.now(),
                                                      withdrawn_at=timezone.now())
    assert list(NotableSignatory.objects.public().values_list("name", flat=True)) == [
        "Without signature"]
    assert NotableSignatory.objects.filter(pk=notable.pk).exists()


def test_withdrawing_or_deleting_a_signature_erases_its_notable():
    appeal = AppealFactory()
    withdrawn, deleted = SignatureFactory.create_batch(2, appeal=appeal)
    for signature in (withdrawn, deleted):
        NotableSignatoryFactory(appeal=appeal, signature=signature)
    assert services.signature_withdraw(signature=withdrawn) is True
    assert not NotableSignatory.objects.filter(signature=withdrawn).exists()
    Signature.objects.filter(pk=deleted.pk).delete()  # as the admin's delete would
    assert NotableSignatory.objects.count() == 0


def test_verify_and_hide_notables(coordinator):
    appeal = AppealFactory()
    shown = SignatureFactory(appeal=appeal)
    services.signatures_propose_notable(signatures=Signature.objects.all())
    notables = NotableSignatory.objects.all()
    # Without a checked role, the bulk action skips it.
    assert services.notables_verify(notables=notables, user=coordinator.user) == (0, 1)
    assert notables.get().is_verified is False
    notables.update(role_en="Member of the Riksdag")
    assert services.notables_verify(notables=notables, user=coordinator.user) == (1, 0)
    notable = notables.get()
    assert (notable.is_verified, notable.verified_by, notable.signature) == (
        True, coordinator.user, shown)
    assert notable.verified_at is not None
    assert services.notables_hide(notables=notables) == 1
    assert NotableSignatory.objects.public().count() == 0
