from modeltranslation.translator import TranslationOptions, register

from coalition.history import track
from news.models import Post


@register(Post)
class PostTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "photo_alt")


# History, registered after the translated columns exist (coalition/history.py).
track(Post, m2m_fields=["prisoners"], keep_current=["is_public", "published_at"])
