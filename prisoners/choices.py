"""Choice lists of the registry, kept apart so models, filters and demo data share them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Gender(models.TextChoices):
    FEMALE = "female", _("female")
    MALE = "male", _("male")
    UNDISCLOSED = "undisclosed", _("not stated")


class Status(models.TextChoices):
    PRETRIAL_DETENTION = "pretrial_detention", _("detained pending trial")
    HOUSE_ARREST = "house_arrest", _("under house arrest")
    RESTRICTED = "restricted", _("at liberty with restrictions")
    SENTENCED = "sentenced", _("sentenced, awaiting appeal")
    SERVING_SENTENCE = "serving_sentence", _("serving a sentence in a colony or prison")
    COMPULSORY_TREATMENT = "compulsory_treatment", _("in compulsory psychiatric treatment")
    RELEASED = "released", _("released")
    EMIGRATED = "emigrated", _("emigrated")
    DIED_IN_CUSTODY = "died_in_custody", _("died in custody")

    @classmethod
    def in_custody(cls):
        return [cls.PRETRIAL_DETENTION, cls.SENTENCED, cls.SERVING_SENTENCE,
                cls.COMPULSORY_TREATMENT]


# Statuses whose words agree with the person's gender in French or Russian ("morte en
# détention", "умерла в заключении"). The neutral label serves people whose gender is not stated.
_GENDERED_STATUSES = {
    "female": {
        Status.SENTENCED: pgettext_lazy("status, female", "sentenced, awaiting appeal"),
        Status.RELEASED: pgettext_lazy("status, female", "released"),
        Status.EMIGRATED: pgettext_lazy("status, female", "emigrated"),
        Status.DIED_IN_CUSTODY: pgettext_lazy("status, female", "died in custody"),
    },
    "male": {
        Status.SENTENCED: pgettext_lazy("status, male", "sentenced, awaiting appeal"),
        Status.RELEASED: pgettext_lazy("status, male", "released"),
        Status.EMIGRATED: pgettext_lazy("status, male", "emigrated"),
        Status.DIED_IN_CUSTODY: pgettext_lazy("status, male", "died in custody"),
    },
}


def gendered_status_label(status, gender):
    """The status in words that agree with the person's gender where the language needs it."""
    return _GENDERED_STATUSES.get(gender, {}).get(status) or Status(status).label


class Category(models.TextChoices):
    ANTI_WAR = "anti_war", _("anti-war")
    RELIGIOUS = "religious", _("religious")
    CIVIC_ACTIVISM = "civic_activism", _("civic activism")
    JOURNALISM = "journalism", _("journalism")
    OPPOSITION = "opposition", _("political opposition")
    UKRAINE = "ukraine", _("Ukrainian citizens and Crimea")
    LGBTQ = "lgbtq", _("LGBTQ+")
    OTHER = "other", _("other")


class SentenceKind(models.TextChoices):
    GENERAL_REGIME = "general_regime", _("general-regime colony")
    STRICT_REGIME = "strict_regime", _("strict-regime colony")
    SPECIAL_REGIME = "special_regime", _("special-regime colony")
    COLONY_SETTLEMENT = "colony_settlement", _("colony-settlement")
    PRISON = "prison", _("prison")
    SUSPENDED = "suspended", _("suspended sentence")
    FORCED_LABOUR = "forced_labour", _("forced labour")
    FINE = "fine", _("fine")
    COMPULSORY_TREATMENT = "compulsory_treatment", _("compulsory psychiatric treatment")


class FacilityKind(models.TextChoices):
    IVS = "ivs", _("temporary detention centre (IVS)")
    SIZO = "sizo", _("pre-trial detention centre (SIZO)")
    PENAL_COLONY = "penal_colony", _("penal colony (IK)")
    COLONY_SETTLEMENT = "colony_settlement", _("colony-settlement (KP)")
    PRISON = "prison", _("prison (tyurma)")
    PSYCHIATRIC_HOSPITAL = "psychiatric_hospital", _("psychiatric hospital")
    OTHER = "other", _("other")


class EventKind(models.TextChoices):
    DETAINED = "detained", _("detained")
    CHARGED = "charged", _("charged")
    HEARING_SCHEDULED = "hearing_scheduled", _("hearing scheduled")
    VERDICT = "verdict", _("verdict")
    APPEAL = "appeal", _("appeal")
    TRANSFER = "transfer", _("transfer")
    RELEASED = "released", pgettext_lazy("case event", "released")
    OTHER = "other", _("other")


class VerifiedAspect(models.TextChoices):
    STATUS = "status", _("status of the case")
    PLACE = "place", _("place of detention")
    ADDRESS = "address", _("letter address")


class RecognitionStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    UNDER_REVIEW = "under_review", _("under review")
    RECOGNISED = "recognised", _("recognised")
    DECLINED = "declined", _("declined")
    REMOVED = "removed", _("removed from the list")

    @classmethod
    def decisions(cls):
        """Statuses that are decisions; the latest decision is the prisoner's standing."""
        return [cls.RECOGNISED, cls.DECLINED, cls.REMOVED]


class ProposerKind(models.TextChoices):
    MEMBER_ORGANISATION = "member_organisation", _("member organisation")
    RELATIVE = "relative", _("relative")
    LAWYER = "lawyer", _("lawyer")
    OTHER = "other", _("other")


class ConsentGiver(models.TextChoices):
    PRISONER = "prisoner", _("the prisoner")
    RELATIVE = "relative", _("a relative")
    LAWYER = "lawyer", _("a lawyer on their behalf")


class ConsentScope(models.TextChoices):
    FULL = "full", _("name, photo and case details")
    WITHOUT_PHOTO = "without_photo", _("name and case details, no photo")


class ContactKind(models.TextChoices):
    RELATIVE = "relative", _("relative")
    LAWYER = "lawyer", _("lawyer")
    OTHER = "other", _("other")


class RiskKind(models.TextChoices):
    HEALTH = "health", _("health")
    PRESSURE_IN_CUSTODY = "pressure_in_custody", _("pressure in custody")
    FAMILY_AT_RISK = "family_at_risk", _("family at risk")
    PUBLICITY = "publicity", _("publicity could harm")
    OTHER = "other", _("other")
