"""Fictional demo activity log and monthly reports for ``seed_demo``."""

import random
from datetime import date

from prisoners.models import Prisoner
from reports import services
from reports.choices import ActivityKind
from reports.models import Activity

FIRST_MONTH = date(2025, 1, 1)
LAST_MONTH = date(2026, 11, 1)
PUBLISHED_FROM = date(2026, 1, 1)

INTRODUCTION = {
    "en": "Thank you to everyone who wrote letters, sent parcels and donated this month.",
    "ru": "Спасибо всем, кто писал письма, отправлял посылки и делал пожертвования в этом "
          "месяце.",
    "de": "Danke an alle, die in diesem Monat Briefe geschrieben, Pakete geschickt und "
          "gespendet haben.",
    "fr": "Merci à toutes celles et ceux qui ont écrit des lettres, envoyé des colis et fait "
          "un don ce mois-ci.",
    "pl": "Dziękujemy wszystkim, którzy w tym miesiącu pisali listy, wysyłali paczki i "
          "wpłacali darowizny.",
}
CLOSING = {
    "en": "Support continues: every letter and every euro counts.",
    "ru": "Поддержка продолжается: важны каждое письмо и каждый евро.",
    "de": "Die Unterstützung geht weiter: Jeder Brief und jeder Euro zählt.",
    "fr": "Le soutien continue : chaque lettre et chaque euro comptent.",
    "pl": "Wsparcie trwa nadal: liczy się każdy list i każde euro.",
}


def seed_reports():
    """Create the demo log and reports once; returns how many rows were created."""
    if Activity.objects.exists():
        return 0
    prisoners = list(Prisoner.objects.exclude(slug__startswith="bench-")
                     .select_related("facility").order_by("slug"))
    rng = random.Random(2026)
    rows = 0
    month = FIRST_MONTH
    while month <= LAST_MONTH:
        rows += _month(month, prisoners, rng)
        if month >= PUBLISHED_FROM:
            report = services.report_draft(month=month)
            for code in INTRODUCTION:
                setattr(report, f"introduction_{code}", INTRODUCTION[code])
                setattr(report, f"closing_{code}", CLOSING[code])
            report.save()
            services.report_publish(report=report)
            rows += 1
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return rows


def _month(month, prisoners, rng):
    with_facility = [prisoner for prisoner in prisoners if prisoner.facility_id]
    found = rng.sample(with_facility, rng.randint(1, 7))
    for prisoner in found:
        services.activity_record(kind=ActivityKind.WHEREABOUTS_IDENTIFIED,
                                 date=month.replace(day=rng.randint(1, 28)),
                                 prisoners=[prisoner], facility=prisoner.facility,
                                 note="Demo: letter from the colony confirmed the address")
    services.activity_record(kind=ActivityKind.FIRST_LAWYER_VISIT,
                             date=month.replace(day=rng.randint(1, 28)),
                             prisoners=rng.sample(prisoners, rng.randint(1, 7)),
                             note="Demo: lawyer's first visit")
    services.activity_record(kind=ActivityKind.ONGOING_SUPPORT,
                             date=month.replace(day=rng.randint(1, 28)),
                             prisoners=rng.sample(prisoners, rng.randint(8, 14)),
                             note="Demo: parcels and letters")
    publications = rng.randint(0, 3)
    for _ in range(publications):
        services.activity_record(kind=ActivityKind.PUBLICATION,
                                 date=month.replace(day=rng.randint(1, 28)),
                                 prisoners=rng.sample(prisoners, 1), note="Demo: article")
    return len(found) + 2 + publications
