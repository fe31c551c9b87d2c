from django.urls import path

from appeals import views

app_name = "appeals"
urlpatterns = [
    path("", views.appeal_list, name="list"),
    path("signatures/<str:token>/confirm/", views.signature_confirm, name="confirm"),
    path("signatures/<str:token>/withdraw/", views.signature_withdraw, name="withdraw"),
    path("<slug:slug>/", views.appeal_detail, name="detail"),
]
