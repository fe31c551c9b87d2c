"""Security headers on every kind of answer: public pages, the portal, the admin, the health
check, photos, errors, and public pages served from the page cache."""

import pytest
from django.test import Client, override_settings

from prisoners.images import sanitize_photo
from prisoners.services import photo_store
from tests.factories import MentorFactory, PublicPrisonerFactory
from tests.prisoners.test_photos import jpeg_with_gps
from tests.publiccache.conftest import page_cache  # noqa: F401 - fixture

PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), clipboard-read=(), "
    "compute-pressure=(), display-capture=(), encrypted-media=(), geolocation=(), "
    "gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), local-fonts=(), "
    "magnetometer=(), microphone=(), midi=(), otp-credentials=(), payment=(), "
    "screen-wake-lock=(), serial=(), speaker-selection=(), usb=(), window-management=(), "
    "xr-spatial-tracking=()")
HSTS = "max-age=31536000; includeSubDomains; preload"
# What production sets with HTTPS=1 and HSTS_PRELOAD=1 (the test settings turn HTTPS off).
PRODUCTION_HSTS = {"SECURE_HSTS_SECONDS": 31536000, "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
                   "SECURE_HSTS_PRELOAD": True}


def assert_protected(response, *, https=True):
    headers = response.headers
    assert headers["Permissions-Policy"] == PERMISSIONS_POLICY
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    if https:
        assert headers["Strict-Transport-Security"] == HSTS


@pytest.fixture
def mentor_client(db):
    client = Client()
    client.force_login(MentorFactory().user)
    return client


@pytest.mark.django_db
@override_settings(**PRODUCTION_HSTS)
def test_public_portal_and_admin_pages_carry_every_header(anonymous, mentor_client,
                                                          coordinator):
    PublicPrisonerFactory(slug="ivan-headers")
    for client, path in [(anonymous, "/en/"), (anonymous, "/ru/prisoners/ivan-headers/"),
                         (anonymous, "/accounts/login/"), (mentor_client, "/portal/"),
                         (coordinator, "/admin/"), (coordinator, "/admin/prisoners/prisoner/")]:
        response = client.get(path, secure=True)
        assert response.status_code == 200, path
        assert_protected(response)


@pytest.mark.django_db
@override_settings(**PRODUCTION_HSTS)
def test_health_check_photos_redirects_and_errors_carry_them_too(anonymous):
    person = PublicPrisonerFactory(slug="ivan-photo")
    photo_store(owner=person, photo=sanitize_photo(jpeg_with_gps()))
    answers = {"/healthz": 200, "/photos/ivan-photo/thumb.jpg": 200,
               "/photos/nobody/thumb.jpg": 404, "/en/no-such-page/": 404, "/admin/": 302,
               "/robots.txt": 200, "/api/v1/prisoners": 200}
    for path, status in answers.items():
        response = anonymous.get(path, secure=True)
        assert response.status_code == status, path
        assert_protected(response)
    # A forged Host is refused by CommonMiddleware, before the CSP and frame middlewares see
    # the answer (a bare "Bad Request"); the outer headers are there all the same.
    refused = anonymous.get("/en/", secure=True, headers={"host": "attacker.example"})
    assert refused.status_code == 400
    assert refused["Permissions-Policy"] == PERMISSIONS_POLICY
    assert refused["Strict-Transport-Security"] == HSTS
    assert refused["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_plain_http_sends_no_hsts(anonymous):
    response = anonymous.get("/en/")
    assert_protected(response, https=False)
    assert not response.has_header("Strict-Transport-Security")


@pytest.mark.usefixtures("page_cache")
def test_answers_from_the_page_cache_carry_them(anonymous):
    PublicPrisonerFactory(slug="ivan-cached")
    first = Client().get("/en/prisoners/ivan-cached/")
    hit = Client().get("/en/prisoners/ivan-cached/")
    assert (first["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
    assert_protected(hit, https=False)
    not_modified = Client().get("/en/prisoners/ivan-cached/",
                                headers={"If-None-Match": hit["ETag"]})
    assert not_modified.status_code == 304
    assert not_modified["Permissions-Policy"] == PERMISSIONS_POLICY
