"""Production settings that only show when something goes wrong: a dead Redis, a restarted
PostgreSQL."""

from django.conf import settings
from django.core.cache.backends.redis import RedisCache

from coalition.settings import redis_cache


def test_redis_connections_give_up_quickly_and_keys_are_prefixed():
    config = redis_cache("redis://127.0.0.1:6379/2")
    cache = RedisCache(config["LOCATION"], config)
    pool = cache._cache._get_connection_pool(write=True)  # built without connecting
    assert pool.connection_kwargs["socket_connect_timeout"] == 2
    assert pool.connection_kwargs["socket_timeout"] == 2
    assert cache.make_key("rate-limit") == "coalition:1:rate-limit"


def test_database_connections_are_checked_before_reuse():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] == 60
