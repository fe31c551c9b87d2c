import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from dataprotection.backup import BackupError, backup_restore, count, parse_identities
from dataprotection.pgtools import ToolError


class Command(BaseCommand):
    help = ("Restore a backup made by `manage.py backup` into an empty database and write its "
            "files back to the storage. The age identity comes from BACKUP_AGE_IDENTITY.")

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, file, database=DEFAULT_DB_ALIAS, **options):
        try:
            identities = parse_identities(os.environ.get("BACKUP_AGE_IDENTITY"))
            restore = backup_restore(path=file, identities=identities, using=database)
        except (BackupError, ToolError) as error:
            raise CommandError(str(error)) from None
        manifest = restore.manifest
        self.stdout.write(
            f"Restored the backup of {manifest['database']['name']} made at "
            f"{manifest['created_at']}: {count(restore.tables, 'table')}, "
            f"{count(len(restore.files_written), 'file')} written to the storage"
            f" ({len(restore.files_present)} already there); the public page cache "
            "starts afresh.")
        for note in restore.notes:
            self.stdout.write(note)
