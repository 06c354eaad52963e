from django.urls import path

from claims.views import (
    articles,
    attribution,
    claim,
    corrections,
    dashboard,
    imports,
    intake,
    outlets,
    queue,
    speakers,
)

app_name = "claims"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    # Articles
    path("articles/", articles.article_list, name="article_list"),
    path("articles/add/", intake.article_add, name="article_add"),
    path("articles/add/upload/", intake.article_upload, name="article_upload"),
    path("articles/add/url/", intake.article_fetch, name="article_fetch"),
    path("articles/imports/<int:pk>/", imports.import_job, name="import_job"),
    path("articles/imports/<int:pk>/report.csv", imports.import_job_report, name="import_report"),
    path("articles/imports/<int:pk>/resume/", imports.import_job_resume, name="import_resume"),
    path("articles/<int:pk>/", articles.article_review, name="article_review"),
    path("articles/<int:pk>/claims/", articles.article_claims, name="article_claims"),
    path("articles/<int:pk>/state/", articles.article_state, name="article_state"),
    path("articles/<int:pk>/claims/new/", corrections.claim_add_form, name="claim_add_form"),
    path("articles/<int:pk>/claims/new/save/", corrections.claim_add, name="claim_add"),
    # Claims
    path("claims/", queue.queue, name="queue"),
    path("claims/bulk-verdict/", queue.bulk_verdict, name="bulk_verdict"),
    path("claims/speaker-search/", claim.speaker_search, name="speaker_search"),
    path("claims/<int:pk>/", claim.claim_card, name="claim_card"),
    path("claims/<int:pk>/verdict/", claim.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/sign-off/", claim.claim_sign_off, name="claim_sign_off"),
    path("claims/<int:pk>/attribution/", claim.claim_attribution, name="claim_attribution"),
    path("claims/<int:pk>/evidence/", claim.claim_evidence, name="claim_evidence"),
    path("claims/<int:pk>/assign/", claim.claim_assign, name="claim_assign"),
    path("claims/<int:pk>/edit/", corrections.claim_edit_form, name="claim_edit_form"),
    path("claims/<int:pk>/edit/save/", corrections.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/split/", corrections.claim_split_form, name="claim_split_form"),
    path("claims/<int:pk>/split/save/", corrections.claim_split, name="claim_split"),
    path("claims/<int:pk>/merge/", corrections.claim_merge_form, name="claim_merge_form"),
    path("claims/<int:pk>/merge/save/", corrections.claim_merge, name="claim_merge"),
    path("attribution/", attribution.attribution_list, name="attribution"),
    # Speakers
    path("speakers/", speakers.speaker_list, name="speakers"),
    path("speakers/options/", speakers.speaker_options, name="speaker_options"),
    path("speakers/<int:pk>/", speakers.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/edit/", speakers.speaker_edit, name="speaker_edit"),
    path("speakers/<int:pk>/aliases/", speakers.alias_add, name="alias_add"),
    path("speakers/<int:pk>/merge/", speakers.speaker_merge, name="speaker_merge"),
    path("speakers/<int:pk>/split/", speakers.alias_split, name="alias_split"),
    # Outlets
    path("outlets/", outlets.outlet_list, name="outlets"),
    path("outlets/<int:pk>/", outlets.outlet_detail, name="outlet"),
]
