import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from sources import services

log = logging.getLogger(__name__)

RETRY_COUNTDOWNS = (5, 30, 120)


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def refresh_speaker_stats_task(self, speaker_ids: list[int]) -> None:
    """Recount the speakers' list counters after an editor changed their claims.

    Idempotent: it counts what is committed when it runs, and speakers deleted
    meanwhile are simply not found.
    """
    try:
        services.refresh_speaker_stats(speaker_ids=speaker_ids)
    except (OperationalError, InterfaceError) as exc:
        if self.request.retries >= self.max_retries:
            log.error(
                "Gave up recounting speakers %s (run manage.py refresh_speaker_stats): %s",
                speaker_ids,
                exc,
            )
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc
