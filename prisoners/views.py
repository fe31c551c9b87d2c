from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.functional import cached_property
from django.views.decorators.http import require_safe

from appeals import selectors as appeals_selectors
from events import selectors as events_selectors
from funds import selectors as funds_selectors
from news import selectors as news_selectors
from prisoners import selectors
from prisoners.forms import PrisonerFilterForm
from prisoners.models import Prisoner

PAGE_SIZE = 24
# Deep pages cost an OFFSET over every prisoner before them (page 2,000: 1.6 s at 100,000) and
# nobody reads them: past this page visitors search by name or filter.
MAX_PAGES = 50
# How many upcoming events, open appeals and news posts the home page shows.
HOME_ITEMS = 3
PHOTO_VARIANTS = {"full": "photo", "thumb": "photo_thumbnail"}


@require_safe
def home(request):
    context = {
        "counts": selectors.headline_counts(),
        "recent": selectors.prisoner_cards().order_by("-arrested_on", "pk")[:6],
        "events": list(events_selectors.upcoming_events(HOME_ITEMS)),
        "appeals": appeals_selectors.open_appeals(HOME_ITEMS),
        "news_posts": news_selectors.latest_posts(HOME_ITEMS),
    }
    return render(request, "prisoners/home.html", context)


@require_safe
def prisoner_list(request):
    form = PrisonerFilterForm(request.GET or None, choices=selectors.filter_choices())
    arguments = form.search_arguments()
    prisoners = selectors.prisoner_search(**arguments)
    paginator = CappedPaginator(prisoners, PAGE_SIZE, max_pages=MAX_PAGES)
    paginator.count = selectors.search_count(prisoners, arguments)
    page = paginator.get_page(request.GET.get("page"))
    filtered = any(request.GET.get(name) for name in form.fields if name != "q")
    context = {"form": form, "page": page, "filtered": filtered}
    return render(request, "prisoners/prisoner_list.html", context)


class CappedPaginator(Paginator):
    """At most ``max_pages`` pages; ``count`` still says how many there are in all. A page
    number past the last is the last page, as with any paginator."""

    def __init__(self, *args, max_pages, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_pages = max_pages

    @cached_property
    def num_pages(self):
        return min(Paginator.num_pages.func(self), self.max_pages)

    @property
    def listed(self):
        """How many can be reached page by page."""
        return min(self.count, self.max_pages * self.per_page)

    @property
    def capped(self):
        return self.count > self.listed


# The sections of a prisoner's page, each read only when selectors.linked_sections() finds a
# row for it.
SECTIONS = {
    "timeline": selectors.public_timeline,
    "mentorships": selectors.public_mentorships,
    "campaigns": funds_selectors.prisoner_campaigns,
    "news_posts": news_selectors.prisoner_posts,
    "events": events_selectors.prisoner_events,
    "appeals": appeals_selectors.prisoner_appeals,
}


@require_safe
def prisoner_detail(request, slug):
    prisoners = selectors.public_prisoners().annotate(
        information_as_of=selectors.information_as_of(), **selectors.linked_sections())
    prisoner = get_object_or_404(prisoners, slug=slug)
    context = {name: read(prisoner) if getattr(prisoner, f"has_{name}") else []
               for name, read in SECTIONS.items()}
    context["prisoner"] = prisoner
    return render(request, "prisoners/prisoner_detail.html", context)


@require_safe
def photo(request, slug, variant):
    if variant not in PHOTO_VARIANTS:
        raise Http404
    prisoner = get_object_or_404(
        Prisoner.objects.public().with_public_photo().filter(photo_consented=True), slug=slug)
    return _photo_response(getattr(prisoner, PHOTO_VARIANTS[variant]))


def _photo_response(image):
    if not image:
        raise Http404
    response = FileResponse(image.open("rb"), content_type="image/jpeg")
    # Private: a shared cache must not keep a photo after the prisoner is unpublished.
    response["Cache-Control"] = "private, max-age=300"
    return response


@staff_member_required
def admin_photo(request, pk, variant):
    """Photo preview for the admin, for any prisoner, to staff who may view prisoners."""
    if not request.user.has_perm("prisoners.view_prisoner") or variant not in PHOTO_VARIANTS:
        raise Http404
    prisoner = get_object_or_404(Prisoner, pk=pk)
    return _photo_response(getattr(prisoner, PHOTO_VARIANTS[variant]))
