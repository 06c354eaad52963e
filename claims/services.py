"""Extraction workflows: take queued articles, extract their claims, store them.

Queueing lives in `claims.tasks` (it sends tasks, which call into here).
"""

import logging
from typing import NamedTuple

from django.db import InterfaceError, OperationalError, transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, Sum
from django.db.models.functions import Length
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from claims.models import UNTOUCHED, Claim, Quantity
from claims.signals import claims_stored, figures_changed
from claims.track_records import refresh_speaker_stats
from sources.models import Article
from sources.services import speakers_for_names

log = logging.getLogger(__name__)

# Errors that a later attempt can get past: a dropped connection, a restarting server.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, BrokerError, ConnectionError)


def mark_queued(*, article_id: int) -> None:
    """Mark the article waiting for extraction; `claims.tasks.queue_extraction` sends it."""
    Article.objects.filter(pk=article_id).update(
        extraction_state=Article.State.QUEUED,
        extraction_queued_at=timezone.now(),
        extraction_error="",
        extraction_task_id="",
    )


def mark_waiting(*, article_id: int) -> None:
    """The queue could not be reached: say so, unless a worker took the article already."""
    Article.objects.filter(pk=article_id, extraction_state=Article.State.QUEUED).update(
        extraction_state=Article.State.WAITING
    )


def take_article(*, article_id: int, task_id: str) -> bool:
    """Take the article for extraction; False when another run has it or it is done.

    A retry or redelivery of the same task (same id) may take back a run it left
    behind, which is what makes acks_late safe after a worker dies.
    """
    mine = Q(extraction_state__in=Article.UNTAKEN) | Q(
        extraction_state=Article.State.RUNNING, extraction_task_id=task_id
    )
    return bool(
        Article.objects.filter(mine, pk=article_id).update(
            extraction_state=Article.State.RUNNING,
            extraction_started_at=timezone.now(),
            extraction_task_id=task_id,
        )
    )


# A batch takes more articles only while their text stays within this many
# characters (about 16,000 words): a batch of long reports must not run past the
# task time limit or hold eight times one long article's parse in memory.
BATCH_MAX_CHARS = 100_000


def take_batch(*, article_id: int, task_id: str, size: int) -> list[int]:
    """Take the article and up to `size - 1` other queued ones, oldest first, for one task.

    Returns every article the task holds, which includes any that an earlier
    attempt of the same task (a retry, a redelivery) left running. Each is taken
    with a conditional update on its state, so no two tasks ever hold the same
    article; the others' own tasks later find theirs taken and do nothing.
    """
    if take_article(article_id=article_id, task_id=task_id):
        held = Article.objects.held_by(task_id=task_id).aggregate(
            count=Count("pk"), chars=Sum(Length("text"))
        )
        peers = _oldest_queued(count=size - held["count"], chars=BATCH_MAX_CHARS - held["chars"])
        Article.objects.filter(pk__in=peers, extraction_state__in=Article.UNTAKEN).update(
            extraction_state=Article.State.RUNNING,
            extraction_started_at=timezone.now(),
            extraction_task_id=task_id,
        )
    return held_articles(task_id=task_id)


def _oldest_queued(*, count: int, chars: int) -> list[int]:
    """Up to `count` queued articles, oldest first, while their text adds up to `chars` or less."""
    oldest = Article.objects.filter(extraction_state__in=Article.UNTAKEN).order_by(
        "extraction_queued_at", "pk"
    )
    # Lengths of the chosen few only: measuring every queued text in the sort
    # would read a whole import's backlog on every task.
    picked = []
    for pk, length in (
        Article.objects.filter(pk__in=oldest.values("pk")[: max(count, 0)])
        .order_by("extraction_queued_at", "pk")
        .values_list("pk", Length("text"))
    ):
        chars -= length
        if chars < 0:
            break
        picked.append(pk)
    return picked


def held_articles(*, task_id: str) -> list[int]:
    """The articles a task holds for extraction and has not finished, oldest first."""
    return list(
        Article.objects.held_by(task_id=task_id)
        .order_by("extraction_queued_at", "pk")
        .values_list("pk", flat=True)
    )


def extract_articles(*, article_ids: list[int]) -> dict[int, int]:
    """Extract the articles' claims and store each; returns new claims per article stored.

    spaCy parses them together (`nlp.pipe`), which is faster than one at a time,
    and each is stored in a transaction of its own as soon as it is extracted. If
    that fails, the articles not yet stored are extracted one by one, so a bad
    article fails alone, with a readable error on it. Transient errors propagate
    for the task to retry. Articles deleted meanwhile are skipped.
    """
    # Imported here so web processes, which only queue work, never load spaCy.
    from claims.extraction import extract, extract_docs

    texts = dict(
        Article.objects.filter(pk__in=article_ids)
        .order_by("extraction_queued_at", "pk")
        .values_list("pk", "text")
    )
    stored: dict[int, int] = {}
    if len(texts) > 1:
        try:
            _store_each(zip(texts, extract_docs(texts.values()), strict=True), into=stored)
            return stored
        except TRANSIENT_ERRORS:
            raise
        except Exception:  # noqa: BLE001 - whichever article it was fails alone below
            log.warning("Extracting articles %s together failed", list(texts), exc_info=True)
    for article_id in [pk for pk in texts if pk not in stored]:
        try:
            _store_each([(article_id, extract(texts[article_id]))], into=stored)
        except TRANSIENT_ERRORS:
            raise
        except Exception as exc:
            log.exception("Extraction of article %s failed", article_id)
            fail_extraction(article_id=article_id, error=f"{type(exc).__name__}: {exc}")
    return stored


def _store_each(extractions, *, into: dict[int, int]) -> None:
    """Store (article id, extracted claims) pairs, noting each article's new claims in `into`.

    The speakers they touched get their counters refreshed once, after all the
    commits (also when a later article fails), instead of once per article.
    """
    from claims.extraction import EXTRACTOR_VERSION

    speakers: set[int] = set()
    try:
        for article_id, extracted in extractions:
            result = store_claims(
                article_id=article_id, extracted=extracted, version=EXTRACTOR_VERSION
            )
            if result is not None:
                into[article_id] = result.new
                speakers |= result.speakers
                log.info("Extracted article %s: %s new claims", article_id, result.new)
    finally:
        ids = speakers - {None}
        if ids:
            transaction.on_commit(lambda: refresh_speaker_stats(speaker_ids=ids))


class StoredClaims(NamedTuple):
    new: int
    # Speakers whose counters the change affects, to refresh after the commit.
    speakers: set[int]


# What the extractor writes on a claim; a re-extraction rewrites them on the claims
# it keeps.
EXTRACTED_FIELDS = (
    "text",
    "speaker",
    "speaker_text",
    "speaker_kind",
    "speaker_inferred",
    "attribution",
    "stance",
    "hedged",
    "hedge",
    "extractor_version",
)


def store_claims(*, article_id: int, extracted: list, version: str) -> StoredClaims | None:
    """Replace the article's untouched claims with a new extraction, in one transaction.

    Claims an editor touched (verdict, attribution, evidence, assignment) stay as
    they are, and no new claim is stored over their span. An untouched claim the
    new extraction finds again (same span and kind) keeps its id, rewritten with
    what was extracted now, so an editor with the article open can still save it;
    the other untouched claims are replaced. Returns None when the article is
    gone. The caller refreshes the speakers' counters once the transaction has
    committed, as `extract_articles` does.
    """
    now = timezone.now()
    with transaction.atomic():
        # Marking the article done first takes its row lock, which serialises two
        # runs that reach this point at once; it only counts if the claims commit too.
        done = Article.objects.filter(pk=article_id).update(
            extraction_state=Article.State.DONE,
            extraction_finished_at=now,
            extraction_error="",
            extractor_version=version,
        )
        if not done:
            return None
        claims = Claim.objects.filter(article_id=article_id)
        # Whether each is untouched is read as a column, not filtered on: with the
        # statistics of a freshly filled table, filtering let the planner read the
        # index of every claim without an author, for each article stored.
        existing = list(
            claims.annotate(untouched=ExpressionWrapper(UNTOUCHED, BooleanField())).values_list(
                "pk", "start", "end", "kind", "speaker_id", "untouched"
            )
        )
        untouched = {pk: speaker for pk, _, _, _, speaker, clean in existing if clean}
        by_span = {(start, end, kind): pk for pk, start, end, kind, _, clean in existing if clean}
        found = {
            by_span[key]: item
            for item in extracted
            if (key := (item.start, item.end, item.kind)) in by_span
        }
        kept = [(start, end) for _, start, end, _, _, clean in existing if not clean]
        if untouched:
            # Only those still untouched: an editor may have acted on one meanwhile,
            # and the lock keeps an editor off the survivors until this commits.
            claims.filter(pk__in=untouched.keys() - found.keys()).untouched().delete()
            survivors = set(
                claims.filter(pk__in=found)
                .untouched()
                .select_for_update()
                .values_list("pk", flat=True)
            )
            found = {pk: item for pk, item in found.items() if pk in survivors}
            kept = list(claims.exclude(pk__in=survivors).values_list("start", "end"))
        again = {id(item) for item in found.values()}
        fresh = [
            item
            for item in extracted
            if id(item) not in again
            and not any(item.start < end and start < item.end for start, end in kept)
        ]
        speakers = speakers_for_names(
            names={
                item.speaker: (item.speaker_kind or "", item.speaker_role or "")
                for item in (*fresh, *found.values())
                if _registered(item)
            }
        )

        def extracted_fields(item) -> dict:
            return {
                "text": item.text,
                "speaker": speakers.get(item.speaker) if _registered(item) else None,
                "speaker_text": item.speaker or "",
                "speaker_kind": item.speaker_kind or "",
                "speaker_inferred": item.speaker_inferred,
                "attribution": item.attribution or "",
                "stance": item.stance,
                "hedged": item.hedged,
                "hedge": item.hedge or "",
                "extractor_version": version,
            }

        rows = [
            Claim(
                article_id=article_id,
                start=item.start,
                end=item.end,
                kind=item.kind,
                created_at=now,
                **extracted_fields(item),
            )
            for item in fresh
        ]
        Claim.objects.bulk_create(rows)
        again_rows = [Claim(pk=pk, **extracted_fields(item)) for pk, item in found.items()]
        Claim.objects.bulk_update(again_rows, EXTRACTED_FIELDS)
        Quantity.objects.filter(claim__in=found).delete()
        Quantity.objects.bulk_create(
            Quantity(
                claim=claim,
                value=q.value,
                lower=q.lower,
                upper=q.upper,
                approximate=q.approximate,
                qualifier=q.qualifier or "",
                category=q.category,
                subject=q.subject or "",
                background=q.background,
                position=position,
            )
            for claim, item in zip([*rows, *again_rows], [*fresh, *found.values()], strict=True)
            for position, q in enumerate(item.quantities)
        )
        figures_changed.send(sender=Claim, article_ids=[article_id])
        # After the commit, so a receiver's worker reads the stored claims; `robust`
        # because they are stored by then, whatever a receiver does.
        transaction.on_commit(
            lambda: claims_stored.send(sender=Claim, article_id=article_id), robust=True
        )
    return StoredClaims(
        new=len(rows), speakers=set(untouched.values()) | {s.pk for s in speakers.values()}
    )


def _registered(item) -> bool:
    """Whether an extracted source becomes a registry speaker.

    An unnamed source ("officials", "state media") stays as the article worded it
    on its claim: one registry record for every story's "officials" would mix
    their track records.
    """
    return bool(item.speaker) and item.speaker_kind != Claim.SpeakerKind.ANONYMOUS


def fail_extraction(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        extraction_state=Article.State.FAILED,
        extraction_error=error[:2000],
        extraction_finished_at=timezone.now(),
    )
