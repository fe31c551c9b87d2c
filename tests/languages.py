"""The site's languages, for tests that go through every one of them: from the settings, so that
a language added to the site is tested everywhere without editing the tests."""

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Every language but the default one, whose texts the catalogues translate.
TRANSLATED = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
