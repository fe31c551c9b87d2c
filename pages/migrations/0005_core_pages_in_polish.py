from django.db import migrations


def sync_core_pages(apps, schema_editor):
    """Remember which texts are still the files' own, and fill the new Polish columns."""
    from pages.core_pages import sync_core_pages

    sync_core_pages(apps.get_model("pages", "Page"))


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_polish"),
    ]

    operations = [migrations.RunPython(sync_core_pages, migrations.RunPython.noop)]
