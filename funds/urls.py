from django.urls import path

from funds import views

app_name = "funds"
urlpatterns = [
    path("donate/", views.donate, name="donate"),
    path("campaigns/", views.campaign_list, name="campaigns"),
    path("campaigns/<slug:slug>/", views.campaign_detail, name="campaign"),
    path("transparency/", views.transparency, name="transparency"),
    path("transparency/<int:year>/", views.transparency, name="transparency_year"),
    path("transparency/<int:year>.csv", views.transparency_csv, name="transparency_csv"),
]
