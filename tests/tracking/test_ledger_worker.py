"""Conflicting tolls arriving through a real Celery worker on Redis and PostgreSQL."""

import datetime

import pytest
from django.db import transaction

from sources.models import Outlet
from sources.services import create_article
from tests.workers import wait_until
from tracking import follows, stories
from tracking.models import Alert, FigureConflict

DAY = datetime.date(2023, 5, 23)


def _arrive(story, editor, *, text: str, outlet: str):
    """An article stored and filed under the story in one commit, as an import does."""
    with transaction.atomic():
        article = create_article(
            title="Blast at the market",
            text=text,
            outlet=Outlet.objects.get_or_create(name=outlet)[0],
            published=DAY,
        )
        stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    return article


@pytest.mark.postgres
@pytest.mark.broker
def test_conflicting_tolls_through_a_real_worker_alert_the_follower_once_each(
    celery_worker, editor
):
    story = stories.create_story(title="Blast at the market", by=editor)
    follows.follow(user=editor, story=story)

    _arrive(story, editor, text="Police said 12 people were killed in the blast.", outlet="AP")
    wait_until(lambda: Alert.objects.filter(followers=editor).count() == 1, timeout=120)
    _arrive(story, editor, text="The health ministry said 37 people were killed.", outlet="Reuters")
    wait_until(lambda: Alert.objects.filter(followers=editor).count() == 2, timeout=120)

    (conflict,) = FigureConflict.objects.filter(story=story)
    assert conflict.type == FigureConflict.Type.DISAGREEMENT
    kinds = list(Alert.objects.filter(followers=editor).order_by("pk").values_list("kind"))
    assert kinds == [(Alert.Kind.FIGURE,), (Alert.Kind.CONFLICT,)]
