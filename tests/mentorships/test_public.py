"""The public side of the mentorship programme: the mentors page, the volunteer page with its
sign-up form, mentors on prisoner pages, and mentor photos."""

import datetime
import re
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from accounts import roles
from accounts.models import User
from coalition.public_forms import (
    EXPIRED_MESSAGE,
    HONEYPOT_MESSAGE,
    RATE_LIMIT_MESSAGE,
    TOO_FAST_MESSAGE,
    signup_token,
    token_age,
)
from mentorships.choices import ActionKind, MentorshipStatus
from mentorships.models import MentorAction, Mentorship, MentorSignup
from prisoners import services as prisoner_services
from prisoners.choices import Status
from prisoners.images import sanitize_photo
from tests.factories import (
    ArticleFactory,
    MentorFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
    UserFactory,
)
from tests.languages import LANGUAGES
from tests.prisoners.test_photos import jpeg_with_gps

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 2, 1)


# --- Helpers (the canary tests use them too) ---------------------------------------------------

def public_mentor(**kwargs):
    return MentorFactory(is_public=True, **kwargs)


def mentorship_of(mentor, prisoner, *, is_public=True, status=MentorshipStatus.ACTIVE, **kwargs):
    return Mentorship.objects.create(mentor=mentor, prisoner=prisoner, status=status,
                                     is_public=is_public, started_on=DAY, **kwargs)


def action_of(mentorship, *, is_public=True, **kwargs):
    kwargs.setdefault("kind", ActionKind.LETTER_TO_PRISONER)
    kwargs.setdefault("date", DAY)
    return MentorAction.objects.create(mentorship=mentorship, is_public=is_public, **kwargs)


def with_photo(mentor):
    prisoner_services.photo_store(owner=mentor, photo=sanitize_photo(jpeg_with_gps()))
    return mentor


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def content(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


# --- Mentors page ------------------------------------------------------------------------------

COUNTRY_NAMES = {"en": "Germany", "ru": "Германия", "de": "Deutschland", "fr": "Allemagne",
                 "pl": "Niemcy"}
ROLES = {"en": "Member of the Bundestag", "ru": "Member of the Bundestag",
         "de": "Mitglied des Bundestages", "fr": "Member of the Bundestag",
         "pl": "Member of the Bundestag"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_mentors_page_in_every_language(anonymous, language):
    mentor = public_mentor(name="Anna Berg", country="DE", party="Greens")
    prisoner = PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                                     full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    mentorship_of(mentor, prisoner)
    response = anonymous.get(url("mentors:list", language))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert '<h3 class="mentor__name">Anna Berg</h3>' in page
    assert f'<h2 id="country-de">{COUNTRY_NAMES[language]}</h2>' in page
    assert ROLES[language] in page  # the German role in German, English as the fallback
    assert "Greens" in page
    name = {"ru": "Жучков Иван Петрович", "de": "Iwan Schutschkow",
            "fr": "Ivan Joutchkov", "pl": "Iwan Żuczkow"}.get(language, "Ivan Zhuchkov")
    assert f'<a href="/{language}/prisoners/ivan-zhuchkov/">{name}</a>' in page
    assert f'href="/{language}/mentors/volunteer/"' in page
    assert f'<a href="/{language}/mentors/" aria-current="page">' in page  # main navigation


def test_mentors_are_grouped_by_localised_country_name(anonymous):
    public_mentor(name="Zoe Weber", country="DE")
    public_mentor(name="Jean Petit", country="FR")
    public_mentor(name="Anna Huber", country="AT")
    public_mentor(name="Bernd Adler", country="DE")

    def groups(language):
        countries = anonymous.get(url("mentors:list", language)).context["countries"]
        return [(group["country"].code, [mentor.name for mentor in group["mentors"]])
                for group in countries]

    # Austria, France, Germany; Deutschland, Frankreich, Österreich (Ö sorts with O).
    assert groups("en") == [("AT", ["Anna Huber"]), ("FR", ["Jean Petit"]),
                            ("DE", ["Bernd Adler", "Zoe Weber"])]
    assert [code for code, _names in groups("de")] == ["DE", "FR", "AT"]
    page = content(anonymous, url("mentors:list", "de"))
    assert page.index("Deutschland") < page.index("Frankreich") < page.index("Österreich")


def test_mentors_page_without_mentors(anonymous):
    MentorFactory(is_public=False)
    page = content(anonymous, url("mentors:list"))
    assert "No mentors are listed yet." in page


@pytest.fixture
def mixed_programme():
    """One of each thing that must stay private, next to a public mentorship."""
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    shown = public_mentor(name="Anna Berg")
    public = mentorship_of(shown, prisoner, statement_en="Ivan is innocent.")
    action_of(public, note="Wrote to Ivan in May.", link="https://example.org/letter")
    action_of(public, is_public=False, note="Private action note")

    hidden_mentor = MentorFactory(name="Private Mentor", role_en="Private role",
                                  biography_en="Private biography")
    mentorship_of(hidden_mentor, PublicPrisonerFactory(full_name_latin="Prisoner Of Private"))
    inactive = public_mentor(name="Inactive Mentor", user__is_active=False)
    mentorship_of(inactive, prisoner)

    mentorship_of(public_mentor(name="Quiet Mentor"), prisoner, is_public=False,
                  statement_en="Private statement")
    ended = mentorship_of(public_mentor(name="Former Mentor"),
                          PublicPrisonerFactory(full_name_latin="Ended Prisoner"),
                          status=MentorshipStatus.ENDED, statement_en="Ended statement")
    action_of(ended, note="Action of an ended mentorship")
    mentorship_of(public_mentor(name="Asking Mentor"),
                  PublicPrisonerFactory(full_name_latin="Requested Prisoner"),
                  status=MentorshipStatus.REQUESTED, statement_en="Requested statement")
    unpublished = PrisonerFactory(full_name_latin="Unpublished Person", slug="unpublished")
    action_of(mentorship_of(shown, unpublished, statement_en="Unpublished statement"),
              note="Unpublished action")
    return prisoner


PRIVATE_TEXTS = ["Private Mentor", "Private role", "Private biography", "Prisoner Of Private",
                 "Inactive Mentor", "Private statement", "Private action note",
                 "Ended statement", "Ended Prisoner", "Action of an ended mentorship",
                 "Requested statement", "Requested Prisoner", "Unpublished"]


def test_mentors_page_shows_only_public_mentors_and_mentorships(anonymous, mixed_programme):
    page = content(anonymous, url("mentors:list"))
    assert "Anna Berg" in page and "Ivan Zhuchkov" in page
    # Public mentors without a public mentorship are listed, without prisoners.
    assert "Quiet Mentor" in page and "Former Mentor" in page
    assert [text for text in PRIVATE_TEXTS if text in page] == []
    countries = anonymous.get(url("mentors:list")).context["countries"]
    anna = next(m for group in countries for m in group["mentors"] if m.name == "Anna Berg")
    assert [m.prisoner.full_name_latin for m in anna.public_mentorships] == ["Ivan Zhuchkov"]


def test_prisoner_page_shows_only_public_mentorships_and_actions(anonymous, mixed_programme):
    page = content(anonymous, mixed_programme.get_absolute_url())
    assert "Anna Berg" in page
    assert "Member of the Bundestag" in page and "Germany" in page
    assert "Ivan is innocent." in page
    assert "Wrote to Ivan in May." in page
    assert '<a href="https://example.org/letter" rel="nofollow noopener noreferrer">' in page
    assert "Read more on example.org" in page
    assert "Letter to the prisoner" in page
    assert [text for text in [*PRIVATE_TEXTS, "Quiet Mentor"] if text in page] == []
    # A public mentorship of a private mentor is not shown either.
    other = Mentorship.objects.get(mentor__name="Private Mentor").prisoner
    assert "European mentors" not in content(anonymous, other.get_absolute_url())


def test_prisoner_page_shows_translated_statement(anonymous):
    prisoner = PublicPrisonerFactory()
    mentor = public_mentor(name="Anna Berg")
    mentorship_of(mentor, prisoner, statement_en="He is innocent.",
                  statement_de="Er ist unschuldig.")
    page = content(anonymous, url("prisoners:detail", "de", slug=prisoner.slug))
    assert "Er ist unschuldig." in page and "He is innocent." not in page
    assert "Mitglied des Bundestages" in page and "Deutschland" in page
    assert f'href="/de/mentors/#mentor-{mentor.pk}"' in page


def test_prisoner_page_never_renders_a_script_link(anonymous):
    prisoner = PublicPrisonerFactory()
    mentorship = mentorship_of(public_mentor(), prisoner)
    action_of(mentorship, note="Spoke in parliament.", link="javascript:alert(1)")
    page = content(anonymous, prisoner.get_absolute_url())
    assert "Spoke in parliament." in page
    assert "javascript:" not in page


def test_prisoner_page_without_mentors_has_no_mentor_section(anonymous):
    prisoner = PublicPrisonerFactory()
    assert "European mentors" not in content(anonymous, prisoner.get_absolute_url())


# --- Volunteer page ----------------------------------------------------------------------------

@pytest.fixture
def waiting_and_mentored():
    def prisoner(name, arrested_on, **kwargs):
        return PublicPrisonerFactory(full_name_latin=name, arrested_on=arrested_on, **kwargs)

    oldest = prisoner("Oldest Waiting", datetime.date(2018, 1, 1))
    mentorship_of(public_mentor(), oldest, status=MentorshipStatus.ENDED)  # ended: waiting
    middle = prisoner("Middle Waiting", datetime.date(2020, 1, 1))
    mentorship_of(public_mentor(), middle, status=MentorshipStatus.REQUESTED)  # not yet
    newest = prisoner("Newest Waiting", datetime.date(2024, 1, 1))
    unknown = prisoner("Unknown Date", None)
    mentorship_of(public_mentor(), prisoner("Publicly Mentored", datetime.date(2017, 1, 1)))
    mentorship_of(MentorFactory(), prisoner("Privately Mentored", datetime.date(2017, 1, 1)),
                  is_public=False)
    prisoner("Released Person", datetime.date(2016, 1, 1), status=Status.RELEASED)
    PrisonerFactory(full_name_latin="Unpublished Person", arrested_on=datetime.date(2015, 1, 1))
    return [oldest, middle, newest, unknown]


def test_volunteer_page_lists_prisoners_without_active_mentorship_longest_first(
        anonymous, waiting_and_mentored):
    response = anonymous.get(url("mentors:volunteer"))
    assert list(response.context["waiting"]) == waiting_and_mentored
    page = response.content.decode()
    for absent in ("Publicly Mentored", "Privately Mentored", "Released Person",
                   "Unpublished Person"):
        assert absent not in page
    choices = list(response.context["form"].fields["prisoner"].queryset)
    assert sorted(choices, key=lambda p: p.pk) == sorted(waiting_and_mentored,
                                                         key=lambda p: p.pk)


@pytest.mark.parametrize("language", LANGUAGES)
def test_volunteer_page_in_every_language(anonymous, language):
    PublicPrisonerFactory(full_name_original="Жучков Иван Петрович",
                          full_name_latin="Ivan Zhuchkov")
    response = anonymous.get(url("mentors:volunteer", language))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    name = {"ru": "Жучков Иван Петрович", "de": "Iwan Schutschkow",
            "fr": "Ivan Joutchkov", "pl": "Iwan Żuczkow"}.get(language, "Ivan Zhuchkov")
    assert f'<span class="card__name">{name}</span>' in page
    assert f">{name}</option>" in page
    assert f'action="/{language}/mentors/volunteer/#form-errors"' in page
    assert '<div class="hp" aria-hidden="true">' in page


def form_data(**overrides):
    return {
        "name": "Anna Berg", "email": "anna.berg@example.eu", "country": "SE",
        "role": "Member of the Riksdag", "prisoner": "", "message": "I would like to help Ivan.",
        "website": "", "started": signup_token(time.time() - 5), **overrides,
    }


@pytest.fixture
def coordinators(db):
    UserFactory(username="coord-a", email="a@coalition.example", is_staff=True,
                groups=[roles.COORDINATOR])
    UserFactory(username="coord-b", email="b@coalition.example", is_staff=True,
                groups=[roles.COORDINATOR])
    # None of these is told.
    UserFactory(username="coord-left", email="left@coalition.example", is_staff=True,
                is_active=False, groups=[roles.COORDINATOR])
    UserFactory(username="coord-no-mail", email="", is_staff=True, groups=[roles.COORDINATOR])
    UserFactory(username="not-staff", email="ns@coalition.example", groups=[roles.COORDINATOR])
    UserFactory(username="editor", email="editor@coalition.example", is_staff=True,
                groups=[roles.EDITOR])


def test_signup_is_saved_and_coordinators_are_told(anonymous, coordinators, mailoutbox):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov")
    users = User.objects.count()
    response = anonymous.post(url("mentors:volunteer", "de"),
                              form_data(prisoner=prisoner.pk))
    assert response.status_code == 302
    assert response["Location"] == "/de/mentors/volunteer/?thanks=1#signup"

    signup = MentorSignup.objects.get()
    assert (signup.name, signup.email, signup.country.code, signup.role, signup.prisoner,
            signup.message, signup.language, signup.is_handled) == (
        "Anna Berg", "anna.berg@example.eu", "SE", "Member of the Riksdag", prisoner,
        "I would like to help Ivan.", "de", False)
    assert User.objects.count() == users

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert sorted(mail.to) == ["a@coalition.example", "b@coalition.example"]
    assert mail.subject == "New mentor sign-up"
    assert f"/admin/mentorships/mentorsignup/{signup.pk}/change/" in mail.body
    assert "Sweden" in mail.body
    for private in ("I would like to help", "Anna Berg", "anna.berg@example.eu"):
        assert private not in mail.body

    assert 'class="notice notice--ok" role="status"' in content(anonymous, response["Location"])


def test_thank_you_message(anonymous):
    assert "Thank you for volunteering." in content(anonymous, url("mentors:volunteer") +
                                                    "?thanks=1")
    assert "Thank you for volunteering." not in content(anonymous, url("mentors:volunteer"))


def test_signup_without_prisoner_or_message(anonymous, mailoutbox):
    response = anonymous.post(url("mentors:volunteer"), form_data(message=""))
    assert response.status_code == 302
    signup = MentorSignup.objects.get()
    assert (signup.prisoner, signup.message, signup.language) == (None, "", "en")
    assert mailoutbox == []  # no coordinator with an address: nobody to tell, no error


def test_a_failing_mail_server_does_not_lose_the_signup(anonymous, coordinators, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr("mentorships.services.send_mail", broken)
    response = anonymous.post(url("mentors:volunteer"), form_data())
    assert response.status_code == 302
    assert MentorSignup.objects.count() == 1


def forged_token():
    token = signup_token(time.time() - 5)
    return token[:-1] + ("A" if token[-1] != "A" else "B")


REJECTIONS = {
    "honeypot": (lambda: {"website": "https://spam.example"}, HONEYPOT_MESSAGE),
    "too fast": (lambda: {"started": signup_token()}, TOO_FAST_MESSAGE),
    "expired": (lambda: {"started": signup_token(time.time() - 25 * 60 * 60)}, EXPIRED_MESSAGE),
    "forged": (lambda: {"started": forged_token()}, EXPIRED_MESSAGE),
    "missing timestamp": (lambda: {"started": ""}, EXPIRED_MESSAGE),
    "not a timestamp": (lambda: {"started": "hello"}, EXPIRED_MESSAGE),
    "invalid e-mail": (lambda: {"email": "anna.berg@"}, "Enter a valid email address."),
}


@pytest.mark.parametrize("case", REJECTIONS)
def test_rejected_signups_keep_the_input_and_save_nothing(anonymous, coordinators, mailoutbox,
                                                          case):
    overrides, message = REJECTIONS[case]
    response = anonymous.post(url("mentors:volunteer"), form_data(**overrides()))
    assert response.status_code == 200
    page = response.content.decode()
    assert escape(str(message)) in page
    assert 'value="Anna Berg"' in page and "I would like to help Ivan." in page
    assert MentorSignup.objects.count() == 0
    assert mailoutbox == []
    # The form comes back with a fresh timestamp and an empty honeypot, ready to send again.
    assert re.search(r'<input type="text" name="website"[^>]*>', page).group().count("value") == 0
    token = re.search(r'<input type="hidden" name="started" value="([^"]+)"', page).group(1)
    assert 0 <= token_age(token) < 5


def test_rejection_messages_are_translated(anonymous):
    response = anonymous.post(url("mentors:volunteer", "de"), form_data(website="x"))
    assert response.status_code == 200
    with translation.override("de"):
        assert escape(str(HONEYPOT_MESSAGE)) in response.content.decode()


@pytest.mark.parametrize("bad", [
    {"prisoner": "not-a-number"},
    {"prisoner": "999999"},
    {"country": "XX"},
    {"message": "x" * 3001},
    {"name": "x" * 201},
    {"name": "", "email": "", "role": ""},
    {"name": "Anna\x00Berg"},
])
def test_garbage_is_refused_without_error(anonymous, bad):
    response = anonymous.post(url("mentors:volunteer"), form_data(**bad))
    assert response.status_code == 200
    assert "Please correct the fields marked below." in response.content.decode()
    assert MentorSignup.objects.count() == 0


def test_prisoner_with_a_mentor_cannot_be_chosen(anonymous):
    taken = PublicPrisonerFactory()
    mentorship_of(MentorFactory(), taken, is_public=False)
    hidden = PrisonerFactory()
    for prisoner in (taken, hidden):
        response = anonymous.post(url("mentors:volunteer"), form_data(prisoner=prisoner.pk))
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    assert MentorSignup.objects.count() == 0


def test_rate_limit_per_address(anonymous, mailoutbox):
    for _ in range(5):  # every attempt counts, even refused ones
        assert anonymous.post(url("mentors:volunteer"), form_data(email="bad")).status_code == 200
    response = anonymous.post(url("mentors:volunteer"), form_data())
    assert response.status_code == 200
    assert escape(str(RATE_LIMIT_MESSAGE)) in response.content.decode()
    assert 'value="Anna Berg"' in response.content.decode()
    assert MentorSignup.objects.count() == 0
    assert mailoutbox == []
    # Another address is not affected.
    other = anonymous.post(url("mentors:volunteer"), form_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302
    assert MentorSignup.objects.count() == 1


def test_rate_limit_does_not_keep_addresses_in_clear(anonymous):
    anonymous.post(url("mentors:volunteer"), form_data(), REMOTE_ADDR="192.0.2.44")
    assert MentorSignup.objects.count() == 1
    assert not any("192.0.2.44" in str(key) for key in cache._cache)


def test_signup_still_works_when_the_cache_is_down(anonymous, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("cache server unreachable")

    monkeypatch.setattr(cache, "incr", down)
    assert anonymous.post(url("mentors:volunteer"), form_data()).status_code == 302
    assert MentorSignup.objects.count() == 1


def test_other_methods_are_refused(anonymous):
    assert anonymous.head(url("mentors:volunteer")).status_code == 200
    assert anonymous.put(url("mentors:volunteer")).status_code == 405
    assert anonymous.post(url("mentors:list")).status_code == 405


# --- Query counts ------------------------------------------------------------------------------

def make_mentors(n):
    article = ArticleFactory()
    for index in range(n):
        mentor = with_photo(public_mentor(country=["DE", "FR", "PL"][index % 3]))
        for _ in range(2):
            prisoner = PublicPrisonerFactory()
            prisoner.articles.add(article)
            action_of(mentorship_of(mentor, prisoner))


def test_mentors_page_query_count_does_not_grow(anonymous):
    make_mentors(1)
    one = count_queries(anonymous, url("mentors:list"))
    make_mentors(8)
    assert count_queries(anonymous, url("mentors:list")) == one


def test_volunteer_page_query_count_does_not_grow(anonymous):
    article = ArticleFactory()
    PublicPrisonerFactory().articles.add(article)
    one = count_queries(anonymous, url("mentors:volunteer"))
    for prisoner in PublicPrisonerFactory.create_batch(10):
        prisoner.articles.add(article)
    make_mentors(2)
    assert count_queries(anonymous, url("mentors:volunteer")) == one


def test_prisoner_page_query_count_does_not_grow_with_mentors(anonymous):
    prisoner = PublicPrisonerFactory()
    action_of(mentorship_of(with_photo(public_mentor()), prisoner))
    one = count_queries(anonymous, prisoner.get_absolute_url())
    for _ in range(4):
        mentorship = mentorship_of(public_mentor(), prisoner)
        action_of(mentorship)
        action_of(mentorship, kind=ActionKind.MEDIA)
    assert count_queries(anonymous, prisoner.get_absolute_url()) == one


# --- Photos and page hygiene -------------------------------------------------------------------

def test_mentor_photo_is_served_for_public_mentors_only(anonymous):
    shown = with_photo(public_mentor())
    for variant in ("full", "thumb"):
        response = anonymous.get(url("mentor_photo", pk=shown.pk, variant=variant))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert response["Cache-Control"] == "private, max-age=300"
        assert b"CanaryCam" not in b"".join(response.streaming_content)
    hidden = with_photo(MentorFactory(is_public=False))
    inactive = with_photo(public_mentor(user__is_active=False))
    without_photo = public_mentor()
    for mentor in (hidden, inactive, without_photo):
        for variant in ("full", "thumb"):
            assert anonymous.get(url("mentor_photo", pk=mentor.pk,
                                     variant=variant)).status_code == 404
    assert anonymous.get(f"/photos/mentors/{shown.pk}/original.jpg").status_code == 404
    assert anonymous.get("/photos/mentors/999999/thumb.jpg").status_code == 404


def test_mentor_photos_appear_on_the_pages(anonymous):
    mentor = with_photo(public_mentor())
    prisoner = PublicPrisonerFactory()
    mentorship_of(mentor, prisoner)
    thumb = f'src="/photos/mentors/{mentor.pk}/thumb.jpg"'
    assert thumb in content(anonymous, url("mentors:list"))
    assert thumb in content(anonymous, prisoner.get_absolute_url())


def test_new_pages_have_no_inline_scripts_or_styles(anonymous, mixed_programme):
    for path in (url("mentors:list"), url("mentors:volunteer"),
                 mixed_programme.get_absolute_url()):
        page = content(anonymous, path)
        assert "<script" not in page and "style=" not in page and "<style" not in page
