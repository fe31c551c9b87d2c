"""Shared by the public forms (mentor sign-up, appeal signatures, event registrations): spam
protection, and what their error summary needs.

No third-party scripts: a honeypot field that people never see, a signed timestamp that refuses
forms sent faster than a person types or kept for over a day, and a per-address rate limit
(the visitor's address as the trusted proxies report it, see ``client_address``;
counted in the cache under a keyed hash of the address, never the address itself).
"""

import functools
import logging
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)

# The salt predates the move from mentorships.forms_public: forms already shown stay valid.
TOKEN_SALT = "mentorships.forms_public.signup"
MIN_FILL_SECONDS = 3
MAX_FORM_AGE_SECONDS = 24 * 60 * 60

HONEYPOT_MESSAGE = _(
    "The form was not sent because a hidden field meant for spam robots was filled in, perhaps "
    "by your browser's autofill. Please send it again.")
TOO_FAST_MESSAGE = _(
    "The form was sent faster than a person can fill it in. Please check your entries and "
    "send it again.")
EXPIRED_MESSAGE = _("The form has expired. Please check your entries and send it again.")
RATE_LIMIT_MESSAGE = _("Too many forms were sent from your network in the last hour. Please "
                       "try again later.")


def signup_token(at=None):
    """A signed note of when the form was shown (``at``: a Unix time, default now)."""
    shown = time.time() if at is None else at
    return signing.Signer(salt=TOKEN_SALT).sign(f"{shown:.3f}")


def token_age(token):
    """Seconds since the form was shown, or None for a forged or damaged token."""
    try:
        return time.time() - float(signing.Signer(salt=TOKEN_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


class FreshTokenInput(forms.HiddenInput):
    """Always renders a new token, so that a form shown again after an error can be sent."""

    def format_value(self, value):
        return signup_token()


class AlwaysEmptyInput(forms.TextInput):
    """The honeypot is shown empty again even when a robot (or autofill) filled it."""

    def format_value(self, value):
        return None


def honeypot_field():
    # Hidden by the CSS class of its wrapper; people leave it empty, robots fill it in.
    return forms.CharField(label=_("Leave this field empty"), required=False,
                           widget=AlwaysEmptyInput(attrs={"autocomplete": "off",
                                                          "tabindex": "-1"}))


def timestamp_field():
    return forms.CharField(required=False, widget=FreshTokenInput)


class ErrorSummaryMixin:
    """For the error summary every public form shows above its fields
    (templates/includes/_public_form_errors.html)."""

    @property
    def has_field_errors(self):
        return any(name != NON_FIELD_ERRORS for name in self.errors)


def check_spam(cleaned_data, *, honeypot="website", started="started"):
    """Raise the form-wide error for a filled honeypot or a too fast, old or forged form."""
    if cleaned_data.get(honeypot):
        raise ValidationError(HONEYPOT_MESSAGE, code="honeypot")
    age = token_age(cleaned_data.get(started) or "")
    if age is None or age > MAX_FORM_AGE_SECONDS:
        raise ValidationError(EXPIRED_MESSAGE, code="expired")
    if age < MIN_FILL_SECONDS:
        raise ValidationError(TOO_FAST_MESSAGE, code="too_fast")


def client_address(request):
    """The visitor's address. Behind ``TRUSTED_PROXY_COUNT`` reverse proxies it is that many
    places from the right of X-Forwarded-For (each proxy appends the address it saw; anything
    further left comes from the visitor and may be forged); otherwise REMOTE_ADDR."""
    if count := settings.TRUSTED_PROXY_COUNT:
        forwarded = [address.strip() for address in
                     request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if address.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(request, form, *, scope, per_hour):
    """Count every attempt from this address for an hour, per ``scope``; past ``per_hour``
    attempts the form gets RATE_LIMIT_MESSAGE and False is returned."""
    address = salted_hmac(f"{scope}-rate", client_address(request)).hexdigest()
    key = f"{scope}:{address}"
    try:
        cache.add(key, 0, timeout=60 * 60)
        attempts = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, attempts := 1, timeout=60 * 60)
    except Exception:  # the cache server is down: the honeypot and timestamp still apply
        logger.exception("Rate limit cache unavailable")
        return True
    if attempts > per_hour:
        form.add_error(None, RATE_LIMIT_MESSAGE)
        return False
    return True


CROSS_SITE_MESSAGE = _("This form can only be sent from this website. Please open the page "
                       "again and send the form from there.")


def same_origin_form(view):
    """A form on a cached public page: no CSRF token (the page is the same for every visitor),
    so the view refuses instead what a CSRF token exists to refuse, a form sent from another
    site. Browsers say where a request comes from in Sec-Fetch-Site, older ones in Origin; a
    request with neither (not a browser) gains nothing a script could not do by loading the
    page first, and the forms' spam checks still apply."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "POST" and not _sent_from_this_site(request):
            raise PermissionDenied(CROSS_SITE_MESSAGE)
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)


def _sent_from_this_site(request):
    if fetch_site := request.headers.get("Sec-Fetch-Site"):
        # "none": typed or bookmarked by the visitor themself.
        return fetch_site in {"same-origin", "none"}
    if origin := request.headers.get("Origin"):
        own = f"{request.scheme}://{request.get_host()}"
        return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS
    return True
