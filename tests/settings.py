"""Test settings: the real PostgreSQL (embedded unless DATABASE_URL is set), fast hashing."""

import tempfile

from coalition.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest storage needs collectstatic; browser tests serve files from the app folders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="coalition-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
HTTPS = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
# Room for every public answer of tests/publiccache (local memory keeps 300 by default).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                      "OPTIONS": {"MAX_ENTRIES": 10_000}}}
# Tests never run collectstatic: WhiteNoise serves straight from the app and project folders.
STATIC_ROOT = tempfile.mkdtemp(prefix="coalition-test-static-")
WHITENOISE_USE_FINDERS = True
STAFF_REQUIRE_2FA = False  # tests/accounts/test_two_factor.py turns it on
# Tests that check content see what the views render; tests/publiccache turns the cache on.
PUBLIC_CACHE = False
ADMIN_URL = "admin/"  # tests name admin pages by their default paths
