"""Fictional demo events for ``seed_demo``: past and upcoming, in several countries and
online, in five languages. Dates are relative to today, so upcoming events stay upcoming.

Idempotent: events are keyed on their slugs and organisations on their names; an event that
exists is left as it is.
"""

import datetime
import zoneinfo

from django.db import transaction
from django.utils import timezone

from events import services
from events.choices import EventKind, RegistrationMode, RegistrationStatus
from events.models import Event, Organisation, Registration
from prisoners.demo_data import LANGUAGES as DEMO_LANGUAGES
from prisoners.models import Prisoner

ORGANISATIONS = {
    "Memorial Deutschland e.V.": ("DE", "https://example.org/memorial-deutschland"),
    "Russie-Libertés": ("FR", "https://example.org/russie-libertes"),
    "Free Russia Lithuania": ("LT", "https://example.org/free-russia-lithuania"),
    "Prague Solidarity Circle": ("CZ", "https://example.org/prague-solidarity"),
    "Warsaw Letters Group": ("PL", "https://example.org/warsaw-letters"),
}


def translated(name, *texts):
    """{"title_en": ..., "title_ru": ...} from texts in the demo's languages, in their order."""
    return {f"{name}_{code}": text
            for code, text in zip(DEMO_LANGUAGES, texts, strict=True)}


EVENTS = [
    {"slug": "letters-evening-berlin", "days": 9, "hour": 19, "hours": 3,
     "kind": EventKind.LETTER_WRITING, "organiser": "Memorial Deutschland e.V.",
     "time_zone": "Europe/Berlin", "language": "de", "venue_name": "Nachbarschaftshaus Kreuzberg",
     "venue_address": "Oranienstraße 12", "city": "Berlin", "country": "DE",
     "registration": RegistrationMode.ON_SITE, "capacity": 30, "prisoners": 4,
     **translated("title", "Letter-writing evening in Berlin", "Вечер писем в Берлине",
                  "Briefeabend in Berlin", "Soirée d'écriture de lettres à Berlin",
                  "Wieczór pisania listów w Berlinie"),
     **translated(
         "description",
         "Write postcards and letters to political prisoners in Russia. We bring envelopes, "
         "stamps and the rules for writing in Russian; tea and biscuits too.",
         "Пишем открытки и письма политзаключённым в России. Конверты, марки и правила "
         "переписки — у нас; чай и печенье тоже.",
         "Wir schreiben Postkarten und Briefe an politische Gefangene in Russland. Umschläge, "
         "Briefmarken und die Regeln für Briefe auf Russisch bringen wir mit, Tee und Kekse auch.",
         "Écrivons des cartes et des lettres aux prisonniers politiques en Russie. Enveloppes, "
         "timbres et règles d'écriture en russe fournis ; thé et biscuits aussi.",
         "Piszemy pocztówki i listy do więźniów politycznych w Rosji. Koperty, znaczki i zasady "
         "pisania listów po rosyjsku zapewniamy – herbatę i ciastka też.")},
    {"slug": "concert-paris-voices", "days": 16, "hour": 20, "hours": 2,
     "kind": EventKind.CONCERT, "organiser": "Russie-Libertés", "time_zone": "Europe/Paris",
     "language": "fr", "venue_name": "Salle des Fêtes du 11e",
     "venue_address": "12 place Léon-Blum",
     "city": "Paris", "country": "FR", "registration": RegistrationMode.EXTERNAL,
     "registration_url": "https://example.org/billetterie", "prisoners": 2,
     **translated("title", "Concert: voices for the prisoners", "Концерт «Голоса за узников»",
                  "Konzert: Stimmen für die Gefangenen", "Concert : des voix pour les prisonniers",
                  "Koncert „Głosy dla więźniów”"),
     **translated(
         "description",
         "Musicians from Paris and Moscow play songs written in and about prison.",
         "Музыканты из Парижа и Москвы исполняют песни, написанные в заключении и о нём.",
         "Musikerinnen und Musiker aus Paris und Moskau spielen Lieder aus dem und über das "
         "Gefängnis.",
         "Des musiciens de Paris et de Moscou jouent des chansons écrites en prison et sur elle.",
         "Muzycy z Paryża i Moskwy wykonują piosenki napisane w więzieniu i o więzieniu.")},
    {"slug": "vigil-vilnius", "days": 23, "hour": 18, "hours": 1,
     "kind": EventKind.VIGIL, "organiser": "Free Russia Lithuania", "time_zone": "Europe/Vilnius",
     "language": "ru", "venue_name": "Daukanto aikštė", "venue_address": "", "city": "Vilnius",
     "country": "LT", "prisoners": 3,
     **translated("title", "Candlelight vigil in Vilnius", "Акция со свечами в Вильнюсе",
                  "Mahnwache mit Kerzen in Vilnius", "Veillée aux bougies à Vilnius",
                  "Czuwanie ze świecami w Wilnie"),
     **translated("description",
                  "We read out the names of political prisoners and light a candle for each.",
                  "Мы зачитываем имена политзаключённых и зажигаем свечу за каждого.",
                  "Wir lesen die Namen politischer Gefangener vor und zünden für jeden eine "
                  "Kerze an.",
                  "Nous lisons les noms des prisonniers politiques et allumons une bougie "
                  "pour chacun.",
                  "Odczytujemy imiona i nazwiska więźniów politycznych i dla każdego z nich "
                  "zapalamy świecę.")},
    {"slug": "exhibition-prague-drawings", "days": 30, "hour": 10, "hours": 8,
     "kind": EventKind.EXHIBITION, "organiser": "Prague Solidarity Circle",
     "time_zone": "Europe/Prague", "language": "en", "venue_name": "Galerie Na Mostě",
     "venue_address": "Mostecká 5", "city": "Prague", "country": "CZ", "prisoners": 2,
     **translated("title", "Exhibition: drawings from the colony",
                  "Выставка «Рисунки из колонии»", "Ausstellung: Zeichnungen aus der Kolonie",
                  "Exposition : dessins de la colonie",
                  "Wystawa „Rysunki z kolonii karnej”"),
     **translated("description", "Drawings sent by prisoners to their pen friends.",
                  "Рисунки, которые заключённые присылали своим друзьям по переписке.",
                  "Zeichnungen, die Gefangene ihren Brieffreunden geschickt haben.",
                  "Des dessins envoyés par des prisonniers à leurs correspondants.",
                  "Rysunki, które więźniowie przysyłali osobom, z którymi korespondują.")},
    {"slug": "online-talk-lawyers", "days": 12, "hour": 18, "hours": 1,
     "kind": EventKind.ONLINE, "organiser": "Memorial Deutschland e.V.",
     "time_zone": "Europe/Berlin",
     "language": "en", "online_url": "https://example.org/online-talk", "prisoners": 0,
     **translated("title", "Online talk: what a lawyer's visit changes",
                  "Онлайн-разговор: что меняет визит адвоката",
                  "Online-Gespräch: Was ein Anwaltsbesuch verändert",
                  "Discussion en ligne : ce que change la visite d'un avocat",
                  "Rozmowa online: co zmienia wizyta adwokata"),
     **translated("description", "Two lawyers talk about their work in Russian colonies.",
                  "Два адвоката рассказывают о работе в российских колониях.",
                  "Zwei Anwälte erzählen von ihrer Arbeit in russischen Kolonien.",
                  "Deux avocats parlent de leur travail dans les colonies russes.",
                  "Dwóch adwokatów opowiada o swojej pracy w rosyjskich koloniach karnych.")},
    {"slug": "film-warsaw-cancelled", "days": 19, "hour": 19, "hours": 2, "cancelled": True,
     "kind": EventKind.FILM_SCREENING, "organiser": "Warsaw Letters Group",
     "time_zone": "Europe/Warsaw", "language": "en", "venue_name": "Kino Muranów",
     "venue_address": "ul. Gen. Andersa 5", "city": "Warsaw", "country": "PL", "prisoners": 1,
     **translated("title", "Film screening in Warsaw", "Кинопоказ в Варшаве",
                  "Filmvorführung in Warschau", "Projection de film à Varsovie",
                  "Pokaz filmu w Warszawie"),
     **translated("description", "A documentary about families waiting for letters.",
                  "Документальный фильм о семьях, которые ждут писем.",
                  "Ein Dokumentarfilm über Familien, die auf Briefe warten.",
                  "Un documentaire sur des familles qui attendent des lettres.",
                  "Film dokumentalny o rodzinach, które czekają na listy.")},
    {"slug": "letters-evening-paris-past", "days": -20, "hour": 18, "hours": 3,
     "kind": EventKind.LETTER_WRITING, "organiser": "Russie-Libertés",
     "time_zone": "Europe/Paris", "language": "fr", "venue_name": "Café associatif La Commune",
     "venue_address": "3 rue de la Roquette", "city": "Paris", "country": "FR", "prisoners": 3,
     **translated("title", "Letter-writing evening in Paris", "Вечер писем в Париже",
                  "Briefeabend in Paris", "Soirée d'écriture de lettres à Paris",
                  "Wieczór pisania listów w Paryżu"),
     **translated("description", "Forty-two letters were written that evening.",
                  "В тот вечер было написано сорок два письма.",
                  "An diesem Abend wurden zweiundvierzig Briefe geschrieben.",
                  "Quarante-deux lettres ont été écrites ce soir-là.",
                  "Tego wieczoru powstały czterdzieści dwa listy.")},
    {"slug": "talk-berlin-past", "days": -45, "hour": 19, "hours": 2,
     "kind": EventKind.TALK, "organiser": "Memorial Deutschland e.V.",
     "time_zone": "Europe/Berlin", "language": "de", "venue_name": "Buchhandlung am Platz",
     "venue_address": "Kastanienallee 7", "city": "Berlin", "country": "DE", "prisoners": 1,
     **translated("title", "Talk: mentoring a prisoner", "Лекция: наставничество",
                  "Vortrag: Patenschaft für einen Gefangenen",
                  "Conférence : parrainer un prisonnier",
                  "Spotkanie: patronat nad więźniem politycznym"),
     **translated("description", "A member of parliament tells of two years as a mentor.",
                  "Депутат рассказывает о двух годах наставничества.",
                  "Eine Abgeordnete erzählt von zwei Jahren als Patin.",
                  "Une députée raconte deux années de parrainage.",
                  "Posłanka opowiada o dwóch latach patronatu nad więźniem.")},
]

DEMO_REGISTRANTS = [("Lena Fischer", "lena.fischer@example.org", "de"),
                    ("Tomas Novak", "tomas.novak@example.org", "en"),
                    ("Claire Martin", "claire.martin@example.org", "fr")]


def seed_events(today=None):
    """Create the demo events once; returns how many were created."""
    today = today or timezone.localdate()
    with transaction.atomic():
        organisations = {name: Organisation.objects.get_or_create(
            name=name, defaults={"country": country, "website": website})[0]
            for name, (country, website) in ORGANISATIONS.items()}
        prisoners = list(Prisoner.objects.public().order_by("slug"))
        created = 0
        for index, spec in enumerate(EVENTS):
            if Event.objects.filter(slug=spec["slug"]).exists():
                continue
            event = _event(spec, today, organisations)
            chosen = prisoners[index % max(len(prisoners), 1):][:spec["prisoners"]]
            event.featured_prisoners.set(chosen)
            services.event_publish(event=event)
            if spec.get("cancelled"):
                services.event_cancel(event=event)
            created += 1
    _registrants()
    return created


def _event(spec, today, organisations):
    spec = dict(spec)
    zone = zoneinfo.ZoneInfo(spec["time_zone"])
    day = today + datetime.timedelta(days=spec.pop("days"))
    start = datetime.datetime.combine(day, datetime.time(spec.pop("hour")), tzinfo=zone)
    hours = spec.pop("hours")
    for key in ("prisoners", "cancelled"):
        spec.pop(key, None)
    spec["organiser"] = organisations[spec["organiser"]]
    event = Event(starts_at=start, ends_at=start + datetime.timedelta(hours=hours), **spec)
    event.full_clean()
    event.save()
    return event


def _registrants():
    """A few fictional registrants for the on-site event (no e-mail is sent for them)."""
    event = Event.objects.filter(slug="letters-evening-berlin").first()
    if event is None or event.registrations.exists():
        return
    for seat, (name, email, language) in enumerate(DEMO_REGISTRANTS, start=1):
        Registration.objects.create(event=event, name=name, email=email, language=language,
                                    status=RegistrationStatus.CONFIRMED, seat=seat)
