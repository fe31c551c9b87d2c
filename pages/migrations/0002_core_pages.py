from django.db import migrations


def create_core_pages(apps, schema_editor):
    """Create the core pages from pages/texts/ in every language the model has columns for; a
    page that exists keeps whatever a coordinator has written in it."""
    from pages.core_pages import sync_core_pages

    sync_core_pages(apps.get_model("pages", "Page"))


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_core_pages, migrations.RunPython.noop)]
