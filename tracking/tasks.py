"""Tracking's background work, and the receivers that queue it when claims change."""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from claims.signals import (
    claims_reattributed,
    claims_stored,
    figures_changed,
    verdict_changed,
    verification_changed,
)
from sources.models import Article, Speaker
from tracking import follows, repeats, stories, summary, webhooks
from tracking.models import Alert, RepeatedClaimMember, StoryArticle, WebhookDelivery
from tracking.signals import alert_raised

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
        follows.figures_entered(article_id=article_id)
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


# The figure ledger: its summary kept in step, figures entering stories, verdict
# changes, alerts sent out.


@receiver(figures_changed)
def _refresh_ledger_summary(sender, *, article_ids: list[int], **kwargs) -> None:
    summary.refresh_articles(article_ids=article_ids)


@receiver(verification_changed)
def _count_verified_figures(sender, *, claim_ids: list[int], verified: bool, **kwargs) -> None:
    summary.count_verified(claim_ids=claim_ids, verified=verified)


@receiver(post_save, sender=Speaker)
def _speaker_saved(sender, *, instance: Speaker, created: bool, **kwargs) -> None:
    # An editor's edit may rename the speaker, whom the story charts name.
    if not created:
        summary.speaker_renamed(speaker_id=instance.pk)


@receiver(post_save, sender=Article)
def _article_saved(
    sender, *, instance: Article, created: bool, update_fields=None, **kwargs
) -> None:
    # Story suggestion reads the filings' copy of the headline, lede and day.
    if created or (
        update_fields is not None and not {"title", "text", "published"} & set(update_fields)
    ):
        return
    StoryArticle.objects.filter(article=instance).copy_from_articles()


@receiver(pre_delete, sender=Article)
def _note_deleted_articles_stories(sender, *, instance: Article, **kwargs) -> None:
    # The filings go with the article; which stories held it is read before.
    instance.ledger_story_ids = list(
        instance.filings.values_list("story_id", flat=True).order_by("story_id")
    )


@receiver(post_delete, sender=Article)
def _refresh_deleted_articles_stories(sender, *, instance: Article, **kwargs) -> None:
    for story_id in getattr(instance, "ledger_story_ids", []):
        summary.refresh(story_id=story_id, days={instance.published})


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def figures_entered_task(self, article_ids: list[int]) -> None:
    """Record the conflicts of articles filed under a story and alert its followers."""
    try:
        for article_id in article_ids:
            follows.figures_entered(article_id=article_id)
    except (OperationalError, InterfaceError) as exc:
        if self.request.retries >= self.max_retries:
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc


def queue_figures_entered(*, article_ids: list[int]) -> None:
    """After the filing commits, check the filed articles' figures against the story."""
    if article_ids:
        transaction.on_commit(lambda: _send(figures_entered_task, list(article_ids)))


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def verdict_alert_task(self, changes: list[list]) -> None:
    try:
        follows.verdicts_changed(changes=[tuple(change) for change in changes])
    except (OperationalError, InterfaceError) as exc:
        if self.request.retries >= self.max_retries:
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc


@shared_task(bind=True, acks_late=True, max_retries=len(RETRY_COUNTDOWNS))
def email_alert_task(self, alert_id: int) -> None:
    try:
        follows.email_alert(alert_id=alert_id)
    except OSError as exc:  # the mail server is down or refused the connection
        if self.request.retries >= self.max_retries:
            raise
        raise self.retry(exc=exc, countdown=RETRY_COUNTDOWNS[self.request.retries]) from exc


# A receiver that is down for a while gets the alert when it is back: about an hour
# and a half of tries in all, then the delivery log says it failed.
WEBHOOK_COUNTDOWNS = (10, 60, 300, 900, 3600)


@shared_task(bind=True, acks_late=True, max_retries=len(WEBHOOK_COUNTDOWNS))
def deliver_webhook_task(self, delivery_id: int) -> None:
    try:
        webhooks.deliver(delivery_id=delivery_id)
    except webhooks.DeliveryFailed as exc:
        if self.request.retries >= self.max_retries:
            webhooks.give_up(delivery_id=delivery_id)
            return
        raise self.retry(exc=exc, countdown=WEBHOOK_COUNTDOWNS[self.request.retries]) from exc


@receiver(verdict_changed)
def _alert_verdict_changes(sender, *, changes: list[tuple[int, str, str]], **kwargs) -> None:
    # Most claims nobody follows: one query is cheaper than a job sent to the broker on
    # every verdict change (the task asks again whom to alert).
    followed = follows.claims_followed(claim_ids=[claim_id for claim_id, _, _ in changes])
    if followed:
        _send(verdict_alert_task, [list(change) for change in changes if change[0] in followed])


@receiver(alert_raised)
def _send_alert(sender, *, alert: Alert, **kwargs) -> None:
    _send(email_alert_task, alert.pk)
    for delivery_id in WebhookDelivery.objects.filter(alert=alert).values_list("pk", flat=True):
        _send(deliver_webhook_task, delivery_id)
