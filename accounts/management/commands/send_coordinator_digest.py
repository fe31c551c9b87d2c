"""E-mail coordinators what needs attention: the admin dashboard's counts, with links.

Meant for cron, for example every Monday at 7:00:

    0 7 * * 1  cd /srv/coalition && .venv/bin/python manage.py send_coordinator_digest

It sends at most once per week: running it daily, or twice, sends nothing more until next
Monday (--force sends again).
"""

from django.core.management.base import BaseCommand

from accounts.digest import send_coordinator_digest


class Command(BaseCommand):
    help = "E-mail coordinators the weekly 'what needs attention' counts (run from cron)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true",
                            help="Send again even if this week's e-mail was sent.")

    def handle(self, *args, force=False, **options):
        sent = send_coordinator_digest(force=force)
        if sent is None:
            self.stdout.write("This week's e-mail was already sent (use --force to resend).")
        else:
            self.stdout.write(f"Sent {sent} e-mails.")
