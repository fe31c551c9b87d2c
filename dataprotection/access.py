"""Access records: every view of a prisoner's private sections and every export of personal
data writes one (who, when, what, from which address)."""

import ipaddress

from django.contrib.contenttypes.models import ContentType

from coalition.public_forms import client_address
from dataprotection.models import AccessAction, AccessRecord


def _address(request):
    try:
        return str(ipaddress.ip_address(client_address(request)))
    except ValueError:
        return None


def count_by_model(querysets):
    """{"app.model": count} for the non-empty ``querysets`` (one COUNT each)."""
    counts = {}
    for queryset in querysets:
        if count := queryset.count():
            counts[queryset.model._meta.label_lower] = count
    return counts


def record_access(request, *, action, records, subject=None):
    """Write the record of ``request.user`` seeing or taking ``records``
    ({"app.model": count}) about ``subject`` (a model instance, or None for a list)."""
    user = request.user
    return AccessRecord.objects.create(
        user=user, username=user.get_username(), address=_address(request), action=action,
        records=records,
        content_type=ContentType.objects.get_for_model(subject) if subject is not None else None,
        object_id=subject.pk if subject is not None else None)


def record_viewed(request, subject, querysets):
    """The private sections of ``subject`` that were shown, if any held a record."""
    if counts := count_by_model(querysets):
        record_access(request, action=AccessAction.VIEWED, records=counts, subject=subject)


def record_export(request, queryset, *, subject=None):
    """An export of ``queryset``'s rows to a file."""
    record_access(request, action=AccessAction.EXPORTED,
                  records={queryset.model._meta.label_lower: queryset.count()}, subject=subject)
