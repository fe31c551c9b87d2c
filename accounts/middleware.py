import functools
import time
import zoneinfo

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


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


# Seconds since the epoch of a staff member's last request, kept in their session.
LAST_ACTIVITY_KEY = "staff_last_activity"
# The clock is written at most once a minute: not a session save on every admin request.
ACTIVITY_RESOLUTION_SECONDS = 60


def start_activity_clock(sender, request, user, **kwargs):
    """On sign-in (django.contrib.auth's user_logged_in, accounts.signals): the staff
    member's first request then need not write the session again."""
    if user.is_staff and hasattr(request, "session"):
        request.session[LAST_ACTIVITY_KEY] = int(time.time())


class StaffIdleTimeoutMiddleware:
    """A staff session ends after STAFF_SESSION_IDLE_MINUTES without a request: a laptop left
    open must not leave the registry open with it. Mentors (not staff) keep their sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return self.get_response(request)
        now = time.time()
        last = request.session.get(LAST_ACTIVITY_KEY)
        minutes = settings.STAFF_SESSION_IDLE_MINUTES
        if isinstance(last, int | float) and now - last > minutes * 60:
            return self._sign_out(request, minutes)
        if not isinstance(last, int | float) or now - last >= ACTIVITY_RESOLUTION_SECONDS:
            request.session[LAST_ACTIVITY_KEY] = int(now)
        return self.get_response(request)

    @staticmethod
    def _sign_out(request, minutes):
        logout(request)
        messages.info(request, ngettext(
            "You were signed out after %(minutes)d minute without activity.",
            "You were signed out after %(minutes)d minutes without activity.",
            minutes) % {"minutes": minutes})
        # Back to the same page after signing in (a form sent now is lost: it is shown again).
        return redirect_to_login(request.get_full_path())


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
