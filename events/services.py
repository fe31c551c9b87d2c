"""Writes for events: publication, cancellation, and registrations on this site."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events import calendar
from events.choices import EventStatus, RegistrationMode, RegistrationStatus
from events.models import Event, Registration

logger = logging.getLogger(__name__)

NOT_OFFERED_MESSAGE = _("This event does not take registrations on this site.")
CANCELLED_MESSAGE = _("This event was cancelled, so registration is closed.")
PAST_MESSAGE = _("This event is over, so registration is closed.")
FULL_MESSAGE = _("Every place is taken and this event has no waiting list. You were not "
                 "registered.")
DUPLICATE_MESSAGE = _("This e-mail address is already registered for this event. It was not "
                      "registered a second time.")


@transaction.atomic
def event_publish(*, event: Event, now=None) -> Event:
    """Make an event public; the first publication's time stays its publication date."""
    event.full_clean()
    event.is_public = True
    if event.published_at is None:
        event.published_at = now or timezone.now()
    event.save()
    return event


@transaction.atomic
def event_unpublish(*, event: Event) -> Event:
    event.is_public = False
    event.save()
    return event


@transaction.atomic
def event_cancel(*, event: Event) -> Event:
    """Cancelled events stay public, marked cancelled, and calendars learn of it."""
    event.status = EventStatus.CANCELLED
    event.full_clean()
    event.save()
    return event


def registration_create(*, event: Event, name, email, message="", language) -> Registration:
    """Register someone for an on-site event: a place while there are places, else the waiting
    list (when the event has one). Raises ValidationError with the reason otherwise.

    The event row is locked while the places are counted, and a place number unique per
    event backs the count up in the database. The confirmation e-mail is sent after commit;
    a failing mail server never loses the registration.
    """
    with transaction.atomic():
        locked = Event.objects.select_for_update().get(pk=event.pk)
        _check_open(locked)
        if locked.registrations.filter(email__iexact=email).exists():
            raise ValidationError(DUPLICATE_MESSAGE, code="duplicate")
        seat = free_seat(locked)
        if seat is None and not locked.waiting_list:
            raise ValidationError(FULL_MESSAGE, code="full")
        registration = Registration(
            event=locked, name=name, email=email, message=message, language=language,
            status=RegistrationStatus.CONFIRMED if seat else RegistrationStatus.WAITING,
            seat=seat)
        registration.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            # Only reachable if a writer skipped the lock: the constraints still hold.
            raise ValidationError(DUPLICATE_MESSAGE, code="duplicate") from None
    _send_confirmation(registration)
    return registration


def _check_open(event):
    if event.registration != RegistrationMode.ON_SITE:
        raise ValidationError(NOT_OFFERED_MESSAGE, code="not_offered")
    if event.is_cancelled:
        raise ValidationError(CANCELLED_MESSAGE, code="cancelled")
    if event.is_past:
        raise ValidationError(PAST_MESSAGE, code="past")


def free_seat(event):
    """The lowest place number not taken, or None when every place is."""
    taken = set(event.registrations.confirmed().values_list("seat", flat=True))
    return next((seat for seat in range(1, (event.capacity or 0) + 1) if seat not in taken),
                None)


@transaction.atomic
def registration_delete(*, registration: Registration) -> Registration | None:
    """Delete a registration (on the person's request). A freed place goes to the first
    person on the waiting list, who is told by e-mail; returns them, if any."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    was_confirmed = registration.status == RegistrationStatus.CONFIRMED
    registration.delete()
    if not was_confirmed or event.is_past or event.is_cancelled:
        return None
    promoted = event.registrations.waiting().order_by("created_at", "pk").first()
    seat = free_seat(event)
    if promoted is None or seat is None:
        return None
    promoted.status, promoted.seat = RegistrationStatus.CONFIRMED, seat
    promoted.save(update_fields=["status", "seat"])
    transaction.on_commit(lambda: _send_confirmation(promoted))
    return promoted


def _send_confirmation(registration):
    try:
        confirmation_message(registration).send()
    except Exception:
        logger.exception("Could not send the confirmation of registration %s", registration.pk)


def confirmation_message(registration) -> EmailMessage:
    """The e-mail to the person who registered, in their language, with the event's .ics."""
    event = registration.event
    with translation.override(registration.language):
        context = {"registration": registration, "event": event,
                   "link": settings.SITE_URL.rstrip("/") + event.get_absolute_url(),
                   "location": calendar.event_location(event)}
        subject = render_to_string("events/email/registration_subject.txt", context)
        body = render_to_string("events/email/registration_body.txt", context)
        ics = calendar.calendar_for([event], base_url=settings.SITE_URL, name=event.title)
    message = EmailMessage(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL,
                           [registration.email])
    message.attach(f"{event.slug}.ics", ics, "text/calendar")
    return message
