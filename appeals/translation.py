from modeltranslation.translator import TranslationOptions, register

from appeals.models import Appeal, NotableSignatory, Signature
from coalition.history import track


@register(Appeal)
class AppealTranslation(TranslationOptions):
    fields = ("title", "text", "demand", "addressee", "outcome")
    required_languages = ("en",)


@register(NotableSignatory)
class NotableSignatoryTranslation(TranslationOptions):
    fields = ("role",)


# History, registered after the translated columns exist (coalition/history.py).
# A signature's key is the secret behind its confirmation links: never in history. A
# signature deleted on request takes its history with it, and so does a notable signatory
# (erased with a withdrawn signature, or on the person's request).
track(Appeal, m2m_fields=["prisoners"], keep_current=["is_public", "published_at"])
track(Signature, excluded_fields=["key"], delete_with_record=True,
      keep_current=["show_name", "confirmed_at", "withdrawn_at"])
track(NotableSignatory, delete_with_record=True,
      keep_current=["is_verified", "verified_by", "verified_at", "is_hidden"])
