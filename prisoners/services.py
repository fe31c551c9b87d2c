"""Writes to the registry. The admin, commands and later the portal all call these."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from prisoners.models import Consent, Prisoner, Verification


@transaction.atomic
def prisoner_publish(*, prisoner: Prisoner) -> None:
    """Publish a prisoner, or raise ValidationError listing why they cannot be."""
    if blockers := prisoner.publication_blockers():
        raise ValidationError(blockers)
    if not prisoner.is_published:
        prisoner.is_published = True
        prisoner.save(update_fields=["is_published", "updated_at"])


@transaction.atomic
def prisoner_unpublish(*, prisoner: Prisoner) -> None:
    if prisoner.is_published:
        prisoner.is_published = False
        prisoner.save(update_fields=["is_published", "updated_at"])


@transaction.atomic
def prisoner_enforce_publication_rules(*, prisoner: Prisoner) -> list:
    """Unpublish a published prisoner who no longer meets the rules; return the reasons.

    Called after every admin save, so that withdrawing consent or a "removed" decision takes
    the prisoner off the site at once. (``Prisoner.objects.public()`` already hides them; this
    keeps the switch honest, so a new consent does not silently republish.)
    """
    blockers = prisoner.publication_blockers()
    if blockers and prisoner.is_published:
        prisoner_unpublish(prisoner=prisoner)
    return blockers


@transaction.atomic
def consent_withdraw(*, consent: Consent, withdrawn_on=None) -> None:
    consent.withdrawn_on = withdrawn_on or timezone.localdate()
    consent.full_clean()
    consent.save(update_fields=["withdrawn_on"])
    prisoner_enforce_publication_rules(prisoner=consent.prisoner)


@transaction.atomic
def verification_repeat(*, prisoner: Prisoner, aspect: str, verified_by) -> Verification | None:
    """Record that ``verified_by`` checked ``aspect`` today against the source of its latest
    verification ("verified today by me"). None when the aspect was never verified: its first
    source is named on the prisoner's form. Checking twice in a day records it once."""
    latest = prisoner.verifications.filter(aspect=aspect).order_by("-verified_on", "-pk").first()
    if latest is None:
        return None
    today = timezone.localdate()
    if latest.verified_on == today and latest.verified_by_id == verified_by.pk:
        return latest
    verification = Verification(
        prisoner=prisoner, aspect=aspect, verified_on=today, verified_by=verified_by,
        source_organisation=latest.source_organisation, source_url=latest.source_url,
        source_document=latest.source_document)
    verification.full_clean()
    verification.save()
    return verification


def _delete_files(storage, names):
    for name in names:
        if name:
            storage.delete(name)


@transaction.atomic
def photo_store(*, owner, photo) -> None:
    """Store a sanitised photo (prisoners.images.SanitizedPhoto) and its thumbnail on any
    model with ``photo`` and ``photo_thumbnail`` fields (prisoners, mentors), replacing the
    previous files."""
    storage = owner.photo.storage
    old_names = [owner.photo.name, owner.photo_thumbnail.name]
    owner.photo.save("photo.jpg", photo.full, save=False)
    owner.photo_thumbnail.save("thumbnail.jpg", photo.thumbnail, save=False)
    owner.save()
    transaction.on_commit(lambda: _delete_files(storage, old_names))


@transaction.atomic
def photo_remove(*, owner) -> None:
    storage = owner.photo.storage
    old_names = [owner.photo.name, owner.photo_thumbnail.name]
    owner.photo = owner.photo_thumbnail = ""
    owner.save()
    transaction.on_commit(lambda: _delete_files(storage, old_names))
