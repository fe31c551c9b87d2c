"""Template tags of the admin's own pages (templates/admin/)."""

from django import forms, template
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone, translation
from django.utils.text import capfirst

register = template.Library()

DATE_FORM_FIELDS = (forms.DateField, forms.DateTimeField, forms.SplitDateTimeField,
                    forms.TimeField)


@register.simple_tag
def language_names():
    """Each content language in its own name ("Русский", "Deutsch"), for the translation
    tabs and labels (static/js/admin.js)."""
    return {code: capfirst(translation.get_language_info(code)["name_local"])
            for code, _name in settings.LANGUAGES}


@register.simple_tag
def current_time_zone():
    """The zone the page's dates are shown in, with its present offset: "Europe/Berlin
    (UTC+01:00)"."""
    offset = timezone.localtime().strftime("%z")  # "+0100"
    return f"{timezone.get_current_timezone_name()} (UTC{offset[:3]}:{offset[3:]})"


@register.filter
def shows_dates(adminform, inline_admin_formsets):
    """Whether a change form has a date or time, editable or read-only, in the form itself or
    in one of its inlines."""
    forms_and_fields = [(adminform.form, adminform.readonly_fields)]
    forms_and_fields += [(inline.formset.form, inline.readonly_fields)
                         for inline in inline_admin_formsets]
    return any(_has_dates(form, readonly) for form, readonly in forms_and_fields)


def _has_dates(form, readonly_fields):
    if any(isinstance(field, DATE_FORM_FIELDS) for field in form.base_fields.values()):
        return True
    opts = form._meta.model._meta
    for name in readonly_fields:
        try:
            if isinstance(opts.get_field(name), models.DateField):
                return True
        except FieldDoesNotExist:
            continue  # a method or an admin attribute, not a model field
    return False
