from modeltranslation.translator import TranslationOptions, register

from prisoners.models import Article, CaseEvent, Facility, Prisoner, Region


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
