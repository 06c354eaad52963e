import logging
import uuid

from celery import shared_task
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.dispatch import receiver
from django.utils import timezone

from claims import services
from claims.services import TRANSIENT_ERRORS
from claims.signals import speaker_counts_changed
from claims.track_records import refresh_speaker_stats
from ops.queues import messages_waiting
from sources.models import Article
from sources.signals import article_stored

log = logging.getLogger(__name__)


def queue_extraction(*, article: Article) -> None:
    """Mark the article queued and send it to a worker after the transaction commits.

    If the broker is unreachable (it gives up within about a second) the article is
    marked waiting for the queue and the sweeper sends it once the broker is back,
    so saving an article never fails, nor waits long, because of the queue.
    """
    services.mark_queued(article_id=article.pk)
    _send_after_commit(article_id=article.pk)


def _send_after_commit(*, article_id: int) -> None:
    def send() -> None:
        try:
            extract_article_task.delay(article_id)
        except Exception:  # noqa: BLE001 - any broker failure leaves the article waiting
            log.warning(
                "Could not queue extraction of article %s; the sweeper will retry.",
                article_id,
                exc_info=True,
            )
            services.mark_waiting(article_id=article_id)

    transaction.on_commit(send)


@receiver(article_stored)
def _extract_stored_article(sender, *, article: Article, **kwargs) -> None:
    # A new article is stored queued (Article's defaults): only its job is left to send.
    _send_after_commit(article_id=article.pk)


def requeue_stuck_articles(*, older_than: timezone.timedelta) -> int:
    """Send articles waiting for the queue, and again those lost to a dead worker or to
    an emptied queue.

    An article queued long ago whose message is still in the queue is in a backlog,
    not lost: sending every such article again on every sweep turned a 10,000-article
    import into 33,000 messages, which the worker then had to wade through. Queued
    articles are sent again only as many as the queue holds fewer messages than there
    are queued articles, the oldest first (all of them when the queue cannot be read).
    """
    stuck = Article.objects.stuck(older_than=older_than)
    resend = list(stuck.exclude(extraction_state=Article.State.QUEUED).values_list("pk", flat=True))
    lost = _queued_without_a_message()
    queued = stuck.filter(extraction_state=Article.State.QUEUED).order_by("extraction_queued_at")
    if lost is None or lost > 0:
        resend += list(queued.values_list("pk", flat=True)[:lost])
    for pk in resend:
        with transaction.atomic():
            queue_extraction(article=Article(pk=pk))
    return len(resend)


def _queued_without_a_message() -> int | None:
    """How many more articles are queued than the extraction queue holds messages;
    None when the queue cannot be read (no broker, or it is down)."""
    waiting = messages_waiting(settings.CELERY_TASK_DEFAULT_QUEUE)
    if waiting is None:
        return None
    return Article.objects.filter(extraction_state=Article.State.QUEUED).count() - waiting


RETRY_COUNTDOWNS = (5, 30, 120, 600)


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def extract_article_task(self, article_id: int) -> int | None:
    """Extract the article together with up to EXTRACTION_BATCH_SIZE - 1 other queued ones.

    Returns how many new claims were stored; None when nothing was. A retry takes
    back the articles this task still holds; when the retries run out, each of
    them is marked failed.
    """
    # A direct call, outside Celery, has no task id: give it one, so its batch
    # cannot be mistaken for another run's.
    task_id = self.request.id or uuid.uuid4().hex
    try:
        held = services.take_batch(
            article_id=article_id, task_id=task_id, size=settings.EXTRACTION_BATCH_SIZE
        )
        stored = services.extract_articles(article_ids=held) if held else {}
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            _give_up(task_id, f"Gave up after repeated connection errors: {exc}")
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc
    return sum(stored.values()) if stored else None


def _give_up(task_id: str, error: str) -> None:
    try:
        for article_id in services.held_articles(task_id=task_id):
            services.fail_extraction(article_id=article_id, error=error)
    except DatabaseError:
        log.exception("Could not record the failure of task %s's articles", task_id)


SPEAKER_RETRY_COUNTDOWNS = (5, 30, 120)


@shared_task(bind=True, acks_late=True, max_retries=len(SPEAKER_RETRY_COUNTDOWNS))
def refresh_speaker_stats_task(self, speaker_ids: list[int]) -> None:
    """Recount the speakers' list counters after an editor changed their claims.

    Idempotent: it counts what is committed when it runs, and speakers deleted
    meanwhile are simply not found.
    """
    try:
        refresh_speaker_stats(speaker_ids=speaker_ids)
    except (OperationalError, InterfaceError) as exc:
        if self.request.retries >= self.max_retries:
            log.error(
                "Gave up recounting speakers %s (run manage.py refresh_speaker_stats): %s",
                speaker_ids,
                exc,
            )
            raise
        raise self.retry(exc=exc, countdown=SPEAKER_RETRY_COUNTDOWNS[self.request.retries]) from exc


@receiver(speaker_counts_changed)
def _recount_in_background(sender, *, speaker_ids: list[int], **kwargs) -> None:
    try:
        refresh_speaker_stats_task.delay(speaker_ids)
    except Exception:  # noqa: BLE001 - any broker failure: count here instead
        # A few speakers count in milliseconds; a lost recount leaves the list wrong.
        log.warning(
            "Could not queue the recount of speakers %s; counting now.", speaker_ids, exc_info=True
        )
        refresh_speaker_stats(speaker_ids=speaker_ids)
