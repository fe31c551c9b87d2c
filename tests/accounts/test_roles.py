"""The staff groups hold exactly the permissions accounts.roles names."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts import roles


def _codes(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


@pytest.mark.django_db
@pytest.mark.parametrize("codes", [roles.EDITOR_PERMISSIONS, roles.COORDINATOR_EXTRA,
                                   roles.FINANCE_PERMISSIONS])
def test_every_named_permission_exists(codes):
    # sync_groups skips codes of apps not migrated yet; after all migrations none may be missing.
    existing = {f"{p.content_type.app_label}.{p.codename}"
                for p in Permission.objects.select_related("content_type")}
    assert set(codes) - existing == set()


@pytest.mark.django_db
def test_editor_holds_exactly_the_editor_permissions():
    assert _codes(roles.EDITOR) == set(roles.EDITOR_PERMISSIONS)
