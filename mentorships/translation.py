from modeltranslation.translator import TranslationOptions, register

from mentorships.models import Mentor, Mentorship


@register(Mentor)
class MentorTranslation(TranslationOptions):
    fields = ("role", "biography")


@register(Mentorship)
class MentorshipTranslation(TranslationOptions):
    fields = ("statement",)
