"""Memoise a value computed from public data until the next change of that data."""

from django.conf import settings
from django.core.cache import cache

from publiccache.triggers import current_version

_MISSING = object()


def public_memo(key, compute):
    """``compute()``, kept in the shared cache under ``key`` and the public data version: the
    first request after any committed change computes it again. ``key`` must name everything
    the value depends on besides the data (the language, say)."""
    if not settings.PUBLIC_CACHE:
        return compute()
    version = current_version()
    if version is None:
        return compute()
    full_key = f"public-memo:{version}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, settings.PUBLIC_CACHE_SECONDS)
    return value
