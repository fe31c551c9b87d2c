from django.db import models


class PublicDataVersion(models.Model):
    """One row: a number that a PostgreSQL trigger changes in the same transaction as any
    change of a project table (publiccache/triggers.py). Cached public answers are keyed by
    it, so a commit that unpublishes someone makes every cached answer unreachable at once."""

    version = models.BigIntegerField()

    class Meta:
        db_table = "publiccache_publicdataversion"

    def __str__(self):
        return str(self.version)
