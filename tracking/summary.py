"""The figure ledger's summary: what each source reported of each category and subject
on each day of a story (`LedgerDay`), so the story page, its charts and conflict
detection read a few hundred rows however many figures the story holds.

The summary is refreshed in the transaction of every change to what it sums up, a
day of a story at a time, from the figures themselves: figures stored or re-extracted,
corrected, split or merged, a claim's speaker changed (claims' `figures_changed`),
articles filed, removed or deleted, stories merged. A day is recomputed, so it always
equals what a refresh of the whole story makes of the figures (the `rebuild_ledger`
command checks and rebuilds); the one exception is a verdict moving claims into or out
of verified (`verification_changed`), which moves no figure and only adjusts the
verified count of the rows that hold them. Either way the story gets a new
`ledger_version` in the same transaction, so its cached charts are drawn again.
"""

import datetime
import operator
import uuid
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from functools import reduce

from django.db import transaction
from django.db.models import Case, F, IntegerField, Q, When

from tracking.ledger import Entry, entries, ledger_figures, story_figures
from tracking.models import LedgerDay, Story, StoryArticle

_PLACES = Decimal("0.0001")
# The fields two summaries are compared on (`differences`).
_COMPARED = (
    "category",
    "published",
    "source",
    "speaker_id",
    "speaker_text",
    "subject",
    "count",
    "verified",
    "low",
    "high",
    "lowest_id",
    "highest_id",
    "latest_id",
)


def refresh_articles(*, article_ids: Iterable[int]) -> None:
    """Sum up again the days of the stories these articles are filed under."""
    days: dict[int, set] = {}
    for story_id, published in StoryArticle.objects.filter(
        article_id__in=list(article_ids)
    ).values_list("story_id", "article__published"):
        days.setdefault(story_id, set()).add(published)
    refresh_days(days)


def refresh(*, story_id: int, days: set[datetime.date | None] | None = None) -> None:
    """Sum up the story's figures of `days` (None: an undated article's) again; all of
    the story's days without `days`."""
    if days is not None:
        refresh_days({story_id: days})
        return
    with transaction.atomic():
        if not _lock([story_id]):
            return
        LedgerDay.objects.filter(story_id=story_id).delete()
        found = entries(story_figures(story_id))
        LedgerDay.objects.bulk_create(summarise(story_id, found), batch_size=1000)
        _changed([story_id])


def refresh_days(days: dict[int, set[datetime.date | None]]) -> None:
    """Sum up again the given days of each story, in a few queries however many stories
    (a verdict given to a claim repeated in fifty articles touches fifty stories)."""
    if not days:
        return
    with transaction.atomic():
        stories = _lock(days)
        if not stories:
            return
        LedgerDay.objects.filter(
            _any(Q(story_id=story_id) & _on(days[story_id], "published") for story_id in stories)
        ).delete()
        filed: dict[int, list[int]] = {}
        for article_id, story_id in StoryArticle.objects.filter(
            _any(
                Q(story_id=story_id) & _on(days[story_id], "article__published")
                for story_id in stories
            )
        ).values_list("article_id", "story_id"):
            filed.setdefault(article_id, []).append(story_id)
        found: dict[int, list[Entry]] = {story_id: [] for story_id in stories}
        for entry in entries(ledger_figures().filter(claim__article_id__in=list(filed))):
            for story_id in filed[entry.article_id]:
                found[story_id].append(entry)
        LedgerDay.objects.bulk_create(
            [day for story_id in stories for day in summarise(story_id, found[story_id])],
            batch_size=1000,
        )
        _changed(stories)


def speaker_renamed(*, speaker_id: int) -> None:
    """The stories whose summary names the speaker: their charts title marks with the
    name, which the summary reads from the speaker, so their cached charts are stale."""
    _changed(LedgerDay.objects.filter(speaker_id=speaker_id).values("story_id"))


def _changed(story_ids: Iterable[int]) -> None:
    """A new ledger version for the stories, in the refresh's transaction: whatever
    was cached of their summary under the old one is never read again."""
    Story.objects.filter(pk__in=story_ids).update(ledger_version=uuid.uuid4())


def count_verified(*, claim_ids: list[int], verified: bool) -> None:
    """The claims' verdicts moved into verified (or out of it) and nothing else of theirs
    changed: each of their figures counts one verified more (or fewer) in the summary
    rows that hold it, in every story. The one change the summary takes as an
    adjustment instead of a recount: recounting the crowded day of a big story for a
    verdict took seconds, and a verdict given to a repeated claim touches fifty."""
    filed: dict[int, list[int]] = {}
    for article_id, story_id in StoryArticle.objects.filter(
        article__claims__in=claim_ids
    ).values_list("article_id", "story_id").distinct():
        filed.setdefault(article_id, []).append(story_id)
    if not filed:
        return  # most claims are in no story
    found = entries(ledger_figures().filter(claim_id__in=claim_ids))
    counted: Counter = Counter(
        (story_id, entry.category, entry.published, entry.source_key[:220], _folded(entry.subject))
        for entry in found
        for story_id in filed.get(entry.article_id, ())
    )
    if not counted:
        return
    step = 1 if verified else -1
    with transaction.atomic():
        stories = set(_lock({story_id for story_id, *_ in counted}))
        keys = [key for key in counted if key[0] in stories]
        if not keys:
            return
        rows = LedgerDay.objects.filter(
            _any(
                Q(story_id=story_id, category=category, published=published, source=source)
                & Q(subject=subject)
                for story_id, category, published, source, subject in keys
            )
        ).values_list("pk", "story_id", "category", "published", "source", "subject")
        moves = {pk: step * counted[tuple(key)] for pk, *key in rows}
        if moves:
            LedgerDay.objects.filter(pk__in=list(moves)).update(
                verified=Case(
                    *(When(pk=pk, then=F("verified") + n) for pk, n in moves.items()),
                    output_field=IntegerField(),
                )
            )
            _changed(list({story_id for _, story_id, *_ in rows}))


def _lock(story_ids: Iterable[int]) -> list[int]:
    """Lock the stories that still exist, in id order, so two refreshes of the same
    stories wait for each other instead of deadlocking: two at once would each insert
    the days they read, and the second would find the first's rows in its way."""
    return list(
        Story.objects.select_for_update()
        .filter(pk__in=sorted(story_ids))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _any(conditions: Iterable[Q]) -> Q:
    return reduce(operator.or_, conditions)


def differences(*, story_id: int) -> list[str]:
    """How the stored summary of the story differs from its figures, in words; empty
    when it is exact."""
    stored = {_key(day): _values(day) for day in LedgerDay.objects.filter(story_id=story_id)}
    wanted = {
        _key(day): _values(day) for day in summarise(story_id, entries(story_figures(story_id)))
    }
    found = []
    for key in sorted(stored.keys() | wanted.keys(), key=repr):
        if stored.get(key) != wanted.get(key):
            found.append(
                f"story {story_id} {key}: stored {stored.get(key)}, figures {wanted.get(key)}"
            )
    return found


def summarise(story_id: int, found: list[Entry]) -> list[LedgerDay]:
    """The summary rows of ledger entries given in the ledger's order."""
    days: dict[tuple, tuple[LedgerDay, Entry, Entry]] = {}
    for entry in found:
        key = (entry.category, entry.published, entry.source_key, _folded(entry.subject))
        reach = entry.span
        if key not in days:
            day = LedgerDay(
                story_id=story_id,
                category=entry.category,
                published=entry.published,
                source=entry.source_key[:220],
                speaker_id=entry.speaker_id,
                speaker_text="" if entry.speaker_id else entry.speaker[:200],
                subject=key[3],
                count=0,
                verified=0,
                low=reach.low,
                high=reach.high,
            )
            days[key] = (day, entry, entry)
        day, lowest, highest = days[key]
        day.count += 1
        day.verified += entry.verified
        # The entries come in the ledger's order, so the last one is the day's latest.
        day.latest_id = entry.pk
        if reach.low < lowest.span.low:
            lowest = entry
        if highest.span.high is not None and (reach.high is None or reach.high > highest.span.high):
            highest = entry
        days[key] = (day, lowest, highest)
    rows = []
    for day, lowest, highest in days.values():
        day.low, day.lowest_id = _stored(lowest.span.low), lowest.pk
        day.high, day.highest_id = _stored(highest.span.high), highest.pk
        rows.append(day)
    return rows


def _folded(subject: str) -> str:
    return " ".join(subject.lower().split())[:200]


def _on(days: set, field: str) -> Q:
    matched = Q(**{f"{field}__in": [day for day in days if day is not None]})
    if None in days:
        matched |= Q(**{f"{field}__isnull": True})
    return matched


def _key(day: LedgerDay) -> tuple:
    return (day.category, day.published, day.source, day.subject)


def _values(day: LedgerDay) -> tuple:
    return tuple(getattr(day, name) for name in _COMPARED)


def _stored(number: Decimal | None) -> Decimal | None:
    """The number as the column keeps it ("about 7" reaches 6.3 to 7.7 exactly; a
    tenth of a fraction is rounded to the column's places)."""
    return None if number is None else number.quantize(_PLACES)
