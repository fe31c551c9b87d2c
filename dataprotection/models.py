from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessAction(models.TextChoices):
    VIEWED = "viewed", _("viewed private data")
    EXPORTED = "exported", _("exported personal data")
    SUBJECT_EXPORT = "subject_export", _("exported a person's data on request")
    SUBJECT_ERASURE = "subject_erasure", _("erased a person's data on request")


class AccessRecord(models.Model):
    """Who saw or took private data: written by the code that shows or exports it
    (dataprotection.access), never edited or deleted. It names what was seen by reference, not by
    copying it: the record of having looked at someone's contacts must not become one more copy
    of their name."""

    # Written on every view of a prisoner's private sections: emptying the public cache there
    # would cost every visitor a slow page for nothing (publiccache/triggers.py).
    affects_public_pages = False

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                             related_name="+", verbose_name=_("user"))
    # Kept when the account is deleted later: the record must still say who it was.
    username = models.CharField(_("user name"), max_length=150)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=AccessAction.choices)
    # {"prisoners.prisonercontact": 2, ...}: the kinds of records and how many, never contents.
    records = models.JSONField(_("records"), default=dict)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, null=True,
                                     blank=True, related_name="+",
                                     verbose_name=_("kind of record"))
    object_id = models.PositiveBigIntegerField(_("record number"), null=True, blank=True)
    subject = GenericForeignKey("content_type", "object_id")

    class Meta:
        verbose_name = _("access record")
        verbose_name_plural = _("access records")
        ordering = ["-at", "-pk"]
        permissions = [("answer_personal_data_request",
                        _("Can export and erase a person's data on their request"))]
        indexes = [models.Index(fields=["content_type", "object_id"],
                                name="access_record_subject")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username}: {self.get_action_display()}"

    def records_display(self):
        """"private contacts: 2, internal notes: 1", in the reader's language."""
        parts = []
        for label, count in self.records.items():
            try:
                name = apps.get_model(label)._meta.verbose_name_plural
            except LookupError:
                name = label
            parts.append(f"{name}: {count}")
        return ", ".join(parts)
