"""Production settings that only show when something goes wrong: a dead Redis, a restarted
PostgreSQL."""

import os
import secrets
import subprocess
import sys

from django.conf import settings
from django.core.cache.backends.redis import RedisCache
from pyrage import x25519

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


def readme_production_env() -> dict[str, str]:
    """The production environment printed in the README's Production section."""
    readme = (settings.BASE_DIR / "README.md").read_text()
    block = readme.split("<!-- production-env", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return dict(line.split("=", 1) for line in block.splitlines() if "=" in line)


def deploy_check(environment):
    """`manage.py check --deploy` in a process of its own with only ``environment`` (and a real
    key for each of the README's placeholders): the settings module reads it at import."""
    env = {"PATH": os.environ["PATH"], **environment,
           "SECRET_KEY": secrets.token_urlsafe(50), "DJANGO_SETTINGS_MODULE": "coalition.settings"}
    if "BACKUP_AGE_RECIPIENT" in environment:
        env["BACKUP_AGE_RECIPIENT"] = str(x25519.Identity.generate().to_public())
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120)


def test_the_readme_production_settings_pass_the_deploy_check_without_a_warning():
    environment = readme_production_env()
    assert environment["HSTS_PRELOAD"] == "1"
    result = deploy_check(environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "System check identified no issues (0 silenced).\n"


def test_without_hsts_preload_the_deploy_check_warns():
    environment = readme_production_env()
    del environment["HSTS_PRELOAD"]
    result = deploy_check(environment)
    assert result.returncode == 1
    assert "(security.W021) You have not set the SECURE_HSTS_PRELOAD setting" in result.stderr
    assert "System check identified 1 issue (0 silenced)." in result.stderr
