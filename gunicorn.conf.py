"""gunicorn settings for production and `make loadtest`:
`gunicorn -c gunicorn.conf.py coalition.wsgi`. Every value can be changed from the environment.
"""

import os

# Behind a proxy on the same host by default; set GUNICORN_BIND=0.0.0.0:8000 when the proxy
# runs on another machine (several application hosts behind one balancer).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers, 2 x cores + 1 (gunicorn's own advice): a page spends part of its time waiting
# for PostgreSQL or Redis, and the extra workers keep the cores busy meanwhile. WEB_CONCURRENCY
# is the name hosting platforms use for the same setting.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1))
# Pages are rendered by Python under the GIL, so threads add little; the proxy buffers slow
# clients, which is what sync workers need. More than 1 switches to the gthread worker.
threads = int(os.environ.get("GUNICORN_THREADS", 1))
keepalive = 5  # seconds; only the gthread worker keeps connections open

# A worker silent for 30 s is killed and replaced (the slowest answer, the open-data CSV at
# 100,000 prisoners, takes about 3 s). On SIGTERM or HUP workers get as long to finish.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))

# Load the application once in the master: workers fork with Django imported (less memory,
# faster restarts), and a broken import stops the start instead of looping workers. Django
# opens no database connection at import, so none is shared between workers.
preload_app = True
# Replace each worker after about 10,000 requests so slow memory growth cannot accumulate; the
# jitter keeps the workers from restarting all at once. Not fewer: a replacement costs about
# half a second of a worker, and at 1,000 `make loadtest` saw /healthz lose a third of its
# requests/s and its p99 go from 20 ms to 600 ms.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 10_000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 1000))

# Only these addresses may tell gunicorn the original scheme (X-Forwarded-Proto): the proxy.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The heartbeat file on tmpfs: on a slow or overlay /tmp, workers can be killed for silence.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Access log with the time each request took (ms). No client address, user agent, referrer or
# query string: who looked up which prisoner is nobody's business, and the proxy logs what
# abuse handling needs.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "coalition"


def when_ready(server):
    """In the master, after the preloaded application and before any worker forks: what is
    loaded here every worker shares, including those max_requests starts later. Otherwise each
    new worker spends about half a second on its first requests (URLconf, translation
    catalogues, template compilation) while visitors wait."""
    from pathlib import Path

    from django.conf import settings
    from django.db import connections
    from django.template import TemplateSyntaxError, loader
    from django.urls import reverse
    from django.utils import translation

    reverse("healthz")  # imports every URLconf and view module
    for code, _name in settings.LANGUAGES:
        translation.activate(code)
    translation.deactivate()
    for folder in map(Path, settings.TEMPLATES[0]["DIRS"]):
        for template in folder.rglob("*.*"):
            try:
                loader.get_template(str(template.relative_to(folder)))
            except TemplateSyntaxError as error:
                server.log.warning("template %s: %s", template, error)
    connections.close_all()  # a connection opened here must not be shared by the workers
