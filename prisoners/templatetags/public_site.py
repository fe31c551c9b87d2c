from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaks_filter
from django.urls import translate_url
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from coalition.fallbacks import languages_with_text, shown_language
from pages.markdown import render_markdown
from pages.models import Page
from prisoners import names
from publiccache.memo import public_memo

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language, for the switcher and hreflang alternates (worked
    out once per request: both use it, and each address costs a resolve and a reverse)."""
    request = context["request"]
    current = get_language()
    known = getattr(request, "_language_links", None)
    if known is None or known[0] != current:
        request._language_links = (current, _language_links(request, current))
    return request._language_links[1]


def _language_links(request, current):
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(request.get_full_path(), code),
            "active": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@register.inclusion_tag("includes/_alternate_links.html", takes_context=True)
def alternate_links(context, record=None, *fields):
    """hreflang alternates: every language, or for a translated record's page only the
    languages in which its ``fields`` (the main text) exist; x-default stays."""
    languages = language_links(context)
    shown = languages
    if record is not None:
        written = set(languages_with_text(record, fields))
        shown = [language for language in languages if language["code"] in written]
    return {"request": context["request"], "languages": shown, "x_default": languages[0]}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address on SITE_URL in the current language: no query string but the
    page number of a list (page 1 is the list itself)."""
    request = context["request"]
    url = settings.SITE_URL.rstrip("/") + request.path
    page = request.GET.get("page", "")
    if page.isdigit() and int(page) > 1:
        url += f"?page={int(page)}"
    return url


FORMATS = {
    "text": conditional_escape,
    "linebreaks": lambda value: linebreaks_filter(value, autoescape=True),
    "markdown": render_markdown,
}


@register.simple_tag
def translated(record, field, format="text"):
    """``record.<field>`` rendered (``format``: text, linebreaks, markdown). A fallback text
    is marked: ``lang`` (and ``dir``) of the language it is in, and a note in the page's."""
    value = getattr(record, field)
    if not value:
        return ""
    rendered = FORMATS[format](value)
    language = shown_language(record, field)
    if language in (None, get_language()):
        return rendered
    tag, note_tag = ("span", "small") if format == "text" else ("div", "p")
    return format_html(
        '<{tag} lang="{lang}"{dir}>{text}</{tag}> '
        '<{note} class="fallback-note">{note_text}</{note}>',
        tag=tag, lang=language, dir=_direction(language), text=rendered, note=note_tag,
        note_text=_("Not yet translated"))


def _direction(language):
    rtl = get_language_info(language)["bidi"]
    if rtl == get_language_info(get_language())["bidi"]:
        return ""
    return format_html(' dir="{}"', "rtl" if rtl else "ltr")


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return context["request"].build_absolute_uri(path)


@register.simple_tag
def menu_pages():
    # On every public page and the same for everyone: kept until the public data changes
    # (titles and addresses are read in the active language when rendered).
    return public_memo("pages:menu", lambda: list(
        Page.objects.public().filter(menu_order__isnull=False)))


@register.filter
def display_name(prisoner):
    """The name as readers of the active language write it: Cyrillic in Russian, the national
    transliteration in German and French, the Latin name otherwise."""
    return prisoner.name_for(get_language())


@register.filter(is_safe=True)
def elide(text, name):
    """French elision before ``name`` in a rendered block: ``{% filter elide:name %}`` around
    sentences whose French translation writes "de %(name)s" (see prisoners.names.elide)."""
    elided = names.elide(str(text), str(conditional_escape(name)), get_language())
    return mark_safe(elided) if isinstance(text, SafeData) else elided


@register.filter
def other_script_name(prisoner):
    if get_language() == "ru":
        return prisoner.full_name_latin
    return prisoner.full_name_original


@register.filter
def initials(person):
    """Two letters for a portrait placeholder: of a prisoner's Latin name, or a mentor's."""
    name = person.full_name_latin if hasattr(person, "full_name_latin") else person.name
    words = name.split()
    return "".join(word[0] for word in words[:2]).upper()


@register.filter
def web_link(url):
    """The address if it is an http(s) one, else "": no stored javascript: link is rendered."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in ("http", "https") else ""


@register.filter
def web_host(url):
    """The site a link leads to, shown so that readers know where they are going."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return "?" + params.urlencode()
