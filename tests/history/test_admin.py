"""The History page, the history of inline rows and revert, as coordinator, editor, finance and
anonymous (coalition/history_admin.py)."""

import pytest
from django.contrib.messages import get_messages

from pages.models import Page
from prisoners.models import Facility, Prisoner, PrisonerContact
from tests.factories import (
    ArticleFactory,
    FacilityFactory,
    PrisonerFactory,
    PublicPrisonerFactory,
)
from tests.prisoners.test_admin import change_url, html, post_change_form

pytestmark = pytest.mark.django_db


def history_url(prisoner):
    return f"/admin/prisoners/prisoner/{prisoner.pk}/history/"


def revert_url(prisoner, record):
    return f"{history_url(prisoner)}{record.history_id}/revert/"


def contacts_history_url(prisoner):
    return f"{history_url(prisoner)}of/prisonercontact/"


def messages_of(response):
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


def edited(coordinator, **changes):
    """A prisoner created in the admin's way, then changed once through the change form."""
    prisoner = PrisonerFactory(full_name_latin="Ivan Old", biography_en="Old biography.")
    response = post_change_form(coordinator, prisoner, changes)
    assert response.status_code == 302, html(response)
    prisoner.refresh_from_db()
    return prisoner


# Who may see what -----------------------------------------------------------------------------

def test_coordinator_sees_who_when_and_each_changed_field(coordinator):
    new_facility = FacilityFactory(name_en="IK-7 Segezha")
    prisoner = edited(coordinator, full_name_latin="Ivan New", status="serving_sentence",
                      facility=str(new_facility.pk),
                      history_change_reason="Verdict came in")
    old_facility = Facility.objects.exclude(pk=new_facility.pk).get()
    response = coordinator.get(history_url(prisoner))
    assert response.status_code == 200
    page = html(response)
    assert "by coordinator-test" in page
    assert "Verdict came in" in page
    versions = response.context["versions"]
    record, changes = versions[0]
    assert record.history_user == coordinator.user
    diff = {change.label: (change.old, change.new) for change in changes}
    assert diff == {
        "full name (Latin script)": ("Ivan Old", "Ivan New"),
        # display values, not stored codes or ids
        "status": ("detained pending trial", "serving a sentence in a colony or prison"),
        "current facility": (old_facility.name_en, "IK-7 Segezha"),
    }


def test_one_admin_save_is_one_version_with_the_articles(coordinator):
    article = ArticleFactory(number="999.1", title_en="Fakes about the army")
    prisoner = PrisonerFactory()
    response = post_change_form(coordinator, prisoner, {"articles": [str(article.pk)]})
    assert response.status_code == 302
    assert prisoner.history.count() == 2  # the factory's insert, the admin's change
    response = coordinator.get(history_url(prisoner))
    (_, changes), _created = response.context["versions"]
    assert [(c.label, c.new) for c in changes] == [
        ("articles of the Criminal Code", "999.1 — Fakes about the army")]


def test_translated_columns_are_tracked_each_in_its_language(coordinator):
    prisoner = edited(coordinator, biography_de="Neue Biografie.")
    _, changes = coordinator.get(history_url(prisoner)).context["versions"][0]
    assert [(c.label, c.old, c.new) for c in changes] == [
        ("biography [de]", "—", "Neue Biografie.")]


@pytest.mark.parametrize("persona", ["editor", "finance"])
def test_prisoner_history_is_closed_to_those_who_may_not_see_private_records(request, persona,
                                                                           coordinator):
    prisoner = edited(coordinator, full_name_latin="Ivan New")
    client = request.getfixturevalue(persona)
    assert client.get(history_url(prisoner)).status_code == 403
    record = prisoner.history.earliest()
    assert client.get(revert_url(prisoner, record)).status_code == 403
    assert client.post(revert_url(prisoner, record)).status_code == 403
    assert Prisoner.objects.get(pk=prisoner.pk).full_name_latin == "Ivan New"


def test_anonymous_is_sent_to_the_login(anonymous, coordinator):
    prisoner = edited(coordinator, full_name_latin="Ivan New")
    record = prisoner.history.earliest()
    for url in (history_url(prisoner), revert_url(prisoner, record),
                contacts_history_url(prisoner)):
        response = anonymous.get(url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    assert anonymous.post(revert_url(prisoner, record)).status_code == 302
    assert Prisoner.objects.get(pk=prisoner.pk).full_name_latin == "Ivan New"


def test_editor_reads_and_reverts_a_page_but_finance_may_not(coordinator, editor, finance):
    page = Page.objects.create(slug="about-history", title_en="About", body_en="First text.")
    page.body_en = "Second text."
    page.save()
    url = f"/admin/pages/page/{page.pk}/history/"
    assert editor.get(url).status_code == 200
    assert finance.get(url).status_code == 403
    record = page.history.earliest()
    assert finance.post(f"{url}{record.history_id}/revert/").status_code == 403
    response = editor.post(f"{url}{record.history_id}/revert/", {"reason": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.body_en == "First text."
    assert page.history.latest().history_user == editor.user


@pytest.mark.parametrize("url", [
    "/admin/events/registration/{pk}/history/",
    "/admin/appeals/signature/{pk}/history/",
    "/admin/mentorships/mentorsignup/{pk}/history/",
])
def test_history_of_private_models_is_for_coordinators_only(url, coordinator, editor, finance):
    from tests.history.test_privacy import private_public_records

    records = private_public_records()
    pk = records[url.split("/")[3]].pk
    assert coordinator.get(url.format(pk=pk)).status_code == 200
    assert editor.get(url.format(pk=pk)).status_code == 403
    assert finance.get(url.format(pk=pk)).status_code == 403


def test_income_history_is_for_finance_and_coordinators_not_editors(coordinator, editor,
                                                                   finance):
    from tests.factories import IncomeFactory

    income = IncomeFactory(donor_name="CANARYDONORHISTORY", donor_may_be_named=True)
    url = f"/admin/funds/income/{income.pk}/history/"
    assert finance.get(url).status_code == 200
    assert coordinator.get(url).status_code == 200
    assert editor.get(url).status_code == 403


# Inline rows ----------------------------------------------------------------------------------

def test_coordinator_reaches_the_history_of_contacts_deleted_ones_too(coordinator):
    prisoner = PrisonerFactory()
    contact = PrisonerContact.objects.create(prisoner=prisoner, kind="relative", name="Anna",
                                             phone="+7 900 111-11-11")
    contact.phone = "+7 900 222-22-22"
    contact.save()
    contact.delete()
    page = html(coordinator.get(history_url(prisoner)))
    assert f'href="{contacts_history_url(prisoner)}"' in page
    response = coordinator.get(contacts_history_url(prisoner))
    assert response.status_code == 200
    types = [record.history_type for record, _ in response.context["versions"]]
    assert types == ["-", "~", "+"]
    _, changes = response.context["versions"][1]
    assert [(c.label, c.old, c.new) for c in changes] == [
        ("phone", "+7 900 111-11-11", "+7 900 222-22-22")]


@pytest.mark.parametrize("persona", ["editor", "finance"])
def test_history_of_contacts_is_closed_to_others(request, persona):
    prisoner = PrisonerFactory()
    PrisonerContact.objects.create(prisoner=prisoner, kind="relative", name="CANARYINLINE")
    response = request.getfixturevalue(persona).get(contacts_history_url(prisoner))
    assert response.status_code == 403
    assert "CANARYINLINE" not in html(response)


def test_history_of_a_model_that_is_not_an_inline_is_refused(coordinator):
    prisoner = PrisonerFactory()
    response = coordinator.get(f"{history_url(prisoner)}of/income/")
    assert response.status_code == 403


# Revert ---------------------------------------------------------------------------------------

def test_revert_round_trip(coordinator):
    old_facility = FacilityFactory(name_en="SIZO-1")
    prisoner = PrisonerFactory(full_name_latin="Ivan Old", facility=old_facility,
                               biography_en="Old biography.", sentence_years=None)
    old_version = prisoner.history.latest()
    new_facility = FacilityFactory(name_en="IK-7")
    response = post_change_form(coordinator, prisoner, {
        "full_name_latin": "Ivan New", "biography_en": "New biography.",
        "facility": str(new_facility.pk)})
    assert response.status_code == 302

    confirm = coordinator.get(revert_url(prisoner, old_version))
    assert confirm.status_code == 200
    assert "A revert never publishes anything." in html(confirm)
    assert {c.label: (c.old, c.new) for c in confirm.context["changes"]} == {
        "full name (Latin script)": ("Ivan New", "Ivan Old"),
        "biography [en]": ("New biography.", "Old biography."),
        "current facility": ("IK-7", "SIZO-1"),
    }
    response = coordinator.post(revert_url(prisoner, old_version), {"reason": "Wrong person"})
    assert response.status_code == 302
    assert response["Location"] == history_url(prisoner)

    prisoner.refresh_from_db()
    assert (prisoner.full_name_latin, prisoner.biography_en, prisoner.facility) == (
        "Ivan Old", "Old biography.", old_facility)
    latest = prisoner.history.latest()
    assert latest.history_user == coordinator.user
    assert latest.history_change_reason.startswith("Reverted to the version of ")
    assert latest.history_change_reason.endswith(
        f"(no. {old_version.history_id}). Wrong person")
    assert prisoner.history.count() == 3
    [(level, text)] = messages_of(response)
    assert level == "success"
    assert text.startswith(f"{prisoner} was reverted to version no. {old_version.history_id} (")


def test_revert_never_publishes(coordinator):
    prisoner = PublicPrisonerFactory(full_name_latin="Ivan Public")
    published_version = prisoner.history.latest()
    assert published_version.is_published
    Prisoner.objects.filter(pk=prisoner.pk).update(is_published=False)
    prisoner.refresh_from_db()
    prisoner.full_name_latin = "Ivan Hidden"
    prisoner.save()

    response = coordinator.post(revert_url(prisoner, published_version), {"reason": ""})
    assert response.status_code == 302
    prisoner.refresh_from_db()
    assert prisoner.full_name_latin == "Ivan Public"
    assert prisoner.is_published is False
    assert not Prisoner.objects.public().filter(pk=prisoner.pk).exists()
    confirm = coordinator.get(revert_url(prisoner, published_version))
    assert "published" in confirm.context["kept"]


def test_revert_to_a_version_whose_facility_was_deleted_is_refused(coordinator):
    gone = FacilityFactory(name_en="Closed colony")
    prisoner = PrisonerFactory(facility=gone, full_name_latin="Ivan Old")
    old_version = prisoner.history.latest()
    prisoner.full_name_latin = "Ivan New"
    prisoner.facility = FacilityFactory(name_en="IK-2")
    prisoner.save()
    gone_id = gone.pk
    gone.delete()

    confirm = coordinator.get(revert_url(prisoner, old_version))
    assert [(c.label, c.new) for c in confirm.context["changes"]
            if c.label == "current facility"] == [("current facility", f"deleted (#{gone_id})")]
    response = coordinator.post(revert_url(prisoner, old_version), {"reason": ""})
    assert response.status_code == 200
    assert messages_of(response) == [(
        "error", f"This version cannot be restored: current facility: facility instance with "
                 f"id {gone_id} is not a valid choice.")]
    prisoner.refresh_from_db()
    assert (prisoner.full_name_latin, prisoner.facility.name) == ("Ivan New", "IK-2")
    assert prisoner.history.count() == 2


def test_revert_to_a_version_that_no_longer_validates_is_refused(coordinator):
    first = PrisonerFactory(slug="ivan-first")
    old_version = first.history.latest()
    first.slug = "ivan-renamed"
    first.save()
    PrisonerFactory(slug="ivan-first")  # someone else took the old address since
    response = coordinator.post(revert_url(first, old_version), {"reason": ""})
    assert response.status_code == 200
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert text == "This version cannot be restored: slug: Prisoner with this Slug already exists."
    first.refresh_from_db()
    assert first.slug == "ivan-renamed"


def test_revert_keeps_the_recognition_standing(coordinator):
    prisoner = PublicPrisonerFactory()
    version = prisoner.history.latest()
    prisoner.recognitions.update(status="removed")
    # The trigger changed the standing; the version above was taken before.
    prisoner.refresh_from_db()
    assert prisoner.recognition_standing == "removed"
    prisoner.full_name_latin = "Someone Else"
    prisoner.save()
    assert coordinator.post(revert_url(prisoner, version), {"reason": ""}).status_code == 302
    prisoner.refresh_from_db()
    assert prisoner.recognition_standing == "removed"


def test_a_version_of_another_record_is_not_found(coordinator):
    one, other = PrisonerFactory(), PrisonerFactory()
    response = coordinator.get(revert_url(one, other.history.latest()))
    assert response.status_code == 404
    assert change_url(one)  # the record is untouched
