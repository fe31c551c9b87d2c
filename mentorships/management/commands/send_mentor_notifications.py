"""Send mentors their pending e-mails: news in their prisoners' cases and birthdays ahead.

Meant for cron, for example every 15 minutes:

    */15 * * * *  cd /srv/coalition && .venv/bin/python manage.py send_mentor_notifications

It is idempotent: every e-mail sent is recorded, so running it again (or twice at once) sends
nothing twice. A failed e-mail is logged and retried on the next run.
"""

from django.core.management.base import BaseCommand

from mentorships.notifications import send_mentor_notifications


class Command(BaseCommand):
    help = "Send mentors their pending case-event and birthday e-mails (run from cron)."

    def handle(self, *args, **options):
        sent = send_mentor_notifications()
        self.stdout.write(f"Sent {sent} e-mails.")
