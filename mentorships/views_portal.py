"""The mentor portal (/portal/): in the mentor's own language, reaching only their prisoners."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from mentorships import selectors_portal as selectors
from mentorships import services
from mentorships.forms_portal import MentorActionForm
from mentorships.models import Mentor, MentorAction
from prisoners.models import Prisoner


def mentor_required(view):
    """Signed-in mentors only (anyone else: 404), with the portal in their language."""
    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        mentor = get_object_or_404(Mentor, user=request.user)
        translation.activate(mentor.preferred_language)
        request.LANGUAGE_CODE = mentor.preferred_language
        return view(request, mentor, *args, **kwargs)
    return wrapper


def _my_prisoner(request, slug):
    return get_object_or_404(Prisoner.objects.for_mentor(request.user), slug=slug)


def _my_action(request, pk):
    return get_object_or_404(MentorAction, pk=pk, mentorship__mentor__user=request.user)


@require_safe
@mentor_required
def dashboard(request, mentor):
    context = {
        "mentor": mentor,
        "prisoners": selectors.my_prisoners(request.user),
        "events": selectors.events_since(request.user, mentor.last_portal_visit),
        "actions": selectors.my_actions(request.user)[:10],
    }
    response = render(request, "portal/dashboard.html", context)
    services.mentor_record_visit(mentor=mentor)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@mentor_required
def prisoner_detail(request, mentor, slug):
    prisoner = _my_prisoner(request, slug)
    mentorship = prisoner.mentorships.active().get(mentor=mentor)
    form = MentorActionForm(request.POST or None)
    if form.is_valid():
        services.mentor_action_log(mentorship=mentorship, **form.cleaned_data)
        messages.success(request, _("Your action was recorded."))
        return redirect("portal:prisoner", slug=slug)
    context = {"mentor": mentor, "prisoner": prisoner, "form": form,
               "events": prisoner.events.for_mentors().order_by("-date", "-pk"),
               "actions": selectors.my_actions(request.user, prisoner)}
    return render(request, "portal/prisoner_detail.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@mentor_required
def action_edit(request, mentor, pk):
    action = _my_action(request, pk)
    form = MentorActionForm(request.POST or None, instance=action)
    if form.is_valid():
        services.mentor_action_update(action=action, **form.cleaned_data)
        messages.success(request, _("Your action was updated."))
        return redirect("portal:prisoner", slug=action.mentorship.prisoner.slug)
    return render(request, "portal/action_form.html", {"form": form, "action": action})


@require_http_methods(["GET", "HEAD", "POST"])
@mentor_required
def action_delete(request, mentor, pk):
    action = _my_action(request, pk)
    if request.method == "POST":
        services.mentor_action_delete(action=action)
        messages.success(request, _("Your action was deleted."))
        return redirect("portal:prisoner", slug=action.mentorship.prisoner.slug)
    return render(request, "portal/action_confirm_delete.html", {"action": action})


@require_safe
@mentor_required
def letter_templates(request, mentor, slug):
    prisoner = _my_prisoner(request, slug)
    return render(request, "portal/letter_templates.html",
                  {"mentor": mentor, "prisoner": prisoner})


@require_safe
@mentor_required
def volunteer(request, mentor):
    prisoners = selectors.prisoners_to_request(mentor)[:50]
    return render(request, "portal/volunteer.html", {"prisoners": prisoners})


@require_POST
@mentor_required
def request_mentorship(request, mentor, slug):
    prisoner = get_object_or_404(selectors.prisoners_to_request(mentor), slug=slug)
    try:
        services.mentorship_request(mentor=mentor, prisoner=prisoner)
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
    else:
        messages.success(request, _("Your request was sent. A coordinator will confirm it."))
    return redirect("portal:volunteer")
