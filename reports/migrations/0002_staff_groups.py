import importlib

from django.db import migrations


def sync_groups(apps, schema_editor):
    # Coordinators get the activity log's and reports' permissions (accounts 0002's function).
    staff_groups = importlib.import_module("accounts.migrations.0002_staff_groups")
    staff_groups.create_groups(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("funds", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
