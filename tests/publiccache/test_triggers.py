"""The public data version changes with every committed change of project data, however it is
made, and only when the change commits."""

import pytest
from django.db import connection, transaction

from prisoners.models import Article, Prisoner
from publiccache import triggers
from publiccache.triggers import current_version
from tests.factories import ArticleFactory, PrisonerFactory, PublicPrisonerFactory

pytestmark = pytest.mark.usefixtures("transactional_db")


def test_every_project_table_has_both_triggers():
    """The guard: a model added later (and its many-to-many tables) is covered by migrate."""
    with connection.cursor() as cursor:
        installed = triggers.existing_triggers(cursor)
    tables = triggers.watched_tables()
    missing = [(table, name) for table in tables
               for name in (triggers.ROW_TRIGGER, triggers.TRUNCATE_TRIGGER)
               if (table, name) not in installed]
    assert missing == []
    # Every public page's models are among them, m2m tables included; Django's own are not.
    assert {"prisoners_prisoner", "prisoners_consent", "prisoners_recognition",
            "prisoners_facility", "prisoners_caseevent", "prisoners_prisoner_articles",
            "mentorships_mentorship", "funds_income", "reports_monthlyreport",
            "pages_page", "events_event", "appeals_appeal", "news_post"} <= set(tables)
    assert "django_session" not in tables and "auth_user" not in tables
    assert triggers.VERSION_TABLE not in tables


def test_a_save_changes_the_version():
    before = current_version()
    PrisonerFactory()
    assert current_version() > before


@pytest.mark.parametrize("change", [
    lambda prisoner: Prisoner.objects.filter(pk=prisoner.pk).update(is_published=False),
    lambda prisoner: Prisoner.objects.filter(pk=prisoner.pk).delete(),
    lambda prisoner: prisoner.consents.update(withdrawn_on="2026-01-01"),
    lambda prisoner: Article.objects.bulk_create([Article(number="999.9", title_en="New")]),
    lambda prisoner: prisoner.articles.add(ArticleFactory()),
    lambda prisoner: prisoner.articles.clear(),
], ids=["update", "delete", "related update", "bulk_create", "m2m add", "m2m clear"])
def test_every_kind_of_orm_change_changes_the_version(change):
    prisoner = PublicPrisonerFactory()
    prisoner.articles.add(ArticleFactory())
    before = current_version()
    change(prisoner)
    assert current_version() > before


def test_raw_sql_changes_the_version():
    prisoner = PrisonerFactory()
    before = current_version()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE prisoners_prisoner SET is_published = false WHERE id = %s",
                       [prisoner.pk])
    assert current_version() > before


def test_truncate_changes_the_version():
    ArticleFactory()
    before = current_version()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE prisoners_article CASCADE")
    assert current_version() > before


def test_the_change_shows_at_commit_once_per_transaction():
    before = current_version()
    with transaction.atomic():
        PrisonerFactory.create_batch(3)
        # Other connections (other workers) still see the old version until the commit.
        assert current_version() == before
    after = current_version()
    assert after > before
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_value FROM publiccache_version_seq")
        assert cursor.fetchone()[0] == after  # one number taken for three new rows


def test_a_rolled_back_change_keeps_the_version():
    before = current_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        PrisonerFactory()
        raise RuntimeError
    assert current_version() == before


def test_migrate_again_never_lowers_the_version():
    PrisonerFactory()
    before = current_version()
    triggers.install()
    assert current_version() == before
    PrisonerFactory()
    assert current_version() > before
