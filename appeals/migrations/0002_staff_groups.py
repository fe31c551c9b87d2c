import importlib

from django.db import migrations


def sync_groups(apps, schema_editor):
    # Coordinators get every appeals permission, editors the appeal texts (accounts/roles.py).
    staff_groups = importlib.import_module("accounts.migrations.0002_staff_groups")
    staff_groups.create_groups(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("appeals", "0001_initial"),
        ("reports", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
