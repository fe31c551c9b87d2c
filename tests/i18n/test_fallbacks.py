"""A text shown in another language is marked as such (lang, a note), and hreflang does not
advertise a language the page's main text is not written in."""

import pytest
from django.urls import reverse
from django.utils import translation

from pages.models import Page
from tests.appeals.factories import AppealFactory
from tests.events.factories import EventFactory
from tests.factories import CampaignFactory, CaseEventFactory, MentorFactory, PublicPrisonerFactory
from tests.news.factories import PostFactory

pytestmark = pytest.mark.django_db


def note(language):
    with translation.override(language):
        return translation.gettext("Not yet translated")


def get(client, name, language, **kwargs):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)
    return client.get(path).content.decode()


def test_fallback_biography_carries_its_language_and_a_note(anonymous):
    prisoner = PublicPrisonerFactory(biography_en="Born in Tula.")
    content = get(anonymous, "prisoners:detail", "de", slug=prisoner.slug)
    assert (f'<div lang="en"><p>Born in Tula.</p></div> <p class="fallback-note">{note("de")}</p>'
            in content)


def test_fallback_follows_the_fallback_order_to_russian(anonymous):
    prisoner = PublicPrisonerFactory(biography_ru="Родился в Туле.")
    content = get(anonymous, "prisoners:detail", "fr", slug=prisoner.slug)
    assert '<div lang="ru"><p>Родился в Туле.</p></div>' in content


def test_polish_falls_back_to_english_only(anonymous):
    english = PublicPrisonerFactory(biography_en="Born in Tula.")
    russian_only = PublicPrisonerFactory(biography_ru="Родился в Туле.")
    content = get(anonymous, "prisoners:detail", "pl", slug=english.slug)
    assert (f'<div lang="en"><p>Born in Tula.</p></div> <p class="fallback-note">{note("pl")}</p>'
            in content)
    assert note("pl") == "Jeszcze nie przetłumaczono"
    content = get(anonymous, "prisoners:detail", "pl", slug=russian_only.slug)
    assert "Родился в Туле." not in content


def test_translated_text_is_not_marked(anonymous):
    prisoner = PublicPrisonerFactory(biography_en="Born in Tula.", biography_de="Geboren in Tula.")
    content = get(anonymous, "prisoners:detail", "de", slug=prisoner.slug)
    assert "<p>Wegen Antikriegsbeiträgen verhaftet.</p>" in content
    assert "<p>Geboren in Tula.</p>" in content
    assert 'class="fallback-note"' not in content


def test_fallback_case_event_is_marked_inline(anonymous):
    prisoner = PublicPrisonerFactory()
    CaseEventFactory(prisoner=prisoner)
    content = get(anonymous, "prisoners:detail", "ru", slug=prisoner.slug)
    assert (f'<p><span lang="en">Hearing at the district court.</span> '
            f'<small class="fallback-note">{note("ru")}</small></p>') in content


def test_fallback_campaign_title_and_purpose_are_marked(anonymous):
    campaign = CampaignFactory(title_en="Lawyer fund", title_ru="Фонд адвоката")
    content = get(anonymous, "funds:campaign", "de", slug=campaign.slug)
    assert (f'<h1><span lang="en">Lawyer fund</span> '
            f'<small class="fallback-note">{note("de")}</small></h1>') in content
    assert '<div lang="en"><p>Pays for a lawyer.</p></div>' in content
    russian = get(anonymous, "funds:campaign", "ru", slug=campaign.slug)
    assert "<h1>Фонд адвоката</h1>" in russian


def test_fallback_page_body_is_marked(anonymous):
    Page.objects.update_or_create(slug="fallback-page", defaults={
        "title_en": "Help", "title_de": "Hilfe", "body_en": "Some **bold** text."})
    content = anonymous.get("/de/fallback-page/").content.decode()
    assert "<h1>Hilfe</h1>" in content
    assert '<div lang="en"><p>Some <strong>bold</strong> text.</p></div>' in content
    assert f'<p class="fallback-note">{note("de")}</p>' in content


def test_fallback_mentor_role_is_marked(anonymous):
    MentorFactory(is_public=True, role_en="Member of the Bundestag", role_de="MdB")
    french = get(anonymous, "mentors:list", "fr")
    german = get(anonymous, "mentors:list", "de")
    assert '<span lang="en">Member of the Bundestag</span>' in french
    assert '<p class="mentor__role">MdB</p>' in german


def alternates(content):
    return [line.split('hreflang="')[1].split('"')[0] for line in content.splitlines()
            if '<link rel="alternate" hreflang=' in line]


def test_hreflang_lists_only_languages_of_the_main_text(anonymous):
    prisoner = PublicPrisonerFactory(biography_en="Born in Tula.", biography_ru="Родился в Туле.")
    content = get(anonymous, "prisoners:detail", "de", slug=prisoner.slug)
    assert alternates(content) == ["en", "ru", "x-default"]
    assert (f'<link rel="alternate" hreflang="x-default" '
            f'href="http://testserver/en/prisoners/{prisoner.slug}/">') in content


def test_hreflang_of_a_campaign_in_english_only(anonymous):
    campaign = CampaignFactory(title_ru="")
    content = get(anonymous, "funds:campaign", "en", slug=campaign.slug)
    assert alternates(content) == ["en", "x-default"]


def test_list_pages_keep_every_language(anonymous):
    PublicPrisonerFactory(biography_en="Born in Tula.")
    content = get(anonymous, "prisoners:list", "de")
    assert alternates(content) == ["en", "ru", "de", "fr", "pl", "x-default"]


def test_fallback_card_title_is_marked_on_lists(anonymous):
    CampaignFactory(title_en="Lawyer fund", title_ru="")
    content = get(anonymous, "funds:campaigns", "fr")
    assert (f'<span lang="en">Lawyer fund</span> '
            f'<small class="fallback-note">{note("fr")}</small></a>') in content


def test_fallback_texts_of_appeal_event_and_post_pages_are_marked(anonymous):
    appeal = AppealFactory()
    event = EventFactory()
    PostFactory(slug="marked", title_de="Nachricht", body_en="Some **text**.")
    pages = {"appeal": get(anonymous, "appeals:detail", "de", slug=appeal.slug),
             "event": get(anonymous, "events:detail", "de", slug=event.slug),
             "post": anonymous.get("/de/news/marked/").content.decode()}
    assert '<div lang="en"><p>Free them all.</p></div>' in pages["appeal"]
    assert '<div lang="en"><p>Release the prisoners.</p></div>' in pages["appeal"]
    assert '<div lang="en"><p>Bring a pen.</p></div>' in pages["event"]
    assert "<h1>Nachricht</h1>" in pages["post"]
    assert '<div lang="en"><p>Some <strong>text</strong>.</p></div>' in pages["post"]
