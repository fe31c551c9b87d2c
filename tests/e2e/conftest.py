import os
from urllib.parse import urlsplit

import pytest

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
