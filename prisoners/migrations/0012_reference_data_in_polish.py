from django.db import migrations


def fill_new_languages(apps, schema_editor):
    """Region and article names in Polish; names coordinators have written stay theirs."""
    from prisoners.reference_loading import load_reference_data

    load_reference_data(apps.get_model("prisoners", "Region"),
                        apps.get_model("prisoners", "Article"), overwrite=False)


class Migration(migrations.Migration):

    dependencies = [
        ("prisoners", "0011_polish"),
    ]

    operations = [
        migrations.RunPython(fill_new_languages, migrations.RunPython.noop),
    ]
