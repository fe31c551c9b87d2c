from django.db import migrations

TRANSLATED_FIELDS = ("title", "summary", "body")


def create_core_pages(apps, schema_editor):
    """Create the four core pages; a page that already exists is left exactly as it is."""
    from pages.core_pages import PAGES

    Page = apps.get_model("pages", "Page")
    pages = Page.objects.using(schema_editor.connection.alias)
    columns = {field.name for field in Page._meta.get_fields()}
    for spec in PAGES:
        defaults = {"menu_order": spec["menu_order"], "is_published": True}
        for field in TRANSLATED_FIELDS:
            # The historical model has no modeltranslation magic: fill the base column too.
            defaults[field] = spec[field]["en"]
            # Every language the text is written in and the model has a column for: a site
            # language without a text stays empty, and the translation-status page shows it.
            for code, text in spec[field].items():
                if f"{field}_{code}" in columns:
                    defaults[f"{field}_{code}"] = text
        pages.get_or_create(slug=spec["slug"], defaults=defaults)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_core_pages, migrations.RunPython.noop)]
