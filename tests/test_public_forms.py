"""The public forms (coalition/public_forms.py): the rate limit counts per visitor, also behind
a reverse proxy; after a bad submit every form points its inputs at errors that exist and
offers its error summary to the focus."""

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from coalition.public_forms import client_address
from tests.appeals.factories import AppealFactory
from tests.appeals.test_views import form_data as appeal_form
from tests.events.factories import OnSiteEventFactory
from tests.events.factories import form_data as event_form
from tests.html_checks import missing_describedby_ids
from tests.mentorships.test_public import form_data as mentor_form


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


# The error summary and the ids that aria-describedby names, on every public form.

def volunteer_form(language="en"):
    return reverse_in("mentors:volunteer", language)


def bad_posts():
    """Each public form sent with a missing name and a broken e-mail address."""
    event = OnSiteEventFactory(slug="letter-evening")
    appeal = AppealFactory(slug="free-them")
    return {
        "volunteer": (reverse_in("mentors:volunteer", "en"),
                      mentor_form(name="", email="anna@")),
        "appeal": (reverse_in("appeals:detail", "en", slug=appeal.slug),
                   appeal_form(name="", email="anna@")),
        "event": (reverse_in("events:register", "en", slug=event.slug),
                  event_form(name="", email="anna@")),
    }


def reverse_in(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("form", ["volunteer", "appeal", "event"])
def test_after_a_bad_submit_every_described_by_id_exists(anonymous, form):
    path, data = bad_posts()[form]
    page = anonymous.post(path, data).content.decode()
    assert missing_describedby_ids(page) == []
    assert 'aria-describedby="id_name_error"' in page
    assert ('<ul class="field__errors" id="id_name_error"><li>This field is required.</li></ul>'
            in page)
    assert 'id="id_email_error"><li>Enter a valid email address.</li></ul>' in page


@pytest.mark.parametrize("form", ["volunteer", "appeal", "event"])
def test_error_ids_are_rendered_only_with_an_error(anonymous, form):
    path, data = bad_posts()[form]
    page = anonymous.post(path, {**data, "name": "Anna Berg"}).content.decode()
    assert "id_name_error" not in page
    assert 'id="id_email_error"' in page and missing_describedby_ids(page) == []


@pytest.mark.parametrize("form", ["volunteer", "appeal", "event"])
def test_the_error_summary_can_take_the_focus(anonymous, form):
    path, data = bad_posts()[form]
    page = anonymous.post(path, data).content.decode()
    assert ('<div class="notice notice--error error-summary" id="form-errors" role="alert" '
            'tabindex="-1" data-error-summary>') in page
    assert '<script src="/static/js/public-forms.js" defer></script>' in page
    assert page.count('id="form-errors"') == 1


def test_a_form_without_errors_has_no_summary(anonymous):
    page = anonymous.get(volunteer_form()).content.decode()
    assert 'id="form-errors"' not in page and "public-forms.js" not in page
    assert missing_describedby_ids(page) == []
