"""The public forms' rate limit counts per visitor, also behind a reverse proxy."""

import pytest
from django.test import RequestFactory

from coalition.public_forms import client_address


def request_from(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **headers)


def test_without_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("203.0.113.5", "198.51.100.7")) == "203.0.113.5"


@pytest.mark.parametrize(("forwarded", "expected"), [
    ("198.51.100.7", "198.51.100.7"),
    # Whatever the visitor wrote in front of what the proxy appended is ignored.
    ("10.0.0.1, 198.51.100.7", "198.51.100.7"),
    (" 198.51.100.7 ", "198.51.100.7"),
])
def test_behind_one_proxy_the_address_it_saw_counts(settings, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from("127.0.0.1", forwarded)) == expected


def test_behind_two_proxies_the_second_from_the_right_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    request = request_from("127.0.0.1", "forged, 198.51.100.7, 10.0.0.2")
    assert client_address(request) == "198.51.100.7"


def test_a_missing_header_falls_back_to_the_connection(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request_from("127.0.0.1")) == "127.0.0.1"
