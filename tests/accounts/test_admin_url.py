"""The admin at a path of the deployment's own (ADMIN_URL)."""

import importlib

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.urls import clear_url_caches, reverse

from coalition.settings import admin_url
from publiccache.middleware import is_anonymous_public_request

OFFICE = "office-7f3a/"


def reload_urlconf():
    importlib.reload(importlib.import_module("coalition.urls"))
    clear_url_caches()


@pytest.fixture
def office_admin():
    """coalition.urls built again with ADMIN_URL="office-7f3a/", and as before afterwards."""
    with override_settings(ADMIN_URL=OFFICE):
        reload_urlconf()
        yield
    reload_urlconf()


@pytest.mark.parametrize("value", ["admin/", OFFICE, "staff/registry-2/", "a.b_c~d/"])
def test_valid_admin_paths_are_kept_as_given(value):
    assert admin_url(value) == value


@pytest.mark.parametrize("value", ["", "/", "admin", "/admin/", "office//", "./", "../admin/",
                                   "office 7/", "office?x=1/", "portal/", "accounts/x/", "en/",
                                   "static/"])
def test_invalid_admin_paths_are_refused(value):
    with pytest.raises(ImproperlyConfigured, match="ADMIN_URL"):
        admin_url(value)


def test_the_admin_answers_at_its_own_path_and_admin_is_unknown(office_admin, coordinator,
                                                                 anonymous):
    assert reverse("admin:index") == "/office-7f3a/"
    assert coordinator.get("/office-7f3a/prisoners/prisoner/").status_code == 200
    response = anonymous.get("/office-7f3a/")
    assert response["Location"] == "/office-7f3a/login/?next=/office-7f3a/"
    assert anonymous.get(response["Location"])["Location"] == (
        "/accounts/login/?next=%2Foffice-7f3a%2F")
    # /admin/ answers like any path that does not exist: the language redirect, then a 404.
    for client in (coordinator, anonymous):
        old = client.get("/admin/", follow=True)
        unknown = client.get("/no-such-place/", follow=True)
        assert old.status_code == unknown.status_code == 404
        assert old.redirect_chain == [("/en/admin/", 302)]
    assert coordinator.get("/admin/prisoners/prisoner/", follow=True).status_code == 404


def test_admin_photos_move_with_the_admin(office_admin):
    assert reverse("admin_prisoner_photo", args=[7, "thumb"]) == (
        "/office-7f3a/prisoner-photos/7/thumb.jpg")


@override_settings(STAFF_REQUIRE_2FA=True)
def test_staff_two_factor_rule_follows_the_admin(office_admin, coordinator):
    response = coordinator.get("/office-7f3a/")
    assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_robots_txt_does_not_name_an_admin_path_of_its_own(office_admin, anonymous):
    robots = anonymous.get("/robots.txt").content.decode()
    assert "office" not in robots and "admin" not in robots
    assert "Disallow: /portal/" in robots


def test_robots_txt_keeps_the_default_admin_path_out_of_search_engines(anonymous):
    assert "Disallow: /admin/\n" in anonymous.get("/robots.txt").content.decode()


def test_the_page_cache_never_serves_the_admin(office_admin, rf):
    assert not is_anonymous_public_request(rf.get("/office-7f3a/login/"))
    assert is_anonymous_public_request(rf.get("/en/prisoners/"))

