"""The portal as mentor A, mentor B, anonymous and staff: B gets 404 on all of A's things."""

import datetime

import pytest
from django.test import Client

from mentorships import services
from mentorships.choices import ActionKind, MentorshipStatus
from mentorships.models import MentorAction, Mentorship
from prisoners.models import PrisonerContact
from tests.factories import CaseEventFactory, MentorFactory, PublicPrisonerFactory

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def mentor_a():
    return MentorFactory(name="Anna Mentor", preferred_language="de")


@pytest.fixture
def mentorship_a(mentor_a):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Zhuchkov", slug="ivan-zhuchkov")
    return services.mentorship_assign(mentor=mentor_a, prisoner=prisoner)


@pytest.fixture
def action_a(mentorship_a):
    return services.mentor_action_log(mentorship=mentorship_a, kind=ActionKind.MEDIA,
                                      date=datetime.date(2026, 5, 1), note="Interview")


@pytest.fixture
def as_a(mentor_a):
    return client_for(mentor_a.user)


@pytest.fixture
def as_b():
    return client_for(MentorFactory(name="Bernd Mentor").user)


def a_urls(mentorship_a, action_a):
    slug = mentorship_a.prisoner.slug
    return [f"/portal/prisoners/{slug}/", f"/portal/prisoners/{slug}/templates/",
            f"/portal/actions/{action_a.pk}/edit/", f"/portal/actions/{action_a.pk}/delete/"]


def test_mentor_sees_own_prisoner_in_own_language(as_a, mentorship_a, action_a):
    response = as_a.get("/portal/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in content
    assert "Ivan Zhuchkov" in content and "Interview" in content
    for url in a_urls(mentorship_a, action_a):
        assert as_a.get(url).status_code == 200, url


def test_other_mentor_gets_404_on_everything(as_b, mentorship_a, action_a):
    assert "Ivan Zhuchkov" not in as_b.get("/portal/").content.decode()
    for url in a_urls(mentorship_a, action_a):
        assert as_b.get(url).status_code == 404, url
    writable = [url for url in a_urls(mentorship_a, action_a) if "/templates/" not in url]
    for url in writable:
        assert as_b.post(url, {"kind": "media", "date": "2026-01-01"}).status_code == 404, url
    assert MentorAction.objects.filter(pk=action_a.pk, note="Interview").exists()


def test_anonymous_is_sent_to_login(anonymous, mentorship_a, action_a):
    for url in ["/portal/", *a_urls(mentorship_a, action_a)]:
        response = anonymous.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


def test_staff_without_mentor_profile_gets_404(coordinator, mentorship_a):
    # (LocaleMiddleware first offers /en/portal/..., which is a 404 too.)
    for url in ("/portal/", f"/portal/prisoners/{mentorship_a.prisoner.slug}/"):
        assert coordinator.get(url, follow=True).status_code == 404


def test_ended_mentorship_closes_the_prisoner_page(as_a, mentorship_a):
    services.mentorship_end(mentorship=mentorship_a)
    assert as_a.get(f"/portal/prisoners/{mentorship_a.prisoner.slug}/").status_code == 404


def test_log_edit_and_delete_an_action(as_a, mentorship_a):
    url = f"/portal/prisoners/{mentorship_a.prisoner.slug}/"
    response = as_a.post(url, {"kind": "parliamentary_question", "date": "2026-06-01",
                               "note": "Asked the minister", "link": "", "is_public": "on"})
    assert response.status_code == 302
    action = MentorAction.objects.get(mentorship=mentorship_a)
    assert (action.kind, action.note, action.is_public) == (
        "parliamentary_question", "Asked the minister", True)
    as_a.post(f"/portal/actions/{action.pk}/edit/", {"kind": "media", "date": "2026-06-02",
                                                     "note": "Changed", "link": ""})
    action.refresh_from_db()
    assert (action.kind, action.note, action.is_public) == ("media", "Changed", False)
    as_a.post(f"/portal/actions/{action.pk}/delete/")
    assert not MentorAction.objects.filter(pk=action.pk).exists()


def test_invalid_action_is_refused_with_the_input_kept(as_a, mentorship_a):
    url = f"/portal/prisoners/{mentorship_a.prisoner.slug}/"
    response = as_a.post(url, {"kind": "media", "date": "not a date", "note": "Keep me",
                               "link": "javascript:alert(1)"})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"date", "link"}
    assert "Keep me" in response.content.decode()
    assert MentorAction.objects.count() == 0


def test_mentor_sees_internal_events_only_when_marked_for_mentors(as_a, mentorship_a):
    prisoner = mentorship_a.prisoner
    CaseEventFactory(prisoner=prisoner, is_public=False, visible_to_mentors=True,
                     description_de="Für Paten sichtbar")
    CaseEventFactory(prisoner=prisoner, is_public=False, visible_to_mentors=False,
                     description_de="Streng intern")
    PrisonerContact.objects.create(prisoner=prisoner, kind="lawyer", name="Lawyer Canary",
                                   phone="+7 900 CANARY")
    content = as_a.get(f"/portal/prisoners/{prisoner.slug}/").content.decode()
    assert "Für Paten sichtbar" in content
    assert "Streng intern" not in content
    assert "Lawyer Canary" not in content and "CANARY" not in content


def test_request_to_mentor_a_waiting_prisoner(as_a, mentor_a, mentorship_a):
    waiting_long = PublicPrisonerFactory(arrested_on=datetime.date(2020, 1, 1), slug="waiting")
    PublicPrisonerFactory(arrested_on=datetime.date(2024, 1, 1), slug="recent")
    page = as_a.get("/portal/volunteer/")
    assert [p.slug for p in page.context["prisoners"]] == ["waiting", "recent"]
    response = as_a.post("/portal/volunteer/waiting/")
    assert response.status_code == 302
    mentorship = Mentorship.objects.get(mentor=mentor_a, prisoner=waiting_long)
    assert mentorship.status == MentorshipStatus.REQUESTED
    assert [p.slug for p in as_a.get("/portal/volunteer/").context["prisoners"]] == ["recent"]
    assert as_a.post("/portal/volunteer/ivan-zhuchkov/").status_code == 404


def test_letter_templates_hold_public_facts(as_a, mentorship_a):
    content = as_a.get(
        f"/portal/prisoners/{mentorship_a.prisoner.slug}/templates/").content.decode()
    assert "Ivan Zhuchkov" in content
    assert "Anna Mentor" in content


def test_dashboard_query_count_does_not_grow_with_prisoners(as_a, mentor_a, mentorship_a):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert as_a.get("/portal/").status_code == 200
        return len(queries)

    one = count()
    for _ in range(4):
        mentorship = services.mentorship_assign(mentor=mentor_a, prisoner=PublicPrisonerFactory())
        CaseEventFactory(prisoner=mentorship.prisoner, kind="hearing_scheduled",
                         date=datetime.date(2030, 1, 1))
        services.mentor_action_log(mentorship=mentorship, kind=ActionKind.MEDIA,
                                   date=datetime.date(2026, 5, 1))
    assert count() == one


@pytest.mark.parametrize(("born", "today", "expected"), [
    (datetime.date(1990, 3, 14), datetime.date(2026, 3, 1), datetime.date(2026, 3, 14)),
    (datetime.date(1990, 3, 14), datetime.date(2026, 3, 14), datetime.date(2026, 3, 14)),
    (datetime.date(1990, 3, 14), datetime.date(2026, 3, 15), datetime.date(2027, 3, 14)),
    (datetime.date(1992, 2, 29), datetime.date(2026, 1, 1), datetime.date(2026, 2, 28)),
    (datetime.date(1992, 2, 29), datetime.date(2027, 3, 1), datetime.date(2028, 2, 29)),
])
def test_next_birthday(born, today, expected):
    from mentorships.selectors_portal import next_birthday

    assert next_birthday(born, today) == expected


def test_request_list_leaves_out_prisoners_no_longer_held(as_a, mentorship_a):
    PublicPrisonerFactory(slug="still-held")
    PublicPrisonerFactory(slug="released", status="released")
    PublicPrisonerFactory(slug="died", status="died_in_custody")
    slugs = [p.slug for p in as_a.get("/portal/volunteer/").context["prisoners"]]
    assert slugs == ["still-held"]
    assert as_a.post("/portal/volunteer/released/").status_code == 404
