"""Reads for the open data (the JSON API and the CSV files): the public registry only.

Every query starts from ``Prisoner.objects.public()``. Facilities, regions and articles are
listed only when at least one public prisoner is linked to them: listing one that only
unpublished people are linked to would reveal them (see ``prisoners.selectors.filter_choices``).
"""

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Count, OuterRef, Q
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import get_translation_fields

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


def _published(columns):
    """Public prisoners with the published columns and their article numbers (read in SQL:
    files list thousands of prisoners). A subquery per prisoner, not an aggregate over a join:
    the aggregate grouped every public prisoner before a page of 50 could be cut (365 ms at
    100,000)."""
    links = Prisoner.articles.through.objects.filter(prisoner=OuterRef("pk"))
    numbers = ArraySubquery(links.order_by("article__number").values("article__number"))
    return (Prisoner.objects.public().only(*columns).select_related("region")
            .annotate(article_numbers=numbers))


def prisoners(*, status=None, category=None, region=None, article=None, facility=None,
              arrested_from=None, arrested_to=None, q=None):
    """Public prisoners matching the filters, in a stable order, with what the API shows."""
    found = matching_name(_published(_COLUMNS).order_by("full_name_latin", "pk"), q or "")
    filters = {"status": status, "category": category, "region__code": region,
               "facility_id": facility, "arrested_on__gte": arrested_from,
               "arrested_on__lte": arrested_to}
    found = found.filter(**{key: value for key, value in filters.items() if value is not None})
    if article is not None:
        # A subquery, not a join: joining would narrow the aggregated article numbers.
        charged = Prisoner.articles.through.objects.filter(article__number=article)
        found = found.filter(pk__in=charged.values("prisoner_id"))
    return found


def prisoner(slug):
    """One public prisoner with their case summary, or None (also for anyone not public)."""
    columns = [*_COLUMNS, *get_translation_fields("case_summary")]
    return _published(columns).filter(slug=slug).first()


def prisoner_urls(request):
    """A function giving a prisoner's public page in English, as an absolute URL (the address
    is worked out once: files list thousands of prisoners)."""
    marker = "slug-placeholder"
    with translation.override("en"):
        path = reverse("prisoners:detail", kwargs={"slug": marker})
    before, after = request.build_absolute_uri(path).split(marker)
    return lambda slug: f"{before}{slug}{after}"


def prisoner_row(prisoner, url_of):
    """The published fields of a prisoner, as plain values."""
    return {
        "slug": prisoner.slug,
        "full_name_original": prisoner.full_name_original,
        "full_name_latin": prisoner.full_name_latin,
        "status": prisoner.status,
        "category": prisoner.category,
        "region": prisoner.region.code if prisoner.region_id else None,
        "articles": prisoner.article_numbers,
        "facility": prisoner.facility_id,
        "arrested_on": prisoner.arrested_on,
        "verdict_on": prisoner.verdict_on,
        "sentence_kind": prisoner.sentence_kind,
        "sentence_years": prisoner.sentence_years,
        "sentence_months": prisoner.sentence_months,
        "released_on": prisoner.released_on,
        "can_receive_letters": prisoner.can_receive_letters,
        "url": url_of(prisoner.slug),
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
