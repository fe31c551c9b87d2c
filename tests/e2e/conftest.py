import importlib
import os
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.db import connection

# Live-server tests touch the database from Playwright's event loop thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"],
    }


@pytest.fixture
def watched_page(page, live_server):
    """A page that records console errors (CSP violations), failed responses and requests to
    other origins."""
    own_origin = urlsplit(live_server.url).netloc
    page.problems = []
    page.on("console", lambda message: message.type == "error"
            and page.problems.append(f"console: {message.text}"))
    page.on("request", lambda request: urlsplit(request.url).netloc not in (own_origin, "")
            and page.problems.append(f"foreign request: {request.url}"))
    page.on("response", lambda response: response.status >= 400
            and page.problems.append(f"HTTP {response.status}: {response.url}"))
    return page


DATA_MIGRATIONS = [
    ("accounts.migrations.0002_staff_groups", "create_groups"),
    ("prisoners.migrations.0002_reference_data", "load_reference_data"),
    ("pages.migrations.0002_core_pages", "create_core_pages"),
]


@pytest.fixture(autouse=True)
def migration_data(transactional_db):
    """Live-server tests run in a database that is emptied after each of them, which also
    removes what data migrations created (groups, regions, articles, core pages). Put it back
    by running those migrations' own functions."""
    schema_editor = SimpleNamespace(connection=connection)
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(apps, schema_editor)
