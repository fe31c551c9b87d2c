"""The open data API: a read-only JSON view of the public registry, mounted at /api/v1/.

Every answer is built from ``reports.open_data`` (which starts from ``Prisoner.objects.public()``)
through the explicit schemas below; a prisoner who is not public is a 404, like a slug that does
not exist. There is no documentation page: it would load Swagger from a CDN, which the CSP
forbids. The OpenAPI description is at /api/v1/openapi.json, the human one at /en/open-data/.
"""

import datetime
import re
from typing import Literal

from django.http import Http404
from ninja import Field, NinjaAPI, Query, Schema
from ninja.pagination import PageNumberPagination, paginate
from pydantic import create_model, field_validator

from prisoners.choices import Category, FacilityKind, SentenceKind, Status
from prisoners.selectors import search_count
from reports import open_data, statistics

api = NinjaAPI(
    title="Political prisoners in Russia: open data",
    version="1",
    description="The public registry: only people who are on the public list, with their own or "
                "their family's consent. You may reuse these data; please cite the coalition.",
    urls_namespace="api",
    docs_url=None,
)

# Deep pages are useless (filter instead) and an absurd page number must not reach the database.
MAX_PAGE = 100_000
MAX_ID = 2**63 - 1
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


# A text in every site language: {"en": ..., "ru": ..., ...}.
Translations = create_model(
    "Translations", __base__=Schema,
    **{code: (str | None, ...) for code in open_data.LANGUAGE_CODES})


class PrisonerOut(Schema):
    slug: str
    full_name_original: str
    full_name_latin: str
    status: Status
    category: Category
    region: str | None = Field(description="ISO 3166-2 code of the region, such as RU-MOW.")
    articles: list[str] = Field(description="Articles of the Criminal Code, such as 207.3.")
    facility: int | None = Field(description="The id of the facility in /facilities.")
    arrested_on: datetime.date | None
    verdict_on: datetime.date | None
    sentence_kind: SentenceKind | Literal[""]
    sentence_years: int | None
    sentence_months: int | None
    released_on: datetime.date | None
    can_receive_letters: bool
    url: str = Field(description="The prisoner's public page.")


class PrisonerDetailOut(PrisonerOut):
    case_summary: Translations


class PrisonerFilters(Schema):
    status: Status | None = None
    category: Category | None = None
    region: str | None = Field(None, max_length=12, description="Region code, such as RU-MOW.")
    article: str | None = Field(None, max_length=20, description="Article number, such as 207.3.")
    facility: int | None = Field(None, ge=1, le=MAX_ID, description="Facility id.")
    arrested_from: datetime.date | None = None
    arrested_to: datetime.date | None = None
    q: str | None = Field(None, max_length=200, description="A name, in any script or spelling.")

    @field_validator("*", mode="before")
    @classmethod
    def empty_is_absent(cls, value):
        return None if value == "" else value

    @field_validator("region", "article", "q")
    @classmethod
    def no_nul(cls, value):
        # PostgreSQL cannot compare text with a NUL character: refuse it rather than fail.
        if value is not None and "\x00" in value:
            raise ValueError("must not contain a NUL character")
        return value


class FacilityOut(Schema):
    id: int
    name: Translations
    kind: FacilityKind
    region: str
    postal_address: str
    prisoner_count: int


class ArticleOut(Schema):
    number: str
    title: Translations
    prisoner_count: int


class RegionOut(Schema):
    code: str
    name: Translations
    prisoner_count: int


class CountOut(Schema):
    code: str
    count: int


class StatisticsOut(Schema):
    total: int
    as_of: datetime.date
    by_status: list[CountOut]
    by_category: list[CountOut]
    by_arrest_year: list[CountOut]
    by_article: list[CountOut]
    by_region: list[CountOut]
    new_cases: list[CountOut] = Field(description="Arrests per month (YYYY-MM), 24 months.")


class YearOut(Schema):
    year: int
    arrests: int
    verdicts: int
    custodial_verdicts: int
    years_of_prison: float = Field(description="Custodial sentences handed down, in years.")
    releases: int


class Pages(PageNumberPagination):
    """Page numbers, 50 prisoners a page unless ``page_size`` (at most 200) says otherwise."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1)

    def paginate_queryset(self, queryset, pagination, request, filters, **params):
        size = self._get_page_size(pagination.page_size)
        offset = (pagination.page - 1) * size
        count = search_count(queryset, filters.dict(), query_name="q", scope="open-data")
        # Past the end there is nothing to read: do not let the database skip every row.
        found = queryset[offset:offset + size] if offset < count else []
        url_of = open_data.prisoner_urls(request)
        return {"items": [open_data.prisoner_row(each, url_of) for each in found],
                "count": count}


@api.get("/prisoners", response=list[PrisonerOut], url_name="prisoners")
@paginate(Pages, page_size=50, max_page_size=200)
def prisoner_list(request, filters: Query[PrisonerFilters]):
    """Public prisoners, by Latin name."""
    return open_data.prisoners(**filters.dict())


@api.get("/prisoners/{slug}", response=PrisonerDetailOut, url_name="prisoner")
def prisoner_detail(request, slug: str):
    found = open_data.prisoner(slug) if SLUG.fullmatch(slug) else None
    if found is None:
        raise Http404
    return {**open_data.prisoner_row(found, open_data.prisoner_urls(request)),
            "case_summary": open_data.translations(found, "case_summary")}


@api.get("/facilities", response=list[FacilityOut], url_name="facilities")
def facility_list(request):
    """Facilities where at least one public prisoner is held."""
    return [{"id": facility.pk, "name": open_data.translations(facility, "name"),
             "kind": facility.kind, "region": facility.region.code,
             "postal_address": facility.postal_address,
             "prisoner_count": facility.prisoner_count}
            for facility in open_data.facilities()]


@api.get("/articles", response=list[ArticleOut], url_name="articles")
def article_list(request):
    """Articles of the Criminal Code at least one public prisoner is charged under."""
    return [{"number": article.number, "title": open_data.translations(article, "title"),
             "prisoner_count": article.prisoner_count}
            for article in open_data.articles()]


@api.get("/regions", response=list[RegionOut], url_name="regions")
def region_list(request):
    """Regions at least one public prisoner comes from."""
    return [{"code": region.code, "name": open_data.translations(region, "name"),
             "prisoner_count": region.prisoner_count}
            for region in open_data.regions()]


@api.get("/statistics", response=StatisticsOut, url_name="statistics")
def statistics_overview(request):
    """The public prisoners in numbers; each breakdown counts them by one field."""
    figures = dict(statistics.public_overview())
    figures["new_cases"] = [{"code": f"{month:%Y-%m}", "count": count}
                            for month, count in figures["new_cases"]]
    return figures


@api.get("/statistics/{year}", response=YearOut, url_name="statistics_year")
def statistics_year(request, year: int):
    """A year in numbers. A year answers when at least one public prisoner was arrested,
    sentenced or released in it; any other year is a 404."""
    if not 1 <= year <= 9999:
        raise Http404
    figures = statistics.public_annual(year)
    if not (figures["arrests"] or figures["verdicts"] or figures["releases"]):
        raise Http404
    return figures
