"""CSV files of the open data (the same public fields as the API) and the page describing them."""

import csv
import datetime

from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe
from modeltranslation.utils import get_translation_fields

from reports import open_data, statistics

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BREAKDOWNS = ["by_status", "by_category", "by_arrest_year", "by_article", "by_region"]


@require_safe
def open_data_page(request):
    return render(request, "reports/open_data.html", {"as_of": timezone.localdate()})


@require_safe
def prisoners_csv(request):
    url_of = open_data.prisoner_urls(request)

    def rows():
        for prisoner in open_data.prisoners().iterator(chunk_size=1000):
            row = open_data.prisoner_row(prisoner, url_of)
            row["articles"] = ";".join(row["articles"])
            yield [row[field] for field in open_data.PRISONER_FIELDS]
    return _csv_response("prisoners", open_data.PRISONER_FIELDS, rows())


@require_safe
def facilities_csv(request):
    header = ["id", *get_translation_fields("name"), "kind", "region", "postal_address",
              "prisoner_count"]
    rows = ([facility.pk, *_translations(facility, "name"), facility.kind, facility.region.code,
             facility.postal_address, facility.prisoner_count]
            for facility in open_data.facilities())
    return _csv_response("facilities", header, rows)


@require_safe
def articles_csv(request):
    header = ["number", *get_translation_fields("title"), "prisoner_count"]
    rows = ([article.number, *_translations(article, "title"), article.prisoner_count]
            for article in open_data.articles())
    return _csv_response("articles", header, rows)


@require_safe
def statistics_csv(request):
    """Every breakdown of the statistics in long format: one line per counted value."""
    figures = statistics.public_overview()
    rows = [["total", "", figures["total"]]]
    rows += [[name, row.code, row.count] for name in BREAKDOWNS for row in figures[name]]
    rows += [["new_cases", f"{month:%Y-%m}", count] for month, count in figures["new_cases"]]
    return _csv_response("statistics", ["breakdown", "code", "count"], rows)


def _translations(obj, field):
    return open_data.translations(obj, field).values()


class _Echo:
    """A file that hands back what is written, so csv.writer can feed a streaming response."""

    def write(self, value):
        return value


def _csv_response(name, header, rows):
    writer = csv.writer(_Echo())
    lines = (writer.writerow([_cell(value) for value in row]) for row in _with_header(header, rows))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def _with_header(header, rows):
    yield header
    yield from rows


def _cell(value):
    """A CSV cell written as in JSON (ISO dates, true/false, empty for null), and text that
    cannot start a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value
