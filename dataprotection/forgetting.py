"""What deleting or erasing a person's record leaves behind, removed with it: the record's
history (django-simple-history keeps every version, names included) and the names in the
admin's log ("Deleted prisoner “…”", "Added private contact “…”").

A prisoner removed from the registry on request takes with them the history of everything
that was theirs (case events, recognitions, consents, contacts, notes, risk flags,
verifications, mentorships and the mentors' actions). The admin log keeps who did what and
when, without the names.
"""

import json

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _

from coalition import history

ERASED = _("(erased)")


def scrub_log_entries(model, pks):
    """The admin log entries of these records keep who did what and when, never a name."""
    pks = [str(pk) for pk in pks]
    entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(model),
                                      object_id__in=pks)
    for entry in entries:
        entry.object_repr = f"#{entry.object_id} {ERASED}"
        entry.change_message = _without_object_names(entry.change_message)
        entry.save(update_fields=["object_repr", "change_message"])


def _without_object_names(change_message):
    """Inline changes name the rows ({"added": {"name": "private contact", "object": "…"}})."""
    try:
        messages = json.loads(change_message)
    except ValueError:
        return str(ERASED) if change_message else ""
    if not isinstance(messages, list):
        return ""
    for message in messages:
        for details in message.values() if isinstance(message, dict) else ():
            if isinstance(details, dict):
                details.pop("object", None)
    return json.dumps(messages)


def erase_history(model, **lookup):
    """Delete the history rows of ``model`` matching ``lookup``; returns how many."""
    if not history.is_tracked(model):
        return 0
    return model.history.filter(**lookup).delete()[0]


def _prisoner_models():
    """Tracked models whose rows are deleted with their prisoner (their history rows carry
    prisoner_id). Campaigns and expenses are not: they outlive the prisoner, or prevent the
    deletion."""
    return [model for model in history.TRACKED
            if any(field.name == "prisoner" and field.many_to_one
                   and field.remote_field.on_delete is models.CASCADE
                   for field in model._meta.fields)]


def forget_prisoner(prisoner_id):
    from mentorships.models import MentorAction, Mentorship
    from prisoners.models import Prisoner

    mentorship_ids = list(Mentorship.history.filter(prisoner_id=prisoner_id)
                          .values_list("id", flat=True).distinct())
    erase_history(MentorAction, mentorship_id__in=mentorship_ids)
    for model in _prisoner_models():
        erase_history(model, prisoner_id=prisoner_id)
    erase_history(Prisoner, id=prisoner_id)
    scrub_log_entries(Prisoner, [prisoner_id])


def _on_delete(sender, instance, **kwargs):
    scrub_log_entries(sender, [instance.pk])


def _on_prisoner_delete(sender, instance, **kwargs):
    # Runs after the cascade deleted the prisoner's rows (and wrote their last versions).
    forget_prisoner(instance.pk)


def connect():
    from appeals.models import NotableSignatory, Signature
    from events.models import Registration
    from mentorships.models import Mentor, MentorAction, Mentorship, MentorSignup
    from prisoners.models import Prisoner

    # Rows deleted with a prisoner or on a person's request: their log entries lose the name.
    for model in (*_prisoner_models(), Mentorship, MentorAction, Signature, NotableSignatory,
                  Registration, MentorSignup, Mentor):
        post_delete.connect(_on_delete, sender=model, dispatch_uid=f"forget-{model._meta.label}")
    post_delete.connect(_on_prisoner_delete, sender=Prisoner, dispatch_uid="forget-prisoner")
