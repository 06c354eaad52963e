"""Claim workflows shared by views, tasks and management commands."""

import logging

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Claim, Quantity, refresh_speakers_after_commit
from sources.models import Article
from sources.services import speakers_for_names

log = logging.getLogger(__name__)


def queue_extraction(*, article: Article) -> None:
    """Mark the article queued and send it to a worker after the transaction commits.

    If the broker is unreachable the article stays queued; the sweeper sends it
    again later, so saving an article never fails because of the queue.
    """
    from claims.tasks import extract_article_task

    Article.objects.filter(pk=article.pk).update(
        extraction_state=Article.State.QUEUED,
        extraction_queued_at=timezone.now(),
        extraction_error="",
        extraction_task_id="",
    )

    def send() -> None:
        try:
            extract_article_task.delay(article.pk)
        except Exception:  # noqa: BLE001 - any broker failure leaves the article queued
            log.warning(
                "Could not queue extraction of article %s; the sweeper will retry.",
                article.pk,
                exc_info=True,
            )

    transaction.on_commit(send)


def claim_extraction(*, article_id: int, task_id: str = "") -> bool:
    """Take the article for extraction; False when another run has it or it is done.

    A retry or redelivery of the same task (same id) may take back a run it left
    behind, which is what makes acks_late safe after a worker dies.
    """
    mine = Q(extraction_state=Article.State.QUEUED)
    if task_id:
        mine |= Q(extraction_state=Article.State.RUNNING, extraction_task_id=task_id)
    return bool(
        Article.objects.filter(mine, pk=article_id).update(
            extraction_state=Article.State.RUNNING,
            extraction_started_at=timezone.now(),
            extraction_task_id=task_id,
        )
    )


def extract_article(*, article_id: int, task_id: str = "") -> int | None:
    """Extract an article's claims and store them; returns how many are new.

    Returns None when there was nothing to do (gone, done, or taken by another run).
    """
    # Imported here so web processes, which only queue work, never load spaCy.
    from claims.extraction import EXTRACTOR_VERSION, extract

    if not claim_extraction(article_id=article_id, task_id=task_id):
        return None
    article = Article.objects.filter(pk=article_id).only("text").first()
    if article is None:
        return None
    extracted = extract(article.text)
    return store_claims(article_id=article_id, extracted=extracted, version=EXTRACTOR_VERSION)


def store_claims(*, article_id: int, extracted: list, version: str) -> int:
    """Replace the article's untouched claims with a new extraction, in one transaction.

    Claims an editor touched (verdict, attribution, evidence, assignment) stay as
    they are, and no new claim is stored over their span.
    """
    now = timezone.now()
    with transaction.atomic():
        # The row lock serialises two runs that reach this point at once.
        Article.objects.select_for_update().filter(pk=article_id).first()
        claims = Claim.objects.filter(article_id=article_id)
        replaced = claims.untouched()
        affected = set(replaced.values_list("speaker_id", flat=True))
        replaced.delete()
        kept = list(claims.values_list("start", "end"))
        fresh = [
            item
            for item in extracted
            if not any(item.start < end and start < item.end for start, end in kept)
        ]
        speakers = speakers_for_names(
            names={
                item.speaker: (item.speaker_kind or "", item.speaker_role or "")
                for item in fresh
                if item.speaker
            }
        )
        rows = [
            Claim(
                article_id=article_id,
                start=item.start,
                end=item.end,
                text=item.text,
                kind=item.kind,
                speaker=speakers.get(item.speaker) if item.speaker else None,
                speaker_text=item.speaker or "",
                speaker_kind=item.speaker_kind or "",
                speaker_inferred=item.speaker_inferred,
                attribution=item.attribution or "",
                hedged=item.hedged,
                hedge=item.hedge or "",
                extractor_version=version,
                created_at=now,
            )
            for item in fresh
        ]
        Claim.objects.bulk_create(rows)
        Quantity.objects.bulk_create(
            Quantity(
                claim=claim,
                value=q.value,
                lower=q.lower,
                upper=q.upper,
                approximate=q.approximate,
                category=q.category,
                subject=q.subject or "",
                position=position,
            )
            for claim, item in zip(rows, fresh, strict=True)
            for position, q in enumerate(item.quantities)
        )
        refresh_speakers_after_commit(affected | {s.pk for s in speakers.values()})
        Article.objects.filter(pk=article_id).update(
            extraction_state=Article.State.DONE,
            extraction_finished_at=now,
            extraction_error="",
            extractor_version=version,
        )
    return len(rows)


def fail_extraction(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        extraction_state=Article.State.FAILED,
        extraction_error=error[:2000],
        extraction_finished_at=timezone.now(),
    )


def requeue_stuck_articles(*, older_than: timezone.timedelta) -> int:
    """Send again articles lost to a dead worker or a broker outage."""
    stuck = list(Article.objects.stuck(older_than=older_than).values_list("pk", flat=True))
    for pk in stuck:
        with transaction.atomic():
            queue_extraction(article=Article(pk=pk))
    return len(stuck)
