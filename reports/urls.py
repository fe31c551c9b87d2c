from django.urls import path

from reports import feeds, views

app_name = "reports"
urlpatterns = [
    path("reports/", views.report_list, name="list"),
    path("reports/feed/", feeds.ReportFeed(), name="feed"),
    path("reports/<int:year>/<int:month>/", views.report_detail, name="report"),
    path("statistics/", views.statistics_overview, name="statistics"),
    path("statistics/<int:year>/", views.statistics_year, name="statistics_year"),
]
