from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from coalition import translation_status
from coalition.health import healthz
from coalition.sitemaps import SITEMAPS, robots_txt
from mentorships import views_public as mentor_views
from news.feeds import WhatsNewFeed
from prisoners import views as prisoner_views
from reports import views_open_data
from reports.api import api

# The admin signs in through allauth: rate limits and two-factor authentication. Wrapped once
# (the instance attribute then exists), though tests import this module again.
if "login" not in vars(admin.site):
    admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("Coalition registry")
admin.site.site_title = _("Coalition registry")

urlpatterns = [
    # Load balancers' health check: not language-prefixed, no redirect to /en/.
    path("healthz", healthz, name="healthz"),
    # ADMIN_URL: "admin/" unless the deployment chose a path of its own.
    path(f"{settings.ADMIN_URL}prisoner-photos/<int:pk>/<str:variant>.jpg",
         prisoner_views.admin_photo, name="admin_prisoner_photo"),
    path(f"{settings.ADMIN_URL}translations/",
         admin.site.admin_view(translation_status.status_view), name="admin_translation_status"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("portal/", include("mentorships.urls_portal")),
    # Browsers ask for /favicon.ico on every page that does not name an icon (the admin).
    path("favicon.ico", lambda request: redirect(static("img/favicon.svg"), permanent=True)),
    # Photos are served by a view that checks publication and consent; no folder is exposed.
    path("photos/<slug:slug>/<str:variant>.jpg", prisoner_views.photo, name="prisoner_photo"),
    path("photos/mentors/<int:pk>/<str:variant>.jpg", mentor_views.photo, name="mentor_photo"),
    # Search engines: an index of sitemaps (one per section, paginated) and robots.txt.
    path("sitemap.xml", sitemap_views.index,
         {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS},
         name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Open data: the public registry as JSON and CSV, the same in every language.
    path("api/v1/", api.urls),
    path("open-data/prisoners.csv", views_open_data.prisoners_csv,
         name="open_data_prisoners_csv"),
    path("open-data/facilities.csv", views_open_data.facilities_csv,
         name="open_data_facilities_csv"),
    path("open-data/articles.csv", views_open_data.articles_csv, name="open_data_articles_csv"),
    path("open-data/statistics.csv", views_open_data.statistics_csv,
         name="open_data_statistics_csv"),
]

urlpatterns += i18n_patterns(
    path("", prisoner_views.home, name="home"),
    path("prisoners/", include("prisoners.urls")),
    path("mentors/", include("mentorships.urls_public")),
    path("", include("funds.urls")),
    path("", include("reports.urls")),
    path("open-data/", views_open_data.open_data_page, name="open_data"),
    path("events/", include("events.urls")),
    path("appeals/", include("appeals.urls")),
    path("news/", include("news.urls")),
    path("feed/", WhatsNewFeed(), name="whats_new_feed"),
    path("", include("pages.urls")),
)

# Rendered in the address's language, without the database (coalition/errors.py).
handler500 = "coalition.errors.server_error"
