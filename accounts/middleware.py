import functools
import zoneinfo

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _


def admin_prefix():
    return f"/{settings.ADMIN_URL}"


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
        return (settings.STAFF_REQUIRE_2FA and request.path.startswith(admin_prefix())
                and user.is_authenticated and user.is_staff
                and not Authenticator.objects.filter(
                    user=user, type=Authenticator.Type.TOTP).exists())


# Set by static/js/admin.js from the browser's own setting (Intl...timeZone): the staff member's
# time zone, so that the admin shows times and "Today" in it instead of the server's.
TIME_ZONE_COOKIE = "admin_time_zone"


@functools.cache
def known_time_zones():
    # available_timezones() reads the zone files from disk on every call.
    return frozenset(zoneinfo.available_timezones())


def staff_time_zone(request):
    """The valid IANA zone a staff member's browser reported, or None."""
    name = request.COOKIES.get(TIME_ZONE_COOKIE, "")
    if not (request.user.is_authenticated and request.user.is_staff):
        return None
    if name not in known_time_zones():
        return None
    return zoneinfo.ZoneInfo(name)


class StaffTimeZoneMiddleware:
    """Staff see dates and times in their own time zone (anyone else in the server's).

    Django's admin warns under every date field when the browser and the current time zone
    differ ("You are 1 hour behind server time"); with the browser's zone current they agree,
    and the change form states the zone once (templates/admin/change_form.html).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = staff_time_zone(request)
        if zone is None:
            return self.get_response(request)
        with timezone.override(zone):
            return self.get_response(request)
