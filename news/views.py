from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from news import selectors
from news.models import Post
from prisoners.views import PHOTO_VARIANTS, _photo_response

PAGE_SIZE = 10


@require_safe
def post_list(request):
    page = Paginator(selectors.public_posts(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "news/post_list.html", {"page": page})


@require_safe
def post_detail(request, slug):
    post = get_object_or_404(selectors.post_with_prisoners(), slug=slug)
    return render(request, "news/post_detail.html", {"post": post})


@require_safe
def photo(request, slug, variant):
    """A post's image, only while the post is public."""
    if variant not in PHOTO_VARIANTS:
        raise Http404
    post = get_object_or_404(Post.objects.public().only("photo", "photo_thumbnail"), slug=slug)
    return _photo_response(getattr(post, PHOTO_VARIANTS[variant]))
