"""The letter-writing kit and the poster of an event (events/kit.py)."""

import datetime
import re

import pytest
import segno
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from events.choices import EventStatus
from events.kit import next_birthday
from prisoners import services as prisoner_services
from prisoners.choices import ConsentScope, RecognitionStatus, Status
from prisoners.images import sanitize_photo
from prisoners.models import InternalNote, PrisonerContact
from tests.events.factories_kit import KitEventFactory
from tests.factories import (
    ConsentFactory,
    FacilityFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    RecognitionFactory,
)
from tests.languages import LANGUAGES
from tests.mentorships.test_public import content, count_queries, url
from tests.prisoners.test_photos import jpeg_with_gps

KIT_URLS = ["events:kit", "events:poster"]


def with_photo(prisoner):
    prisoner_services.photo_store(owner=prisoner, photo=sanitize_photo(jpeg_with_gps()))
    return prisoner


def kit_pages(client, event):
    return [content(client, url(name, code, slug=event.slug))
            for name in KIT_URLS for code in LANGUAGES]


def test_kit_shows_only_public_featured_prisoners(anonymous):
    shown = PublicPrisonerFactory(full_name_latin="Shown Person")
    PrisonerContact.objects.create(prisoner=shown, kind="relative", name="CANARYCONTACTNAME",
                                   phone="CANARYPHONE", address="CANARYCONTACTADDRESS",
                                   notes="CANARYCONTACTNOTES", email="canarymail@example.org")
    InternalNote.objects.create(prisoner=shown, text="CANARYINTERNALNOTE")
    unpublished = PrisonerFactory(full_name_latin="CANARYUNPUBLISHEDLATIN",
                                  full_name_original="CANARYUNPUBLISHEDORIGINAL",
                                  envelope_name="CANARYUNPUBLISHEDENVELOPE",
                                  facility=FacilityFactory(postal_address="CANARYHIDDENADDRESS"))
    RecognitionFactory(prisoner=unpublished)
    ConsentFactory(prisoner=unpublished)
    unconsented = PrisonerFactory(is_published=True, full_name_latin="CANARYUNCONSENTED",
                                  full_name_original="CANARYUNCONSENTEDORIGINAL")
    RecognitionFactory(prisoner=unconsented)
    declined = PrisonerFactory(is_published=True, full_name_latin="CANARYDECLINED",
                               full_name_original="CANARYDECLINEDORIGINAL")
    RecognitionFactory(prisoner=declined, status=RecognitionStatus.DECLINED)
    ConsentFactory(prisoner=declined)
    PublicPrisonerFactory(full_name_latin="CANARYNOTFEATURED", full_name_original="CANARYNF")
    event = KitEventFactory(featuring=[shown, unpublished, unconsented, declined])

    for page in kit_pages(anonymous, event):
        assert "canary" not in page.lower()
    assert "Shown Person" in content(anonymous, url("events:kit", "en", slug=event.slug))


def test_photo_only_with_photo_consent(anonymous):
    consented = with_photo(PublicPrisonerFactory(slug="consented",
                                                 consent__scope=ConsentScope.FULL))
    without = with_photo(PublicPrisonerFactory(slug="without-photo-consent",
                                               full_name_latin="Nikolai Bez",
                                               consent__scope=ConsentScope.WITHOUT_PHOTO))
    event = KitEventFactory(featuring=[consented, without])

    page = content(anonymous, url("events:kit", "en", slug=event.slug))

    assert page.count('<img class="kit-card__photo"') == 1
    assert 'src="/photos/consented/full.jpg"' in page
    assert "/photos/without-photo-consent/" not in page
    assert ('<span class="kit-card__photo card__photo--initials" aria-hidden="true">NB</span>'
            in page)
    assert anonymous.get("/photos/consented/full.jpg").status_code == 200


def known_prisoner(**kwargs):
    facility = FacilityFactory(postal_address="ФКУ ИК-2 УФСИН России по Владимирской обл.\n"
                                              "601144, Владимирская обл., г. Покров, ул. Франца "
                                              "Штольверка, д. 5")
    fields = {"full_name_original": "Иванов Иван Иванович", "full_name_latin": "Ivan Ivanov",
              "envelope_name": "Иванову Ивану Ивановичу", "birth_date": datetime.date(1985, 3, 14),
              "facility": facility, "status": Status.SERVING_SENTENCE}
    return PublicPrisonerFactory(**{**fields, **kwargs})


def test_envelope_is_written_exactly_as_the_letter_guidance_does(anonymous):
    event = KitEventFactory(featuring=[known_prisoner()])

    for code in LANGUAGES:
        page = content(anonymous, url("events:kit", code, slug=event.slug))
        assert ('<address class="envelope" lang="ru">ФКУ ИК-2 УФСИН России по Владимирской обл.'
                '<br>601144, Владимирская обл., г. Покров, ул. Франца Штольверка, д. 5<br>'
                'Иванову Ивану Ивановичу, 1985 г.р.</address>') in page


def test_envelope_falls_back_to_the_full_name(anonymous):
    prisoner = known_prisoner(envelope_name="")
    event = KitEventFactory(featuring=[prisoner])
    page = content(anonymous, url("events:kit", "en", slug=event.slug))
    assert "<br>Иванов Иван Иванович, 1985 г.р.</address>" in page


def test_kit_has_the_rules_of_the_letter_guidance(anonymous):
    event = KitEventFactory(featuring=[known_prisoner()])
    page = content(anonymous, url("events:kit", "en", slug=event.slug))
    assert ("<li>Write in Russian. Letters in other languages are often held back by the censor; "
            "online translators are good enough for a short, simple letter.</li>") in page
    assert page.count("<li>") == 5 + page.count('<li><a href=')
    assert "Write the envelope exactly like this:" in page


@pytest.mark.parametrize(("changes", "message"), [
    ({"can_receive_letters": False},
     "We do not know an address where letters reach this person at the moment."),
    ({"facility": None},
     "We do not know an address where letters reach this person at the moment."),
    ({"status": Status.RELEASED}, "Ivan Ivanov is no longer in prison, so there is no envelope"),
    ({"status": Status.EMIGRATED}, "Ivan Ivanov is no longer in prison, so there is no envelope"),
    ({"status": Status.DIED_IN_CUSTODY}, "Ivan Ivanov died in custody. There is no letter"),
])
def test_no_envelope_when_letters_cannot_reach(anonymous, changes, message):
    event = KitEventFactory(featuring=[known_prisoner(**changes)])

    page = content(anonymous, url("events:kit", "en", slug=event.slug))

    assert message in page
    assert '<address class="envelope"' not in page
    assert "601144" not in page
    assert "Write in Russian" not in page


def test_birthday_with_the_coming_age_in_every_language(anonymous):
    # Counted from the evening (until it is over): on 5 December 2040 the next is in 2041.
    event = KitEventFactory(featuring=[known_prisoner()],
                            starts_at=datetime.datetime(2040, 12, 5, 18, tzinfo=datetime.UTC),
                            ends_at=datetime.datetime(2040, 12, 5, 20, tzinfo=datetime.UTC))
    expected = {"en": "Birthday: March 14. Turns 56 in 2041.",
                "ru": "14 марта", "de": "14. März", "fr": "14 mars", "pl": "14 marca"}
    for code, text in expected.items():
        assert text in content(anonymous, url("events:kit", code, slug=event.slug))


def test_next_birthday():
    born = datetime.date(1985, 3, 14)
    with translation.override("en"):
        first = next_birthday(born, datetime.date(2026, 12, 5))
    assert first == {"date": datetime.date(2027, 3, 14), "age": 42, "label": "March 14"}
    assert next_birthday(born, datetime.date(2026, 3, 14))["age"] == 41
    assert next_birthday(datetime.date(2000, 2, 29), datetime.date(2026, 2, 1))["date"] == (
        datetime.date(2026, 3, 1))
    assert next_birthday(datetime.date(2000, 2, 29), datetime.date(2027, 12, 1))["date"] == (
        datetime.date(2028, 2, 29))
    assert next_birthday(None, datetime.date(2026, 1, 1)) is None


def test_no_birthday_for_someone_who_died(anonymous):
    event = KitEventFactory(featuring=[known_prisoner(status=Status.DIED_IN_CUSTODY)])
    assert "Birthday" not in content(anonymous, url("events:kit", "en", slug=event.slug))


def test_case_text_in_the_kit_language_with_fallback(anonymous):
    prisoner = PublicPrisonerFactory(case_summary_fr="")
    event = KitEventFactory(featuring=[prisoner])
    assert "Wegen Antikriegsbeiträgen verhaftet." in content(
        anonymous, url("events:kit", "de", slug=event.slug))
    assert "Арестован за антивоенные публикации." in content(
        anonymous, url("events:kit", "ru", slug=event.slug))
    assert "Arrested for anti-war posts." in content(
        anonymous, url("events:kit", "fr", slug=event.slug))


def test_kit_in_every_language(anonymous):
    event = KitEventFactory(featuring=[known_prisoner()])
    names = {"en": "Ivan Ivanov", "ru": "Иванов Иван Иванович", "de": "Iwan Iwanow",
             "fr": "Ivan Ivanov", "pl": "Iwan Iwanow"}
    titles = {"en": "Letters for freedom", "ru": "Письма на свободу",
              "de": "Briefe für die Freiheit", "fr": "Lettres pour la liberté",
              "pl": "Listy dla wolności"}
    for code in LANGUAGES:
        kit = content(anonymous, url("events:kit", code, slug=event.slug))
        poster = content(anonymous, url("events:poster", code, slug=event.slug))
        assert f'<html lang="{code}">' in kit and f'<html lang="{code}">' in poster
        assert f'<h2 id="kit-prisoner-1">{names[code]}</h2>' in kit
        assert titles[code] in kit and titles[code] in poster


def test_kit_orders_prisoners_by_name_and_numbers_headings(anonymous):
    event = KitEventFactory(featuring=[PublicPrisonerFactory(full_name_latin="Zoya B"),
                                       PublicPrisonerFactory(full_name_latin="Anna A")])
    page = content(anonymous, url("events:kit", "en", slug=event.slug))
    assert page.index("Anna A") < page.index("Zoya B")
    assert page.count('class="kit-sheet"') == 2


def test_kit_without_featured_prisoners_points_to_the_registry(anonymous):
    event = KitEventFactory()
    page = content(anonymous, url("events:kit", "en", slug=event.slug))
    assert "No prisoner is featured at this event yet." in page
    assert 'href="/en/prisoners/"' in page


def test_poster_shows_the_event_in_its_time_zone(anonymous):
    event = KitEventFactory(title_en="Letters for Maria", time_zone="Europe/Paris",
                            venue_name="Maison des associations", venue_address="5 rue Perrée",
                            city="Paris", country="FR", organiser__name="Amis de Memorial")

    page = content(anonymous, url("events:poster", "en", slug=event.slug))

    assert '<h1 class="poster__title" id="poster-title">Letters for Maria</h1>' in page
    assert '<p class="poster__kind">Letter-writing evening</p>' in page
    assert ('<time datetime="2026-12-05T19:00:00+01:00">Dec. 5, 2026, 7 p.m.</time>–'
            '<time datetime="2026-12-05T21:30:00+01:00">9:30 p.m.</time>') in page
    assert "time in Europe/Paris" in page
    assert ('<span class="kit-facts__venue">Maison des associations</span><br>5 rue Perrée<br>'
            'Paris, France') in page
    assert "<dd>Amis de Memorial</dd>" in page
    assert "poster__cancelled" not in page


def test_poster_of_an_online_event_across_midnight(anonymous):
    event = KitEventFactory(venue_name="", venue_address="", city="", country="",
                            online_url="https://meet.example.org/letters", time_zone="Asia/Tbilisi",
                            ends_at=datetime.datetime(2026, 12, 5, 21, 0, tzinfo=datetime.UTC))
    page = content(anonymous, url("events:poster", "de", slug=event.slug))
    assert "Online: <span class=\"kit-facts__link\">https://meet.example.org/letters</span>" in page
    with translation.override("de"):
        assert gettext("time in %(zone)s") % {"zone": "Asia/Tbilisi"} in page
    assert "5. Dezember 2026, 22:00</time>–<time" in page
    assert "6. Dezember 2026, 01:00</time>" in page


def test_cancelled_event_is_marked_on_poster_and_kit(anonymous):
    event = KitEventFactory(status=EventStatus.CANCELLED)
    poster = content(anonymous, url("events:poster", "en", slug=event.slug))
    kit = content(anonymous, url("events:kit", "en", slug=event.slug))
    assert '<p class="poster__cancelled">Cancelled</p>' in poster
    assert "poster--cancelled" in poster
    assert "<strong>Cancelled.</strong> The event will not take place" in kit


def qr_of(page):
    return re.search(r'<svg role="img".*?</svg>', page, re.S).group(0)


def test_poster_qr_code_is_inline_svg_of_the_event_page(anonymous):
    event = KitEventFactory(slug="letters-in-lyon")

    page = content(anonymous, url("events:poster", "en", slug=event.slug))
    assert ('aria-label="QR code of the event page: '
            'http://testserver/en/events/letters-in-lyon/"') in page
    for code in LANGUAGES:
        page = content(anonymous, url("events:poster", code, slug=event.slug))
        expected_url = f"http://testserver/{code}/events/letters-in-lyon/"
        svg = qr_of(page)
        label = re.match(r'<svg role="img" aria-label="([^"]+)" ', svg).group(1)
        assert label.endswith(expected_url)
        expected = segno.make_qr(expected_url, error="m").svg_inline(
            scale=1, border=4, omitsize=True, svgclass="poster__qr-code", lineclass=None,
            title=expected_url)
        assert svg.replace(f'role="img" aria-label="{label}" ', "") == expected
        assert f"<title>{expected_url}</title>" in svg
        assert f'<span class="poster__url">{expected_url}</span>' in page
        assert "<img" not in page


def dark_modules(svg, border=4):
    """The dark modules drawn by segno's SVG path (absolute M, relative m, runs of h)."""
    path = re.search(r' d="([^"]+)"', svg).group(1)
    dark, x, y = set(), 0.0, 0.0
    for command, numbers in re.findall(r"([Mmh])([-\d. ]+)", path):
        values = [float(value) for value in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            dark |= {(int(y) - border, int(x) + i - border) for i in range(int(values[0]))}
            x += values[0]
    return dark


def test_poster_draws_the_qr_symbol_of_the_event_url(anonymous):
    # No QR decoder is installed: read the drawn modules back from the page's SVG and compare
    # them with the symbol of the exact URL, module by module.
    event = KitEventFactory(slug="lettres-a-lyon")
    page = content(anonymous, url("events:poster", "fr", slug=event.slug))
    symbol = segno.make_qr("http://testserver/fr/events/lettres-a-lyon/", error="m")
    expected = {(row, column) for row, line in enumerate(symbol.matrix)
                for column, module in enumerate(line) if module}
    assert dark_modules(qr_of(page)) == expected
    other = segno.make_qr("http://testserver/en/events/lettres-a-lyon/", error="m")
    assert {(r, c) for r, line in enumerate(other.matrix) for c, m in enumerate(line) if m} != (
        expected)


@pytest.mark.parametrize("name", KIT_URLS)
def test_unpublished_and_unknown_events_are_404(anonymous, name):
    private = KitEventFactory(is_public=False, published_at=None)
    never_published = KitEventFactory(is_public=True, published_at=None)
    unpublished_later = KitEventFactory(is_public=False)
    for event in (private, never_published, unpublished_later):
        for code in LANGUAGES:
            assert anonymous.get(url(name, code, slug=event.slug)).status_code == 404
    assert anonymous.get(url(name, "en", slug="no-such-event")).status_code == 404
    assert anonymous.get(f"/en/events/{'x' * 5000}/kit/").status_code == 404


@pytest.mark.parametrize("name", KIT_URLS)
def test_kit_pages_only_answer_get(anonymous, name):
    event = KitEventFactory()
    assert anonymous.post(url(name, "en", slug=event.slug)).status_code == 405


@pytest.mark.parametrize("name", KIT_URLS)
def test_query_count_does_not_grow_with_featured_prisoners(anonymous, name):
    one = KitEventFactory(featuring=[with_photo(known_prisoner())])
    four = KitEventFactory(featuring=[with_photo(known_prisoner()), known_prisoner(),
                                      known_prisoner(can_receive_letters=False),
                                      known_prisoner(status=Status.RELEASED)])
    assert (count_queries(anonymous, url(name, "en", slug=one.slug))
            == count_queries(anonymous, url(name, "en", slug=four.slug)))
    assert count_queries(anonymous, url(name, "ru", slug=four.slug)) <= 3


def render_links(event, language, prisoners=("someone",)):
    request = RequestFactory().get("/")
    with translation.override(language):
        return render_to_string("events/_kit_links.html",
                                {"event": event, "prisoners": prisoners}, request=request)


def test_event_page_links_to_the_kit_in_the_event_language():
    event = KitEventFactory.build(slug="briefe", language="de")

    links = render_links(event, "en")

    assert '<a href="/de/events/briefe/kit/" hreflang="de">Letter-writing kit</a>' in links
    assert '<a href="/de/events/briefe/poster/" hreflang="de">Poster</a>' in links
    assert "in German." in links
    assert '<a href="/en/events/briefe/kit/">Letter-writing kit</a>' in links
    assert "In this page" not in render_links(event, "de")


def test_without_public_prisoners_the_event_page_offers_the_poster_only():
    event = KitEventFactory.build(slug="briefe", language="de")
    links = render_links(event, "en", prisoners=[])
    assert "/kit/" not in links
    assert '<a href="/de/events/briefe/poster/" hreflang="de">Poster</a>' in links
    assert '<a href="/en/events/briefe/poster/">Poster</a>' in links
