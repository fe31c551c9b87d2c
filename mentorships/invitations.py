"""Coordinators invite mentors: an account without a password and an expiring link (allauth's
password-reset-from-key page, valid PASSWORD_RESET_TIMEOUT) where the invitee chooses one."""

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from mentorships.models import Mentor, MentorNotification

# Each invitation sent is logged as a MentorNotification with a key starting with this, so
# that the retention rules date an unused invitation by the last link sent, not by the
# account's creation (dataprotection/retention.py).
INVITATION_KEY = "invitation:"


def invitation_link(user) -> str:
    path = reverse("account_reset_password_from_key",
                   kwargs={"uidb36": user_pk_to_url_str(user),
                           "key": default_token_generator.make_token(user)})
    return settings.SITE_URL + path


def mentor_invite(*, mentor: Mentor) -> None:
    """E-mail the mentor, in their language, a link to set their password."""
    user = mentor.user
    if not user.email:
        raise ValidationError(_("%(name)s has no e-mail address.") % {"name": mentor.name})
    with translation.override(mentor.preferred_language):
        subject = _("Your invitation to the mentor portal")
        body = render_to_string("mentorships/email/invitation.txt", {
            "mentor": mentor, "link": invitation_link(user),
            "days": settings.PASSWORD_RESET_TIMEOUT // 86400})
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    MentorNotification.objects.create(
        mentor=mentor, key=f"{INVITATION_KEY}{timezone.now().isoformat()}")


@transaction.atomic
def mentor_create_and_invite(*, email, name, country, preferred_language, **details) -> Mentor:
    """Create the account and the mentor together, then send the invitation."""
    User = get_user_model()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": _("An account with this e-mail address exists.")})
    user = User(username=email.lower(), email=email, preferred_language=preferred_language)
    user.set_unusable_password()
    user.full_clean()
    user.save()
    mentor = Mentor(user=user, name=name, country=country,
                    preferred_language=preferred_language, **details)
    mentor.full_clean()
    mentor.save()
    transaction.on_commit(lambda: mentor_invite(mentor=mentor))
    return mentor
