"""Solidarity appeals: a text with a demand to an addressee, signed by the public (double
opt-in) and by notable signatories whom coordinators verify.

``Signature`` is private data: e-mail addresses, unconfirmed and withdrawn signatures never
reach a public page. The public sees a count of counted signatures and the names (with their
country) of signers who chose to be shown, through ``Signature.objects.public()``.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from appeals.choices import AppealStatus, NotableGroup
from prisoners.models import Prisoner

# Changing the consent text shown with the form means a new version here.
CONSENT_VERSION = "2026-12"


class AppealQuerySet(models.QuerySet):
    def public(self):
        """Shown on the public site: marked public by a coordinator."""
        return self.filter(is_public=True)

    def accepting_signatures(self, today=None):
        """Public, open, and today within the opening and closing dates."""
        today = today or timezone.localdate()
        return self.public().filter(status=AppealStatus.OPEN, opens_on__lte=today,
                                    closes_on__gte=today)

    def open_first(self, today=None):
        """Appeals accepting signatures first (closing soonest first), then the others, newest
        first."""
        today = today or timezone.localdate()
        accepting = Q(is_public=True, status=AppealStatus.OPEN, opens_on__lte=today,
                      closes_on__gte=today)
        return self.annotate(
            accepting=Case(When(accepting, then=Value(True)), default=Value(False)),
            open_closes_on=Case(When(accepting, then=F("closes_on")), default=None),
        ).order_by("-accepting", "open_closes_on", "-opens_on", "pk")


class Appeal(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=120, unique=True,
                            help_text=_("Part of the appeal page's address."))
    text = models.TextField(_("text"), help_text=_("The appeal itself. Paragraphs are separated "
                                                   "by an empty line."))
    demand = models.TextField(_("demand"), help_text=_("What the signatories ask for, in one "
                                                       "or two sentences."))
    addressee = models.CharField(_("addressee"), max_length=200,
                                 help_text=_("Such as the Russian authorities or the Council of "
                                             "the EU."))
    prisoners = models.ManyToManyField(
        Prisoner, blank=True, related_name="appeals", verbose_name=_("prisoners"),
        help_text=_("Only prisoners who are public appear on the appeal page."))
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    status = models.CharField(_("status"), max_length=16, choices=AppealStatus.choices,
                              default=AppealStatus.OPEN)
    outcome = models.TextField(_("outcome"), blank=True,
                               help_text=_("What happened once the appeal was delivered."))
    outcome_on = models.DateField(_("outcome date"), null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AppealQuerySet.as_manager()

    class Meta:
        verbose_name = pgettext_lazy("solidarity appeal", "appeal")
        verbose_name_plural = pgettext_lazy("solidarity appeal", "appeals")
        ordering = ["-opens_on", "pk"]
        permissions = [("publish_appeal", _("Can publish appeals and change their status"))]
        constraints = [
            models.CheckConstraint(condition=Q(closes_on__gte=F("opens_on")),
                                   name="appeal_closes_after_opening"),
            models.CheckConstraint(
                condition=~Q(status=AppealStatus.DELIVERED) | Q(outcome_on__isnull=False),
                name="appeal_delivered_has_date"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.is_public and self.published_at is None:
            self.published_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "published_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("appeals:detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            errors["closes_on"] = _("The appeal cannot close before it opens.")
        if self.status == AppealStatus.DELIVERED and not self.outcome_on:
            errors["outcome_on"] = _("Enter the date on which the appeal was delivered.")
        if self.outcome_on and self.opens_on and self.outcome_on < self.opens_on:
            errors["outcome_on"] = _("The outcome cannot be dated before the appeal opened.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self):
        return self.status == AppealStatus.OPEN and self.opens_on > timezone.localdate()

    def accepts_signatures(self, today=None):
        today = today or timezone.localdate()
        return (self.is_public and self.status == AppealStatus.OPEN
                and self.opens_on <= today <= self.closes_on)


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """Confirmed from the e-mail and not withdrawn: the signatures that count."""
        return self.filter(confirmed_at__isnull=False, withdrawn_at__isnull=True)

    def public(self):
        """Signatures whose name (and country) may be shown: counted, with the signer's
        choice to be shown, on a public appeal."""
        return self.counted().filter(show_name=True, appeal__is_public=True)


class Signature(models.Model):
    """One person's signature under an appeal. Private: only coordinators see it."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="signatures",
                               verbose_name=pgettext_lazy("solidarity appeal", "appeal"))
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200)
    country = CountryField(_("country"))
    email = models.EmailField(_("e-mail"))
    role = models.CharField(_("role or organisation"), max_length=200, blank=True,
                            help_text=_("Self-declared by the signer, not verified."))
    show_name = models.BooleanField(_("show name"), default=False,
                                    help_text=_("The signer agreed to their name and country "
                                                "being shown on the appeal page."))
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consented_at = models.DateTimeField(_("consent given"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # What the links mailed to the signer name (not the pk, which would tell how many people
    # signed): a new key makes earlier links void.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("signed"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                F("appeal"), Lower("email"), name="signature_one_per_address",
                violation_error_message=_("This e-mail address has already signed this "
                                          "appeal.")),
        ]

    def __str__(self):
        return f"{self.name} ({self.country})"

    @property
    def is_counted(self):
        return self.confirmed_at is not None and self.withdrawn_at is None


class NotableSignatoryQuerySet(models.QuerySet):
    def deliverable(self):
        """Verified by a coordinator and not hidden; one made from a signature only while that
        signature counts (confirmed and not withdrawn)."""
        return self.filter(
            Q(signature__isnull=True)
            | Q(signature__confirmed_at__isnull=False, signature__withdrawn_at__isnull=True),
            is_verified=True, is_hidden=False)

    def public(self):
        """Deliverable (see above), on a public appeal."""
        return self.deliverable().filter(appeal__is_public=True)

    def with_public_mentor(self):
        """Annotate ``mentor_is_public``: only then may the page link to the mentor."""
        from mentorships.models import Mentor

        return self.annotate(mentor_is_public=Exists(
            Mentor.objects.public().filter(pk=OuterRef("mentor_id"))))


class NotableSignatory(models.Model):
    """A politician or cultural figure under an appeal, added or checked by a coordinator."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE,
                               related_name="notable_signatories",
                               verbose_name=pgettext_lazy("solidarity appeal", "appeal"))
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True,
                            help_text=_("Such as Member of the Bundestag or novelist."))
    country = CountryField(_("country"))
    affiliation = models.CharField(_("party or affiliation"), max_length=200, blank=True)
    group = models.CharField(_("group"), max_length=16, choices=NotableGroup.choices,
                             default=NotableGroup.PUBLIC)
    mentor = models.ForeignKey(
        "mentorships.Mentor", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="notable_signatures", verbose_name=_("mentor"),
        help_text=_("When the signatory is one of the coalition's mentors."))
    signature = models.OneToOneField(
        # Erasing a signature erases the entry made from it.
        Signature, on_delete=models.CASCADE, null=True, blank=True, related_name="notable",
        verbose_name=_("public signature"),
        help_text=_("The signature from the public form this entry was made from, if any."))
    is_verified = models.BooleanField(
        _("verified"), default=False,
        help_text=_("A coordinator checked that this person really signed. Only verified "
                    "signatories are shown."))
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("verified by"), editable=False)
    verified_at = models.DateTimeField(_("verified on"), null=True, blank=True, editable=False)
    is_hidden = models.BooleanField(_("hidden"), default=False,
                                    help_text=_("Not shown on the appeal page, even when "
                                                "verified."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = NotableSignatoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("notable signatory")
        verbose_name_plural = _("notable signatories")
        ordering = ["group", "name", "pk"]

    def __str__(self):
        return self.name
