"""Markdown written by staff, turned into HTML that keeps only harmless tags (pages, news)."""

import markdown
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br",
                "hr", "table", "thead", "tbody", "tr", "th", "td"}


def render_markdown(text):
    html = markdown.markdown(text or "", extensions=["tables"])
    return mark_safe(nh3.clean(html, tags=ALLOWED_TAGS,  # noqa: S308 - sanitised by nh3
                               attributes={"a": {"href", "title"}},
                               url_schemes={"https", "http", "mailto"}))
