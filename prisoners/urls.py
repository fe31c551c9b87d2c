from django.urls import path

from prisoners import views

app_name = "prisoners"
urlpatterns = [
    path("", views.prisoner_list, name="list"),
    path("<slug:slug>/", views.prisoner_detail, name="detail"),
]
