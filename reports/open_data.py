"""Reads for the open data (the JSON API and the CSV files): the public registry only.

Every query starts from ``Prisoner.objects.public()``. Facilities, regions and articles are
listed only when at least one public prisoner is linked to them: listing one that only
unpublished people are linked to would reveal them (see ``prisoners.selectors.filter_choices``).
"""

from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils import translation

from prisoners.models import Article, Facility, Prisoner, Region
from prisoners.selectors import matching_name

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# The published fields of a prisoner, in the order of the JSON objects and the CSV columns.
# Never birth dates, photos, envelope names or anything from the private models.
PRISONER_FIELDS = [
    "slug", "full_name_original", "full_name_latin", "status", "category", "region", "articles",
    "facility", "arrested_on", "verdict_on", "sentence_kind", "sentence_years", "sentence_months",
    "released_on", "can_receive_letters", "url",
]
_COLUMNS = [
    "slug", "full_name_original", "full_name_latin", "status", "category", "region__code",
    "facility_id", "arrested_on", "verdict_on", "sentence_kind", "sentence_years",
    "sentence_months", "released_on", "can_receive_letters",
]


def prisoners(*, status=None, category=None, region=None, article=None, facility=None,
              arrested_from=None, arrested_to=None, q=None):
    """Public prisoners matching the filters, in a stable order, with what the API shows."""
    found = (Prisoner.objects.public().only(*_COLUMNS).select_related("region")
             .prefetch_related(Prefetch("articles", Article.objects.only("number")))
             .order_by("full_name_latin", "pk"))
    found = matching_name(found, q or "")
    filters = {"status": status, "category": category, "region__code": region,
               "articles__number": article, "facility_id": facility,
               "arrested_on__gte": arrested_from, "arrested_on__lte": arrested_to}
    # Article numbers are unique, so the join on articles cannot repeat a prisoner.
    return found.filter(**{key: value for key, value in filters.items() if value is not None})


def prisoner(slug):
    """One public prisoner with their case summary, or None (also for anyone not public)."""
    columns = [*_COLUMNS, *(f"case_summary_{code}" for code in LANGUAGE_CODES)]
    return (Prisoner.objects.public().only(*columns).select_related("region")
            .prefetch_related(Prefetch("articles", Article.objects.only("number")))
            .filter(slug=slug).first())


def prisoner_url(request, slug):
    """The prisoner's public page in English, as an absolute URL."""
    with translation.override("en"):
        path = reverse("prisoners:detail", kwargs={"slug": slug})
    return request.build_absolute_uri(path)


def prisoner_row(request, prisoner):
    """The published fields of a prisoner, as plain values."""
    return {
        "slug": prisoner.slug,
        "full_name_original": prisoner.full_name_original,
        "full_name_latin": prisoner.full_name_latin,
        "status": prisoner.status,
        "category": prisoner.category,
        "region": prisoner.region.code if prisoner.region_id else None,
        "articles": [article.number for article in prisoner.articles.all()],
        "facility": prisoner.facility_id,
        "arrested_on": prisoner.arrested_on,
        "verdict_on": prisoner.verdict_on,
        "sentence_kind": prisoner.sentence_kind,
        "sentence_years": prisoner.sentence_years,
        "sentence_months": prisoner.sentence_months,
        "released_on": prisoner.released_on,
        "can_receive_letters": prisoner.can_receive_letters,
        "url": prisoner_url(request, prisoner.slug),
    }


def translations(obj, field):
    """A translated field in every language, from its own columns (None when empty)."""
    return {code: getattr(obj, f"{field}_{code}") or None for code in LANGUAGE_CODES}


def _public_count(relation):
    public = Prisoner.objects.public()
    return Count(relation, filter=Q(**{f"{relation}__in": public}), distinct=True)


def facilities():
    """Facilities where at least one public prisoner is held, with how many."""
    return (Facility.objects.annotate(prisoner_count=_public_count("prisoners"))
            .filter(prisoner_count__gt=0).select_related("region").order_by("pk"))


def articles():
    """Articles at least one public prisoner is charged under, with how many."""
    return (Article.objects.annotate(prisoner_count=_public_count("prisoners"))
            .filter(prisoner_count__gt=0).order_by("number"))


def regions():
    """Regions at least one public prisoner comes from, with how many."""
    return (Region.objects.annotate(prisoner_count=_public_count("prisoners"))
            .filter(prisoner_count__gt=0).order_by("code"))
