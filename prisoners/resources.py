"""Spreadsheet import and export of the registry (django-import-export), for coordinators.

The same rules as the ledger (funds.resources.StrictResource): explicit columns, checked before
any row is read; every row validated like an admin form; one bad row saves nothing; text that
a spreadsheet would run as a formula is neutralised. An import never publishes anyone and never
records a recognition or a consent: those columns do not exist. A new row that names someone
already in the registry -- in any script or transliteration, with the same birth date or none
on one side -- is refused as a possible duplicate, naming the record it matches.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override
from import_export import fields, widgets

from funds.resources import IsoDateWidget, StrictResource, text
from prisoners.choices import Category, FacilityKind, SentenceKind, Status
from prisoners.models import Article, Facility, Prisoner, Region
from prisoners.search import SPELLING_SEPARATOR, normalise, search_names_for

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class RegistryDateWidget(IsoDateWidget):
    """2026-03-31, or 31.03.2026 as Russian documents write it."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, str) and value.strip().count(".") == 2:
            try:
                return datetime.datetime.strptime(value.strip(), "%d.%m.%Y").date()
            except ValueError:
                pass
        return super().clean(value, row, **kwargs)


class ChoiceWidget(widgets.Widget):
    """A choice by its code (as exported) or its label in any of the site's languages."""

    def __init__(self, choices):
        super().__init__()
        self.choices = choices

    def _by_name(self):
        names = {}
        for code in LANGUAGE_CODES:
            with override(code):
                names.update({normalise(str(label)): value for value, label in self.choices})
        names.update({normalise(value): value for value, _label in self.choices})
        return names

    def clean(self, value, row=None, **kwargs):
        wanted = str(value or "").strip()
        if not wanted:
            return ""
        try:
            return self._by_name()[normalise(wanted)]
        except KeyError:
            raise ValueError(_("“%(value)s” is not one of: %(choices)s.") % {
                "value": wanted,
                "choices": ", ".join(value for value, _label in self.choices)}) from None

    def render(self, value, obj=None, **kwargs):
        return value or ""


class LookupWidget(widgets.ForeignKeyWidget):
    """A region, facility or article named as people write it: its code or number, or its name
    in any language. An unknown one is an error (never created by an import)."""

    def __init__(self, model, lookups, unknown, ambiguous):
        super().__init__(model)
        self.lookups, self.unknown, self.ambiguous = lookups, unknown, ambiguous

    def find(self, name):
        query = Q()
        for lookup in self.lookups:
            query |= Q(**{f"{lookup}__iexact": name})
        if name.isdigit():
            query |= Q(pk=int(name))
        found = list(self.model.objects.filter(query)[:2])
        if not found:
            raise ValueError(self.unknown() % {"name": name})
        if len(found) > 1:
            raise ValueError(self.ambiguous() % {"name": name})
        return found[0]

    def clean(self, value, row=None, **kwargs):
        name = str(value or "").strip()
        return self.find(name) if name else None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else getattr(value, self.lookups[0])


class ArticlesWidget(widgets.ManyToManyWidget):
    """Article numbers separated by semicolons: "207.3; 280.3"."""

    def __init__(self):
        super().__init__(Article, separator=";", field="number")

    def clean(self, value, row=None, **kwargs):
        numbers = [number.strip() for number in str(value or "").split(";") if number.strip()]
        articles = {article.number: article
                    for article in Article.objects.filter(number__in=numbers)}
        unknown = [number for number in numbers if number not in articles]
        if unknown:
            raise ValueError(_("No article of the Criminal Code is numbered %(numbers)s.")
                             % {"numbers": ", ".join(f"“{number}”" for number in unknown)})
        return [articles[number] for number in numbers]

    def render(self, value, obj=None, **kwargs):
        return "; ".join(article.number for article in value.all()) if value else ""


def _unknown_region():
    return _("There is no region “%(name)s”: write its code (RU-MOW) or its name.")


def _unknown_facility():
    return _("There is no facility “%(name)s”: add it first, or write its id.")


def _ambiguous_facility():
    return _("Several facilities are called “%(name)s”: write the id of the one you mean.")


def _ambiguous_region():
    return _("Several regions are called “%(name)s”: write the code of the one you mean.")


def region_field():
    return fields.Field(attribute="region", column_name="region", widget=LookupWidget(
        Region, ["code", *(f"name_{code}" for code in LANGUAGE_CODES)], _unknown_region,
        _ambiguous_region))


def choice(name, choices):
    return fields.Field(attribute=name, column_name=name, widget=ChoiceWidget(choices))


def date(name):
    return fields.Field(attribute=name, column_name=name, widget=RegistryDateWidget())


def name_words(prisoner_names):
    """The word sets of every spelling of these names (see prisoners.search)."""
    return [frozenset(spelling.split()) for spelling in
            search_names_for(*prisoner_names).split(SPELLING_SEPARATOR) if spelling]


def same_person(words, other_words):
    """Two spellings name the same person when one's words are all in the other's (order and
    a missing patronymic aside), and they share at least a first name and a surname."""
    return any(len(mine & theirs) >= 2 and (mine <= theirs or theirs <= mine)
               for mine in words for theirs in other_words)


def compatible_births(first, second):
    return first is None or second is None or first == second


class PrisonerResource(StrictResource):
    full_name_original = text("full_name_original")
    full_name_latin = text("full_name_latin")
    birth_date = date("birth_date")
    region = region_field()
    articles = fields.Field(attribute="articles", column_name="articles", widget=ArticlesWidget(),
                            m2m_add=False)
    status = choice("status", Status.choices)
    category = choice("category", Category.choices)
    facility = fields.Field(attribute="facility", column_name="facility", widget=LookupWidget(
        Facility, [*(f"name_{code}" for code in LANGUAGE_CODES)], _unknown_facility,
        _ambiguous_facility))
    arrested_on = date("arrested_on")
    verdict_on = date("verdict_on")
    released_on = date("released_on")
    sentence_kind = choice("sentence_kind", SentenceKind.choices)
    required_columns = ("full_name_original", "full_name_latin")

    class Meta:
        model = Prisoner
        fields = ("id", "full_name_original", "full_name_latin", "birth_date", "region",
                  "articles", "status", "category", "facility", "arrested_on", "verdict_on",
                  "released_on", "sentence_kind", "sentence_years", "sentence_months",
                  *(f"case_summary_{code}" for code in LANGUAGE_CODES),
                  *(f"biography_{code}" for code in LANGUAGE_CODES))
        import_id_fields = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for name in self._meta.fields:
            if name.startswith(("case_summary_", "biography_")):
                self.fields[name] = text(name)
        self.seen = []  # (words, birth date, line) of the file's new people so far
        self.imported = []  # primary keys saved by this import

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        add_empty_ids(dataset)
        self.seen, self.imported = [], []

    def row_problems(self, instance, *, adding, row_number=None, **kwargs):
        if not adding or instance.pk is not None:
            return {}
        instance.slug = unique_slug(instance.full_name_latin)
        if duplicate := self.duplicate_of(instance, row_number):
            return {"full_name_original": [duplicate]}
        return {}

    def duplicate_of(self, instance, line):
        """Why ``instance`` (a new row) looks like someone already in the registry or earlier
        in the file, or None."""
        words = name_words((instance.full_name_original, instance.full_name_latin))
        for other_words, born, other_line in self.seen:
            if same_person(words, other_words) and compatible_births(instance.birth_date, born):
                return _("Possibly the same person as on line %(line)s of this file.") % {
                    "line": other_line}
        # Rows saved by this import are not "already in the registry" (the preview saves them
        # too, then rolls back): the file's own rows were compared above.
        for other in candidates(words).exclude(pk__in=self.imported):
            if same_person(words, name_words((other.full_name_original,
                                              other.full_name_latin))) \
                    and compatible_births(instance.birth_date, other.birth_date):
                return _("Possibly a duplicate of %(name)s (id %(id)s, born %(born)s), already "
                         "in the registry: to update that record, put %(id)s in the id "
                         "column; if it is someone else, give the birth date.") % {
                    "name": f"{other.full_name_latin} / {other.full_name_original}",
                    "id": other.pk, "born": other.birth_date or "—"}
        self.seen.append((words, instance.birth_date, line))
        return None

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        self.imported.append(instance.pk)


def candidates(words):
    """Prisoners whose stored spellings contain every word of one of ``words``."""
    query = Q()
    for spelling in words:
        spelling_query = Q()
        for word in spelling:
            spelling_query &= Q(search_names__contains=word)
        query |= spelling_query
    return Prisoner.objects.filter(query).only(
        "pk", "full_name_original", "full_name_latin", "birth_date").order_by("pk")


def add_empty_ids(dataset):
    """Lists from other organisations have no id column: every row is then a new person."""
    if "id" not in dataset.headers:
        dataset.insert_col(0, lambda row: "", header="id")


def unique_slug(name):
    base = slugify(name)[:100] or "prisoner"
    slug, number = base, 1
    while Prisoner.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


class FacilityResource(StrictResource):
    region = region_field()
    kind = choice("kind", FacilityKind.choices)
    postal_address = text("postal_address")
    required_columns = ("kind", "region", "postal_address")

    class Meta:
        model = Facility
        fields = ("id", *(f"name_{code}" for code in LANGUAGE_CODES), "kind", "region",
                  "postal_address")
        import_id_fields = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        for code in LANGUAGE_CODES:
            self.fields[f"name_{code}"] = text(f"name_{code}")

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        add_empty_ids(dataset)

