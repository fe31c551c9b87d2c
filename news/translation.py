from modeltranslation.translator import TranslationOptions, register

from news.models import Post


@register(Post)
class PostTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "photo_alt")
