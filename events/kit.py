"""The letter-writing kit of a public event: an envelope and a card for each featured prisoner
whom the public may see, and a poster with a QR code to the event page. Both pages are made for
printing on A4 and need no JavaScript.

The kit is rendered in the language of its URL, like every public page; the event page links to
it in the event's own language (templates/events/_kit_links.html), so that the printed texts
match the evening, and the other languages stay a click away for guests who read another.
"""

import datetime

import segno
from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.utils import dateformat, timezone
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_safe
from modeltranslation.utils import build_localized_fieldname

from events.models import Event
from events.templatetags.event_tags import zone_name
from prisoners.choices import Status
from prisoners.models import NAME_FIELDS, Prisoner
from prisoners.selectors import name_ordering

# Whoever is out of prison or has died gets no envelope, whatever the letters flag still says.
NO_LONGER_HELD = {Status.RELEASED, Status.EMIGRATED, Status.DIED_IN_CUSTODY}

# What a card and an envelope show; the biography and other long texts stay in the database.
KIT_FIELDS = ["slug", *NAME_FIELDS, "envelope_name", "birth_date", "status", "gender", "photo",
              "can_receive_letters", "facility__postal_address"]


def kit_event(slug):
    """A public event by its slug, or 404: unpublished events have no kit and no poster."""
    return get_object_or_404(Event.objects.public().select_related("organiser"), slug=slug)


def kit_prisoners(event, *, today):
    """The event's featured prisoners that the public may see, in name order, each with
    ``photo_consented``, ``envelope`` (whether letters reach them) and ``next_birthday``."""
    prisoners = list(
        Prisoner.objects.public().with_public_photo().filter(featured_in_events=event)
        .select_related("facility").only(*KIT_FIELDS, *_translated("case_summary"))
        .order_by(*name_ordering()))
    for prisoner in prisoners:
        prisoner.envelope = (prisoner.can_receive_letters and prisoner.facility is not None
                             and prisoner.status not in NO_LONGER_HELD)
        prisoner.next_birthday = (None if prisoner.status in NO_LONGER_HELD
                                  else next_birthday(prisoner.birth_date, today))
    return prisoners


def _translated(field):
    # .only() must keep every language's column: modeltranslation falls back to another one
    # when the kit's language has no text yet.
    return [build_localized_fieldname(field, code) for code, _name in settings.LANGUAGES]


def next_birthday(birth_date, today):
    """The first birthday on or after ``today``, with the age then; None without a birth date.
    Someone born on 29 February celebrates on 1 March in other years."""
    if birth_date is None:
        return None
    for year in (today.year, today.year + 1):
        try:
            day = birth_date.replace(year=year)
        except ValueError:
            day = datetime.date(year, 3, 1)
        if day >= today:
            return {"date": day, "age": year - birth_date.year, "label": day_and_month(day)}
    raise AssertionError("unreachable: next year's birthday is always after today")


def day_and_month(day):
    # Django's Russian MONTH_DAY_FORMAT gives the nominative ("14 Март"); "E" is the genitive.
    month_day = "j E" if get_language() == "ru" else get_format("MONTH_DAY_FORMAT")
    return dateformat.format(day, month_day)


def qr_svg(url):
    """The QR code of ``url`` as inline SVG with an accessible name, drawn on the server: no
    image service learns who prints the poster."""
    svg = segno.make_qr(url, error="m").svg_inline(
        scale=1, border=4, omitsize=True, svgclass="poster__qr-code", lineclass=None,
        title=url)
    label = escape(gettext("QR code of the event page: %(url)s") % {"url": url})
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1))


def _kit_day(event):
    # Ages and birthdays are counted from the evening itself, or from today once it is over.
    return max(event.local_start.date(), timezone.now().astimezone(event.zone).date())


@require_safe
def letter_kit(request, slug):
    event = kit_event(slug)
    context = {"event": event, "zone_name": zone_name(event),
               "prisoners": kit_prisoners(event, today=_kit_day(event))}
    return render(request, "events/kit_letters.html", context)


@require_safe
def poster(request, slug):
    event = kit_event(slug)
    event_url = request.build_absolute_uri(event.get_absolute_url())
    context = {"event": event, "zone_name": zone_name(event), "event_url": event_url,
               "qr_code": qr_svg(event_url)}
    return render(request, "events/kit_poster.html", context)
