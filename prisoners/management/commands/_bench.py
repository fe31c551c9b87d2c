"""Generated prisoners for benchmarks, written with COPY in batches."""


from django.contrib.postgres.indexes import GinIndex
from django.db import connection, transaction
from django.utils.text import slugify

from prisoners import demo_data as demo
from prisoners.choices import (
    Category,
    FacilityKind,
    SentenceKind,
    Status,
)
from prisoners.management.commands._records import (
    PUBLIC_WEIGHTS,
    Copier,
    event_values,
    next_ids,
    plan_case,
    prisoner_values,
    standing_records,
)
from prisoners.models import (
    CaseEvent,
    Consent,
    Prisoner,
    Recognition,
)
from prisoners.search import search_names_for, transliterate

BENCH_PREFIX = "bench-"

STATUS_WEIGHTS = {
    Status.PRETRIAL_DETENTION: 15, Status.HOUSE_ARREST: 5, Status.RESTRICTED: 5,
    Status.SENTENCED: 8, Status.SERVING_SENTENCE: 42, Status.COMPULSORY_TREATMENT: 2,
    Status.RELEASED: 14, Status.EMIGRATED: 6, Status.DIED_IN_CUSTODY: 3,
}
CATEGORY_WEIGHTS = {
    Category.ANTI_WAR: 40, Category.RELIGIOUS: 12, Category.CIVIC_ACTIVISM: 8,
    Category.JOURNALISM: 5, Category.OPPOSITION: 8, Category.UKRAINE: 15, Category.LGBTQ: 3,
    Category.OTHER: 9,
}
COLONIES = ("ik6-vla", "ik11-niz", "ik15-ba", "ik1-kha")
PRETRIAL_FACILITIES = {spec.region: key for key, spec in demo.FACILITIES.items()
                       if spec.kind in (FacilityKind.SIZO, FacilityKind.IVS)}


def latin_word(word):
    return transliterate(word.lower(), "en").capitalize()


def bench_term(rng, status, gender):
    if status in (Status.PRETRIAL_DETENTION, Status.HOUSE_ARREST, Status.RESTRICTED):
        return None
    if status == Status.COMPULSORY_TREATMENT:
        return (SentenceKind.COMPULSORY_TREATMENT, 0, 0)
    if status in (Status.RELEASED, Status.EMIGRATED):
        return rng.choice(((SentenceKind.SUSPENDED, rng.randint(1, 4), 0),
                           (SentenceKind.FINE, 0, 0), (SentenceKind.FORCED_LABOUR, 1, 6),
                           (SentenceKind.GENERAL_REGIME, rng.randint(1, 3), rng.choice((0, 6))),
                           (SentenceKind.COLONY_SETTLEMENT, 1, 6)))
    kinds = (SentenceKind.GENERAL_REGIME, SentenceKind.STRICT_REGIME, SentenceKind.PRISON,
             SentenceKind.COLONY_SETTLEMENT)
    kind = (SentenceKind.GENERAL_REGIME if gender == demo.FEMALE
            else rng.choices(kinds, (60, 28, 5, 7))[0])
    years = rng.randint(2, 4) if kind == SentenceKind.COLONY_SETTLEMENT else rng.randint(3, 16)
    return (kind, years, rng.choice((0, 0, 6)))


def bench_facility(rng, status, term, gender, region):
    if status in (Status.PRETRIAL_DETENTION, Status.SENTENCED):  # a SIZO, in the region if any
        return PRETRIAL_FACILITIES.get(region) or rng.choice(tuple(PRETRIAL_FACILITIES.values()))
    if status == Status.COMPULSORY_TREATMENT:
        return "pb-nvs"
    if status not in (Status.SERVING_SENTENCE, Status.DIED_IN_CUSTODY):
        return None
    if term[0] == SentenceKind.PRISON:
        return "t2-vla"
    if term[0] == SentenceKind.COLONY_SETTLEMENT:
        return "kp26-per"
    return "ik2-mo" if gender == demo.FEMALE else rng.choice(COLONIES)


def bench_person(rng, index, region_codes):
    gender = demo.FEMALE if rng.random() < 0.3 else demo.MALE
    female = gender == demo.FEMALE
    surname = rng.choice(demo.SURNAMES)
    surname = demo.feminine_surname(surname) if female else surname
    first = rng.choice(demo.FEMALE_NAMES if female else demo.MALE_NAMES)
    patronymic = rng.choice(demo.PATRONYMICS)[female]
    latin = f"{latin_word(first)} {latin_word(surname)}"
    status = rng.choices(tuple(STATUS_WEIGHTS), tuple(STATUS_WEIGHTS.values()))[0]
    category = rng.choices(tuple(CATEGORY_WEIGHTS), tuple(CATEGORY_WEIGHTS.values()))[0]
    pool = demo.CATEGORY_ARTICLES[category]
    articles = tuple(sorted(rng.sample(pool, min(len(pool), rng.choice((1, 1, 2))))))
    term = bench_term(rng, status, gender)
    region = "UA-43" if category == Category.UKRAINE else rng.choice(region_codes)
    return demo.Person(
        slug=f"{BENCH_PREFIX}{index:06d}-{slugify(latin)}", name=f"{surname} {first} {patronymic}",
        dative="", latin=latin, gender=gender, born=rng.randint(1950, 2005),
        region=region, category=category, status=status, articles=articles, term=term,
        facility=bench_facility(rng, status, term, gender, region),
        standing=rng.choices(tuple(PUBLIC_WEIGHTS), tuple(PUBLIC_WEIGHTS.values()))[0],
        job=rng.randrange(len(demo.JOBS)))



def refresh_statistics():
    """After a bulk load: merge the search index's pending entries and refresh the planner's
    statistics, so benchmarks run right away see the tables as they are."""
    tables = [model._meta.db_table for model in (Prisoner, Prisoner.articles.through, CaseEvent,
                                                   Recognition, Consent)]
    gin_indexes = [index.name for index in Prisoner._meta.indexes if isinstance(index, GinIndex)]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for name in gin_indexes:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])
        cursor.execute(f"ANALYZE {', '.join(quote(table) for table in tables)}")


class BenchBatch:
    """One transaction's worth of generated prisoners and their rows, written with COPY."""

    def __init__(self, rng, refs):
        self.rng = rng
        self.refs = refs
        self.region_codes = sorted(demo.REGIONS)

    @transaction.atomic
    def create(self, first_index, size):
        ids = next_ids(Prisoner, size)
        prisoners, links, events, recognitions, consents = [], [], [], [], []
        for prisoner_id, index in zip(ids, range(first_index, first_index + size), strict=True):
            person = bench_person(self.rng, index, self.region_codes)
            plan = plan_case(person, self.rng)
            ctxs = demo.contexts(person, plan.timeline)
            prisoners.append(self.prisoner_row(prisoner_id, person, plan, ctxs))
            links += [{"prisoner_id": prisoner_id, "article_id": self.refs.articles[number].pk}
                      for number in person.articles]
            events += self.event_rows(prisoner_id, person, plan, ctxs)
            made = standing_records(prisoner_id, person, plan, self.rng, self.refs.coordinator)
            recognitions += made[0]
            consents += made[1]
        Copier(Prisoner, with_pk=True).write(prisoners)
        Copier(Prisoner.articles.through).write(links)
        Copier(CaseEvent).write(events)
        Copier(Recognition).write(recognitions)
        Copier(Consent).write(consents)

    @staticmethod
    def event_rows(prisoner_id, person, plan, ctxs):
        """A few events each: detained, charged and the latest one."""
        rows = event_values(prisoner_id, person, plan.events[:2] + plan.events[-1:], ctxs)
        for row in rows:
            row["description"] = row["description_en"]  # as modeltranslation would store it
        return rows

    def prisoner_row(self, prisoner_id, person, plan, ctxs):
        summary, biography = demo.short_summary(person, ctxs), demo.short_biography(person, ctxs)
        return {
            **prisoner_values(person, plan, (summary, biography), self.refs),
            "id": prisoner_id,
            # What save() and modeltranslation would have filled in.
            "search_names": search_names_for(person.name, person.latin),
            "case_summary": summary["en"], "biography": biography["en"],
            "is_published": person.standing == demo.PUBLIC,
        }
