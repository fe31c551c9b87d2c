"""Fill the database with fictional demo data, or with a large generated set for benchmarks.

``manage.py seed_demo`` creates about forty invented prisoners (with timelines, recognition
decisions, consents, private contacts, notes, risk flags and placeholder portraits), the
facilities they are held in, and three demo staff logins. ``--prisoners N`` also tops the
database up to N generated prisoners whose slugs start with "bench-".

Both are idempotent: everything is keyed on slugs, codes and usernames, and nothing that
already exists is changed (except the demo users' passwords, reset when they differ).
"""

import random
import time
from collections import Counter
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.models import User
from appeals.demo import seed_appeals
from events.demo import seed_events
from funds.demo import seed_bench_ledger, seed_funds
from news.demo import seed_news
from prisoners import demo_data as demo
from prisoners.choices import (
    ContactKind,
    VerifiedAspect,
)
from prisoners.images import sanitize_photo
from prisoners.management.commands._bench import (
    BENCH_PREFIX,
    BenchBatch,
    refresh_statistics,
)
from prisoners.management.commands._records import (
    References,
    event_values,
    initials,
    plan_case,
    portrait_png,
    prisoner_values,
    relative_of,
    standing_records,
    translated,
)
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
    Verification,
)
from prisoners.services import photo_store, prisoner_publish
from reports.demo import seed_reports

SITE = "http://127.0.0.1:8000"
PORTAL_URL = f"{SITE}/portal/"
DEMO_USERS = (
    ("coordinator", roles.COORDINATOR, "demo-coordinator-2026",
     "registry, recognition, consents and private data"),
    ("editor", roles.EDITOR, "demo-editor-2026", "public texts and translations"),
    ("finance", roles.FINANCE, "demo-finance-2026",
     "the funds ledger; looks prisoners up, nothing private"),
)
DEMO_MENTOR = ("mentor", "demo-mentor-2026")
CREATED_ORDER = ("users", "regions", "articles", "facilities", "prisoners", "case events",
                 "recognitions", "consents", "private contacts", "internal notes", "risk flags",
                 "photos", "ledger rows", "activities and reports",
                 "organisations and news posts", "events and registrations",
                 "appeals and signatures", "benchmark prisoners", "benchmark ledger rows")
BENCH_MAX = 999_999
BATCH_SIZE = 2000


class Command(BaseCommand):
    help = ("Create fictional demo data (idempotent). With --prisoners N, also top the database "
            "up to N generated 'bench-' prisoners for benchmarks.")

    def add_arguments(self, parser):
        parser.add_argument("--prisoners", type=int, metavar="N",
                            help="Top up to N generated benchmark prisoners (slug 'bench-...').")
        parser.add_argument("--ledger", type=int, metavar="N",
                            help="Top the funds ledger up to N generated incomes and N "
                                 "expenses (benchmarks).")
        parser.add_argument("--seed", type=int, default=2026,
                            help="Random seed for generated prisoners (default 2026).")
        parser.add_argument("--force", action="store_true",
                            help="Run even though the settings look like production.")

    def handle(self, *args, prisoners=None, ledger=None, seed=2026, force=False, **options):
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
        self.seed_mentor()
        self.created["ledger rows"] += seed_funds()
        self.created["activities and reports"] += seed_reports()
        self.created["organisations and news posts"] += seed_news()
        self.created["events and registrations"] += seed_events()
        self.created["appeals and signatures"] += seed_appeals()
        if prisoners is not None:
            self.seed_bench(prisoners, seed, refs)
        if ledger is not None:
            self.created["benchmark ledger rows"] += seed_bench_ledger(ledger, seed=seed)
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

    def seed_mentor(self):
        """A demo mentor (portal login) who mentors Ivan Zhuchkov, with one public action."""
        from mentorships import services as mentorship_services
        from mentorships.models import Mentor

        user, created = User.objects.get_or_create(
            username=DEMO_MENTOR[0], defaults={"email": "mentor@example.org"})
        if created or not user.check_password(DEMO_MENTOR[1]):
            user.set_password(DEMO_MENTOR[1])
            user.save()
        mentor, created = Mentor.objects.get_or_create(user=user, defaults={
            "name": "Sophie Laurent", "country": "FR", "preferred_language": "fr",
            "is_public": True, **translated("role", demo.MENTOR_ROLE)})
        if not created:
            return
        self.created["users"] += 1
        prisoner = Prisoner.objects.get(slug="ivan-zhuchkov")
        mentorship = mentorship_services.mentorship_assign(mentor=mentor, prisoner=prisoner,
                                                           on=date(2025, 1, 15))
        mentorship.is_public = True
        mentorship.save(update_fields=["is_public"])
        mentorship_services.mentor_action_log(
            mentorship=mentorship, kind="letter_to_authorities", date=date(2025, 3, 3),
            note="Letter to the Russian ambassador in Paris asking for Ivan's release.",
            is_public=True)

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
        if index % 2 == 0:
            self.add_verifications(index, prisoner, rng, coordinator)

    def add_verifications(self, index, prisoner, rng, coordinator):
        """Every second prisoner's record checked, some of it long ago (the dashboard lists
        letter addresses unchecked for 90 days)."""
        today = timezone.localdate()
        for aspect, source in [(VerifiedAspect.STATUS, {"source_url": demo.COURT_SOURCE_URL}),
                               (VerifiedAspect.PLACE, {"source_organisation": "OVD-Info"}),
                               (VerifiedAspect.ADDRESS, {"source_document": demo.LETTER_SOURCE})]:
            Verification.objects.create(
                prisoner=prisoner, aspect=aspect, verified_by=coordinator,
                verified_on=today - timedelta(days=rng.randint(3, 160)), **source)
            self.created["verifications"] += 1

    def seed_photos(self):
        slugs = [person.slug for person in demo.PEOPLE if person.photo]
        for prisoner in Prisoner.objects.filter(slug__in=slugs, photo=""):
            png = portrait_png(initials(prisoner.full_name_latin), prisoner.slug)
            upload = SimpleUploadedFile("portrait.png", png, content_type="image/png")
            photo_store(owner=prisoner, photo=sanitize_photo(upload))
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
        self.stdout.write(f"\nDemo logins at {SITE}{reverse('admin:index')}")
        for username, group_name, password, what in DEMO_USERS:
            self.stdout.write(f"  {group_name:<12} username {username:<12} password {password:<22}"
                              f" ({what})")
        self.stdout.write(f"\nMentor portal at {PORTAL_URL}\n  {'Mentor':<12} username "
                          f"{DEMO_MENTOR[0]:<12} password {DEMO_MENTOR[1]:<22} (Ivan Zhuchkov)")


