import pytest
from django.core.management import call_command

from appeals.choices import AppealStatus
from appeals.demo import seed_appeals
from appeals.models import Appeal, NotableSignatory, Signature
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db, settings):
    settings.HTTPS = False
    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))


def test_two_public_appeals_in_four_languages(seeded):
    open_appeal, delivered = (Appeal.objects.get(slug="free-ivan-zhuchkov"),
                              Appeal.objects.get(slug="sanctions-for-torture-2026"))
    assert open_appeal.accepts_signatures() is True
    assert (delivered.status, str(delivered.outcome_on)) == (AppealStatus.DELIVERED,
                                                             "2026-06-10")
    for appeal in (open_appeal, delivered):
        assert appeal.is_public and appeal.published_at is not None
        for field in ("title", "text", "demand", "addressee"):
            assert all(getattr(appeal, f"{field}_{code}") for code in LANGUAGES), field
    assert all(getattr(delivered, f"outcome_{code}") for code in LANGUAGES)
    # A demo prisoner who is not public is linked, and left out of the page.
    assert delivered.prisoners.count() == 3 and delivered.prisoners.public().count() == 2


def test_verified_notables_in_several_groups_and_countries_and_signatures(seeded):
    notables = NotableSignatory.objects.public()
    assert len({n.group for n in notables}) >= 4
    assert len({n.country.code for n in notables}) >= 6
    assert all(n.verified_by is not None for n in notables)
    for appeal in Appeal.objects.all():
        signatures = Signature.objects.filter(appeal=appeal)
        assert signatures.counted().count() == 31
        assert signatures.public().count() == 8
        assert signatures.filter(confirmed_at__isnull=True).count() == 2


def test_seeding_again_creates_nothing(seeded):
    assert seed_appeals() == 0
    assert Appeal.objects.count() == 2
