"""iCalendar (RFC 5545) files of public events: the feed per language and one file per event.

Each event keeps one UID for its whole life and a SEQUENCE that rises on every change, so
calendar programs update their copy instead of adding a second one. Times carry the venue's
time zone (TZID), with a VTIMEZONE for each zone used.
"""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events.choices import EventStatus

PRODID = "-//Coalition for political prisoners in Russia//Events//{language}"


def site_host():
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def event_uid(event, host=None):
    return f"event-{event.pk}@{host or site_host()}"


def event_location(event):
    """One line: the venue and its address, or the link to join online."""
    if not event.venue_name:
        return event.online_url
    country = event.country.name if event.country else ""
    parts = [event.venue_name, event.venue_address, event.city, str(country)]
    return ", ".join(part for part in parts if part)


def event_component(event, *, base_url, host=None):
    url = base_url.rstrip("/") + event.get_absolute_url()
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(event, host))
    vevent.add("dtstamp", event.updated_at.astimezone(datetime.UTC))
    vevent.add("last-modified", event.updated_at.astimezone(datetime.UTC))
    vevent.add("created", event.created_at.astimezone(datetime.UTC))
    vevent.add("sequence", event.sequence)
    vevent.add("dtstart", event.local_start)
    vevent.add("dtend", event.local_end)
    vevent.add("summary", event.display_title)
    organiser = _("Organised by %(organisation)s.") % {"organisation": event.organiser.name}
    description = "\n\n".join(part for part in (event.description.strip(), organiser, url)
                                if part)
    vevent.add("description", description)
    if location := event_location(event):
        vevent.add("location", location)
    vevent.add("url", url)
    vevent.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    return vevent


def calendar_for(events, *, base_url, name=None):
    """A VCALENDAR of ``events`` in the active language, with their time zones."""
    # The UID names the site's configured host, never the request's: the same event must
    # keep the same UID in the feed, the download and the e-mail, whatever address was used.
    host = site_host()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID.format(language=(get_language() or "en").upper()))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # One line: a line break in a title would break the property (and the file).
    calendar.add("x-wr-calname",
                 " ".join((name or _("Events for political prisoners in Russia")).split()))
    days = []
    for event in events:
        calendar.add_component(event_component(event, base_url=base_url, host=host))
        days += [event.starts_at.date(), event.ends_at.date()]
    if days:
        # Time zone rules for the years around the events only, not 1970-2038.
        margin = datetime.timedelta(days=366)
        # Clamped well inside date.min-date.max (icalendar steps up to 64 days past the
        # range): Event.clean refuses far dates, but no stored value may crash the file.
        lowest, highest = datetime.date.min + 3 * margin, datetime.date.max - 3 * margin
        first = min(max(min(days), lowest), highest) - margin
        last = min(max(max(days), lowest), highest) + margin
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()
