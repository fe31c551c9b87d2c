from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from prisoners.models import (
    Article,
    CaseEvent,
    Consent,
    Facility,
    InternalNote,
    Prisoner,
    PrisonerContact,
    Recognition,
    Region,
    RiskFlag,
    Verification,
)


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name",)


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title",)


@register(Facility)
class FacilityTranslation(TranslationOptions):
    fields = ("name",)


@register(Prisoner)
class PrisonerTranslation(TranslationOptions):
    fields = ("case_summary", "biography")


@register(CaseEvent)
class CaseEventTranslation(TranslationOptions):
    fields = ("description",)


# History, registered after the translated columns exist (coalition/history.py). The search
# spellings are derived, and the recognition standing belongs to the database triggers.
track(Region)
track(Article)
track(Facility)
track(Prisoner, m2m_fields=["articles"], excluded_fields=["search_names", "recognition_standing"],
      keep_current=["is_published"])
track(CaseEvent, keep_current=["is_public", "visible_to_mentors"])
track(Recognition, keep_current=["status", "decided_on"])
track(Consent, keep_current=["withdrawn_on", "given_on", "scope"])
track(PrisonerContact)
track(InternalNote)
track(RiskFlag)
track(Verification)
