#!/usr/bin/env python
"""Time the public pages on the current database and print the numbers.

Run after `manage.py seed_demo --prisoners 100000` (or 10000). Prints the data size, the
machine, and for each page the median and 95th-percentile time and the number of SQL queries.
Not a test: numbers depend on the machine; compare runs on the same one.
"""

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
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from funds.models import Expense, Income  # noqa: E402
from prisoners.models import Prisoner  # noqa: E402
from reports.models import MonthlyReport  # noqa: E402

ROUNDS = 20


def machine():
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    version = connection.cursor().connection.info.server_version
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"{memory:.0f} GiB, Python {platform.python_version()}, "
            f"PostgreSQL {version // 10000}.{version % 100}")


def measure(client, path):
    client.get(path)  # warm caches and connections
    timings = []
    for _ in range(ROUNDS):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(path)
            if response.streaming:  # a CSV file is produced while it is read
                b"".join(response.streaming_content)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def report_pages():
    latest = MonthlyReport.objects.public().first()
    return [latest.get_absolute_url(), "/en/reports/feed/"] if latest else []


def main():
    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    # Serve static URLs without a collectstatic manifest (not what is being measured).
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    public = Prisoner.objects.public()
    sample = public.order_by("pk").values_list("slug", flat=True).first()
    if not sample:
        sys.exit("No public prisoners: run `manage.py seed_demo --prisoners 10000` first.")
    print(f"data: {Prisoner.objects.count():,} prisoners, {public.count():,} public; "
          f"ledger: {Income.objects.count():,} incomes, {Expense.objects.count():,} expenses")
    print(f"machine: {machine()}")
    print(f"{'page':<48} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    client = Client()
    for path in ["/en/", "/en/prisoners/", "/en/prisoners/?page=50",
                 "/ru/prisoners/?q=Schutschkow", "/en/prisoners/?q=ivanov",
                 "/de/prisoners/?status=serving_sentence&category=anti_war",
                 f"/fr/prisoners/{sample}/", "/en/donate/", "/en/campaigns/",
                 "/de/transparency/", "/en/transparency/2025.csv",
                 "/en/statistics/", "/ru/statistics/2024/", *report_pages(),
                 "/api/v1/prisoners?page=20", "/api/v1/statistics",
                 "/open-data/prisoners.csv"]:
        median, p95, queries = measure(client, path)
        print(f"{path:<48} {median:>10.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
