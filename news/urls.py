from django.urls import path

from news import feeds, views

app_name = "news"
urlpatterns = [
    path("", views.post_list, name="list"),
    path("feed/", feeds.PostFeed(), name="feed"),
    path("<slug:slug>/", views.post_detail, name="detail"),
    path("<slug:slug>/<str:variant>.jpg", views.photo, name="photo"),
]
