"""Rotating SECRET_KEY as SECURITY.md describes: the old key stays valid as a fallback."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core import signing
from django.test import override_settings


def production_setting(name, **environment):
    """The value of a setting as production (DATABASE_URL set) reads it from ``environment``."""
    code = ("import django, json; django.setup(); from django.conf import settings; "
            f"print(json.dumps(settings.{name}))")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "coalition.settings",
           "DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/unused", **environment}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=True, cwd=settings.BASE_DIR)
    return json.loads(result.stdout)


def test_fallback_keys_come_from_the_environment():
    assert production_setting("SECRET_KEY_FALLBACKS", SECRET_KEY="new",
                              SECRET_KEY_FALLBACKS="old-one, old-two") == ["old-one", "old-two"]
    assert production_setting("SECRET_KEY_FALLBACKS", SECRET_KEY="new",
                              SECRET_KEY_FALLBACKS="") == []


def test_what_the_old_key_signed_stays_valid_until_the_fallback_is_removed():
    with override_settings(SECRET_KEY="old-key"):
        token = signing.dumps("invitation")
    with override_settings(SECRET_KEY="new-key", SECRET_KEY_FALLBACKS=["old-key"]):
        assert signing.loads(token) == "invitation"
    with override_settings(SECRET_KEY="new-key", SECRET_KEY_FALLBACKS=[]):
        with pytest.raises(signing.BadSignature):
            signing.loads(token)
