"""The coordinators' weekly e-mail (manage.py send_coordinator_digest)."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import CommandError, call_command
from django.utils import timezone

from accounts import roles
from accounts.models import CoordinatorDigest
from tests.factories import CaseEventFactory, PublicPrisonerFactory, UserFactory

TODAY = timezone.localdate()


def run(*args):
    out = StringIO()
    call_command("send_coordinator_digest", *args, stdout=out)
    return out.getvalue().strip()


@pytest.fixture
def staff(db):
    PublicPrisonerFactory(recognition__re_review_on=TODAY + datetime.timedelta(days=30))
    CaseEventFactory(date=TODAY + datetime.timedelta(days=3))
    return {
        "anna": UserFactory(username="anna", email="anna@example.org",
                            groups=[roles.COORDINATOR], preferred_language="de"),
        "ben": UserFactory(username="ben", email="ben@example.org", groups=[roles.COORDINATOR]),
        "gone": UserFactory(username="gone", email="gone@example.org", is_active=False,
                            groups=[roles.COORDINATOR]),
        "editor": UserFactory(username="edith", email="edith@example.org",
                              groups=[roles.EDITOR]),
    }


def test_sent_once_a_week_to_active_coordinators_in_their_language(staff, settings):
    settings.SITE_URL = "https://example.org"
    assert run() == "Sent 2 e-mails."
    assert sorted(message.to[0] for message in mail.outbox) == ["anna@example.org",
                                                                 "ben@example.org"]
    german = next(message for message in mail.outbox if message.to == ["anna@example.org"])
    english = next(message for message in mail.outbox if message.to == ["ben@example.org"])
    assert english.subject == "What needs attention this week"
    assert ("1 — Hearings in the next 14 days\n"
            "   https://example.org/admin/prisoners/prisoner/?attention=hearing" in english.body)
    assert "0 — Recognitions due for re-review" in english.body
    assert german.subject != english.subject
    assert "https://example.org/admin/prisoners/prisoner/?attention=hearing" in german.body
    assert "Hearings in the next 14 days" not in german.body

    assert run() == "This week's e-mail was already sent (use --force to resend)."
    assert len(mail.outbox) == 2
    digest = CoordinatorDigest.objects.get()
    assert (digest.week.weekday(), digest.recipients) == (0, 2)
    assert digest.week <= TODAY < digest.week + datetime.timedelta(days=7)


def test_force_sends_again_and_next_week_sends_anew(staff):
    run()
    assert run("--force") == "Sent 2 e-mails."
    assert len(mail.outbox) == 4
    CoordinatorDigest.objects.update(week=TODAY - datetime.timedelta(days=7 + TODAY.weekday()))
    assert run() == "Sent 2 e-mails."
    assert CoordinatorDigest.objects.count() == 2


def test_no_coordinator_no_e_mail(db):
    assert run() == "Sent 0 e-mails."
    assert mail.outbox == []


def test_each_e_mail_has_an_html_part_with_the_same_links(staff, settings):
    settings.SITE_URL = "https://example.org/"
    run()
    english = next(message for message in mail.outbox if message.to == ["ben@example.org"])
    german = next(message for message in mail.outbox if message.to == ["anna@example.org"])
    [(html, mimetype)] = english.alternatives
    assert mimetype == "text/html"
    assert '<html lang="en">' in html
    assert ('<td style="text-align: right; font-weight: bold;">1</td><td><a href="'
            'https://example.org/admin/prisoners/prisoner/?attention=hearing">'
            'Hearings in the next 14 days</a></td>' in html)
    assert ('<a href="https://example.org/admin/">https://example.org/admin/</a>' in html)
    [(german_html, _mimetype)] = german.alternatives
    assert '<html lang="de">' in german_html
    assert "?attention=hearing" in german_html
    assert "Hearings in the next 14 days" not in german_html


def test_names_are_escaped_in_the_html_part(staff):
    staff["ben"].first_name = "<b>Ben</b>"
    staff["ben"].save()
    run()
    english = next(message for message in mail.outbox if message.to == ["ben@example.org"])
    assert "Hello &lt;b&gt;Ben&lt;/b&gt;," in english.alternatives[0][0]
    assert "Hello <b>Ben</b>," in english.body  # plain text is not HTML


def test_one_failing_address_does_not_stop_the_others(staff, monkeypatch):
    real_send = EmailMultiAlternatives.send

    def send(message, *args, **kwargs):
        if message.to == ["anna@example.org"]:
            raise OSError("mailbox unavailable")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", send)
    assert run() == "Sent 1 e-mail."
    assert [message.to for message in mail.outbox] == [["ben@example.org"]]
    assert CoordinatorDigest.objects.get().recipients == 1


def test_when_no_e_mail_goes_out_the_week_is_not_marked_and_the_next_run_retries(
        staff, monkeypatch):
    def fail(message, *args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(EmailMultiAlternatives, "send", fail)
    with pytest.raises(CommandError, match="None of the 2 e-mails could be sent"):
        run()
    assert not CoordinatorDigest.objects.exists()
    monkeypatch.undo()
    assert run() == "Sent 2 e-mails."
    assert CoordinatorDigest.objects.get().recipients == 2
