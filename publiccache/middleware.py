"""Anonymous public answers from the shared cache, never older than the public data.

A key holds the public data version (publiccache/triggers.py), the language and the full
absolute URL. Any commit that changes project data replaces the version, so the very next
request after an unpublish, a withdrawn consent or a removed photo misses every old entry and
renders from the database. A hit costs one small query (the version) and no rendering.

Only what is the same for every anonymous visitor is stored: GET requests without a session
or other cookies, answers that set no cookie, did not use the visitor's CSRF token, and are not
marked private. Answers carry an ETag and ``Cache-Control: no-cache``, so browsers and proxies
revalidate every time (a 304 costs no rendering) and none keeps a page after an unpublish.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.translation import get_language_from_request

from publiccache.memo import request_version, safely
from publiccache.triggers import current_version

# With the admin's path (ADMIN_URL), never stored or served from the cache.
PRIVATE_PREFIXES = ("/accounts/", "/portal/", "/healthz")
STORED_STATUSES = {200, 301, 302, 404}
HARMLESS_VARY = {"accept-language", "cookie", "accept-encoding"}
MAX_STORED_BYTES = 32 * 2**20


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (settings.PUBLIC_CACHE and is_anonymous_public_request(request)):
            return self.get_response(request)
        version = current_version()
        if version is None:
            return self.get_response(request)
        key = cache_key(request, version)
        cached = safely(cache.get, key)
        if cached is not None:
            cached["X-Cache"] = "hit"
            return conditional(request, cached)
        with request_version(version):
            response = self.get_response(request)
        if not is_storable(request, response):
            return response
        response["Cache-Control"] = "no-cache"
        response["X-Cache"] = "miss"
        if response.streaming:
            response.streaming_content = _store_when_sent(
                response, response.streaming_content, key)
            return response
        # One piece: an answer written in many parts (the Atom feeds) is otherwise sent in as
        # many writes on every hit, at half the speed of a page.
        response.content = response.content
        add_etag(response)
        safely(cache.set, key, response, settings.PUBLIC_CACHE_SECONDS)
        return conditional(request, response)


def is_anonymous_public_request(request):
    allowed_cookies = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (request.method == "GET"
            and "HTTP_AUTHORIZATION" not in request.META
            and not request.path.startswith((f"/{settings.ADMIN_URL}", *PRIVATE_PREFIXES))
            and set(request.COOKIES) <= allowed_cookies)


def cache_key(request, version):
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"public-page:{version}:{get_language_from_request(request, check_path=True)}:{url}"


def is_storable(request, response):
    cache_control = {part.strip().split("=")[0].lower()
                     for part in response.get("Cache-Control", "").split(",")}
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", ""))}
    return (response.status_code in STORED_STATUSES
            and not response.cookies
            # A page with a form of the visitor's CSRF token shows that token: never share it.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not isinstance(response, FileResponse)
            and not cache_control & {"private", "no-store"}
            and vary - {""} <= HARMLESS_VARY)


def add_etag(response):
    if response.status_code == 200 and not response.has_header("ETag"):
        digest = hashlib.blake2b(response.content, digest_size=16).hexdigest()
        response["ETag"] = f'"{digest}"'


def conditional(request, response):
    """304 Not Modified when the client already holds this version of the answer."""
    if response.status_code != 200 or not response.has_header("ETag"):
        return response
    return get_conditional_response(request, etag=response["ETag"], response=response)


def _store_when_sent(response, content, key):
    """Pass a streamed answer (the open-data CSV) through and keep a copy once it has been sent
    in full, unless it grows past MAX_STORED_BYTES."""
    chunks, size = [], 0
    for chunk in content:
        if size <= MAX_STORED_BYTES:
            chunks.append(chunk)
            size += len(chunk)
        yield chunk
    if size <= MAX_STORED_BYTES:
        safely(cache.set, key, _copy(response, b"".join(chunks)), settings.PUBLIC_CACHE_SECONDS)


def _copy(streamed: StreamingHttpResponse, content: bytes) -> HttpResponse:
    copy = HttpResponse(content, status=streamed.status_code)
    for header, value in streamed.items():
        copy[header] = value
    add_etag(copy)
    return copy
