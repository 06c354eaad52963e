from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/add/", views.article_add, name="article_add"),
    path("articles/add/upload/", views.article_upload, name="article_upload"),
    path("articles/add/url/", views.article_fetch, name="article_fetch"),
    path("articles/<int:pk>/", views.article_review, name="article_review"),
    path("articles/<int:pk>/claims/", views.article_claims, name="article_claims"),
    path("articles/<int:pk>/state/", views.article_state, name="article_state"),
    path("claims/", views.queue, name="queue"),
    path("claims/bulk-verdict/", views.bulk_verdict, name="bulk_verdict"),
    path("claims/speaker-search/", views.speaker_search, name="speaker_search"),
    path("claims/<int:pk>/", views.claim_card, name="claim_card"),
    path("claims/<int:pk>/verdict/", views.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/attribution/", views.claim_attribution, name="claim_attribution"),
    path("claims/<int:pk>/evidence/", views.claim_evidence, name="claim_evidence"),
    path("claims/<int:pk>/assign/", views.claim_assign, name="claim_assign"),
]
