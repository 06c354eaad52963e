"""Queueing an article's extraction when the queue (Redis) cannot be reached."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from claims.models import Claim
from claims.tasks import extract_article_task, refresh_speaker_stats_task, requeue_stuck_articles
from sources.models import Article
from sources.services import create_article

TEXT = (
    "Floods swept the valley on Monday. At least 12 people were killed, the regional "
    "governor, Maria Lopez, said."
)


@pytest.fixture
def queue_down(monkeypatch):
    def unreachable(*args, **kwargs):
        raise BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(extract_article_task, "delay", unreachable)
    return monkeypatch


@pytest.fixture
def waiting_article(db, queue_down, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = create_article(title="Floods", text=TEXT)
    queue_down.undo()
    return article


def test_an_article_saved_while_the_queue_is_down_is_stored_waiting_for_it(waiting_article):
    waiting_article.refresh_from_db()
    assert waiting_article.extraction_state == "waiting"
    assert waiting_article.extracting


def test_the_review_page_says_the_article_waits_for_the_queue(editor_client, waiting_article):
    url = reverse("claims:article_review", args=[waiting_article.pk])
    page = editor_client.get(url)
    assert "Extracting claims (waiting for the queue)" in page.text
    assert "<html" in page.text
    state = editor_client.get(
        reverse("claims:article_state", args=[waiting_article.pk]),
        {"on": "review"},
        headers={"HX-Request": "true"},
    )
    assert "waiting for the queue" in state.text
    assert "<html" not in state.text


def test_the_sweeper_sends_a_waiting_article_without_waiting_for_it_to_grow_old(
    waiting_article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stuck_articles(older_than=datetime.timedelta(hours=1)) == 1
    waiting_article.refresh_from_db()
    assert waiting_article.extraction_state == "done"
    assert Claim.objects.filter(article=waiting_article).exists()
    assert requeue_stuck_articles(older_than=datetime.timedelta(hours=1)) == 0


def test_a_running_task_takes_waiting_articles_into_its_batch(waiting_article):
    other = create_article(title="Quake", text=TEXT.replace("Floods", "An earthquake"))
    extract_article_task.delay(other.pk)
    assert set(Article.objects.values_list("extraction_state", flat=True)) == {"done"}


def test_speakers_are_recounted_in_the_request_when_the_queue_is_down(
    claim, editor, monkeypatch, django_capture_on_commit_callbacks, speaker_named_as
):
    def unreachable(*args, **kwargs):
        raise BrokerError("Connection refused.")

    monkeypatch.setattr(refresh_speaker_stats_task, "delay", unreachable)
    lopez = speaker_named_as("Maria Lopez")
    with django_capture_on_commit_callbacks(execute=True):
        claim.set_attribution(speaker=lopez, by=editor)
    lopez.refresh_from_db()
    assert lopez.claim_count == 1


@pytest.mark.broker
def test_the_sweeper_leaves_a_backlog_alone_and_sends_again_what_the_queue_lost(
    db, broker_mode, django_capture_on_commit_callbacks
):
    from workbench.celery import app as celery_app

    long_ago = timezone.now() - datetime.timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        articles = [create_article(title=f"Floods {n}", text=f"{n}. {TEXT}") for n in range(3)]
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(extraction_queued_at=long_ago)
    # No worker reads the queue: the three wait in it, a backlog and not a loss.
    assert requeue_stuck_articles(older_than=datetime.timedelta(hours=1)) == 0
    # Redis restarted empty: every message is gone, so each article is sent again.
    celery_app.control.purge()
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stuck_articles(older_than=datetime.timedelta(hours=1)) == 3
    assert requeue_stuck_articles(older_than=datetime.timedelta(hours=1)) == 0
