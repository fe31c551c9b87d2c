"""Writes ``prisoners.reference_data`` into the Region and Article tables, for the migrations.

Every language the data is written in and the model has a column for is filled: a language
added to the site later gets its names from the migration that adds its columns.
"""

from prisoners.reference_data import ARTICLES, REGIONS

DEFAULT_LANGUAGE = "en"  # also fills the untranslated base column


def load_reference_data(Region, Article, *, overwrite):
    """Create missing regions and articles. With ``overwrite`` their names are reset to the
    data's; without it only empty translations are filled, so coordinators' edits stay."""
    _load(Region, REGIONS, key="code", field="name", overwrite=overwrite)
    _load(Article, ARTICLES, key="number", field="title", overwrite=overwrite)


def _load(Model, rows, *, key, field, overwrite):
    columns = {model_field.name for model_field in Model._meta.get_fields()}
    for row in rows:
        texts = {f"{field}_{code}": text for code, text in row.items()
                 if f"{field}_{code}" in columns}
        record, created = Model.objects.get_or_create(
            **{key: row[key]}, defaults={field: row[DEFAULT_LANGUAGE], **texts})
        if created:
            continue
        changed = {column: text for column, text in texts.items()
                   if overwrite or not getattr(record, column)}
        if changed:
            Model.objects.filter(pk=record.pk).update(**changed)
