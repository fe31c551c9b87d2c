"""Fill the database with fictional demo data, or with a large generated set for benchmarks.

``manage.py seed_demo`` creates about forty invented prisoners (with timelines, recognition
decisions, consents, private contacts, notes, risk flags and placeholder portraits), the
facilities they are held in, and three demo staff logins. ``--prisoners N`` also tops the
database up to N generated prisoners whose slugs start with "bench-".

Both are idempotent: everything is keyed on slugs, codes and usernames, and nothing that
already exists is changed (except the demo users' passwords, reset when they differ).
"""

import io
import random
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.postgres.indexes import GinIndex
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from accounts import roles
from accounts.models import User
from prisoners import demo_data as demo
from prisoners.choices import (
    Category,
    ConsentGiver,
    ConsentScope,
    ContactKind,
    EventKind,
    FacilityKind,
    ProposerKind,
    RecognitionStatus,
    SentenceKind,
    Status,
)
from prisoners.images import sanitize_photo
from prisoners.models import (
    Article,
    CaseEvent,
    Consent,
    Facility,
    InternalNote,
    Prisoner,
    PrisonerContact,
    Recognition,
    Region,
    RiskFlag,
)
from prisoners.search import search_names_for, transliterate
from prisoners.services import prisoner_publish, prisoner_set_photo

ADMIN_URL = "http://127.0.0.1:8000/admin/"
DEMO_USERS = (
    ("coordinator", roles.COORDINATOR, "demo-coordinator-2026",
     "registry, recognition, consents and private data"),
    ("editor", roles.EDITOR, "demo-editor-2026", "public texts and translations"),
    ("finance", roles.FINANCE, "demo-finance-2026", "looks prisoners up, nothing private"),
)
CREATED_ORDER = ("users", "regions", "articles", "facilities", "prisoners", "case events",
                 "recognitions", "consents", "private contacts", "internal notes", "risk flags",
                 "photos", "benchmark prisoners")
BENCH_PREFIX = "bench-"
BENCH_MAX = 999_999
BATCH_SIZE = 2000

# --- Timelines -------------------------------------------------------------------------------

LATEST = date(2026, 10, 31)  # the last day anything in the demo "has happened"
UPCOMING = (date(2026, 12, 1), date(2026, 12, 22))  # hearings still to come
EARLIEST_ARREST = {
    Category.ANTI_WAR: date(2022, 3, 1),   # the "fakes" and "discrediting" articles
    Category.JOURNALISM: date(2022, 3, 1),
    Category.UKRAINE: date(2022, 3, 1),
    Category.OTHER: date(2022, 3, 1),
    Category.OPPOSITION: date(2021, 7, 1),  # the movement was declared "extremist"
    Category.LGBTQ: date(2024, 1, 1),      # the "LGBT movement" was declared "extremist"
    Category.RELIGIOUS: date(2019, 1, 1),
    Category.CIVIC_ACTIVISM: date(2019, 1, 1),
}
ARREST_WINDOWS = {
    Status.PRETRIAL_DETENTION: (date(2025, 9, 1), date(2026, 8, 31)),
    Status.HOUSE_ARREST: (date(2025, 3, 1), date(2026, 6, 30)),
    Status.RESTRICTED: (date(2025, 3, 1), date(2026, 6, 30)),
    Status.SENTENCED: (date(2024, 10, 1), date(2025, 9, 30)),
    Status.SERVING_SENTENCE: (date(2019, 1, 1), date(2024, 9, 30)),
    Status.COMPULSORY_TREATMENT: (date(2019, 1, 1), date(2024, 6, 30)),
    Status.RELEASED: (date(2019, 1, 1), date(2024, 9, 30)),
    Status.EMIGRATED: (date(2019, 1, 1), date(2024, 6, 30)),
    Status.DIED_IN_CUSTODY: (date(2019, 1, 1), date(2023, 12, 31)),
}
CHARGE_PHRASES = {
    Status.HOUSE_ARREST: "ev_charged_house",
    Status.RESTRICTED: "ev_charged_restricted",
}
MAX_EVENTS = 6


@dataclass
class Plan:
    """A prisoner's dates and case events (date, kind, phrase key, public?)."""

    timeline: demo.Timeline
    birth_date: date
    verdict_on: date | None = None
    events: list = field(default_factory=list)


def add_months(day, months):
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))


def later(rng, day, low, high):
    """A day roughly ``low`` to ``high`` months after ``day``."""
    return day + timedelta(days=rng.randint(low * 30, high * 30))


def between(rng, start, end):
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def past(day):
    """Clamp a date that must already have happened."""
    return min(day, LATEST, timezone.localdate())


def custodial_months(person):
    if not person.term or person.term[0] not in demo.CUSTODIAL:
        return 0
    return person.term[1] * 12 + person.term[2]


def arrest_date(rng, person):
    start, end = ARREST_WINDOWS[person.status]
    start = max(start, EARLIEST_ARREST[person.category])
    months = custodial_months(person)
    if person.status == Status.SERVING_SENTENCE:  # still inside when the demo "ends"
        start = max(start, add_months(LATEST, 2 - months))
    if person.status in (Status.RELEASED, Status.EMIGRATED) and months:
        end = min(end, add_months(LATEST, -2 - months))
    return between(rng, start, end)


def plan_case(person, rng):
    arrested = arrest_date(rng, person)
    plan = Plan(timeline=demo.Timeline(arrested), birth_date=date(person.born, rng.randint(1, 12),
                                                                   rng.randint(1, 28)))
    charge = CHARGE_PHRASES.get(person.status, "ev_charged_custody")
    plan.events = [(arrested, EventKind.DETAINED, "ev_detained", True),
                   (arrested + timedelta(days=rng.randint(1, 2)), EventKind.CHARGED, charge, True)]
    if person.term:
        _plan_after_verdict(plan, person, rng)
    else:
        _plan_before_trial(plan, person, rng)
    _maybe_internal_event(plan, person, rng)
    plan.events.sort(key=lambda event: event[0])
    family = 1 if person.status == Status.DIED_IN_CUSTODY else rng.randrange(3)
    hobby = demo.CHOIR if person.category == Category.RELIGIOUS else rng.randrange(4)
    plan.timeline = replace(plan.timeline, family=family, hobby=hobby)
    return plan


def _plan_before_trial(plan, person, rng):
    arrested = plan.timeline.arrested_on
    if person.status == Status.PRETRIAL_DETENTION:
        plan.events.append((past(add_months(arrested, 2)), EventKind.HEARING_SCHEDULED,
                            "ev_extension", True))
    elif person.status == Status.HOUSE_ARREST:
        plan.events.append((past(later(rng, arrested, 3, 5)),
                            EventKind.HEARING_SCHEDULED, "ev_house_extension", True))
    plan.events.append((between(rng, *UPCOMING), EventKind.HEARING_SCHEDULED, "ev_trial", True))


def _plan_after_verdict(plan, person, rng):
    arrested = plan.timeline.arrested_on
    verdict = plan.verdict_on = past(later(rng, arrested, 8, 13))
    events = plan.events
    events.append((verdict, EventKind.VERDICT, "ev_verdict", True))
    status = person.status
    if status == Status.SENTENCED:
        events.append((past(verdict + timedelta(days=rng.randint(10, 20))), EventKind.APPEAL,
                       "ev_appeal_filed", True))
    elif status in (Status.SERVING_SENTENCE, Status.DIED_IN_CUSTODY):
        appeal = past(later(rng, verdict, 3, 5))
        transfer = past(later(rng, appeal, 1, 2))
        events += [(appeal, EventKind.APPEAL, "ev_appeal_upheld", True),
                   (transfer, EventKind.TRANSFER, "ev_transfer", True)]
        if status == Status.DIED_IN_CUSTODY:
            died = past(later(rng, transfer, 8, 20))
            plan.timeline = replace(plan.timeline, died_on=died)
            events.append((died, EventKind.OTHER, "ev_died", True))
    elif status == Status.COMPULSORY_TREATMENT:
        events.append((past(later(rng, verdict, 2, 4)), EventKind.TRANSFER,
                       "ev_transfer", True))
    else:
        _plan_release(plan, person, rng)


def _plan_release(plan, person, rng):
    arrested, verdict = plan.timeline.arrested_on, plan.verdict_on
    months = custodial_months(person)
    release = past(add_months(arrested, months)) if months else verdict
    if release > verdict:
        appeal = min(past(later(rng, verdict, 1, 3)), release)
        plan.events += [(appeal, EventKind.APPEAL, "ev_appeal_upheld", True),
                        (release, EventKind.RELEASED, "ev_released_served", True)]
    else:
        release = verdict
        plan.events.append((release, EventKind.RELEASED, "ev_released_court", True))
    if person.status == Status.EMIGRATED:
        plan.events.append((past(later(rng, release, 1, 3)), EventKind.OTHER,
                            "ev_emigrated", True))
    plan.timeline = replace(plan.timeline, released_on=release)


def _maybe_internal_event(plan, person, rng):
    """About a third of prisoners get an internal event the public page must not show."""
    if rng.random() > 0.35 or len(plan.events) >= MAX_EVENTS:
        return
    arrested = plan.timeline.arrested_on
    day = past(between(rng, arrested + timedelta(days=7), arrested + timedelta(days=200)))
    key = "ev_internal_visit" if person.status in Status.in_custody() else "ev_internal_family"
    plan.events.append((day, EventKind.OTHER, key, False))


# --- Recognition and consent -------------------------------------------------------------

CRITERIA = {
    Category.ANTI_WAR: "ae", Category.RELIGIOUS: "ad", Category.CIVIC_ACTIVISM: "ac",
    Category.JOURNALISM: "ae", Category.OPPOSITION: "abe", Category.UKRAINE: "de",
    Category.LGBTQ: "ad", Category.OTHER: "be",
}
DECLINED_RATIONALE = (
    "The case file and the defendant's own statements describe an attempted arson attack "
    "that endangered people: the violence exclusion is not met. To be reviewed if new "
    "evidence appears.")
REMOVED_RATIONALE = (
    "Removed from the list at the person's own request after release: the family fears "
    "further pressure.")
PUBLIC_WEIGHTS = {  # how generated prisoners stand with the publication rules
    demo.PUBLIC: 70, demo.UNDER_REVIEW: 8, demo.PROPOSED: 4, demo.NO_CONSENT: 8,
    demo.DECLINED: 4, demo.WITHDRAWN: 4, demo.REMOVED: 2,
}


def relative_of(person, rng):
    """(relation, name) of an invented relative who speaks for the prisoner."""
    surname = person.name.split()[0]
    married = rng.random() < 0.5
    if person.gender == demo.MALE and married:
        relation, surname = "wife", demo.feminine_surname(surname)
    elif married:
        relation, surname = "husband", rng.choice(demo.SURNAMES)
    else:
        relation = "mother"
        surname = demo.feminine_surname(surname) if person.gender == demo.MALE else surname
    female = relation != "husband"
    first = rng.choice(demo.FEMALE_NAMES if female else demo.MALE_NAMES)
    patronymic = rng.choice(demo.PATRONYMICS)[female]
    return relation, f"{surname} {first} {patronymic}"


def recognition_rationale(person, criteria):
    reason = demo.REASONS[person.reason_key]["en"]
    listed = [f"3.{letter}" for letter in criteria]
    listed = " and ".join([", ".join(listed[:-1]), listed[-1]] if len(listed) > 1 else listed)
    return (f"Prosecuted {reason}. The case file shows no use of or call for violence. "
            f"Meets criteria {listed} of PACE Resolution 1900.")


def standing_records(prisoner_id, person, plan, rng, coordinator):
    """Field values of the Recognition and Consent rows behind a prisoner's standing."""
    standing = person.standing
    decided = past(plan.timeline.arrested_on + timedelta(days=rng.randint(45, 150)))
    proposal = {"prisoner_id": prisoner_id, "proposed_by_kind": ProposerKind.MEMBER_ORGANISATION,
                "proposed_by_name": rng.choice(demo.PROPOSERS),
                "evidence": "Indictment, court rulings and the lawyer's notes (demo data)."}
    if standing == demo.PROPOSED:
        return [proposal], []
    consent = consent_for(prisoner_id, person, decided, rng)
    if standing == demo.UNDER_REVIEW:
        return [{**proposal, "status": RecognitionStatus.UNDER_REVIEW, "criterion_a": True}], [
            consent]
    if standing == demo.DECLINED:
        return [{**proposal, "status": RecognitionStatus.DECLINED, "decided_on": decided,
                 "rationale": DECLINED_RATIONALE, "decided_by_id": coordinator.pk}], [consent]
    recognitions = [recognised(proposal, person, decided, coordinator)]
    if standing == demo.REMOVED:
        removed_on = past(add_months(plan.timeline.released_on or decided, 1))
        recognitions.append({**proposal, "status": RecognitionStatus.REMOVED,
                             "decided_on": max(removed_on, decided + timedelta(days=1)),
                             "rationale": REMOVED_RATIONALE, "decided_by_id": coordinator.pk})
    if standing == demo.NO_CONSENT:
        return recognitions, []
    if standing == demo.WITHDRAWN:
        consent["withdrawn_on"] = past(consent["given_on"] + timedelta(days=rng.randint(60, 240)))
        consent["note"] = "Withdrawn by the family after pressure from investigators."
    return recognitions, [consent]


def recognised(proposal, person, decided, coordinator):
    criteria = CRITERIA[person.category]
    if custodial_months(person) >= 120:
        criteria = "".join(sorted(set(criteria) | {"c"}))
    return {**proposal, **{f"criterion_{letter}": True for letter in criteria},
            "violence_exclusion_checked": True, "status": RecognitionStatus.RECOGNISED,
            "decided_on": decided, "rationale": recognition_rationale(person, criteria),
            "decided_by_id": coordinator.pk}


def consent_for(prisoner_id, person, decided, rng):
    given_by = rng.choice(ConsentGiver.values)
    name = {ConsentGiver.RELATIVE: relative_of(person, rng)[1],
            ConsentGiver.LAWYER: rng.choice(demo.LAWYERS)}.get(given_by, "")
    scope = ConsentScope.FULL if person.photo else rng.choice(ConsentScope.values)
    note = "Signed statement passed on by the lawyer." if given_by == ConsentGiver.PRISONER else ""
    return {"prisoner_id": prisoner_id, "given_by": given_by, "given_by_name": name,
            "scope": scope, "given_on": past(decided + timedelta(days=rng.randint(3, 30))),
            "note": note}


# --- Building prisoners ------------------------------------------------------------------------

def translated(field_name, texts):
    """{"case_summary_en": ..., "case_summary_ru": ...} from a dict or an (en, ru, de, fr) tuple."""
    if not isinstance(texts, dict):
        texts = dict(zip(demo.LANGUAGES, texts, strict=True))
    return {f"{field_name}_{lang}": texts[lang] for lang in demo.LANGUAGES}


@dataclass
class References:
    regions: dict
    articles: dict
    facilities: dict
    coordinator: User


def prisoner_values(person, plan, texts, refs):
    """A Prisoner's field values; ``texts`` is (case summary, biography), dicts by language."""
    kind, years, months = person.term or ("", None, None)
    facility = refs.facilities.get(person.facility)
    return {
        "slug": person.slug, "full_name_original": person.name, "full_name_latin": person.latin,
        "envelope_name": person.dative, "birth_date": plan.birth_date, "gender": person.gender,
        "region_id": refs.regions[person.region].pk, "status": person.status,
        "category": person.category, "arrested_on": plan.timeline.arrested_on,
        "verdict_on": plan.verdict_on, "released_on": plan.timeline.released_on,
        "sentence_kind": kind, "sentence_years": years or None, "sentence_months": months or None,
        "facility_id": facility.pk if facility else None,
        "can_receive_letters": person.letters and person.status in Status.in_custody(),
        **translated("case_summary", texts[0]),
        **translated("biography", texts[1]),
    }


def event_values(prisoner_id, person, events, ctxs):
    return [{"prisoner_id": prisoner_id, "date": day, "kind": kind, "is_public": is_public,
             **translated("description", demo.event_description(key, person, ctxs))}
            for day, kind, key, is_public in events]


class Copier:
    """Insert rows with PostgreSQL COPY, much faster than INSERT for large batches.

    Rows are dicts of field values (attnames); every field a row leaves out gets the value an
    unsaved instance of the model would save, so model defaults still apply.
    """

    def __init__(self, model, *, with_pk=False):
        template = model()
        self.table = model._meta.db_table
        self.fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
        self.defaults = [(f.attname, f.get_db_prep_save(f.pre_save(template, True), connection))
                         for f in self.fields]

    def write(self, rows):
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in self.fields)
        with connection.cursor() as cursor, cursor.cursor.copy(
                f"COPY {quote(self.table)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.get(name, default) for name, default in self.defaults])


def next_ids(model, count):
    """Reserve ``count`` primary keys from the model's sequence."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count])
        return [row[0] for row in cursor.fetchall()]


# --- Placeholder portraits ----------------------------------------------------------------------

PALETTE = ((52, 84, 122), (122, 62, 72), (58, 110, 90), (140, 104, 50), (88, 70, 130),
           (70, 90, 100))


def portrait_png(initials, seed):
    """An abstract placeholder: coloured shapes and the person's initials. Not a face."""
    rng = random.Random(seed)
    red, green, blue = rng.choice(PALETTE)
    image = Image.new("RGB", (600, 750), (red, green, blue))
    draw = ImageDraw.Draw(image)
    for _ in range(7):
        x, y, radius = rng.randint(-100, 650), rng.randint(-100, 800), rng.randint(60, 260)
        shade = rng.choice((-25, -15, 15, 25))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius),
                     fill=(red + shade, green + shade, blue + shade))
    draw.text((300, 375), initials, font=ImageFont.load_default(size=240), fill="white",
              anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def initials(latin_name):
    return "".join(word[0] for word in latin_name.split()[:2]).upper()


# --- Generated (benchmark) prisoners ------------------------------------------------------------

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


class Command(BaseCommand):
    help = ("Create fictional demo data (idempotent). With --prisoners N, also top the database "
            "up to N generated 'bench-' prisoners for benchmarks.")

    def add_arguments(self, parser):
        parser.add_argument("--prisoners", type=int, metavar="N",
                            help="Top up to N generated benchmark prisoners (slug 'bench-...').")
        parser.add_argument("--seed", type=int, default=2026,
                            help="Random seed for generated prisoners (default 2026).")
        parser.add_argument("--force", action="store_true",
                            help="Run even though the settings look like production.")

    def handle(self, *args, prisoners=None, seed=2026, force=False, **options):
        if getattr(settings, "HTTPS", False) and not force:
            raise CommandError(
                "These settings look like production (HTTPS is on). Demo data comes with demo "
                "logins whose passwords are printed and published; refusing. Use --force on a "
                "machine that is not production.")
        if prisoners is not None and not 0 <= prisoners <= BENCH_MAX:
            raise CommandError(f"--prisoners must be between 0 and {BENCH_MAX:,}.")
        self.created = Counter()
        users = self.seed_users()
        refs = self.seed_references(users["coordinator"])
        self.seed_people(refs)
        self.seed_photos()
        if prisoners is not None:
            self.seed_bench(prisoners, seed, refs)
        self.report()

    # Users and reference data.

    def seed_users(self):
        users = {}
        for username, group_name, password, _ in DEMO_USERS:
            try:
                group = Group.objects.get(name=group_name)
            except Group.DoesNotExist:
                raise CommandError(f"Group {group_name!r} is missing: run migrate first.") from None
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"is_staff": True, "email": f"{username}@example.org",
                          "first_name": "Demo", "last_name": username.capitalize()})
            self.created["users"] += created
            if created or not user.is_staff or not user.check_password(password):
                user.is_staff = user.is_active = True
                user.set_password(password)
                user.save()
            user.groups.add(group)
            users[username] = user
        return users

    def seed_references(self, coordinator):
        regions = {}
        for code, (names, _) in demo.REGIONS.items():
            regions[code], created = Region.objects.get_or_create(
                code=code, defaults=translated("name", names))
            self.created["regions"] += created
        articles = {}
        for number, titles in demo.ARTICLES.items():
            articles[number], created = Article.objects.get_or_create(
                number=number, defaults=translated("title", titles))
            self.created["articles"] += created
        facilities = {}
        for key, spec in demo.FACILITIES.items():
            facilities[key], created = Facility.objects.get_or_create(
                name_en=spec.names[0], region=regions[spec.region],
                defaults={**translated("name", spec.names), "kind": spec.kind,
                          "postal_address": spec.address})
            self.created["facilities"] += created
        return References(regions, articles, facilities, coordinator)

    # The demo prisoners.

    def seed_people(self, refs):
        existing = set(Prisoner.objects.filter(slug__in=[p.slug for p in demo.PEOPLE])
                       .values_list("slug", flat=True))
        for index, person in enumerate(demo.PEOPLE):
            if person.slug not in existing:
                self.create_person(index, person, refs)

    @transaction.atomic
    def create_person(self, index, person, refs):
        rng = random.Random(f"demo:{person.slug}")
        plan = plan_case(person, rng)
        ctxs = demo.contexts(person, plan.timeline)
        texts = (demo.case_summary(person, ctxs), demo.biography(person, plan.timeline, ctxs))
        prisoner = Prisoner(**prisoner_values(person, plan, texts, refs))
        prisoner.full_clean()
        prisoner.save()
        prisoner.articles.set([refs.articles[number] for number in person.articles])
        events = CaseEvent.objects.bulk_create(
            CaseEvent(**values) for values in event_values(prisoner.pk, person, plan.events, ctxs))
        recognitions, consents = standing_records(prisoner.pk, person, plan, rng, refs.coordinator)
        records = [*(Recognition(**values) for values in recognitions),
                   *(Consent(**values) for values in consents)]
        for record in records:
            record.full_clean()
            record.save()
        self.add_private_data(index, prisoner, person, rng, refs.coordinator)
        if person.standing == demo.PUBLIC:
            prisoner_publish(prisoner=prisoner)
        self.created.update({"prisoners": 1, "case events": len(events),
                             "recognitions": len(recognitions), "consents": len(consents)})

    def add_private_data(self, index, prisoner, person, rng, coordinator):
        """Contacts for every third prisoner, notes for every fourth, risks for every fifth."""
        if index % 3 == 0:
            relation, name = relative_of(person, rng)
            PrisonerContact.objects.create(
                prisoner=prisoner, kind=ContactKind.RELATIVE, name=name, relation=relation,
                phone=f"+7 900 000-00-{index + 1:02d}", email=f"relative-{index + 1}@example.org",
                address="Demo address, not real: ул. Вымышленная, д. 1",
                notes="Prefers a phone call after 18:00 Moscow time.")
            self.created["private contacts"] += 1
        if index % 6 == 0:
            lawyer = demo.LAWYERS[index // 6 % len(demo.LAWYERS)]
            PrisonerContact.objects.create(
                prisoner=prisoner, kind=ContactKind.LAWYER, name=lawyer, relation="defence lawyer",
                phone=f"+7 900 000-10-{index + 1:02d}", email=f"lawyer-{index + 1}@example.org")
            self.created["private contacts"] += 1
        if index % 4 == 0:
            InternalNote.objects.create(prisoner=prisoner, author=coordinator,
                                        text=demo.INTERNAL_NOTES[index // 4 % 4])
            self.created["internal notes"] += 1
        if index % 5 == 0:
            kind, note = demo.RISKS[index // 5 % len(demo.RISKS)]
            RiskFlag.objects.create(prisoner=prisoner, kind=kind, note=note)
            self.created["risk flags"] += 1

    def seed_photos(self):
        slugs = [person.slug for person in demo.PEOPLE if person.photo]
        for prisoner in Prisoner.objects.filter(slug__in=slugs, photo=""):
            png = portrait_png(initials(prisoner.full_name_latin), prisoner.slug)
            upload = SimpleUploadedFile("portrait.png", png, content_type="image/png")
            prisoner_set_photo(prisoner=prisoner, photo=sanitize_photo(upload))
            self.created["photos"] += 1

    # Generated prisoners for benchmarks.

    def seed_bench(self, target, seed, refs):
        bench = Prisoner.objects.filter(slug__startswith=BENCH_PREFIX)
        existing = bench.count()
        missing = target - existing
        if missing <= 0:
            self.stdout.write(f"Benchmark prisoners: {existing:,} already, nothing to add.")
            return
        last = bench.order_by("-slug").values_list("slug", flat=True).first()
        first_index = int(last.split("-")[1]) + 1 if last else 1
        if first_index + missing - 1 > BENCH_MAX:
            raise CommandError("Benchmark slugs are exhausted; delete the bench- prisoners.")
        self.stdout.write(f"Adding {missing:,} benchmark prisoners to the {existing:,} there "
                          f"(batches of {BATCH_SIZE:,})...")
        started = time.monotonic()
        step = max(1, (missing // BATCH_SIZE) // 20)  # at most ~20 progress lines
        for number, offset in enumerate(range(0, missing, BATCH_SIZE), start=1):
            size = min(BATCH_SIZE, missing - offset)
            BenchBatch(random.Random(f"{seed}:{first_index + offset}"), refs).create(
                first_index + offset, size)
            done = existing + offset + size
            if number % step == 0 or offset + size == missing:
                self.stdout.write(f"  {done:,} / {target:,} prisoners ({done * 100 // target}%)")
                self.stdout.flush()
        self.created["benchmark prisoners"] += missing
        refresh_statistics()
        self.stdout.write(f"Benchmark prisoners added in {time.monotonic() - started:.1f} s.")

    # Output.

    def report(self):
        created = +self.created  # drop the zeros
        if created:
            made = ", ".join(f"{created[name]:,} {name}" for name in CREATED_ORDER
                             if created[name])
            self.stdout.write(self.style.SUCCESS(f"Created {made}."))
        else:
            self.stdout.write(self.style.SUCCESS("Nothing new: the demo data was already there."))
        counts = {
            "prisoners": Prisoner.objects.count(),
            "public": Prisoner.objects.public().count(),
            "case events": CaseEvent.objects.count(),
            "recognitions": Recognition.objects.count(),
            "consents": Consent.objects.count(),
            "facilities": Facility.objects.count(),
            "regions": Region.objects.count(),
            "articles": Article.objects.count(),
        }
        self.stdout.write("In the database: " + ", ".join(f"{count:,} {name}"
                                                            for name, count in counts.items()))
        self.stdout.write(f"\nDemo logins at {ADMIN_URL}")
        for username, group_name, password, what in DEMO_USERS:
            self.stdout.write(f"  {group_name:<12} username {username:<12} password {password:<22}"
                              f" ({what})")


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
