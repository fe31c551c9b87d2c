import importlib

from django.db import migrations


def sync_groups(apps, schema_editor):
    # Finance and coordinators get the ledger's permissions; the same function as accounts 0002.
    staff_groups = importlib.import_module("accounts.migrations.0002_staff_groups")
    staff_groups.create_groups(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("funds", "0001_initial"),
        ("accounts", "0002_staff_groups"),
        ("mentorships", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
