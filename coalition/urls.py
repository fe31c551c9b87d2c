from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from prisoners import views as prisoner_views

admin.site.site_header = "Coalition registry"
admin.site.site_title = "Coalition registry"

urlpatterns = [
    path("admin/prisoner-photos/<int:pk>/<str:variant>.jpg", prisoner_views.admin_photo,
         name="admin_prisoner_photo"),
    path("admin/", admin.site.urls),
    # Photos are served by a view that checks publication and consent; no folder is exposed.
    path("photos/<slug:slug>/<str:variant>.jpg", prisoner_views.photo, name="prisoner_photo"),
]

urlpatterns += i18n_patterns(
    path("", prisoner_views.home, name="home"),
    path("prisoners/", include("prisoners.urls")),
    path("", include("pages.urls")),
)
