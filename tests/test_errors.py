"""The 500 page speaks the language of the address and never asks the database."""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from coalition.errors import server_error
from tests.languages import LANGUAGES


def texts(language):
    with translation.override(language):
        return [translation.gettext(msgid) for msgid in (
            "Server error", "Something went wrong",
            "We have been notified. Please try again later.")]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_failing_page_answers_in_its_language(settings, language):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.urls_raising"
    response = Client(raise_request_exception=False).get(f"/{language}/broken/")
    title, heading, text = texts(language)
    assert response.status_code == 500
    assert response.content.decode() == (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n<body><h1>{heading}</h1><p>{text}</p></body></html>\n")


@pytest.mark.parametrize(("path", "language"), [("/ru/prisoners/x/", "ru"), ("/portal/", "en")])
def test_the_500_page_does_not_query(django_assert_num_queries, db, path, language):
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get(path))
    assert f'<html lang="{language}">' in response.content.decode()
