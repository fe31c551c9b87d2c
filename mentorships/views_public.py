from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods, require_safe

from coalition.public_forms import within_rate_limit
from mentorships import selectors_public, services
from mentorships.forms_public import MentorSignupForm
from mentorships.models import Mentor
from prisoners.views import PHOTO_VARIANTS, _photo_response

SIGNUPS_PER_HOUR = 5


@require_safe
def mentor_list(request):
    context = {"countries": selectors_public.mentors_by_country()}
    return render(request, "mentorships/mentor_list.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def volunteer(request):
    form = MentorSignupForm(request.POST if request.method == "POST" else None,
                            prisoners=selectors_public.prisoners_waiting_choices())
    if form.is_bound and _within_rate_limit(request, form) and form.is_valid():
        services.mentor_signup_submit(**form.signup_data(), language=get_language())
        return redirect(reverse("mentors:volunteer") + "?thanks=1#signup")
    context = {
        "form": form,
        "waiting": selectors_public.prisoners_waiting_for_mentor(),
        "thanks": request.GET.get("thanks") == "1" and not form.is_bound,
    }
    return render(request, "mentorships/volunteer.html", context)


def _within_rate_limit(request, form):
    return within_rate_limit(request, form, scope="mentor-signup", per_hour=SIGNUPS_PER_HOUR)


@require_safe
def photo(request, pk, variant):
    if variant not in PHOTO_VARIANTS:
        raise Http404
    mentor = get_object_or_404(Mentor.objects.public(), pk=pk)
    return _photo_response(getattr(mentor, PHOTO_VARIANTS[variant]))
