from django.db import migrations


def load_reference_data(apps, schema_editor):
    from prisoners.reference_loading import load_reference_data

    load_reference_data(apps.get_model("prisoners", "Region"),
                        apps.get_model("prisoners", "Article"), overwrite=True)


class Migration(migrations.Migration):

    dependencies = [
        ("prisoners", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load_reference_data, migrations.RunPython.noop),
    ]
