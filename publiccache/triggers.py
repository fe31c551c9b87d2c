"""PostgreSQL triggers that change the public data version whenever project data changes.

Every table of the project's own models (registry, mentorships, funds, reports, pages, events,
appeals, news, and every model added later, including many-to-many tables) gets

- a row-level CONSTRAINT TRIGGER, deferred to the end of the transaction: it runs in the
  committing transaction, once for each changed row, and bumps the version only the first time
  (a transaction-local setting remembers it), so one save or one bulk update costs one update;
- a statement-level trigger for TRUNCATE, which row triggers do not see.

The database does this rather than Django signals because signals miss `queryset.update()`,
`bulk_create`, raw SQL, other programs and the admin's bulk actions; a trigger cannot be
forgotten. tests/publiccache/test_triggers.py fails when a project table lacks either trigger.
"""

import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from publiccache.models import PublicDataVersion

ROW_TRIGGER = "publiccache_bump"
TRUNCATE_TRIGGER = "publiccache_bump_truncate"
VERSION_TABLE = PublicDataVersion._meta.db_table

SETUP_SQL = f"""
CREATE SEQUENCE IF NOT EXISTS publiccache_version_seq;
-- Never below the clock (microseconds): a database restored from an older backup, or created
-- anew, cannot reuse a version whose cached pages may still sit in Redis.
SELECT setval('publiccache_version_seq', GREATEST(
    (SELECT last_value FROM publiccache_version_seq),
    (extract(epoch FROM clock_timestamp()) * 1000000)::bigint));
INSERT INTO {VERSION_TABLE} (id, version) VALUES (1, nextval('publiccache_version_seq'))
    ON CONFLICT (id) DO NOTHING;
CREATE OR REPLACE FUNCTION publiccache_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('publiccache.bumped', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('publiccache.bumped', 'yes', true);
        UPDATE {VERSION_TABLE} SET version = nextval('publiccache_version_seq') WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$;
"""

ROW_TRIGGER_SQL = (
    'CREATE CONSTRAINT TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION publiccache_bump()")
TRUNCATE_TRIGGER_SQL = (
    'CREATE TRIGGER {name} AFTER TRUNCATE ON "{table}" '
    "FOR EACH STATEMENT EXECUTE FUNCTION publiccache_bump()")


def _is_project_app(app_config):
    """The project's own apps: in the repository, not installed in the virtualenv (which may
    itself lie inside the repository)."""
    path = Path(app_config.path).resolve()
    return (path.is_relative_to(Path(settings.BASE_DIR).resolve())
            and not path.is_relative_to(Path(sys.prefix).resolve()))


def watched_tables():
    """Every table of a project model, many-to-many tables included, except the version's and
    those of models that declare `affects_public_pages = False` (records only staff ever read,
    written on every admin view: bumping the version there would empty the cache for nothing)."""
    tables = set()
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if not getattr(model, "affects_public_pages", True):
            continue
        if meta.managed and not meta.proxy and _is_project_app(meta.app_config):
            tables.add(meta.db_table)
    tables.discard(VERSION_TABLE)
    return sorted(tables)


def existing_triggers(cursor):
    """{(table, trigger name)} of the triggers installed by this module."""
    cursor.execute(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname IN (%s, %s)", [ROW_TRIGGER, TRUNCATE_TRIGGER])
    return set(cursor.fetchall())


def install(using=DEFAULT_DB_ALIAS, **kwargs):
    """Create the version row, the function and every missing trigger (post_migrate)."""
    connection = connections[using]
    existing_tables = set(connection.introspection.table_names())
    if VERSION_TABLE not in existing_tables:
        return  # migrating backwards past publiccache's migration
    with connection.cursor() as cursor:
        cursor.execute(SETUP_SQL)
        installed = existing_triggers(cursor)
        for table in watched_tables():
            if table not in existing_tables:
                continue
            for name, sql in ((ROW_TRIGGER, ROW_TRIGGER_SQL),
                              (TRUNCATE_TRIGGER, TRUNCATE_TRIGGER_SQL)):
                if (table, name) not in installed:
                    cursor.execute(sql.format(name=name, table=table))


def current_version(using=DEFAULT_DB_ALIAS):
    """The committed public data version, or None before the row exists."""
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT version FROM {VERSION_TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else None
