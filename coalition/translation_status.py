"""Which records lack a translation: the admin's translation-status page and its list filter.

A record lacks a language when one of its translated fields (modeltranslation's registry) has a
text in another language of the site but none in that one: an optional field left empty
everywhere is not a missing translation. Languages come from ``settings.LANGUAGES`` when asked,
never from a list here. A language added to the settings but not migrated yet has no columns:
every written text counts as missing in it, and the page says it needs a migration.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.translator import translator

PARAMETER = "missing_translation"


def site_languages():
    """[(code, name)] of the site's languages, as the settings say now."""
    return [(code, _(name)) for code, name in settings.LANGUAGES]


def columns(model):
    """{field: {language: column}} of the model's translated fields, for the columns that
    exist (modeltranslation creates them for the languages known when it loaded)."""
    options = translator.get_options_for_model(model)
    return {field: {column.language: column.name for column in translated}
            for field, translated in sorted(options.all_fields.items())}


def languages_without_columns(model):
    """Codes of the site's languages that have no columns in this model yet."""
    present = {language for per_field in columns(model).values() for language in per_field}
    return [code for code, _name in settings.LANGUAGES if code not in present]


def _has_text(column):
    # Translation columns are nullable: NULL > '' is not true, so NULL and "" are both empty.
    return Q(**{f"{column}__gt": ""})


def missing(model, language):
    """Q of the records that have a text in another site language but not in ``language``."""
    codes = {code for code, _name in settings.LANGUAGES}
    conditions = []
    for per_field in columns(model).values():
        elsewhere = [_has_text(column) for code, column in per_field.items()
                     if code != language and code in codes]
        if not elsewhere:
            continue
        written_elsewhere = reduce(or_, elsewhere)
        if language in per_field:
            conditions.append(written_elsewhere & ~_has_text(per_field[language]))
        else:
            conditions.append(written_elsewhere)
    return reduce(or_, conditions) if conditions else Q(pk__in=[])


class MissingTranslationFilter(admin.SimpleListFilter):
    """?missing_translation=<code>: the records the status page counts for that language."""

    title = gettext_lazy("missing translation")
    parameter_name = PARAMETER

    def lookups(self, request, model_admin):
        return site_languages()

    def queryset(self, request, queryset):
        if self.value() not in {code for code, _name in settings.LANGUAGES}:
            return queryset
        return queryset.filter(missing(queryset.model, self.value()))


class MissingTranslationAdminMixin:
    """Adds the missing-translation filter to a translated model's admin list."""

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), MissingTranslationFilter)


@dataclass(frozen=True)
class Cell:
    code: str
    count: int
    public: int | None  # of the public records, where the model has objects.public()
    path: str | None  # the admin list of exactly these records
    has_columns: bool


@dataclass(frozen=True)
class Row:
    name: str
    fields: list
    total: int
    cells: list


def _changelist(model):
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:  # edited only inline, on its parent's page
        return None


def row_for(model):
    """The model's counts per site language: one query, whatever the number of records."""
    public = model._default_manager.public() if hasattr(model._default_manager,
                                                        "public") else None
    aggregates = {"total": Count("pk")}
    for index, (code, _name) in enumerate(settings.LANGUAGES):
        condition = missing(model, code)
        aggregates[f"missing{index}"] = Count("pk", filter=condition)
        if public is not None:
            aggregates[f"public{index}"] = Count(
                "pk", filter=condition & Q(pk__in=public.values("pk")))
    counts = model._default_manager.aggregate(**aggregates)
    changelist = _changelist(model)
    without = languages_without_columns(model)
    cells = [Cell(code, counts[f"missing{index}"],
                  counts[f"public{index}"] if public is not None else None,
                  f"{changelist}?{urlencode({PARAMETER: code})}" if changelist else None,
                  code not in without)
             for index, (code, _name) in enumerate(settings.LANGUAGES)]
    fields = [str(model._meta.get_field(field).verbose_name) for field in columns(model)]
    return Row(capfirst(model._meta.verbose_name_plural), fields, counts["total"], cells)


def viewable_models(user):
    """The translated models whose records the user may view, in a stable order."""
    models = [model for model in translator.get_registered_models(abstract=False)
              if not model._meta.proxy and user.has_perm(
                  f"{model._meta.app_label}.view_{model._meta.model_name}")]
    return sorted(models, key=lambda model: (model._meta.app_label, model._meta.model_name))


def status_view(request):
    """Per translated model and site language: how many records lack the translation."""
    models = viewable_models(request.user)
    if not models:
        raise PermissionDenied
    rows = [row_for(model) for model in models]
    unmigrated = [name for code, name in site_languages()
                  if any(not cell.has_columns for row in rows for cell in row.cells
                         if cell.code == code)]
    return TemplateResponse(request, "admin/translation_status.html", {
        **admin.site.each_context(request), "title": _("Translation status"),
        "languages": site_languages(), "rows": rows, "unmigrated": unmigrated})
