"""A cached page carries the same fallback marks and alternates as a rendered one, per
language, and a new translation replaces them at once."""

import pytest
from django.test import Client

from prisoners.models import Prisoner
from tests.factories import PublicPrisonerFactory
from tests.publiccache.conftest import body

pytestmark = pytest.mark.usefixtures("page_cache")


def test_a_hit_keeps_the_fallback_marks_of_its_language():
    PublicPrisonerFactory(slug="cached-bio", biography_en="Born in Tula.")
    client = Client()
    first = client.get("/de/prisoners/cached-bio/")
    second = client.get("/de/prisoners/cached-bio/")
    english = client.get("/en/prisoners/cached-bio/")
    assert (first["X-Cache"], second["X-Cache"], english["X-Cache"]) == ("miss", "hit", "miss")
    assert body(second) == body(first)
    assert '<div lang="en"><p>Born in Tula.</p></div>' in body(second)
    assert 'hreflang="de"' not in body(second).split("</head>")[0]
    assert "<p>Born in Tula.</p>" in body(english) and 'lang="en"><p>' not in body(english)


def test_a_new_translation_replaces_the_marks():
    PublicPrisonerFactory(slug="cached-bio", biography_en="Born in Tula.")
    client = Client()
    client.get("/de/prisoners/cached-bio/")
    Prisoner.objects.filter(slug="cached-bio").update(biography_de="Geboren in Tula.")
    after = client.get("/de/prisoners/cached-bio/")
    assert after["X-Cache"] == "miss"
    assert "<p>Geboren in Tula.</p>" in body(after) and 'class="fallback-note"' not in body(after)
    assert '<link rel="alternate" hreflang="de"' in body(after)
