"""History of records (django-simple-history): which models are tracked, what a version
changed, and reverting a record to an earlier version.

Each app calls ``track()`` at the end of its ``translation.py``, after modeltranslation has
added the ``_en/_ru/_de/_fr`` columns, so the historical tables hold every language. The
untranslated base column of a translated field holds whatever language was active at save time
(shared/STACK.md) and is left out of history. Secrets (confirmation keys) are excluded, and the
records of people from the public (signatures, registrations, sign-ups) take their history with
them when they are deleted on request.

A revert never publishes: the fields listed in ``keep_current`` (the public switch, publication
dates, states kept by services or triggers) and files keep their current value, the reverted
record goes through ``full_clean()``, and a revert that would make the record appear on the
public site when it does not now is refused.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from simple_history.models import HistoricalRecords


@dataclass(frozen=True)
class Tracked:
    records: HistoricalRecords
    keep_current: frozenset


TRACKED: dict[type[models.Model], Tracked] = {}


def _translated_base_fields(model):
    from modeltranslation.translator import NotRegistered, translator

    try:
        return list(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return []


def track(model, *, keep_current=(), excluded_fields=(), m2m_fields=(), delete_with_record=False):
    """Keep the history of ``model``. ``keep_current``: fields a revert never changes;
    ``delete_with_record``: deleting a record deletes its history (personal data of people who
    asked to be forgotten)."""
    records = HistoricalRecords(
        excluded_fields=[*excluded_fields, *_translated_base_fields(model)],
        m2m_fields=m2m_fields,
        history_change_reason_field=models.TextField(null=True),
        cascade_delete_history=delete_with_record,
    )
    # What simple_history.register() does, keeping the records object for later use.
    records.manager_name = "history"
    records.table_name = None
    records.module = model.__module__
    records.cls = model
    records.add_extra_methods(model)
    records.finalize(model)
    TRACKED[model] = Tracked(records=records, keep_current=frozenset(keep_current))


def is_tracked(model):
    return model in TRACKED


def record_version(instance, *, created=False, user=None, reason=None):
    """Write one history row for ``instance`` as it is now (m2m included)."""
    if user is not None:
        instance._history_user = user
    if reason:
        instance._change_reason = reason
    TRACKED[type(instance)].records.create_historical_record(instance, "+" if created else "~")
    for attribute in ("_history_user", "_change_reason"):
        instance.__dict__.pop(attribute, None)


class one_version:  # noqa: N801 -- used like a function: `with one_version(obj):`
    """Saves of ``instance`` and of its many-to-many fields inside the block write no history;
    the caller writes one row at the end (an admin save sets m2m after saving the row, which
    would otherwise give up to three rows for one change)."""

    def __init__(self, instance):
        self.instance = instance

    def __enter__(self):
        self.instance.skip_history_when_saving = True
        return self.instance

    def __exit__(self, *exc):
        self.instance.__dict__.pop("skip_history_when_saving", None)
        return False


# Reading versions ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    field: str
    label: str
    old: str
    new: str


def tracked_fields(model):
    """The fields of ``model`` shown in a diff: tracked, editable, never the primary key."""
    history_model = model.history.model
    names = {field.name for field in history_model._meta.fields}
    m2m = {field.name for field in history_model._history_m2m_fields}
    fields = [field for field in model._meta.concrete_fields
              if field.name in names and field.editable and not field.primary_key]
    return fields + [field for field in model._meta.many_to_many if field.name in m2m]


def field_label(field):
    """The verbose name, with the language of a translated column: "biography [de]"."""
    label = str(field.verbose_name)
    language = getattr(field, "language", None)
    if language and f"[{language}]" not in label:
        label = f"{label} [{language}]"
    return label


def _display(field, value, related_labels):
    if field.many_to_many:
        labels = [related_labels.get((field.related_model, pk), _("deleted (#%(id)s)")
                                     % {"id": pk}) for pk in value]
        return ", ".join(sorted(labels)) or "—"
    if value is None or value == "":
        return "—"
    if field.is_relation:
        return related_labels.get((field.related_model, value), _("deleted (#%(id)s)")
                                  % {"id": value})
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(field, models.FileField):
        return _("a file") if value else "—"
    return str(value)


def _values(record, fields, *, raw=False):
    values = {}
    for field in fields:
        if field.many_to_many:
            through = getattr(record, field.name)
            target = field.m2m_reverse_field_name()
            values[field.name] = sorted(through.values_list(target, flat=True))
        else:
            value = getattr(record, field.attname)
            values[field.name] = value if raw else _normal(value)
    return values


def _normal(value):
    # Translated columns never written are NULL, the admin form saves them as "": no change.
    return "" if value is None else value


def _related_labels(fields, value_sets):
    """{(model, pk): str(object)} for every related object named in ``value_sets``, one query
    per related model."""
    wanted = {}
    for field in fields:
        if not field.is_relation:
            continue
        for values in value_sets:
            value = values[field.name]
            pks = value if field.many_to_many else [value]
            wanted.setdefault(field.related_model, set()).update(pk for pk in pks if pk)
    labels = {}
    for related_model, pks in wanted.items():
        for obj in related_model._default_manager.filter(pk__in=pks):
            labels[(related_model, obj.pk)] = str(obj)
    return labels


def versions_with_changes(records, model, *, consecutive=True):
    """[(record, [Change, ...])] for ``records`` (newest first), each against the version of
    the same record before it. ``consecutive``: the records are one record's history in
    order, so each one's predecessor is the next in the list (the last one's is read)."""
    records = list(records)
    if not records:
        return []
    fields = tracked_fields(model)
    if consecutive:
        previous = records[-1].prev_record
        befores = [*records[1:], previous]
    else:
        befores = [record.prev_record for record in records]
    values = [_values(record, fields) for record in records]
    before_values = [_values(record, fields) if record is not None else None
                     for record in befores]
    labels = _related_labels(fields, [*values, *filter(None, before_values)])
    result = []
    for record, now, before in zip(records, values, before_values, strict=True):
        changes = []
        for field in fields:
            new = now[field.name]
            old = before[field.name] if before is not None else None
            if before is not None and old == new:
                continue
            if before is None and new in (None, "", []):
                continue
            changes.append(Change(
                field=field.name, label=field_label(field),
                old=_display(field, old, labels) if before is not None else "",
                new=_display(field, new, labels)))
        record.has_previous = before is not None
        result.append((record, changes))
    return result


def local_date(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


# Reverting ----------------------------------------------------------------------------------

def revertible_fields(model):
    """Fields a revert restores: tracked and editable, but never the public switch, the
    publication state, files (an old file may be gone, or a photo someone asked to remove)
    or automatic dates."""
    keep = TRACKED[model].keep_current
    return [field for field in tracked_fields(model)
            if field.name not in keep and not isinstance(field, models.FileField)
            and not getattr(field, "auto_now", False)
            and not getattr(field, "auto_now_add", False)]


def kept_fields(model):
    """Labels of the tracked fields a revert leaves as they are now."""
    revertible = {field.name for field in revertible_fields(model)}
    return [field_label(field) for field in tracked_fields(model)
            if field.name not in revertible]


def revert_preview(*, instance, record):
    """[Change, ...]: what reverting ``instance`` to ``record`` would change (current -> old)."""
    fields = revertible_fields(type(instance))
    current = _current_values(instance, fields)
    old = _values(record, fields)
    labels = _related_labels(fields, [current, old])
    return [Change(field=field.name, label=field_label(field),
                   old=_display(field, current[field.name], labels),
                   new=_display(field, old[field.name], labels))
            for field in fields if current[field.name] != old[field.name]]


def _current_values(instance, fields):
    values = {}
    for field in fields:
        if field.many_to_many:
            values[field.name] = sorted(getattr(instance, field.name).values_list("pk", flat=True))
        else:
            values[field.name] = _normal(getattr(instance, field.attname))
    return values


def _is_public(instance):
    manager = type(instance)._default_manager
    if not hasattr(manager, "public"):
        return False
    return manager.public().filter(pk=instance.pk).exists()


class RevertRefused(ValidationError):
    pass


def _validation_message(instance, error):
    messages = []
    for name, errors in error.message_dict.items():
        if name == "__all__":
            messages.extend(errors)
            continue
        try:
            label = str(instance._meta.get_field(name).verbose_name)
        except Exception:  # noqa: BLE001 -- a model's clean() may name a form field
            label = name
        messages.extend(f"{label}: {message}" for message in errors)
    return "; ".join(messages)


def history_revert(*, instance, record, user, reason=""):
    """Bring ``instance`` back to the version ``record``, as a new version written by ``user``.

    Raises RevertRefused (nothing saved) when the old version no longer validates, or when the
    revert would make the record public while it is not public now."""
    model = type(instance)
    if record.instance_type is not model or record.pk is None:
        raise RevertRefused(_("This version belongs to another record."))
    if getattr(record, model._meta.pk.attname) != instance.pk:
        raise RevertRefused(_("This version belongs to another record."))
    fields = revertible_fields(model)
    old = _values(record, fields, raw=True)
    was_public = _is_public(instance)
    with transaction.atomic():
        for field in fields:
            if not field.many_to_many:
                setattr(instance, field.attname, old[field.name])
        try:
            instance.full_clean()
        except ValidationError as error:
            raise RevertRefused(
                _("This version cannot be restored: %(errors)s")
                % {"errors": _validation_message(instance, error)}) from error
        with one_version(instance):
            instance.save()
            for field in fields:
                if field.many_to_many:
                    getattr(instance, field.name).set(old[field.name])
        if not was_public and _is_public(instance):
            raise RevertRefused(_("This revert would make the record public; nothing was "
                                  "changed. Publish it on its own if that is intended."))
        text = _("Reverted to the version of %(date)s (no. %(id)s).") % {
            "date": local_date(record.history_date), "id": record.history_id}
        record_version(instance, user=user, reason=f"{text} {reason}".strip())
    return instance
