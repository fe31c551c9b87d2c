"""E-mail coordinators what needs attention: the admin dashboard's counts, with links.

Meant for cron, every day at 7:00 (the first run of an ISO week sends, on Monday; a Monday
whose mail server was down is made up on Tuesday):

    0 7 * * *  cd /srv/coalition && .venv/bin/python manage.py send_coordinator_digest

It sends at most once per ISO week: running it daily, or twice, sends nothing more until next
Monday (--force sends again). When no e-mail at all could be sent (mail server down), the week
is not marked as sent and the command fails, so the next run tries again.
"""

from django.core.management.base import BaseCommand, CommandError

from accounts.digest import DigestNotSent, send_coordinator_digest


class Command(BaseCommand):
    help = "E-mail coordinators the weekly 'what needs attention' counts (run from cron)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true",
                            help="Send again even if this week's e-mail was sent.")

    def handle(self, *args, force=False, **options):
        try:
            sent = send_coordinator_digest(force=force)
        except DigestNotSent as error:
            # A non-zero exit: cron mails the error, and the next run tries again.
            raise CommandError(f"None of the {error} e-mails could be sent; the week is not "
                               "marked as sent.") from error
        if sent is None:
            self.stdout.write("This week's e-mail was already sent (use --force to resend).")
        else:
            self.stdout.write(f"Sent {sent} e-mail{'' if sent == 1 else 's'}.")
