from django.urls import path

from events import kit

app_name = "events"
urlpatterns = [
    path("<slug:slug>/kit/", kit.letter_kit, name="kit"),
    path("<slug:slug>/poster/", kit.poster, name="poster"),
]
