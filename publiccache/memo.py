"""Memoise a value computed from public data until the next change of that data."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache

from publiccache.triggers import current_version

# Keys hold the version (and the day where the value depends on it), so nothing but memory
# needs a time limit: an hour keeps cold pages cheap without keeping dead entries for long.
MEMO_SECONDS = 60 * 60
logger = logging.getLogger(__name__)
_MISSING = object()
_version_of_request = ContextVar("public_data_version_of_request", default=None)


def safely(operation, *args, failed=None):
    """A cache operation that, when the cache server fails, is logged and answers ``failed``:
    pages are then rendered as without a cache instead of all failing."""
    try:
        return operation(*args)
    except Exception:
        logger.exception("Public cache unavailable")
        return failed


@contextmanager
def request_version(version):
    """Within a request the page cache has already read the version: memos use it too, and
    the page and its parts are then of one version."""
    token = _version_of_request.set(version)
    try:
        yield
    finally:
        _version_of_request.reset(token)


def public_memo(key, compute):
    """``compute()``, kept in the shared cache under ``key`` and the public data version: the
    first request after any committed change computes it again. ``key`` must name everything
    the value depends on besides the data (the language, the day)."""
    if not settings.PUBLIC_CACHE:
        return compute()
    version = _version_of_request.get() or current_version()
    if version is None:
        return compute()
    full_key = f"public-memo:{version}:{key}"
    value = safely(cache.get, full_key, _MISSING, failed=_MISSING)
    if value is _MISSING:
        value = compute()
        safely(cache.set, full_key, value, MEMO_SECONDS)
    return value
