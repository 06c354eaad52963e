"""Tracking's background work, and the receivers that queue it when claims change."""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from claims.signals import claims_reattributed, claims_stored
from sources.models import Article
from tracking import repeats, stories
from tracking.models import RepeatedClaimMember

log = logging.getLogger(__name__)

RETRY_COUNTDOWNS = (5, 30, 120)


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def track_article_task(self, article_id: int) -> None:
    """Group the article's new claims with their repeats and suggest its stories.

    Idempotent: placed claims stay placed and a suggestion is made once.
    """
    if not Article.objects.filter(pk=article_id).exists():
        return
    try:
        repeats.group_article(article_id=article_id)
        stories.suggest_stories(article_id=article_id)
    except (OperationalError, InterfaceError) as exc:
        if self.request.retries >= self.max_retries:
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def regroup_claims_task(self, claim_ids: list[int]) -> None:
    try:
        repeats.regroup_claims(claim_ids=claim_ids)
    except (OperationalError, InterfaceError) as exc:
        if self.request.retries >= self.max_retries:
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc


def _send(task, *args) -> None:
    """Queue the task; a broker that is down is logged, since the claims are stored."""
    try:
        task.delay(*args)
    except Exception:  # noqa: BLE001 - any broker failure; track_articles catches up
        log.warning("Could not queue %s%s", task.name, args, exc_info=True)


@receiver(claims_stored)
def _track_stored_claims(sender, *, article_id: int, **kwargs) -> None:
    _send(track_article_task, article_id)


@receiver(claims_reattributed)
def _regroup_reattributed(sender, *, claim_ids: list[int], **kwargs) -> None:
    _send(regroup_claims_task, claim_ids)


@receiver(post_delete, sender=RepeatedClaimMember)
def _drop_emptied_group(sender, *, instance: RepeatedClaimMember, **kwargs) -> None:
    # A deleted article or a re-extraction takes claims with it: their groups must
    # not stay behind empty.
    group_id = instance.group_id
    transaction.on_commit(lambda: repeats.drop_empty_groups(group_ids=[group_id]))
