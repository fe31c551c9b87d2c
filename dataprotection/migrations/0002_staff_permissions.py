import importlib

from django.db import migrations


def sync_groups(apps, schema_editor):
    # Coordinators read the access records; coordinators and finance answer personal data
    # requests (accounts 0002's function applies accounts.roles).
    staff_groups = importlib.import_module("accounts.migrations.0002_staff_groups")
    staff_groups.create_groups(apps, schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ("dataprotection", "0001_access_records"),
        ("accounts", "0003_coordinator_digest"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
