import logging
import uuid

from celery import shared_task
from django.conf import settings
from django.db import DatabaseError

from claims import services
from claims.services import TRANSIENT_ERRORS

log = logging.getLogger(__name__)

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
        held = services.claim_batch(
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


# The PDF export job, so the worker finds it where Celery looks for claims tasks.
from claims.reports.tasks import render_pdf_export_task  # noqa: E402, F401
