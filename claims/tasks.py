import logging

from celery import shared_task
from django.db import DatabaseError, InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError

from claims import services

log = logging.getLogger(__name__)

# Errors that a later attempt can get past: a dropped connection, a restarting server.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, BrokerError, ConnectionError)
RETRY_COUNTDOWNS = (5, 30, 120, 600)


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def extract_article_task(self, article_id: int) -> int | None:
    try:
        stored = services.extract_article(article_id=article_id, task_id=self.request.id or "")
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            _record_failure(article_id, f"Gave up after repeated connection errors: {exc}")
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc
    except Exception as exc:
        # A bad article fails on its own with a readable error; the queue moves on.
        log.exception("Extraction of article %s failed", article_id)
        _record_failure(article_id, f"{type(exc).__name__}: {exc}")
        return None
    if stored is not None:
        log.info("Extracted article %s: %s new claims", article_id, stored)
    return stored


def _record_failure(article_id: int, error: str) -> None:
    try:
        services.fail_extraction(article_id=article_id, error=error)
    except DatabaseError:
        log.exception("Could not record the failure of article %s", article_id)


# The PDF export job, so the worker finds it where Celery looks for claims tasks.
from claims.reports.tasks import render_pdf_export_task  # noqa: E402, F401
