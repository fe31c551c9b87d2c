from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_POST, require_safe

from coalition.public_forms import same_origin_form, within_rate_limit
from events import calendar, selectors, services
from events.forms import EventFilterForm, RegistrationForm
from prisoners.views import PHOTO_VARIANTS, _photo_response

PAGE_SIZE = 20
REGISTRATIONS_PER_HOUR = 5
REGISTERED = ("confirmed", "waiting")


@require_safe
def event_list(request, past=False):
    form = EventFilterForm(request.GET or None, choices=selectors.filter_choices())
    events = selectors.event_list(past=past, **form.search_arguments())
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "past": past, "filtered": form.filtered}
    return render(request, "events/event_list.html", context)


@require_safe
def event_detail(request, slug):
    event = get_object_or_404(selectors.public_events(), slug=slug)
    form = RegistrationForm() if event.takes_registrations else None
    return _render_detail(request, event, form)


@same_origin_form
@require_POST
def register(request, slug):
    event = get_object_or_404(selectors.public_events(), slug=slug)
    form = RegistrationForm(request.POST)
    if (within_rate_limit(request, form, scope="event-registration",
                          per_hour=REGISTRATIONS_PER_HOUR) and form.is_valid()):
        try:
            registration = services.registration_create(
                event=event, **form.registration_data(), language=get_language())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            url = reverse("events:detail", kwargs={"slug": slug})
            return redirect(f"{url}?registered={registration.status}#registration")
    return _render_detail(request, event, form if event.takes_registrations else None)


def _render_detail(request, event, form):
    registered = request.GET.get("registered") if request.method != "POST" else None
    context = {"event": event, "form": form,
               "prisoners": selectors.featured_prisoners(event),
               "places": selectors.places(event) if event.takes_registrations else None,
               "registered": registered if registered in REGISTERED else None}
    return render(request, "events/event_detail.html", context)


@require_safe
def event_ics(request, slug):
    event = get_object_or_404(selectors.public_events(), slug=slug)
    body = calendar.calendar_for([event], base_url=request.build_absolute_uri("/"),
                                 name=event.title)
    return _ics_response(body, f"{event.slug}.ics")


@require_safe
def calendar_ics(request):
    body = calendar.calendar_for(selectors.calendar_events(),
                                 base_url=request.build_absolute_uri("/"))
    return _ics_response(body, f"events-{get_language()}.ics", attachment=False)


def _ics_response(body, filename, attachment=True):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_safe
def poster(request, slug, variant):
    if variant not in PHOTO_VARIANTS:
        raise Http404
    event = get_object_or_404(selectors.public_events(), slug=slug)
    return _photo_response(getattr(event, PHOTO_VARIANTS[variant]))
