"""Receivers of the sign-in and two-factor signals (imported by accounts.apps). allauth sends
its user_logged_in only once the whole sign-in, second factor included, has succeeded."""

import logging

from allauth.account.signals import user_logged_in
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_removed
from django.contrib.auth.signals import user_logged_in as django_user_logged_in
from django.dispatch import receiver

from accounts import services
from accounts.middleware import start_activity_clock
from coalition.public_forms import client_address

logger = logging.getLogger(__name__)
# Every login (allauth's, the test client's): the staff idle timeout's clock starts.
django_user_logged_in.connect(start_activity_clock, dispatch_uid="staff_activity_clock")


@receiver(user_logged_in)
def record_sign_in_address(sender, request, user, **kwargs):
    try:
        services.sign_in_address_record(user=user, address=client_address(request),
                                        user_agent=request.META.get("HTTP_USER_AGENT", ""))
    except Exception:  # noting the address must never stop the sign-in
        logger.exception("Sign-in address of user %s not recorded", user.pk)


@receiver(authenticator_removed)
def notify_two_factor_disabled(sender, request, user, authenticator, **kwargs):
    # Removing the last authenticator removes the recovery codes too (a second signal);
    # one e-mail, once no authenticator is left.
    remaining = Authenticator.objects.filter(user=user).exclude(
        type=Authenticator.Type.RECOVERY_CODES)
    if authenticator.type == Authenticator.Type.RECOVERY_CODES or remaining.exists():
        return
    services.two_factor_disabled_notify(user=user, address=client_address(request),
                                        user_agent=request.META.get("HTTP_USER_AGENT", ""))
