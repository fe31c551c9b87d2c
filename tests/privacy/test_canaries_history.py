"""Canaries that live only in history rows: a contact's phone, a public prisoner's earlier
biography, an internal note, a public post's and a public page's earlier text, an event's and
an appeal's earlier description, each changed to a token and back. The tokens exist only in the
historical tables; no public page, feed, API, CSV or sitemap may show them."""

import pytest

from pages.models import Page
from prisoners.models import InternalNote
from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory
from tests.news.factories import PostFactory
from tests.privacy.test_canaries import (  # noqa: F401 - the fixture
    LANGUAGES,
    Canaries,
    planted,
    public_paths,
)
from tests.privacy.test_canaries_news import sitemap_sections


def changed_and_back(obj, field, token):
    """Save ``obj`` with ``token`` in ``field``, then with the value it had."""
    kept = getattr(obj, field)
    setattr(obj, field, token)
    obj.save()
    setattr(obj, field, kept)
    obj.save()


@pytest.fixture
def history_planted(planted):  # noqa: F811 - the fixture imported above
    canary = Canaries()
    public = planted["public"]
    contact = public.contacts.first()
    changed_and_back(contact, "phone", canary("old_phone"))
    changed_and_back(contact, "name", canary("old_contact_name"))
    for code in LANGUAGES:
        changed_and_back(public, f"biography_{code}", canary(f"old_biography_{code}"))
    changed_and_back(public, "full_name_latin", canary("old_latin_name"))
    note = InternalNote.objects.create(prisoner=public, text="Visited.")
    changed_and_back(note, "text", canary("old_note"))
    post = PostFactory(slug="history-post")
    changed_and_back(post, "body_en", canary("old_post_body"))
    page = Page.objects.get(slug="about")
    changed_and_back(page, "body_en", canary("old_page_body"))
    event = EventFactory(slug="history-event")
    changed_and_back(event, "description_en", canary("old_event_description"))
    appeal = AppealFactory(slug="history-appeal", prisoners=[public])
    changed_and_back(appeal, "text_en", canary("old_appeal_text"))
    return {**planted, "history_tokens": canary.tokens}


def history_paths():
    paths = ["/", "/robots.txt", "/sitemap.xml"]
    for code in LANGUAGES:
        prefix = f"/{code}"
        paths += [f"{prefix}/news/", f"{prefix}/news/feed/", f"{prefix}/news/history-post/",
                  f"{prefix}/events/", f"{prefix}/events/history-event/",
                  f"{prefix}/events/history-event/event.ics", f"{prefix}/events/calendar.ics",
                  f"{prefix}/events/feed/", f"{prefix}/events/history-event/kit/",
                  f"{prefix}/appeals/", f"{prefix}/appeals/history-appeal/", f"{prefix}/feed/",
                  f"{prefix}/about/"]
    return paths


def test_the_canaries_are_in_history(history_planted):
    from django.apps import apps

    stored = []
    for model in apps.get_models():
        if model.__name__.startswith("Historical") and not model._meta.auto_created:
            stored += [str(row) for row in model.objects.values_list()]
    text = " ".join(stored)
    assert [token for token in history_planted["history_tokens"] if token not in text] == []


def test_no_history_canary_on_any_public_url(history_planted, anonymous):
    tokens = [token.lower() for token in history_planted["history_tokens"]]
    paths = [*public_paths(history_planted), *history_paths(), *sitemap_sections(anonymous)]
    for path in paths:
        response = anonymous.get(path, follow=True)
        assert response.status_code in (200, 404), path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace").lower()
        assert [token for token in tokens if token in text] == [], path
    # The public prisoner is still public and shown, with the current values.
    page = anonymous.get(f"/en/prisoners/{history_planted['public'].slug}/")
    assert page.status_code == 200
