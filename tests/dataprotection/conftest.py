import uuid

import psycopg
import pytest
from django.db import connections
from django.db.utils import load_backend
from psycopg import sql
from pyrage import x25519

RESTORE_ALIAS = "restore_target"


@pytest.fixture
def age_key():
    """A fresh age key pair: (identity, its public key), as strings."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


@pytest.fixture
def backup_settings(settings, tmp_path, monkeypatch, age_key):
    """Backups in a temporary folder, encrypted to a fresh key whose identity is in the
    environment; uploads in a temporary MEDIA_ROOT."""
    identity, recipient = age_key
    settings.BACKUP_DIR = tmp_path / "backups"
    settings.BACKUP_AGE_RECIPIENT = recipient
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setenv("BACKUP_AGE_IDENTITY", identity)
    return settings


def _admin_connection():
    params = connections["default"].get_connection_params()
    keys = {key: params[key] for key in ("host", "port", "user", "password") if key in params}
    return psycopg.connect(dbname="postgres", autocommit=True, **keys)


@pytest.fixture
def empty_database(db):
    """A new, empty database on the same server, reachable as the RESTORE_ALIAS connection;
    dropped afterwards."""
    name = f"{connections['default'].settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with _admin_connection() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    # A connection made at run time, outside DATABASES: the test case neither creates a test
    # database for it nor wraps it in a transaction.
    settings_dict = {**connections["default"].settings_dict, "NAME": name}
    connections[RESTORE_ALIAS] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(
        settings_dict, RESTORE_ALIAS)
    try:
        yield RESTORE_ALIAS
    finally:
        connections[RESTORE_ALIAS].close()
        del connections[RESTORE_ALIAS]
        with _admin_connection() as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
