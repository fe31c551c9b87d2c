import pytest
from django.db import OperationalError, connection
from django.test import override_settings


def _database_down(execute, sql, params, many, context):
    raise OperationalError("connection refused")


@pytest.mark.django_db
def test_healthz_answers_ok_with_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_fails(client):
    with connection.execute_wrapper(_database_down):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"database unavailable\n"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_sets_no_cookie_and_is_not_language_prefixed(client):
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert client.get("/en/healthz/").status_code == 404


@pytest.mark.django_db
def test_healthz_answers_get_only(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 405


@pytest.mark.django_db
def test_healthz_still_enforces_allowed_hosts(client):
    response = client.get("/healthz", HTTP_HOST="attacker.example")

    assert response.status_code == 400


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_healthz_is_not_redirected_to_https_but_pages_are(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/en/").status_code == 301


@pytest.mark.django_db
def test_healthz_goes_through_the_site_middleware(client):
    response = client.get("/healthz")

    assert response["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in response["Content-Security-Policy"]
