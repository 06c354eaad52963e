from django.urls import path

from tracking.views import articles, ledger, repeats, stories

app_name = "tracking"

urlpatterns = [
    # Stories
    path("stories/", stories.story_list, name="stories"),
    path("stories/add/", stories.story_add, name="story_add"),
    path("stories/<int:pk>/", stories.story_detail, name="story"),
    path("stories/<int:pk>/articles/", stories.story_articles, name="story_articles"),
    path("stories/<int:pk>/articles/more/", stories.story_article_rows, name="story_article_rows"),
    path(
        "stories/<int:pk>/articles/<int:article_pk>/remove/",
        stories.story_article_remove,
        name="story_article_remove",
    ),
    path("stories/<int:pk>/state/", stories.story_state, name="story_state"),
    path("stories/<int:pk>/merge/", stories.story_merge, name="story_merge"),
    # An article's stories and suggestions
    path("articles/<int:pk>/stories/", articles.article_stories, name="article_stories"),
    path("suggestions/<int:pk>/", articles.suggestion_decide, name="suggestion_decide"),
    # Repeated claims
    path("repeats/", repeats.repeat_list, name="repeats"),
    path("repeats/<int:pk>/", repeats.repeat_detail, name="repeat"),
    path("repeats/<int:pk>/verdict/", repeats.repeat_verdict, name="repeat_verdict"),
    path("repeats/<int:pk>/split/", repeats.repeat_split, name="repeat_split"),
    path("repeats/<int:pk>/join/", repeats.repeat_join, name="repeat_join"),
    # The figure ledger: conflicts, follows, alerts, webhooks
    path("stories/<int:pk>/ledger/", ledger.story_ledger_view, name="story_ledger"),
    path(
        "stories/<int:pk>/ledger/<slug:category>/",
        ledger.ledger_figures,
        name="ledger_figures",
    ),
    path("stories/<int:pk>/follow/", ledger.story_follow, name="story_follow"),
    path("conflicts/<int:pk>/explain/", ledger.conflict_explain, name="conflict_explain"),
    path("speakers/<int:pk>/follow/", ledger.speaker_follow, name="speaker_follow"),
    path("alerts/", ledger.alert_list, name="alerts"),
    path("webhooks/", ledger.webhook_list, name="webhooks"),
    path("webhooks/add/", ledger.webhook_add, name="webhook_add"),
    path("webhooks/<int:pk>/", ledger.webhook_detail, name="webhook"),
]
