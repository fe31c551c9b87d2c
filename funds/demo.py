"""Fictional demo bookkeeping for ``seed_demo``: campaigns, two years of income and spending,
and payment details. Amounts are invented; the bank details are obviously fake."""

import random
from datetime import date
from decimal import Decimal

from funds import services
from funds.choices import CampaignStatus, Channel, ExpenseCategory
from funds.models import Campaign, PaymentMethod
from prisoners.models import Prisoner

FIRST_MONTH = date(2025, 1, 1)
LAST_MONTH = date(2026, 11, 1)
LAWYER_VISIT = Decimal("685.00")
TECHNICAL = Decimal("45.00")


def translated(name, texts):
    return {f"{name}_{code}": text for code, text in texts.items()}


CAMPAIGNS = [
    {"slug": "lawyer-for-ivan-zhuchkov", "prisoner": "ivan-zhuchkov",
     "target_amount": Decimal("4700.00"), "starts_on": date(2026, 9, 1),
     "status": CampaignStatus.OPEN, "is_public": True,
     **translated("title", {"en": "A lawyer for Ivan Zhuchkov", "ru": "Адвокат для Ивана Жучкова",
                            "de": "Ein Anwalt für Iwan Schutschkow",
                            "fr": "Un avocat pour Ivan Joutchkov",
                            "pl": "Iwan Żuczkow potrzebuje adwokata"}),
     **translated("purpose", {
         "en": "Ivan's appeal will be heard this winter. The money pays an independent lawyer "
               "for the appeal hearing and for regular visits to the colony.",
         "ru": "Апелляцию Ивана рассмотрят этой зимой. Деньги пойдут на оплату независимого "
               "адвоката на апелляции и на регулярные визиты в колонию.",
         "de": "Über Iwans Berufung wird diesen Winter verhandelt. Das Geld bezahlt einen "
               "unabhängigen Anwalt für die Berufungsverhandlung und regelmäßige Besuche in der "
               "Kolonie.",
         "fr": "L'appel d'Ivan sera examiné cet hiver. L'argent paie un avocat indépendant pour "
               "l'audience d'appel et des visites régulières dans la colonie.",
         "pl": "Apelacja Iwana zostanie rozpatrzona tej zimy. Zebrane pieniądze pokryją "
               "honorarium niezależnego adwokata za udział w rozprawie apelacyjnej i regularne "
               "wizyty w kolonii karnej."})},
    {"slug": "winter-parcels-2026", "prisoner": None, "target_amount": Decimal("3000.00"),
     "starts_on": date(2026, 10, 1), "status": CampaignStatus.OPEN, "is_public": True,
     **translated("title", {"en": "Warm clothes and parcels for winter",
                            "ru": "Тёплые вещи и посылки на зиму",
                            "de": "Warme Kleidung und Pakete für den Winter",
                            "fr": "Vêtements chauds et colis pour l'hiver",
                            "pl": "Ciepłe ubrania i paczki na zimę"}),
     **translated("purpose", {
         "en": "Thermal underwear, socks, tea and vitamins for prisoners in northern colonies.",
         "ru": "Термобельё, носки, чай и витамины для заключённых в северных колониях.",
         "de": "Thermounterwäsche, Socken, Tee und Vitamine für Gefangene in nördlichen Kolonien.",
         "fr": "Sous-vêtements thermiques, chaussettes, thé et vitamines pour les prisonniers "
               "des colonies du Nord.",
         "pl": "Bielizna termoaktywna, skarpety, herbata i witaminy dla więźniów w koloniach "
               "karnych na północy."})},
    {"slug": "first-lawyer-visits-2025", "prisoner": None, "target_amount": Decimal("5480.00"),
     "starts_on": date(2025, 3, 1), "ends_on": date(2025, 8, 31),
     "status": CampaignStatus.CLOSED, "is_public": True,
     **translated("title", {"en": "First lawyer visits for eight prisoners",
                            "ru": "Первые визиты адвоката к восьми заключённым",
                            "de": "Erste Anwaltsbesuche für acht Gefangene",
                            "fr": "Premières visites d'avocat pour huit prisonniers",
                            "pl": "Pierwsze wizyty adwokata u ośmiu więźniów"})},
    {"slug": "internal-bail-fund", "prisoner": "bair-tsyrenov",
     "target_amount": Decimal("2000.00"), "starts_on": date(2026, 6, 1),
     "status": CampaignStatus.OPEN, "is_public": False,
     **translated("title", {"en": "Defence fund (not public)"})},
]

PAYMENT_METHODS = [
    {"position": 1, "link": "",
     **translated("name", {"en": "Bank transfer (SEPA)", "ru": "Банковский перевод (SEPA)",
                           "de": "Banküberweisung (SEPA)", "fr": "Virement bancaire (SEPA)",
                           "pl": "Przelew bankowy (SEPA)"}),
     **translated("details", {
         code: f"{holder}: Demo Coalition e.V.\nIBAN: DE00 0000 0000 0000 0000 00\n"
               f"BIC: DEMODEXXXXX\n{reference}: {word}"
         for code, holder, reference, word in [
             ("en", "Account holder", "Reference", "Donation"),
             ("ru", "Получатель", "Назначение платежа", "Spende"),
             ("de", "Kontoinhaber", "Verwendungszweck", "Spende"),
             ("fr", "Titulaire", "Référence", "Don"),
             ("pl", "Odbiorca", "Tytuł przelewu", "Darowizna")]})},
    {"position": 2, "link": "https://www.paypal.com/donate/?hosted_button_id=DEMO",
     **translated("name", {"en": "PayPal", "ru": "PayPal", "de": "PayPal", "fr": "PayPal",
                           "pl": "PayPal"}),
     **translated("details", {"en": "donations@example.org", "ru": "donations@example.org",
                              "de": "donations@example.org", "fr": "donations@example.org",
                              "pl": "donations@example.org"})},
]

PUBLIC_LINES = {
    ExpenseCategory.LAWYER_INITIAL_VISIT: {
        "en": "First lawyer visit in a pre-trial detention centre",
        "ru": "Первый визит адвоката в СИЗО",
        "de": "Erster Anwaltsbesuch in einer Untersuchungshaftanstalt",
        "fr": "Première visite d'avocat dans un centre de détention provisoire",
        "pl": "Pierwsza wizyta adwokata w areszcie śledczym"},
    ExpenseCategory.PARCELS_LETTERS: {
        "en": "Parcel with warm clothes and food", "ru": "Посылка с тёплой одеждой и едой",
        "de": "Paket mit warmer Kleidung und Lebensmitteln",
        "fr": "Colis de vêtements chauds et de nourriture",
        "pl": "Paczka z ciepłą odzieżą i żywnością"},
}


def seed_funds():
    """Create the demo ledger once; returns how many rows were created (0 when present)."""
    if Campaign.objects.filter(slug=CAMPAIGNS[0]["slug"]).exists():
        return 0
    campaigns = {spec["slug"]: _campaign(spec) for spec in CAMPAIGNS}
    for spec in PAYMENT_METHODS:
        PaymentMethod.objects.create(is_published=True, **spec)
    rng = random.Random(2026)
    rows = len(campaigns) + len(PAYMENT_METHODS)
    month = FIRST_MONTH
    while month <= LAST_MONTH:
        rows += _month(month, campaigns, rng)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return rows


def _campaign(spec):
    spec = dict(spec)
    slug = spec.pop("prisoner")
    prisoner = Prisoner.objects.filter(slug=slug).first() if slug else None
    return Campaign.objects.create(prisoner=prisoner, **spec)


def _month(month, campaigns, rng):
    open_campaigns = [c for c in campaigns.values()
                      if c.starts_on <= month and (not c.ends_on or c.ends_on >= month)]
    rows = 0
    for _ in range(rng.randint(12, 24)):
        campaign = rng.choice([None, None, *open_campaigns])
        named = rng.random() < 0.1
        currency = rng.choice(["EUR"] * 8 + ["USD", "GBP"])
        amount = Decimal(rng.choice([10, 20, 25, 30, 50, 50, 100, 150, 200, 300]))
        euro_value = {"EUR": amount, "USD": amount * Decimal("0.92"),
                      "GBP": amount * Decimal("1.17")}[currency].quantize(Decimal("0.01"))
        services.income_record(
            date=month.replace(day=rng.randint(1, 28)), amount=amount, currency=currency,
            amount_eur=None if currency == "EUR" else euro_value,
            channel=rng.choice(list(Channel)), campaign=campaign,
            donor_may_be_named=named, donor_name=rng.choice(["Anna K.", "Tom B.", "Marie L."])
            if named else "", note="Demo donation")
        rows += 1
    for category, amount, count in [
        (ExpenseCategory.LAWYER_INITIAL_VISIT, LAWYER_VISIT, rng.randint(1, 5)),
        (ExpenseCategory.LAWYER_DEFENCE, Decimal(rng.choice([0, 0, 900, 1500])), 1),
        (ExpenseCategory.PARCELS_LETTERS, Decimal(rng.randint(60, 160)), rng.randint(2, 5)),
        (ExpenseCategory.PRISON_ACCOUNT, Decimal(50), rng.randint(1, 6)),
        (ExpenseCategory.TRAVEL, Decimal(rng.choice([0, 0, 0, 240])), 1),
        (ExpenseCategory.TECHNICAL, TECHNICAL, 1),
    ]:
        for number in range(count if amount else 0):
            lines = PUBLIC_LINES.get(category, {}) if number == 0 else {}
            services.expense_record(
                date=month.replace(day=rng.randint(1, 28)), amount=amount, category=category,
                description=f"Demo: {category.label}",
                **translated("public_description", lines))
            rows += 1
    return rows


BENCH_NOTE = "bench"


def seed_bench_ledger(target, *, seed=2026, batch_size=5000):
    """Top the ledger up to ``target`` generated incomes and as many expenses (benchmarks),
    spread over 2024-2026; returns how many rows were added."""
    from funds.models import Expense, Income

    rng = random.Random(seed)
    missing = max(0, target - Income.objects.filter(note=BENCH_NOTE).count())
    categories = list(ExpenseCategory)
    channels = list(Channel)
    for start in range(0, missing, batch_size):
        size = min(batch_size, missing - start)
        days = [date(rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))
                for _ in range(size)]
        amounts = [Decimal(rng.randint(100, 50000)) / 100 for _ in range(size)]
        # bulk_create skips save(): euro rows get their euro value here.
        Income.objects.bulk_create(
            Income(date=day, amount=amount, amount_eur=amount, channel=rng.choice(channels),
                   note=BENCH_NOTE) for day, amount in zip(days, amounts, strict=True))
        Expense.objects.bulk_create(
            Expense(date=day, amount=amount, amount_eur=amount, category=rng.choice(categories),
                    description=BENCH_NOTE) for day, amount in zip(days, amounts, strict=True))
    return 2 * missing
