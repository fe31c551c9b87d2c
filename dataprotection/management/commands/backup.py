import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from dataprotection.backup import (
    BackupError,
    backup_create,
    backups_prune,
    count,
    parse_recipients,
)
from dataprotection.pgtools import ToolError


def size(count):
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000


class Command(BaseCommand):
    help = ("Write one encrypted file with the database and every uploaded file, encrypted to "
            "BACKUP_AGE_RECIPIENT (default: BACKUP_DIR/coalition-backup-<UTC time>.age).")

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, metavar="FILE",
                            help="Where to write the backup (it must not exist yet).")
        parser.add_argument("--keep-days", type=int, metavar="DAYS",
                            help="Afterwards delete backups in the same folder older than DAYS "
                                 "(only files named coalition-backup-<time>.age).")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, output=None, keep_days=None, database=DEFAULT_DB_ALIAS, **options):
        if keep_days is not None and keep_days < 1:
            raise CommandError("--keep-days must be at least 1.")
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        try:
            recipients = parse_recipients(settings.BACKUP_AGE_RECIPIENT)
            backup = backup_create(recipients=recipients, output=output, using=database, now=now)
        except (BackupError, ToolError) as error:
            raise CommandError(str(error)) from None
        self.report(backup, len(recipients))
        if keep_days is not None:
            removed = backups_prune(directory=backup.path.parent, keep_days=keep_days, now=now)
            self.stdout.write(f"Removed {count(len(removed), 'backup')} older than {keep_days} days"
                              + "".join(f"\n  {path.name}" for path in removed))

    def report(self, backup, recipients):
        manifest = backup.manifest
        files = manifest["files"]
        migrations = sum(len(names) for names in manifest["migrations"].values())
        self.stdout.write(
            f"Backup written to {backup.path} ({size(backup.size)}, encrypted for "
            f"{count(recipients, 'recipient')}): database "
            f"{manifest['database']['name']} (dump {size(manifest['database']['dump']['size'])}, "
            f"{count(migrations, 'migration')} applied), {count(len(files), 'file')} "
            f"({size(sum(entry['size'] for entry in files))}).")
