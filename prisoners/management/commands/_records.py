"""Demo prisoners' timelines, recognition and consent records, rows and portraits."""

import io
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.db import connection
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from accounts.models import User
from prisoners import demo_data as demo
from prisoners.choices import (
    Category,
    ConsentGiver,
    ConsentScope,
    EventKind,
    ProposerKind,
    RecognitionStatus,
    Status,
)

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


