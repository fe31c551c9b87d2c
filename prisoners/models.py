import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from prisoners.choices import (
    Category,
    ConsentGiver,
    ConsentScope,
    ContactKind,
    EventKind,
    FacilityKind,
    Gender,
    ProposerKind,
    RecognitionStatus,
    RiskKind,
    SentenceKind,
    Status,
    VerifiedAspect,
    gendered_status_label,
)
from prisoners.names import national_spelling
from prisoners.search import CYRILLIC_LANGUAGES, search_names_for


def photo_upload_to(instance, filename):
    # Never keep the uploader's file name: it may hold a real name or a date.
    return f"photos/prisoners/{uuid.uuid4().hex}.jpg"


class Region(models.Model):
    """A federal subject of Russia (or an occupied territory administered by Russia)."""

    code = models.CharField(_("code"), max_length=12, unique=True,
                            help_text=_("ISO 3166-2 code, such as RU-MOW."))
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]

    def __str__(self):
        return self.name


class Article(models.Model):
    """An article of the Criminal Code of the Russian Federation."""

    number = models.CharField(_("number"), max_length=20, unique=True,
                              help_text=_("As in the Code, such as 207.3."))
    title = models.CharField(_("title"), max_length=300)

    class Meta:
        verbose_name = _("article of the Criminal Code")
        verbose_name_plural = _("articles of the Criminal Code")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number} — {self.title}"

    @property
    def label(self):
        return _("Art. %(number)s") % {"number": self.number}


class Facility(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=32, choices=FacilityKind.choices)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="facilities",
                               verbose_name=_("region"))
    postal_address = models.TextField(
        _("postal address for letters"),
        help_text=_("In Russian, as written on an envelope: institution, postcode, region, town, "
                    "street."),
    )

    class Meta:
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        ordering = ["region__code", "name"]
        permissions = [("import_facility", _("Can import facilities")),
                       ("export_facility", _("Can export facilities"))]

    def __str__(self):
        return self.name


class PrisonerQuerySet(models.QuerySet):
    def public(self):
        """The one definition of who may appear on any public surface.

        A prisoner is public only when a coordinator published them, their latest recognition
        decision is "recognised", and a consent to publicity is in force.
        """
        return self.filter(
            Exists(Consent.objects.in_force().filter(prisoner=OuterRef("pk"))),
            is_published=True,
            recognition_standing=RecognitionStatus.RECOGNISED,
        )

    def with_public_photo(self):
        """Annotate ``photo_consented``: the consent in force covers the photo."""
        photo_consent = Consent.objects.in_force().filter(
            prisoner=OuterRef("pk"), scope=ConsentScope.FULL).order_by().values(yes=Value(True))[:1]
        # A scalar subquery, not EXISTS: PostgreSQL may answer an EXISTS in the select list by
        # hashing every consent in force, even to show one page of 24 prisoners (20 ms at
        # 100,000); a scalar subquery is one index look-up per row shown.
        return self.annotate(photo_consented=Coalesce(
            Subquery(photo_consent, output_field=models.BooleanField()), False))

    def in_custody(self):
        return self.filter(status__in=Status.in_custody())

    def for_mentor(self, user):
        """The prisoners this user mentors now (an active mentorship); nobody else's."""
        return self.filter(mentorships__mentor__user=user,
                           mentorships__status="active").distinct()


# What Prisoner.name_for reads: querysets that load only some fields must load these.
NAME_FIELDS = ("full_name_original", "full_name_latin", "name_spellings")

PUBLISHED_AND_RECOGNISED = Q(is_published=True, recognition_standing=RecognitionStatus.RECOGNISED)


class Prisoner(models.Model):
    full_name_original = models.CharField(
        _("full name (original script)"), max_length=200,
        help_text=_("Surname, first name, patronymic, as in Russian documents."))
    full_name_latin = models.CharField(
        _("full name (Latin script)"), max_length=200,
        help_text=_("First name and surname as usually transliterated in English."))
    # How a language's press writes the name where that differs from the spelling derived from
    # the original (German "Alexej Nawalny" rather than "Aleksej Nawalnyj"): {"de": ...}. Edited
    # one field per language in the admin (prisoners.forms_admin); see Prisoner.name_for.
    name_spellings = models.JSONField(_("name in other languages"), default=dict, blank=True)
    envelope_name = models.CharField(
        _("name on envelopes"), max_length=200, blank=True,
        help_text=_("Surname, first name and patronymic in the dative case, as written on an "
                    "envelope (Иванову Ивану Ивановичу). Leave empty to use the full name."))
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    photo = models.ImageField(_("photo"), upload_to=photo_upload_to, blank=True)
    photo_thumbnail = models.ImageField(upload_to=photo_upload_to, blank=True, editable=False)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices,
                              default=Gender.UNDISCLOSED)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, null=True, blank=True,
                               related_name="prisoners", verbose_name=_("region"))
    status = models.CharField(_("status"), max_length=32, choices=Status.choices,
                              default=Status.PRETRIAL_DETENTION)
    category = models.CharField(_("persecution category"), max_length=32,
                                choices=Category.choices, default=Category.OTHER)
    arrested_on = models.DateField(_("arrested on"), null=True, blank=True)
    verdict_on = models.DateField(_("verdict on"), null=True, blank=True)
    released_on = models.DateField(_("released on"), null=True, blank=True)
    sentence_kind = models.CharField(_("sentence"), max_length=32, blank=True,
                                     choices=SentenceKind.choices)
    sentence_years = models.PositiveSmallIntegerField(_("sentence: years"), null=True, blank=True)
    sentence_months = models.PositiveSmallIntegerField(_("sentence: months"), null=True,
                                                       blank=True)
    case_summary = models.TextField(_("case summary"), blank=True)
    biography = models.TextField(_("biography"), blank=True)
    articles = models.ManyToManyField(Article, blank=True, related_name="prisoners",
                                      verbose_name=_("articles of the Criminal Code"))
    facility = models.ForeignKey(Facility, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="prisoners", verbose_name=_("current facility"))
    can_receive_letters = models.BooleanField(_("can receive letters"), default=False)
    is_published = models.BooleanField(
        _("published"), default=False,
        help_text=_("Only recognised prisoners with consent in force can be published."))
    # The status of the latest recognition decision ("" when there is none). Kept by database
    # triggers on the recognition table (migration 0003), so that every write path -- admin,
    # bulk inserts, COPY, SQL -- updates it in the same transaction; public() reads it.
    recognition_standing = models.CharField(
        _("recognition"), max_length=32, blank=True, default="", editable=False,
        choices=RecognitionStatus.choices)
    # Every spelling a visitor may type: original script, the English, German, French, Polish
    # and scholarly transliterations and the spellings coordinators entered, normalised (see
    # prisoners.search). Rebuilt on save.
    search_names = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PrisonerQuerySet.as_manager()

    class Meta:
        verbose_name = _("prisoner")
        verbose_name_plural = _("prisoners")
        ordering = ["full_name_latin"]
        permissions = [("publish_prisoner", _("Can publish and unpublish prisoners")),
                       ("import_prisoner", _("Can import prisoners")),
                       ("export_prisoner", _("Can export prisoners"))]
        indexes = [
            GinIndex(name="prisoner_search_names_trgm", fields=["search_names"],
                     opclasses=["gin_trgm_ops"]),
            # The admin's search also looks in slugs (slug LIKE '%word%').
            GinIndex(name="prisoner_slug_trgm", fields=["slug"], opclasses=["gin_trgm_ops"]),
            models.Index(fields=["is_published", "status"], name="prisoner_published_status"),
            # Public lists are sorted by name: walk these instead of sorting every public row.
            models.Index(fields=["full_name_latin", "id"], name="prisoner_public_latin",
                         condition=PUBLISHED_AND_RECOGNISED),
            models.Index(fields=["full_name_original", "id"], name="prisoner_public_original",
                         condition=PUBLISHED_AND_RECOGNISED),
            # The admin's list, by name (its own order adds "-pk"), without a sort of every row.
            models.Index(fields=["full_name_latin", "-id"], name="prisoner_latin_name"),
            # "Recently arrested" on the home page: the newest public arrests, without a sort.
            models.Index(fields=["-arrested_on", "id"], name="prisoner_public_arrested",
                         condition=PUBLISHED_AND_RECOGNISED),
        ]

    def __str__(self):
        return f"{self.full_name_latin} ({self.full_name_original})"

    def save(self, *args, **kwargs):
        self.search_names = search_names_for(self.full_name_original, self.full_name_latin,
                                             *self.name_spellings.values())
        kwargs["update_fields"] = self._fields_to_write(kwargs.get("update_fields"))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("prisoners:detail", kwargs={"slug": self.slug})

    def _fields_to_write(self, update_fields):
        """Never write recognition_standing: the database triggers own it, and an instance
        loaded before a recognition changed would otherwise overwrite it with a stale value."""
        if update_fields is not None:
            return {*update_fields, "search_names"} - {"recognition_standing"}
        if self._state.adding:
            return None  # an insert: the default "" is right, no recognition exists yet
        return [field.name for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "recognition_standing"]

    def name_for(self, language):
        """The name as a reader of ``language`` expects it (see prisoners.names)."""
        if language in CYRILLIC_LANGUAGES:
            return self.full_name_original
        return (self.name_spellings.get(language)
                or national_spelling(self.full_name_original, language) or self.full_name_latin)

    @property
    def status_label(self):
        return gendered_status_label(self.status, self.gender)

    @property
    def name_on_envelope(self):
        return self.envelope_name or self.full_name_original

    @property
    def sentence_text(self):
        if not self.sentence_kind:
            return ""
        parts = []
        if self.sentence_years:
            parts.append(ngettext("%(n)d year", "%(n)d years", self.sentence_years)
                         % {"n": self.sentence_years})
        if self.sentence_months:
            parts.append(ngettext("%(n)d month", "%(n)d months", self.sentence_months)
                         % {"n": self.sentence_months})
        term = " ".join(parts)
        kind = self.get_sentence_kind_display()
        return f"{term}, {kind}" if term else str(kind)

    def publication_blockers(self):
        """Why this prisoner cannot be public now (empty when they can)."""
        # Read afresh: triggers may have changed the standing since this instance was loaded.
        standing = Prisoner.objects.filter(pk=self.pk).values_list(
            "recognition_standing", flat=True).first()
        blockers = []
        if standing != RecognitionStatus.RECOGNISED:
            blockers.append(_("not recognised as a political prisoner"))
        if not self.consents.in_force().exists():
            blockers.append(_("no consent to publicity in force"))
        return blockers


class CaseEventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True, prisoner__in=Prisoner.objects.public())

    def for_mentors(self):
        """What a prisoner's mentors may read: public events and those marked for them."""
        return self.filter(Q(is_public=True) | Q(visible_to_mentors=True))


class CaseEvent(models.Model):
    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="events",
                                 verbose_name=_("prisoner"))
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=32, choices=EventKind.choices)
    description = models.TextField(_("description"), blank=True)
    is_public = models.BooleanField(
        _("public"), default=False,
        help_text=_("Shown on the prisoner's public page. Leave unticked for internal events."))
    visible_to_mentors = models.BooleanField(
        _("visible to mentors"), default=False,
        help_text=_("An internal event the prisoner's mentors may see in their portal."))
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = CaseEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"


class Recognition(models.Model):
    """A proposal to recognise a prisoner, and the coalition's recorded decision on it.

    PACE Resolution 1900 (2012), paragraph 3: detention is political if it (a) violates a
    fundamental Convention guarantee, (b) is imposed for purely political reasons without
    connection to any offence, (c) is for political motives disproportionate in length or
    conditions, (d) is for political motives discriminatory, or (e) results from clearly unfair
    proceedings connected with political motives.
    """

    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="recognitions",
                                 verbose_name=_("prisoner"))
    proposed_by_kind = models.CharField(_("proposed by"), max_length=32,
                                        choices=ProposerKind.choices)
    proposed_by_name = models.CharField(_("proposer's name or organisation"), max_length=200,
                                        blank=True)
    evidence = models.TextField(_("evidence and sources"), blank=True)
    criterion_a = models.BooleanField(
        _("3.a fundamental guarantee violated"), default=False,
        help_text=_("Detention violates thought, conscience, religion, expression, assembly or "
                    "association."))
    criterion_b = models.BooleanField(
        _("3.b purely political, no offence"), default=False)
    criterion_c = models.BooleanField(
        _("3.c disproportionate length or conditions"), default=False)
    criterion_d = models.BooleanField(_("3.d discriminatory detention"), default=False)
    criterion_e = models.BooleanField(_("3.e clearly unfair proceedings"), default=False)
    violence_exclusion_checked = models.BooleanField(
        _("violence exclusion checked"), default=False,
        help_text=_("Confirmed that the person neither used nor called for violence."))
    status = models.CharField(_("status"), max_length=32, choices=RecognitionStatus.choices,
                              default=RecognitionStatus.PROPOSED)
    decided_on = models.DateField(_("decision date"), null=True, blank=True)
    rationale = models.TextField(_("rationale"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("decided by"))
    re_review_on = models.DateField(
        _("re-review on"), null=True, blank=True,
        help_text=_("When the decision is to be reviewed again. Left empty, one year after "
                    "the decision."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")
        ordering = ["-decided_on", "-pk"]
        indexes = [models.Index(fields=["prisoner", "status", "decided_on"],
                                name="recognition_standing")]
        constraints = [
            # The latest decision is found by date: a decision without one cannot be ordered.
            models.CheckConstraint(
                condition=~Q(status__in=RecognitionStatus.decisions())
                | Q(decided_on__isnull=False),
                name="recognition_decision_has_date"),
        ]

    def __str__(self):
        return f"{self.get_status_display()} {self.decided_on or ''}".strip()

    def save(self, *args, **kwargs):
        if self.decided_on and not self.re_review_on:
            self.re_review_on = default_re_review(self.decided_on)
        super().save(*args, **kwargs)

    @property
    def criteria(self):
        return [letter for letter in "abcde" if getattr(self, f"criterion_{letter}")]

    def clean(self):
        if self.status not in RecognitionStatus.decisions():
            return
        errors = {}
        if not self.decided_on:
            errors["decided_on"] = _("A decision needs a date.")
        if not self.rationale.strip():
            errors["rationale"] = _("A decision needs a rationale.")
        if self.decided_on and self.re_review_on and self.re_review_on <= self.decided_on:
            errors["re_review_on"] = _("The re-review comes after the decision.")
        if self.status == RecognitionStatus.RECOGNISED:
            if not self.criteria:
                errors["criterion_a"] = _("Recognition needs at least one PACE 1900 criterion.")
            if not self.violence_exclusion_checked:
                errors["violence_exclusion_checked"] = _(
                    "Check the violence exclusion before recognising.")
        if errors:
            raise ValidationError(errors)


class ConsentQuerySet(models.QuerySet):
    def in_force(self):
        return self.filter(withdrawn_on__isnull=True, given_on__lte=timezone.localdate())


class Consent(models.Model):
    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="consents",
                                 verbose_name=_("prisoner"))
    given_by = models.CharField(_("given by"), max_length=16, choices=ConsentGiver.choices)
    given_by_name = models.CharField(_("name of the person who consented"), max_length=200,
                                     blank=True)
    given_on = models.DateField(_("given on"), default=timezone.localdate)
    scope = models.CharField(_("scope"), max_length=16, choices=ConsentScope.choices,
                             default=ConsentScope.FULL)
    withdrawn_on = models.DateField(
        _("withdrawn on"), null=True, blank=True,
        help_text=_("Withdrawing consent unpublishes the prisoner at once."))
    note = models.TextField(_("note"), blank=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent to publicity")
        verbose_name_plural = _("consents to publicity")
        ordering = ["-given_on", "-pk"]
        indexes = [
            # public() asks, per prisoner, for a consent in force: answered from the index
            # alone (a search for a common name: 62 -> 34 ms at 100,000).
            models.Index(fields=["prisoner", "given_on"], name="consent_not_withdrawn",
                         condition=Q(withdrawn_on__isnull=True)),
        ]

    def __str__(self):
        return f"{self.get_given_by_display()} {self.given_on:%Y-%m-%d}"

    def clean(self):
        if self.withdrawn_on and self.given_on and self.withdrawn_on < self.given_on:
            raise ValidationError({"withdrawn_on": _("Consent cannot be withdrawn before it was "
                                                     "given.")})


def default_re_review(decided_on):
    """A year after the decision (29 February -> 28 February)."""
    try:
        return decided_on.replace(year=decided_on.year + 1)
    except ValueError:
        return decided_on.replace(year=decided_on.year + 1, day=28)


# Private data. Nothing below is imported by public views, templates, feeds or exports,
# except the date of the latest verification ("Information as of").

class Verification(models.Model):
    """A coordinator checked one aspect of a prisoner's record against a source. The latest
    one per aspect is the "last verified" date; the sources and who checked stay internal."""

    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE,
                                 related_name="verifications", verbose_name=_("prisoner"))
    aspect = models.CharField(_("what was verified"), max_length=16,
                              choices=VerifiedAspect.choices)
    verified_on = models.DateField(_("verified on"), default=timezone.localdate)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("verified by"),
                                    help_text=_("Left empty: you."))
    source_organisation = models.CharField(_("source: organisation"), max_length=200,
                                           blank=True)
    source_url = models.URLField(_("source: URL"), max_length=500, blank=True)
    source_document = models.CharField(
        _("source: document"), max_length=300, blank=True,
        help_text=_("A letter, court record or call: what it is and where it is kept."))

    class Meta:
        verbose_name = _("verification")
        verbose_name_plural = _("verifications")
        ordering = ["-verified_on", "-pk"]
        indexes = [models.Index(fields=["prisoner", "aspect", "verified_on"],
                                name="verification_latest")]

    def __str__(self):
        return f"{self.get_aspect_display()} {self.verified_on:%Y-%m-%d}"

    def clean(self):
        if not (self.source_organisation or self.source_url or self.source_document):
            raise ValidationError(_("Name the source: an organisation, a URL or a document."))
        if self.verified_on and self.verified_on > timezone.localdate():
            raise ValidationError({"verified_on": _("A verification cannot be in the future.")})


class PrisonerContact(models.Model):
    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="contacts",
                                 verbose_name=_("prisoner"))
    kind = models.CharField(_("kind"), max_length=16, choices=ContactKind.choices)
    name = models.CharField(pgettext_lazy("of a person", "name"), max_length=200)
    relation = models.CharField(_("relation"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.TextField(_("address"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("private contact")
        verbose_name_plural = _("private contacts")

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"


class InternalNote(models.Model):
    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE,
                                 related_name="internal_notes", verbose_name=_("prisoner"))
    text = models.TextField(_("text"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+", verbose_name=_("author"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d}"


class RiskFlag(models.Model):
    prisoner = models.ForeignKey(Prisoner, on_delete=models.CASCADE, related_name="risk_flags",
                                 verbose_name=_("prisoner"))
    kind = models.CharField(_("kind"), max_length=32, choices=RiskKind.choices)
    note = models.TextField(_("note"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("risk flag")
        verbose_name_plural = _("risk flags")

    def __str__(self):
        return str(self.get_kind_display())
