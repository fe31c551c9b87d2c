from django.urls import path

from mentorships import views_public

app_name = "mentors"
urlpatterns = [
    path("", views_public.mentor_list, name="list"),
    path("volunteer/", views_public.volunteer, name="volunteer"),
]
