"""Writes for appeals: signing (double opt-in), confirming, withdrawing, and what coordinators
do in the admin. Every e-mail goes out in the signer's language; the links in it are signed,
salted tokens naming the signature and its current key."""

import logging
import uuid

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from modeltranslation.utils import get_translation_fields

from appeals.models import CONSENT_VERSION, Appeal, NotableSignatory, Signature

logger = logging.getLogger(__name__)

CONFIRM_SALT = "appeals.signature.confirm"
WITHDRAW_SALT = "appeals.signature.withdraw"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


# --- Tokens ------------------------------------------------------------------------------------

def signature_token(signature, *, salt):
    return signing.dumps(signature.key.hex, salt=salt)


def signature_from_token(token, *, salt, max_age=None):
    """The signature a token names, or TokenExpired / TokenInvalid. A token made before the
    signature got a new key (signed again after a withdrawal) is invalid."""
    try:
        key = uuid.UUID(hex=signing.loads(token, salt=salt, max_age=max_age))
    except signing.SignatureExpired:
        raise TokenExpired from None
    except (signing.BadSignature, ValueError, TypeError, AttributeError):
        raise TokenInvalid from None
    signatures = Signature.objects.select_related("appeal").filter(key=key)
    if salt != WITHDRAW_SALT:  # withdrawing works even after the appeal is unpublished
        signatures = signatures.filter(appeal__in=Appeal.objects.public())
    signature = signatures.first()
    if signature is None:
        raise TokenInvalid
    return signature


def _link(name, token, language):
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse(name, kwargs={"token": token})


# --- Signing -----------------------------------------------------------------------------------

def signature_submit(*, appeal, name, country, email, role="", show_name, language,
                     now=None) -> Signature:
    """Record a signature and mail the link that confirms it (double opt-in).

    The same address signs an appeal only once. Signing again with an address that has an
    unconfirmed signature re-sends its confirmation and keeps the details it was signed with
    (a third party who knows the address must not change what its owner's link publishes);
    with a confirmed
    one, the e-mail says it already counts; with a withdrawn one, the signature starts again,
    unconfirmed, and earlier links stop working. What the visitor sees is the same in every
    case, so the form never tells whether an address has signed.
    """
    now = now or timezone.now()
    if not appeal.accepts_signatures(today=timezone.localdate(now)):
        raise ValidationError(_("This appeal no longer accepts signatures."), code="closed")
    details = {"name": name, "country": country, "role": role, "show_name": show_name,
               "language": language, "consent_version": CONSENT_VERSION, "consented_at": now}
    with transaction.atomic():
        existing = (Signature.objects.select_for_update()
                    .filter(appeal=appeal, email__iexact=email).first())
        if existing is None:
            signature = Signature(appeal=appeal, email=email, **details)
            signature.full_clean()
            try:
                with transaction.atomic():
                    signature.save()
            except IntegrityError:  # the same address signed at the same moment elsewhere
                return Signature.objects.get(appeal=appeal, email__iexact=email)
        elif existing.withdrawn_at is None:  # counted, or waiting: its details stay
            signature = existing
        else:
            signature = _sign_again(existing, details)
    _mail_safely(signature, already_counted=signature.is_counted)
    return signature


def _sign_again(signature, details):
    """A withdrawn signature takes the new details and waits for confirmation again, with a
    new key, so its old links are void."""
    signature.withdrawn_at = None
    signature.confirmed_at = None
    signature.key = signature._meta.get_field("key").default()
    for field, value in details.items():
        setattr(signature, field, value)
    signature.full_clean()
    signature.save()
    return signature


def _mail_safely(signature, *, already_counted):
    # A failing mail server must not turn the form into an error page; the signer can sign
    # again to get the e-mail.
    try:
        signature_send_confirmation(signature=signature, already_counted=already_counted)
    except Exception:
        logger.exception("Could not send the confirmation e-mail of signature %s", signature.pk)


def signature_send_confirmation(*, signature, already_counted=False):
    language = signature.language
    context = {
        "signature": signature, "days": CONFIRM_MAX_AGE // 86400,
        "already_counted": already_counted,
        "confirm_link": _link("appeals:confirm",
                              signature_token(signature, salt=CONFIRM_SALT), language),
        "withdraw_link": _link("appeals:withdraw",
                               signature_token(signature, salt=WITHDRAW_SALT), language),
    }
    with translation.override(language):
        context["appeal_link"] = (settings.SITE_URL.rstrip("/")
                                  + signature.appeal.get_absolute_url())
        context["title"] = signature.appeal.title
        subject = (_("You have already signed: %(title)s") if already_counted
                   else _("Please confirm your signature: %(title)s")) % {
            "title": signature.appeal.title}
        body = render_to_string("appeals/email/confirmation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [signature.email])


# --- Confirming and withdrawing ------------------------------------------------------------------

@transaction.atomic
def signature_confirm(*, signature, now=None) -> bool:
    """Count the signature. Returns False when it already counted (confirming twice is
    harmless). A withdrawn signature, or one for an appeal that closed meanwhile, is refused."""
    now = now or timezone.now()
    signature = Signature.objects.select_for_update().select_related("appeal").get(
        pk=signature.pk)
    if signature.withdrawn_at is not None:
        raise ValidationError(_("This signature was withdrawn. To sign again, use the form on "
                                "the appeal page."), code="withdrawn")
    if signature.confirmed_at is not None:
        return False
    if not signature.appeal.accepts_signatures(today=timezone.localdate(now)):
        raise ValidationError(_("The appeal closed before your signature was confirmed, so it "
                                "was not counted."), code="closed")
    signature.confirmed_at = now
    signature.save(update_fields=["confirmed_at"])
    return True


@transaction.atomic
def signature_withdraw(*, signature, now=None) -> bool:
    """Stop counting the signature and stop showing the name; a notable signatory made from
    it is erased. Returns False when it was withdrawn already."""
    signature = Signature.objects.select_for_update().get(pk=signature.pk)
    NotableSignatory.objects.filter(signature=signature).delete()
    if signature.withdrawn_at is not None:
        return False
    signature.withdrawn_at = now or timezone.now()
    signature.show_name = False
    signature.save(update_fields=["withdrawn_at", "show_name"])
    return True


# --- Coordinators ------------------------------------------------------------------------------

@transaction.atomic
def signatures_hide_names(*, signatures) -> int:
    return signatures.filter(show_name=True).update(show_name=False)


@transaction.atomic
def signatures_delete(*, signatures) -> int:
    """Erase signatures for good, on the signer's request, with the notable signatories made
    from them."""
    count = signatures.count()
    NotableSignatory.objects.filter(signature__in=signatures).delete()
    signatures.delete()
    return count


@transaction.atomic
def signatures_propose_notable(*, signatures) -> int:
    """Make an unverified notable signatory of each counted signature, from its name and
    country, for a coordinator to check, group and verify. The self-declared role is not
    copied: the coordinator fills in a checked one. Signatures that do not count, or that have
    a notable signatory already, are skipped."""
    created = 0
    for signature in (signatures.counted().filter(notable__isnull=True)
                      .select_related("appeal")):
        notable = NotableSignatory(appeal=signature.appeal, signature=signature,
                                   name=signature.name, country=signature.country)
        notable.full_clean()
        notable.save()
        created += 1
    return created


@transaction.atomic
def notables_verify(*, notables, user, now=None) -> tuple[int, int]:
    """Verify and show the notables that have a role; those without one are skipped (a
    coordinator fills in a checked role first). Returns (verified, skipped)."""
    no_role = Q(*[Q(**{field: ""}) | Q(**{f"{field}__isnull": True})
                  for field in get_translation_fields("role")])
    skipped = notables.filter(no_role).count()
    verified = notables.exclude(no_role).update(is_verified=True, is_hidden=False,
                                                verified_by=user,
                                                verified_at=now or timezone.now())
    return verified, skipped


@transaction.atomic
def notables_hide(*, notables) -> int:
    return notables.filter(is_hidden=False).update(is_hidden=True)


def notable_mark_verified(*, notable, user, now=None) -> None:
    """Record who verified a signatory, when it is saved from the admin's form."""
    notable.is_verified = True
    notable.verified_by = user
    notable.verified_at = now or timezone.now()
