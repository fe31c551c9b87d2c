from django.db import migrations

LANGUAGES = ("en", "ru", "de", "fr")


def load_reference_data(apps, schema_editor):
    from prisoners.reference_data import ARTICLES, REGIONS

    Region = apps.get_model("prisoners", "Region")
    Article = apps.get_model("prisoners", "Article")
    db = schema_editor.connection.alias

    for region in REGIONS:
        defaults = {"name": region["en"]}
        defaults.update({f"name_{lang}": region[lang] for lang in LANGUAGES})
        Region.objects.using(db).update_or_create(code=region["code"], defaults=defaults)

    for article in ARTICLES:
        defaults = {"title": article["en"]}
        defaults.update({f"title_{lang}": article[lang] for lang in LANGUAGES})
        Article.objects.using(db).update_or_create(number=article["number"], defaults=defaults)


class Migration(migrations.Migration):

    dependencies = [
        ("prisoners", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load_reference_data, migrations.RunPython.noop),
    ]
