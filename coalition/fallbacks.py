"""Which language a translated field is actually shown in, read from modeltranslation's
per-language columns in the order its descriptor falls back (active language, then
MODELTRANSLATION_FALLBACK_LANGUAGES), so a page can mark a fallback text honestly."""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname, resolution_order


def has_text(instance, field, language):
    value = getattr(instance, build_localized_fieldname(field, language), None)
    return value not in (None, "")


def shown_language(instance, field):
    """The language whose text ``instance.<field>`` shows now, or None when it has none."""
    descriptor = getattr(type(instance), field)
    for language in resolution_order(get_language(), descriptor.fallback_languages):
        if has_text(instance, field, language):
            return language
    return None


def languages_with_text(instance, fields):
    """The site's languages in which every one of ``fields`` that has a text anywhere has
    its own text (not a fallback): the languages a detail page is really available in."""
    codes = [code for code, _name in settings.LANGUAGES]
    written = [field for field in fields if any(has_text(instance, field, code) for code in codes)]
    return [code for code in codes if all(has_text(instance, field, code) for field in written)]
