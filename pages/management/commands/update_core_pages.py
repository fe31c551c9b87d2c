"""Bring edits of the core pages' text files (pages/texts/<slug>/<language>.md) to the site.

A text nobody has changed in the admin since it was loaded takes the file's new version; a text
a coordinator has edited is left as it is and listed, so that someone can merge by hand.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from pages.core_pages import sync_core_pages
from pages.models import Page


class Command(BaseCommand):
    help = "Update the core pages from pages/texts/, leaving texts edited in the admin alone."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Say what would change without saving anything.")

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            outcomes = sync_core_pages(Page, dry_run=dry_run)
        verb = "would update" if dry_run else "updated"
        for outcome in outcomes:
            if outcome.created:
                self.stdout.write(f"{outcome.slug}: {'would create' if dry_run else 'created'}")
            elif outcome.updated:
                self.stdout.write(f"{outcome.slug}: {verb} {', '.join(outcome.updated)}")
            if outcome.kept:
                self.stdout.write(self.style.WARNING(
                    f"{outcome.slug}: edited in the admin, left as they are: "
                    f"{', '.join(outcome.kept)}"))
        if not any(o.created or o.updated or o.kept for o in outcomes):
            self.stdout.write("The core pages already hold the files' texts.")
