from django.urls import path

from mentorships import views_portal as views

app_name = "portal"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("prisoners/<slug:slug>/", views.prisoner_detail, name="prisoner"),
    path("prisoners/<slug:slug>/templates/", views.letter_templates, name="letter_templates"),
    path("actions/<int:pk>/edit/", views.action_edit, name="action_edit"),
    path("actions/<int:pk>/delete/", views.action_delete, name="action_delete"),
    path("volunteer/", views.volunteer, name="volunteer"),
    path("volunteer/<slug:slug>/", views.request_mentorship, name="request"),
]
