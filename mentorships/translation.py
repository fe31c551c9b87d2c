from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from mentorships.models import Mentor, MentorAction, Mentorship, MentorSignup


@register(Mentor)
class MentorTranslation(TranslationOptions):
    fields = ("role", "biography")


@register(Mentorship)
class MentorshipTranslation(TranslationOptions):
    fields = ("statement",)


# History, registered after the translated columns exist (coalition/history.py).
# The last portal visit is bookkeeping; e-mails sent (MentorNotification) are a log already.
# A sign-up deleted on request takes its history with it.
track(Mentor, excluded_fields=["last_portal_visit"], keep_current=["is_public", "user"])
track(Mentorship, keep_current=["is_public", "status"])
track(MentorAction, keep_current=["is_public"])
track(MentorSignup, delete_with_record=True)
