"""The site's addresses plus one view that fails, for the 500 page's tests."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.decorators import login_not_required
from django.urls import path

from coalition.urls import handler500  # noqa: F401
from coalition.urls import urlpatterns as site_urlpatterns


@login_not_required
def broken(request):
    raise RuntimeError("broken on purpose")


urlpatterns = [*i18n_patterns(path("broken/", broken)), *site_urlpatterns]
