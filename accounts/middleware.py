from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


class StaffTwoFactorMiddleware:
    """Staff who have not set up two-factor authentication are sent to set it up before any
    admin page: the admin holds relatives' and lawyers' contacts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_2fa(request):
            messages.warning(request, _("Set up two-factor authentication to use the admin."))
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up_2fa(request):
        user = request.user
        return (settings.STAFF_REQUIRE_2FA and request.path.startswith(ADMIN_PREFIX)
                and user.is_authenticated and user.is_staff
                and not Authenticator.objects.filter(
                    user=user, type=Authenticator.Type.TOTP).exists())
