"""System checks of the project as a whole (registered by accounts.apps, the first project
app to load: the project package itself is not an app)."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from prisoners.search import languages_without_spellings

# Caches that live in one process (or on one machine's disk): each gunicorn worker or host
# would keep its own login and public-form rate limits and its own copy of cached pages.
LOCAL_CACHE_BACKENDS = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Production needs a cache shared by every worker (Redis); the embedded-database demo
    runs one process and may keep a local cache."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.EMBEDDED_DATABASE or backend not in LOCAL_CACHE_BACKENDS:
        return []
    return [Error(
        f"The default cache ({backend.rsplit('.', 1)[-1]}) is not shared between processes: "
        "every gunicorn worker and server would count login attempts and public-form "
        "sign-ups on its own, so the rate limits would not hold, and cached pages could not "
        "be invalidated everywhere.",
        hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) so that the site uses Redis.",
        id="coalition.E001",
    )]


@register()
def check_search_spellings(app_configs, **kwargs):
    """Each site language's readers find a name by their own transliteration (Schutschkow,
    Joutchkov): a language added to the settings must not silently lack one."""
    return [Warning(
        f"The site language {code!r} has no transliteration of names for the search: its "
        "readers will not find a prisoner by the spelling their language uses.",
        hint=f"Add a system named {code!r} to SYSTEMS in prisoners/search.py; each prisoner's "
             "stored spellings are renewed when the record is saved.",
        id="coalition.W002",
    ) for code in languages_without_spellings(settings.LANGUAGES)]
