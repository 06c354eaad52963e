from django.contrib.auth.decorators import login_not_required
from django.urls import path

from desk.feeds import PublishedFactChecks
from desk.views import discussion, notifications, public, publishing

app_name = "desk"

urlpatterns = [
    # Public: no sign-in, published fact-checks only.
    path("fact-checks/", public.fact_check_index, name="index"),
    path("fact-checks/feed/", login_not_required(PublishedFactChecks()), name="feed"),
    path("fact-checks/oembed/", public.oembed, name="oembed"),
    path("fact-checks/<slug:slug>/", public.fact_check_page, name="fact_check"),
    path("fact-checks/<slug:slug>/embed/", public.fact_check_embed, name="embed"),
    # Discussion
    path("desk/claims/<int:pk>/discussion/", discussion.discussion, name="discussion"),
    path("desk/claims/<int:pk>/comments/", discussion.comment_add, name="comment_add"),
    path("desk/comments/<int:pk>/edit/", discussion.comment_edit, name="comment_edit"),
    # Publishing
    path("desk/claims/<int:pk>/publishing/", publishing.publishing, name="publishing"),
    path("desk/claims/<int:pk>/publish/", publishing.publish, name="publish"),
    path("desk/claims/<int:pk>/correct/", publishing.correct, name="correct"),
    path("desk/claims/<int:pk>/withdraw/", publishing.withdraw, name="withdraw"),
    # Notifications
    path("desk/notifications/", notifications.notification_list, name="notifications"),
    path("desk/notifications/read/", notifications.notifications_read, name="notifications_read"),
]
