import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from accounts import roles
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the default language, whatever an earlier test (or a service that
    sends e-mails in the recipient's language) left active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _staff_client(username, group):
    user = UserFactory(username=username, is_staff=True, groups=[group])
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def coordinator(db):
    return _staff_client("coordinator-test", roles.COORDINATOR)


@pytest.fixture
def editor(db):
    return _staff_client("editor-test", roles.EDITOR)


@pytest.fixture
def finance(db):
    return _staff_client("finance-test", roles.FINANCE)


@pytest.fixture
def anonymous(db):
    return Client()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run browser tests last: their live server needs transactional tests, which empty the
    database afterwards (restoring migration data only for themselves)."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
