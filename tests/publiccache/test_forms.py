"""The appeal and event forms sit on cached pages: no CSRF token, a same-origin check instead."""

import pytest
from django.test import Client

from appeals.models import Signature
from events.models import Registration
from tests.appeals.factories import AppealFactory
from tests.appeals.test_views import form_data as signature_data
from tests.events.factories import OnSiteEventFactory
from tests.events.factories import form_data as registration_data
from tests.publiccache.conftest import body

pytestmark = pytest.mark.usefixtures("page_cache")
HOST = "http://testserver"


@pytest.fixture
def appeal():
    return AppealFactory(slug="free-them")


def sign(headers):
    return Client().post("/en/appeals/free-them/", signature_data(), headers=headers)


def test_the_appeal_page_is_cached_without_a_token(appeal):
    first = Client().get("/en/appeals/free-them/")
    second = Client().get("/en/appeals/free-them/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert 'name="consent"' in body(second)
    assert "csrfmiddlewaretoken" not in body(second) and not second.cookies


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "same-origin"},
    {"Sec-Fetch-Site": "none"},
    {"Origin": HOST},
    {},  # neither header: not a browser
], ids=["same-origin", "typed", "own origin", "no headers"])
def test_a_signature_from_this_site_is_taken(appeal, headers):
    response = sign(headers)
    assert response.status_code == 302
    assert Signature.objects.filter(appeal=appeal).count() == 1


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},
    {"Origin": "https://attacker.example"},
    # A browser that says where it comes from is believed over Origin.
    {"Sec-Fetch-Site": "cross-site", "Origin": HOST},
], ids=["cross-site", "same-site", "other origin", "fetch site first"])
def test_a_signature_sent_from_another_site_is_refused(appeal, headers):
    response = sign(headers)
    assert response.status_code == 403
    assert "This form can only be sent from this website." in body(response)
    assert Signature.objects.count() == 0


def test_a_trusted_origin_is_taken(appeal, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.example.org"]
    assert sign({"Origin": "https://www.example.org"}).status_code == 302


def test_a_signature_sent_from_another_site_is_refused_in_the_readers_language(appeal):
    response = Client().post("/de/appeals/free-them/", signature_data(),
                             headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    assert "Dieses Formular kann nur von dieser Website aus gesendet werden." in body(response)


def test_the_event_page_is_cached_and_takes_registrations_only_from_this_site():
    event = OnSiteEventFactory(slug="letters", capacity=5)
    Client().get("/en/events/letters/")
    page = Client().get("/en/events/letters/")
    assert page["X-Cache"] == "hit" and 'name="email"' in body(page)
    assert "csrfmiddlewaretoken" not in body(page)
    url = "/en/events/letters/register/"
    refused = Client().post(url, registration_data(), headers={"Sec-Fetch-Site": "cross-site"})
    assert refused.status_code == 403 and Registration.objects.count() == 0
    taken = Client().post(url, registration_data(), headers={"Sec-Fetch-Site": "same-origin"})
    assert taken.status_code == 302
    assert Registration.objects.get().event == event
