from django.conf import settings
from django.core import checks
from django.test import override_settings

from coalition.checks import check_search_spellings, check_shared_cache

LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                     "LOCATION": "redis://127.0.0.1:6379/2"}}


def deploy_errors():
    return [message.id for message in checks.run_checks(include_deployment_checks=True)
            if message.level >= checks.ERROR]


@override_settings(EMBEDDED_DATABASE=False, CACHES=LOCAL)
def test_production_with_a_local_memory_cache_fails_the_deploy_check():
    [error] = check_shared_cache(None)
    assert error.id == "coalition.E001"
    assert error.level == checks.ERROR
    assert "LocMemCache" in error.msg
    assert "REDIS_URL" in error.hint
    assert "coalition.E001" in deploy_errors()


@override_settings(EMBEDDED_DATABASE=False, CACHES={
    "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_production_with_no_cache_at_all_fails_the_deploy_check():
    assert [error.id for error in check_shared_cache(None)] == ["coalition.E001"]


@override_settings(EMBEDDED_DATABASE=False, CACHES=REDIS)
def test_production_with_redis_passes():
    assert check_shared_cache(None) == []
    assert "coalition.E001" not in deploy_errors()


@override_settings(EMBEDDED_DATABASE=True, CACHES=LOCAL)
def test_the_embedded_database_demo_may_keep_a_local_cache():
    assert check_shared_cache(None) == []


@override_settings(EMBEDDED_DATABASE=False, CACHES=LOCAL)
def test_the_check_runs_only_with_deploy():
    assert "coalition.E001" not in [message.id for message in checks.run_checks()]


@override_settings(LANGUAGES=[*settings.LANGUAGES, ("cs", "Czech")])
def test_a_site_language_without_search_spellings_is_warned_about():
    [warning] = check_search_spellings(None)
    assert warning.id == "coalition.W002"
    assert warning.level == checks.WARNING
    assert "'cs'" in warning.msg
    assert "coalition.W002" in [message.id for message in checks.run_checks()]


def test_every_site_language_has_search_spellings():
    assert check_search_spellings(None) == []
