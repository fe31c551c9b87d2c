#!/usr/bin/env python
"""`make loadtest`: requests/s, p50 and p99 of the public pages under gunicorn, each next to
the bare answer (/healthz) measured in the same run.

Uses a dedicated database `<name>_loadtest` on the server of DATABASE_URL, or on the embedded
PostgreSQL when DATABASE_URL is unset; seeds it with `seed_demo --prisoners N` unless it already
holds N generated prisoners. Starts gunicorn with gunicorn.conf.py and production settings
(DEBUG off, HTTPS on; wrk sends X-Forwarded-Proto like the TLS proxy would), with the Redis
cache when REDIS_URL is set. Installs Debian's wrk when it is missing.

Each page is measured warm (the same URL again and again) and cold (a query string no request
has used before), and the whole round runs ROUNDS times. Environment (defaults): PRISONERS
(10000), LEDGER (none: `seed_demo --ledger N`), DURATION (5s), CONNECTIONS (16), THREADS (1),
ROUNDS (2), WEB_CONCURRENCY (gunicorn.conf.py), REDIS_URL.
Not a test: figures depend on the machine and on what else runs on it.
"""

import io
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", ROOT / "var"))
LUA = ROOT / "scripts" / "loadtest.lua"
# What the TLS-terminating proxy adds in production; without it every page redirects to https.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
children = []  # processes to stop on any exit


# Processes: gunicorn, wrk, clean-up.

def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, log_path):
    """gunicorn as production starts it, on a free loopback port; returns once /healthz is 200."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "ab")  # stays open as long as gunicorn runs
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"),
         "--bind", f"127.0.0.1:{port}", "coalition.wsgi"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True)  # Ctrl-C reaches us, and we stop it in order
    children.append(process)
    for _ in range(120):
        if process.poll() is not None:
            sys.exit(f"gunicorn exited with {process.returncode}; see {log_path}")
        if fetch(port, "/healthz")[0] == 200:
            return process
        time.sleep(0.25)
    sys.exit(f"gunicorn did not answer /healthz in 30 s; see {log_path}")


def stop(process, timeout=15):
    """SIGTERM (gunicorn's graceful stop), then SIGKILL to the whole group if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if process in children:
        children.remove(process)


def stop_children():
    for process in reversed(children[:]):
        stop(process)


def on_sigterm(signum, frame):
    raise KeyboardInterrupt  # run the same clean-up as Ctrl-C


def fetch(port, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=PROXY_HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except OSError:
        return None, b""


def ensure_wrk():
    if shutil.which("wrk"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("Installing wrk (apt-get)...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def wrk(port, path, *, cold, settings):
    """One wrk run; returns requests/s, p50 and p99 in ms and the number of failed requests."""
    env = {**os.environ, "COLD": "1" if cold else "0", "NONCE": secrets.token_hex(4)}
    headers = [arg for name, value in PROXY_HEADERS.items() for arg in ("-H", f"{name}: {value}")]
    process = subprocess.Popen(
        ["wrk", f"-t{settings['threads']}", f"-c{settings['connections']}",
         f"-d{settings['duration']}", "--timeout", "10s", "-s", str(LUA), *headers,
         f"http://127.0.0.1:{port}{path}"], env=env, stdout=subprocess.PIPE, text=True)
    children.append(process)
    output = process.communicate()[0]
    children.remove(process)
    line = next((line for line in output.splitlines() if line.startswith("LOADTEST ")), None)
    if line is None:
        sys.exit(f"wrk failed on {path}:\n{output}")
    figures = json.loads(line.removeprefix("LOADTEST "))
    failed = sum(figures[key] for key in ("connect", "read", "write", "status", "timeout"))
    answered = figures["requests"] > 0  # else wrk reports latencies of 0
    return {"rps": figures["requests"] / (figures["duration_us"] / 1e6),
            "p50": figures["p50_us"] / 1000 if answered else None,
            "p99": figures["p99_us"] / 1000 if answered else None, "failed": failed}


# The database.

def with_database(url, name):
    scheme, netloc, _, query, fragment = urlsplit(url)
    return urlunsplit((scheme, netloc, f"/{name}", query, fragment))


def server_url():
    if url := os.environ.get("DATABASE_URL"):
        return url
    sys.path.insert(0, str(ROOT))
    from coalition.embedded_db import embedded_database_url

    return embedded_database_url(VAR_DIR)


def dedicated_database(prisoners):
    """The URL of `<name>_loadtest` on the same server, created when missing and emptied when it
    holds more generated prisoners than asked for (seed_demo only tops up)."""
    import psycopg

    url = server_url()
    name = urlsplit(url).path.lstrip("/") + "_loadtest"
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and bench_count(with_database(url, name)) > prisoners:
            print(f"{name} holds more than {prisoners:,} generated prisoners: recreating it")
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = False
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def bench_count(url):
    import psycopg

    with psycopg.connect(url) as conn:
        if not conn.execute("SELECT to_regclass('prisoners_prisoner')").fetchone()[0]:
            return 0
        return conn.execute(
            "SELECT count(*) FROM prisoners_prisoner WHERE slug LIKE 'bench-%%'").fetchone()[0]


def production_env(database_url):
    """Production settings: DATABASE_URL set turns HTTPS, secure cookies and HSTS on."""
    env = {key: value for key, value in os.environ.items() if key != "DEBUG"}
    env.update(DATABASE_URL=database_url, SECRET_KEY=secrets.token_urlsafe(50),
               ALLOWED_HOSTS="127.0.0.1", DJANGO_SETTINGS_MODULE="coalition.settings",
               VAR_DIR=str(VAR_DIR), GUNICORN_ACCESS_LOG="-")
    if redis_url := os.environ.get("REDIS_URL"):
        import redis

        try:
            redis.Redis.from_url(redis_url, socket_timeout=2).ping()
        except redis.RedisError as error:
            sys.exit(f"REDIS_URL={redis_url} does not answer: {error}")
    return env


def prepare(prisoners, ledger):
    """Migrate, seed (or reuse) and collect static files in this process."""
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    if bench_count(os.environ["DATABASE_URL"]) != prisoners or ledger is not None:
        print(f"Seeding {prisoners:,} generated prisoners...", flush=True)
        call_command("seed_demo", prisoners=prisoners, ledger=ledger, force=True,
                     stdout=io.StringIO())  # not its demo logins
    else:
        print(f"Reusing the {prisoners:,} generated prisoners already in the database")
    call_command("collectstatic", interactive=False, verbosity=0)


def pages():
    """(label, path) of every public page measured, with real slugs from the database."""
    from django.conf import settings
    from django.utils import translation

    from appeals.models import Appeal
    from events.models import Event
    from news.models import Post
    from prisoners.models import Prisoner

    manifest = json.loads((Path(settings.STATIC_ROOT) / "staticfiles.json").read_text())
    with translation.override("en"):
        prisoner = Prisoner.objects.public().order_by("pk").first()
        event = Event.objects.public().order_by("pk").first()
        appeal = Appeal.objects.public().order_by("pk").first()
        post = Post.objects.public().order_by("pk").first()
        found = [
            ("`/healthz` (reference)", "/healthz"),
            ("static file (WhiteNoise)", settings.STATIC_URL + manifest["paths"]["css/site.css"]),
            ("home `/en/`", "/en/"),
            ("list `/en/prisoners/`", "/en/prisoners/"),
            ("list, page 5", "/en/prisoners/?page=5"),
            ("search `/ru/prisoners/?q=Schutschkow`", "/ru/prisoners/?q=Schutschkow"),
            ("a prisoner page", prisoner and prisoner.get_absolute_url()),
            ("statistics `/en/statistics/`", "/en/statistics/"),
            ("API `/api/v1/prisoners?page=3`", "/api/v1/prisoners?page=3"),
            ("open data `/open-data/prisoners.csv`", "/open-data/prisoners.csv"),
            ("reports feed `/en/reports/feed/`", "/en/reports/feed/"),
            ("transparency `/en/transparency/`", "/en/transparency/"),
            ("events `/en/events/`", "/en/events/"),
            ("an event page", event and event.get_absolute_url()),
            ("appeals `/en/appeals/`", "/en/appeals/"),
            ("an appeal page", appeal and appeal.get_absolute_url()),
            ("news `/en/news/`", "/en/news/"),
            ("a news post", post and post.get_absolute_url()),
        ]
    missing = [label for label, path in found if not path]
    if missing:
        sys.exit(f"No public record for: {', '.join(missing)} (run seed_demo)")
    return found


# The report.

def machine():
    from django.db import connection

    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.machine())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    version = connection.cursor().connection.info.server_version
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, Python "
            f"{platform.python_version()}, PostgreSQL {version // 10000}.{version % 100}")


def data_size():
    from prisoners.models import Prisoner

    return (f"{Prisoner.objects.count():,} prisoners, "
            f"{Prisoner.objects.public().count():,} public")


def cell(values, template):
    return " / ".join("–" if value is None else template.format(value) for value in values)


def table(results):
    """One row per page; each cell holds one figure per round, in order."""
    lines = ["| page | warm rps | p50 ms | p99 ms | ratio | cold rps | p50 ms | p99 ms | ratio |",
             "|---|" + "---:|" * 8]
    for label, path in results["labels"]:
        row = [label]
        for mode in ("warm", "cold"):
            runs = results[path][mode]
            ratios = [run["rps"] / run["reference_rps"] for run in runs]
            row += [cell([run["rps"] for run in runs], "{:,.0f}"),
                    cell([run["p50"] for run in runs], "{:,.0f}"),
                    cell([run["p99"] for run in runs], "{:,.0f}"),
                    cell(ratios, "{:.3f}")]
            if failed := sum(run["failed"] for run in runs):
                row[-4] += f" ({failed:,} failed)"
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def header(settings, rounds):
    from django.conf import settings as django_settings

    workers = os.environ.get("WEB_CONCURRENCY") or 2 * (os.cpu_count() or 1) + 1
    cache = django_settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return (f"Machine: {machine()}.  \nData: {data_size()}.  \n"
            f"Load: `wrk -t{settings['threads']} -c{settings['connections']} "
            f"-d{settings['duration']} --timeout 10s` on loopback, {rounds} round(s), a cell "
            f"holds one figure per round; gunicorn.conf.py with {workers} sync workers, cache "
            f"{cache}. Ratio: requests/s over those of `/healthz` measured right after the "
            "page in the same mode. "
            "Warm: the same URL again and again; cold: a new query string on every request.")


def measure_with_reference(port, path, mode, settings):
    """wrk on the page, then on /healthz at once: the shared machine's speed drifts within a
    run, so each page is compared with the bare answer measured right after it."""
    run = wrk(port, path, cold=mode == "cold", settings=settings)
    reference = run if path == "/healthz" else wrk(port, "/healthz", cold=mode == "cold",
                                                    settings=settings)
    return {**run, "reference_rps": reference["rps"]}


def main():
    signal.signal(signal.SIGTERM, on_sigterm)
    prisoners = int(os.environ.get("PRISONERS", 10_000))
    ledger = int(os.environ["LEDGER"]) if os.environ.get("LEDGER") else None
    settings = {"threads": int(os.environ.get("THREADS", 1)),
                "connections": int(os.environ.get("CONNECTIONS", 16)),
                "duration": os.environ.get("DURATION", "5s")}
    rounds = int(os.environ.get("ROUNDS", 2))
    ensure_wrk()
    env = production_env(dedicated_database(prisoners))
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    prepare(prisoners, ledger)
    found = pages()
    port = free_port()
    log_path = VAR_DIR / "loadtest-gunicorn.log"
    try:
        start_gunicorn(env, port, log_path)
        for label, path in found:
            status, _ = fetch(port, path)
            if status != 200:
                sys.exit(f"{label} ({path}) answered {status}; see {log_path}")
        results = {"labels": found}
        for round_number in range(1, rounds + 1):
            for label, path in found:
                print(f"round {round_number}/{rounds}: {label}", flush=True)
                for mode in ("warm", "cold"):
                    results.setdefault(path, {"warm": [], "cold": []})[mode].append(
                        measure_with_reference(port, path, mode, settings))
    except KeyboardInterrupt:
        sys.exit("interrupted")
    finally:
        stop_children()
    print()
    print(header(settings, rounds))
    print()
    print(table(results))


if __name__ == "__main__":
    main()
