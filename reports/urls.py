from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("articles/<int:article_id>/", views.article_export, name="article"),
    path("claims/", views.selection_export, name="selection"),
    path("speakers/<int:speaker_id>/", views.speaker_export, name="speaker"),
    path("stories/<int:story_id>/", views.story_export, name="story"),
    path("jobs/new/", views.job_create, name="job_create"),
    path("jobs/<int:job_id>/", views.job_detail, name="job"),
    path("jobs/<int:job_id>/download/", views.job_download, name="job_download"),
    path(
        "jobs/<int:job_id>/parts/<int:number>/", views.job_part_download, name="job_part_download"
    ),
]
