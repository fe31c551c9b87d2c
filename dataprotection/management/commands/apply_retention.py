"""Delete the personal data no longer needed (dataprotection/retention.py); run daily from
cron. Prints one line per rule, the mentors kept although their invitation expired (by number
only: cron mails this output), and the total."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from dataprotection import retention


class Command(BaseCommand):
    help = "Delete unconfirmed signatures, handled sign-ups, past registrations and unused " \
           "invitations older than their retention period."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Count what would be deleted, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        verb = "Would remove" if dry_run else "Removed"
        total = 0
        for rule in retention.RULES:
            count = rule.remove(now=now, dry_run=dry_run)
            total += count
            self.stdout.write(f"{verb} {rule.describe(count)}")
        for kept in retention.expired_invitations_kept(now=now):
            self.stdout.write(f"Kept mentor #{kept.mentor_id} whose invitation expired "
                              f"unused: {kept.reason}")
        records = "record" if total == 1 else "records"
        suffix = " (dry run: nothing was deleted)" if dry_run else ""
        self.stdout.write(f"{verb} {total} {records} in total{suffix}")
