"""Public code never names the private models: privacy by construction, checked by grep.

Public views, selectors, template tags and public templates must not reach relatives' and
lawyers' contacts, internal notes, risk flags, recognition files or consent details.
"""

import re
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
PUBLIC_CODE = [
    BASE / "prisoners" / "views.py",
    BASE / "prisoners" / "selectors.py",
    BASE / "prisoners" / "forms.py",
    BASE / "prisoners" / "templatetags" / "public_site.py",
    BASE / "pages" / "views.py",
    BASE / "mentorships" / "views_public.py",
    BASE / "mentorships" / "selectors_public.py",
    BASE / "mentorships" / "forms_public.py",
    BASE / "reports" / "api.py",
    BASE / "reports" / "open_data.py",
    BASE / "reports" / "statistics.py",
    BASE / "reports" / "views_open_data.py",
    BASE / "templates" / "reports" / "open_data.html",
    BASE / "coalition" / "sitemaps.py",
    *(BASE / "events" / name for name in ("views.py", "selectors.py", "forms.py", "kit.py",
                                          "calendar.py", "feeds.py")),
    *(BASE / "events" / "templatetags").glob("*.py"),
    *(BASE / "appeals" / name for name in ("views.py", "selectors.py", "forms.py")),
    *(BASE / "news" / name for name in ("views.py", "selectors.py", "feeds.py", "whats_new.py")),
    *(BASE / "templates").glob("*.html"),
    *(BASE / "templates" / "includes").glob("*.html"),
    *(BASE / "templates" / "prisoners").glob("*.html"),
    *(BASE / "templates" / "pages").glob("*.html"),
    *(BASE / "templates" / "mentorships").glob("*.html"),
    *(BASE / "templates" / "events").glob("*.html"),
    *(BASE / "templates" / "appeals").glob("*.html"),
    *(BASE / "templates" / "news").glob("*.html"),
]
PRIVATE_NAMES = re.compile(
    r"PrisonerContact|InternalNote|RiskFlag|\bcontacts\b|internal_notes|risk_flags"
    r"|recognitions|given_by_name|proposed_by|evidence|rationale"
    r"|source_organisation|source_url|source_document|verified_by")


def test_public_code_never_names_private_data():
    offending = {}
    for path in PUBLIC_CODE:
        found = PRIVATE_NAMES.findall(path.read_text())
        if found:
            offending[str(path.relative_to(BASE))] = sorted(set(found))
    assert offending == {}


def test_the_guard_sees_the_files_it_should():
    assert len(PUBLIC_CODE) >= 50
    assert all(path.exists() for path in PUBLIC_CODE)
