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
    """Register someone for an on-site event: a place while there are places and nobody is
    waiting, else the waiting list (when the event has one). Raises ValidationError with the
    reason otherwise.

    An address that is already registered gets the same answer as a new one (an unsaved
    registration with the status a newcomer would get), so the form never tells strangers
    who registered; nothing is created and the address's owner is told by e-mail instead.

    The event row is locked while the places are counted, and a place number unique per
    event backs the count up in the database. E-mails are sent after commit; a failing mail
    server never loses the registration.
    """
    existing = None
    with transaction.atomic():
        locked = Event.objects.select_for_update().get(pk=event.pk)
        _check_open(locked)
        existing = locked.registrations.filter(email__iexact=email).first()
        seat = None if locked.registrations.waiting().exists() else free_seat(locked)
        refused = seat is None and not locked.waiting_list
        registration = Registration(
            event=locked, name=name, email=email, message=message, language=language,
            status=RegistrationStatus.CONFIRMED if seat else RegistrationStatus.WAITING,
            seat=seat)
        if existing is None and not refused:
            registration.full_clean(validate_constraints=False)
            try:
                with transaction.atomic():
                    registration.save()
            except IntegrityError:
                # Only reachable if a writer skipped the lock: the constraints still hold.
                existing = locked.registrations.filter(email__iexact=email).first()
                if existing is None:
                    raise
    if existing is not None:
        _send(already_registered_message(existing), existing)
    if refused:
        raise ValidationError(FULL_MESSAGE, code="full")
    if existing is None:
        _send(confirmation_message(registration), registration)
    return registration


def _check_open(event):
    if event.registration != RegistrationMode.ON_SITE:
        raise ValidationError(NOT_OFFERED_MESSAGE, code="not_offered")
    if event.is_cancelled:
        raise ValidationError(CANCELLED_MESSAGE, code="cancelled")
    if event.is_past:
        raise ValidationError(PAST_MESSAGE, code="past")


def free_seat(event):
    """The lowest place number not taken, or None once the confirmed registrations fill the
    capacity (which a coordinator may have lowered below the places already given)."""
    seats = list(event.registrations.confirmed().values_list("seat", flat=True))
    capacity = event.capacity or 0
    if len(seats) >= capacity:
        return None
    taken = set(seats)
    return next((seat for seat in range(1, capacity + 1) if seat not in taken), None)


def _promote_waiting(event):
    """Give free places to the waiting list in order of registration; each promoted person
    is e-mailed after commit. The caller holds the event's lock."""
    promoted = []
    if event.is_past or event.is_cancelled:
        return promoted
    for waiting in event.registrations.waiting().order_by("created_at", "pk"):
        seat = free_seat(event)
        if seat is None:
            break
        waiting.status, waiting.seat = RegistrationStatus.CONFIRMED, seat
        waiting.save(update_fields=["status", "seat"])
        transaction.on_commit(lambda person=waiting: _send_confirmation(person))
        promoted.append(waiting)
    return promoted


@transaction.atomic
def event_promote_waiting(*, event: Event) -> list[Registration]:
    """After a coordinator raised the number of places: the waiting list moves up, in
    order. Returns the promoted registrations."""
    locked = Event.objects.select_for_update().get(pk=event.pk)
    return _promote_waiting(locked)


@transaction.atomic
def registration_delete(*, registration: Registration) -> Registration | None:
    """Delete a registration (on the person's request). A freed place goes to the first
    person on the waiting list, who is told by e-mail; returns them, if any."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    was_confirmed = registration.status == RegistrationStatus.CONFIRMED
    registration.delete()
    if not was_confirmed:
        return None
    promoted = _promote_waiting(event)
    return promoted[0] if promoted else None


def _send_confirmation(registration):
    _send(confirmation_message(registration), registration)


def _send(message, registration):
    try:
        message.send()
    except Exception:
        logger.exception("Could not send the e-mail about registration %s", registration.pk)


def confirmation_message(registration, *, already=False) -> EmailMessage:
    """The e-mail to the person who registered, in their language, with the event's .ics.
    Replies go to the coalition's contact address (the e-mail asks for them to cancel)."""
    event = registration.event
    with translation.override(registration.language):
        context = {"registration": registration, "event": event, "already": already,
                   "link": settings.SITE_URL.rstrip("/") + event.get_absolute_url(),
                   "location": calendar.event_location(event)}
        subject = render_to_string("events/email/registration_subject.txt", context)
        body = render_to_string("events/email/registration_body.txt", context)
        ics = calendar.calendar_for([event], base_url=settings.SITE_URL, name=event.title)
    message = EmailMessage(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL,
                           [registration.email], reply_to=[settings.CONTACT_EMAIL])
    message.attach(f"{event.slug}.ics", ics, "text/calendar")
    return message


def already_registered_message(registration) -> EmailMessage:
    """To an address registered again: it already is, nothing changed."""
    return confirmation_message(registration, already=True)
