import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache(settings, transactional_db):
    """The page cache on, with real commits: the version triggers run only when a transaction
    commits, which the usual test transaction never does."""
    settings.PUBLIC_CACHE = True
    cache.clear()
    yield
    cache.clear()


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")
