#!/usr/bin/env python
"""Time the public pages and the admin's prisoner list on the current database.

Run after `manage.py seed_demo --prisoners 100000` (or 10000). Prints the data size, the
machine, and for each page the server time (the Django test client through every middleware,
no network) in three states:

- warm: the page cache holds the answer (publiccache.middleware);
- cold: the page is not cached (a query string never asked before), the figures kept until the
  public data changes (publiccache.memo) are -- what most uncached requests find;
- changed: nothing is cached at all, as on the first request after a change of the data.

Then the EXPLAIN (ANALYZE) of the key queries, to show which indexes they use.
Not a test: numbers depend on the machine; compare runs on the same one. Run it twice.
"""

import itertools
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from accounts import roles  # noqa: E402
from accounts.models import User  # noqa: E402
from funds.models import Expense, Income  # noqa: E402
from prisoners import selectors  # noqa: E402
from prisoners.models import Prisoner  # noqa: E402
from reports.models import MonthlyReport  # noqa: E402

ROUNDS = 20
CHANGED_ROUNDS = 5
_unique = itertools.count()


def machine():
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    version = connection.cursor().connection.info.server_version
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"{memory:.0f} GiB, Python {platform.python_version()}, "
            f"PostgreSQL {version // 10000}.{version % 100}")


def fresh(path):
    """The same page under a query string never asked before: the page cache misses."""
    return f"{path}{'&' if '?' in path else '?'}bench={next(_unique)}"


def get(client, path):
    """Server time in ms and the number of queries of one request."""
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = client.get(path)
        if response.streaming:  # a CSV file is produced while it is read
            b"".join(response.streaming_content)
        elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed, len(queries)


def measure(client, path, rounds, prepare=lambda: None, vary=lambda p: p):
    timings, counts = [], []
    for _ in range(rounds):
        prepare()
        elapsed, count = get(client, vary(path))
        timings.append(elapsed)
        counts.append(count)
    timings.sort()
    p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
    return statistics.median(timings), p95, counts[-1]


def report_pages():
    latest = MonthlyReport.objects.public().first()
    return [latest.get_absolute_url(), "/en/reports/feed/"] if latest else []


def public_pages(public):
    demo = public.order_by("pk").values_list("slug", flat=True).first()
    typical = public.filter(slug__startswith="bench-").order_by("-pk").values_list(
        "slug", flat=True).first() or demo
    return ["/en/", "/en/prisoners/", "/en/prisoners/?page=50", "/en/prisoners/?page=2000",
            "/ru/prisoners/?q=Schutschkow", "/en/prisoners/?q=ivanov",
            "/de/prisoners/?status=serving_sentence&category=anti_war",
            f"/fr/prisoners/{demo}/", f"/fr/prisoners/{typical}/", "/en/donate/",
            "/en/campaigns/", "/de/transparency/", "/en/transparency/2025.csv",
            "/en/statistics/", "/ru/statistics/2024/", *report_pages(),
            "/api/v1/prisoners?page=20", "/api/v1/statistics", "/open-data/prisoners.csv"]


def print_pages(client, paths):
    print(f"{'page':<56} {'warm':>6} {'cold':>6} {'p95':>6} {'q':>3} {'changed':>8}")
    for path in paths:
        client.get(path)  # warm connections, the page cache and the kept figures
        warm, _, _ = measure(client, path, ROUNDS)
        cold, p95, queries = measure(client, path, ROUNDS, vary=fresh)
        rounds = 1 if path.endswith("prisoners.csv") else CHANGED_ROUNDS
        changed, _, _ = measure(client, path, rounds, prepare=cache.clear, vary=fresh)
        print(f"{path:<56} {warm:>6.1f} {cold:>6.1f} {p95:>6.1f} {queries:>3} {changed:>8.1f}")


def print_admin():
    """The admin's prisoner list as a coordinator (always rendered: staff pass the cache)."""
    settings.STAFF_REQUIRE_2FA = False
    coordinator = User.objects.filter(groups__name=roles.COORDINATOR, is_active=True).first()
    if coordinator is None:
        return
    client = Client()
    client.force_login(coordinator)
    print(f"\nadmin as coordinator {coordinator.username!r}"
          f"{'':<23} {'median':>6} {'p95':>6} {'q':>3}")
    changelist = reverse("admin:prisoners_prisoner_changelist")
    for path in [changelist, f"{changelist}?p=100", f"{changelist}?q=ivanov",
                 f"{changelist}?visible=yes"]:
        client.get(path)
        median, p95, queries = measure(client, path, ROUNDS // 2)
        print(f"{path:<56} {median:>6.1f} {p95:>6.1f} {queries:>3}")


def key_queries(slug):
    """The queries that decide the cold pages at scale, as the pages build them."""
    with translation.override("en"):
        search = selectors.prisoner_search(query="ivanov")
        return {
            "list, first page": selectors.prisoner_search()[:24],
            "search 'ivanov': a page": search[:24],
            "search 'ivanov': its count": search.order_by(),
            "search 'Schutschkow': a page": selectors.prisoner_search(query="Schutschkow")[:24],
            "home: recently arrested": selectors.prisoner_cards().order_by(
                "-arrested_on", "pk")[:6],
            "prisoner page: the prisoner": selectors.public_prisoners().annotate(
                **selectors.linked_sections()).filter(slug=slug),
            "admin list, first page": Prisoner.objects.select_related(
                "region", "facility").order_by("full_name_latin", "-pk")[:50],
        }


def print_explains(slug):
    for label, queryset in key_queries(slug).items():
        print(f"\n-- EXPLAIN (ANALYZE) {label}")
        if label.endswith("count"):
            sql, params = queryset.query.sql_with_params()
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE) SELECT COUNT(*) FROM ({sql}) AS found",
                               params)
                plan = "\n".join(row[0] for row in cursor.fetchall())
        else:
            plan = queryset.explain(analyze=True)
        print(plan)


def main():
    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    # Serve static URLs without a collectstatic manifest (not what is being measured).
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    settings.PUBLIC_CACHE = True
    public = Prisoner.objects.public()
    if not public.exists():
        sys.exit("No public prisoners: run `manage.py seed_demo --prisoners 10000` first.")
    print(f"data: {Prisoner.objects.count():,} prisoners, {public.count():,} public; "
          f"ledger: {Income.objects.count():,} incomes, {Expense.objects.count():,} expenses")
    print(f"machine: {machine()}")
    print(f"server time in ms, median of {ROUNDS} (changed: of {CHANGED_ROUNDS}); "
          "q = queries of a cold request")
    print_pages(Client(), public_pages(public))
    print_admin()
    if "--no-explain" not in sys.argv:
        print_explains(public.order_by("pk").values_list("slug", flat=True).first())


if __name__ == "__main__":
    main()
