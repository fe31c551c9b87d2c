from django import template
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from events.calendar import event_location

register = template.Library()


@register.filter
def zone_name(event):
    return event.time_zone.replace("_", " ")


@register.simple_tag
def event_when(event):
    """The dates in the event's own time zone, which is named: "Dec. 12, 2026, 7 p.m.–9 p.m.
    (Europe/Berlin time)"."""
    start, end = event.local_start, event.local_end
    if start.date() == end.date():
        when = _("%(date)s, %(start)s–%(end)s") % {
            "date": date_format(start, "DATE_FORMAT"), "start": time_format(start, "TIME_FORMAT"),
            "end": time_format(end, "TIME_FORMAT")}
    else:
        when = f"{date_format(start, 'DATETIME_FORMAT')} – {date_format(end, 'DATETIME_FORMAT')}"
    zone = _("%(zone)s time") % {"zone": zone_name(event)}
    return format_html('<time datetime="{}">{}</time> <span class="event-zone">({})</span>',
                       start.isoformat(), when, zone)


@register.filter
def location(event):
    return event_location(event)
