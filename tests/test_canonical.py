"""Every public page names its own address as canonical: SITE_URL, its language, no query
string but the page number; the admin and the portal do not."""

import pytest
from django.test import Client

from tests.factories import MentorFactory, PublicPrisonerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://registry.example"


def canonical(response):
    assert response.status_code == 200
    return [line.strip() for line in response.content.decode().splitlines()
            if 'rel="canonical"' in line]


def test_home(anonymous):
    assert canonical(anonymous.get("/ru/")) == [
        '<link rel="canonical" href="https://registry.example/ru/">']


def test_prisoner_detail(anonymous):
    PublicPrisonerFactory(slug="anna-sokolova")
    assert canonical(anonymous.get("/de/prisoners/anna-sokolova/")) == [
        '<link rel="canonical" href="https://registry.example/de/prisoners/anna-sokolova/">']


def test_list_search_is_not_canonical(anonymous):
    PublicPrisonerFactory()
    assert canonical(anonymous.get("/en/prisoners/?q=petrov&page=1")) == [
        '<link rel="canonical" href="https://registry.example/en/prisoners/">']


def test_list_keeps_its_page_number(anonymous):
    PublicPrisonerFactory.create_batch(25)
    assert canonical(anonymous.get("/fr/prisoners/?page=2&q=")) == [
        '<link rel="canonical" href="https://registry.example/fr/prisoners/?page=2">']


def test_never_on_admin_or_portal(coordinator, settings):
    mentor = Client()
    mentor.force_login(MentorFactory().user)
    admin = coordinator.get(f"/{settings.ADMIN_URL}")
    portal = mentor.get("/portal/", follow=True)
    assert admin.status_code == portal.status_code == 200
    assert 'rel="canonical"' not in admin.content.decode() + portal.content.decode()
