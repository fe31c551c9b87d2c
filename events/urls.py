from django.urls import path

from events import kit, views
from events.feeds import EventFeed

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("past/", views.event_list, {"past": True}, name="past"),
    path("feed/", EventFeed(), name="feed"),
    path("calendar.ics", views.calendar_ics, name="calendar"),
    path("<slug:slug>/", views.event_detail, name="detail"),
    path("<slug:slug>/register/", views.register, name="register"),
    path("<slug:slug>/event.ics", views.event_ics, name="ics"),
    path("<slug:slug>/poster/<str:variant>.jpg", views.poster, name="poster_image"),
    path("<slug:slug>/kit/", kit.letter_kit, name="kit"),
    path("<slug:slug>/poster/", kit.poster, name="poster"),
]
