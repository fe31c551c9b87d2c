"""Canaries for appeals: unique tokens in every private field of signatures and notable
signatories, in unpublished appeals and in private prisoners linked to a public appeal; every
public appeals URL in every language (with the public prisoner's page and the home page) must
show none of them."""

import pytest
from django.utils import timezone

from appeals import services
from appeals.choices import AppealStatus
from tests.appeals.factories import AppealFactory, NotableSignatoryFactory, SignatureFactory
from tests.factories import MentorFactory, PublicPrisonerFactory
from tests.privacy.test_canaries import LANGUAGES, Canaries, hidden_prisoner


def translated(canary, label, field=None):
    return {f"{field or label}_{code}": canary(f"{label}_{code}") for code in LANGUAGES}


def email(canary, label):
    return f"{canary(label).lower()}@example.org"


@pytest.fixture
def planted(db):
    canary = Canaries()
    public = PublicPrisonerFactory(slug="public-person")
    unpublished = hidden_prisoner(canary, "appeal_unpublished")
    shown = AppealFactory(slug="public-appeal", title_en="Public appeal",
                          prisoners=[public, unpublished])
    delivered = AppealFactory(slug="delivered-appeal", status=AppealStatus.DELIVERED,
                              outcome_on=timezone.localdate(), prisoners=[unpublished])
    private = AppealFactory(slug=canary("private_appeal").lower(), is_public=False,
                            prisoners=[public], **translated(canary, "title"),
                            **translated(canary, "text"), **translated(canary, "demand"),
                            **translated(canary, "addressee"), **translated(canary, "outcome"))

    signatures = []
    for appeal in (shown, delivered):
        # Counted and shown: the name and country appear, the e-mail and role never.
        signatures.append(SignatureFactory(appeal=appeal, name="Shown Signer",
                                           email=email(canary, "shown_email"),
                                           role=canary("self_declared_role")))
        signatures.append(SignatureFactory(appeal=appeal, name=canary("unshown_name"),
                                           show_name=False, role=canary("unshown_role"),
                                           email=email(canary, "unshown_email")))
        signatures.append(SignatureFactory(appeal=appeal, name=canary("unconfirmed_name"),
                                           confirmed_at=None, role=canary("unconfirmed_role"),
                                           email=email(canary, "unconfirmed_email")))
        signatures.append(SignatureFactory(appeal=appeal, name=canary("withdrawn_name"),
                                           withdrawn_at=timezone.now(),
                                           role=canary("withdrawn_role"),
                                           email=email(canary, "withdrawn_email")))
        NotableSignatoryFactory(appeal=appeal, name=canary("unverified_notable"),
                                is_verified=False, affiliation=canary("unverified_party"),
                                **translated(canary, "unverified_role", "role"))
        NotableSignatoryFactory(appeal=appeal, name=canary("hidden_notable"), is_hidden=True,
                                affiliation=canary("hidden_party"),
                                **translated(canary, "hidden_role", "role"))
        # A verified notable whose mentor is not public: shown, but not linked to the mentor.
        NotableSignatoryFactory(appeal=appeal, name="Verified Notable",
                                mentor=MentorFactory(is_public=False,
                                                     name=canary("private_mentor_name")))
    SignatureFactory(appeal=private, name=canary("private_appeal_signer"),
                     email=email(canary, "private_appeal_email"))
    NotableSignatoryFactory(appeal=private, name=canary("private_appeal_notable"))
    return {"tokens": canary.tokens, "public": public, "unpublished": unpublished,
            "appeals": [shown, delivered], "private": private, "signatures": signatures}


def appeal_paths(planted):
    paths = ["/"]
    for code in LANGUAGES:
        prefix = f"/{code}"
        paths += [f"{prefix}/", f"{prefix}/appeals/", f"{prefix}/appeals/public-appeal/",
                  f"{prefix}/appeals/public-appeal/?signed=1",
                  f"{prefix}/appeals/delivered-appeal/",
                  f"{prefix}/appeals/{planted['private'].slug}/",
                  f"{prefix}/prisoners/{planted['public'].slug}/",
                  f"{prefix}/prisoners/{planted['unpublished'].slug}/"]
    return paths


def signer_paths(planted):
    """What the signer sees from the e-mail: never their e-mail address or role. The confirm
    page shows the signer (who holds the mailed link) their own name before confirming."""
    paths = []
    for code in LANGUAGES:
        for signature in planted["signatures"]:
            for name, salt in (("confirm", services.CONFIRM_SALT),
                               ("withdraw", services.WITHDRAW_SALT)):
                token = services.signature_token(signature, salt=salt)
                own = {signature.name} if name == "confirm" else set()
                paths.append((f"/{code}/appeals/signatures/{token}/{name}/", own))
    return paths


def test_no_canary_on_any_public_appeals_url(planted, anonymous):
    for path, own in [(path, set()) for path in appeal_paths(planted)] + signer_paths(planted):
        response = anonymous.get(path, follow=True)
        assert response.status_code in (200, 400, 404), path
        text = response.content.decode().lower()
        leaked = [token for token in planted["tokens"]
                  if token not in own and token.lower() in text]
        assert leaked == [], f"{path} leaks {leaked}"
        assert "@example.org" not in text, path


def test_the_public_page_shows_what_it_should(planted, anonymous):
    page = anonymous.get("/en/appeals/public-appeal/").content.decode()
    assert "Shown Signer" in page and "Verified Notable" in page
    assert "/en/prisoners/public-person/" in page
    assert "<strong>2 signatures</strong>" in page
    assert "/en/mentors/#mentor-" not in page


def test_the_private_appeal_and_its_links_are_404(planted, anonymous):
    for code in LANGUAGES:
        assert anonymous.get(f"/{code}/appeals/{planted['private'].slug}/").status_code == 404
