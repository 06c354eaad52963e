from django.urls import path

from sources import views

app_name = "sources"

urlpatterns = [
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/options/", views.speaker_options, name="speaker_options"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/edit/", views.speaker_edit, name="speaker_edit"),
    path("speakers/<int:pk>/aliases/", views.alias_add, name="alias_add"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker_merge"),
    path("speakers/<int:pk>/split/", views.alias_split, name="alias_split"),
    path("attribution/", views.attribution_list, name="attribution"),
    path("outlets/", views.outlet_list, name="outlets"),
    path("outlets/<int:pk>/", views.outlet_detail, name="outlet"),
]
