"""The attribution queue: claims whose speaker an editor should check, and why."""

import re
from functools import reduce
from operator import or_

from django.db.models import Count, F, Q, QuerySet, Value
from django.db.models.functions import Greatest, Substr

from claims.models import Claim
from sources.models import Speaker

ATTRIBUTION_REASONS = {
    "inferred": ("Inferred speaker", Q(speaker_inferred=True)),
    "unattributed": ("No speaker", Q(speaker__isnull=True)),
    "anonymous": (
        "Anonymous source",
        Q(speaker_kind=Claim.SpeakerKind.ANONYMOUS) | Q(speaker__kind=Speaker.Kind.ANONYMOUS),
    ),
    "new_speaker": ("New speaker from the extractor", Q(speaker__created_by_extractor=True)),
}


def attribution_queue(*, reason: str = "", claims: QuerySet | None = None) -> QuerySet:
    """Unreviewed claims whose speaker an editor should check, newest first.

    `claims` is the queryset to narrow, loaded however the page needs (default: all).
    """
    condition = (
        ATTRIBUTION_REASONS[reason][1]
        if reason
        else reduce(or_, (q for _, q in ATTRIBUTION_REASONS.values()))
    )
    claims = Claim.objects.all() if claims is None else claims
    return claims.filter(condition, attribution_state=Claim.AttributionState.UNREVIEWED).order_by(
        "-pk"
    )


def attribution_reasons(claim: Claim) -> list[str]:
    """Why a claim is in the attribution queue, in words."""
    reasons = []
    if claim.speaker_inferred:
        reasons.append(ATTRIBUTION_REASONS["inferred"][0])
    if claim.speaker_id is None:
        reasons.append(ATTRIBUTION_REASONS["unattributed"][0])
    if claim.speaker_kind == Claim.SpeakerKind.ANONYMOUS or (
        claim.speaker is not None and claim.speaker.kind == Speaker.Kind.ANONYMOUS
    ):
        reasons.append(ATTRIBUTION_REASONS["anonymous"][0])
    if claim.speaker is not None and claim.speaker.created_by_extractor:
        reasons.append(ATTRIBUTION_REASONS["new_speaker"][0])
    return reasons


def queue_tabs() -> tuple[list[tuple[str, str, int]], int]:
    """The queue's tabs as (reason, label, claims), "" for all of them, and the total."""
    # One aggregate over the whole queue, a count per reason beside it.
    counts = attribution_queue().aggregate(
        **{"": Count("pk")},
        **{
            key: Count("pk", filter=condition)
            for key, (_, condition) in ATTRIBUTION_REASONS.items()
        },
    )
    tabs = [
        (key, label, counts[key])
        for key, label in [("", "All"), *((k, v[0]) for k, v in ATTRIBUTION_REASONS.items())]
    ]
    return tabs, counts[""]


# How much of the article on each side of a claim is read to find its sentence: who
# "he" is, or what "the ministry" refers to, is decided there.
SURROUNDINGS = 400
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n")


def with_surroundings(claims: QuerySet) -> QuerySet:
    """Claims with the article text just before and after them (`text_before`,
    `text_after`), cut out by the database, so the whole article is never loaded."""
    start = Greatest(F("start") - SURROUNDINGS, Value(0))
    return claims.annotate(
        text_before=Substr("article__text", start + 1, F("start") - start),
        text_after=Substr("article__text", F("end") + 1, Value(SURROUNDINGS)),
    )


def surrounding_sentence(claim: Claim) -> tuple[str, str]:
    """The rest of the sentence around a claim (from `with_surroundings`): what comes
    before it since the last sentence ended, and after it up to where its own ends."""
    ends = list(_SENTENCE_END.finditer(claim.text_before))
    before = claim.text_before[ends[-1].end() :] if ends else claim.text_before
    end = _SENTENCE_END.search(claim.text_after)
    after = claim.text_after[: end.start()] if end else claim.text_after
    return before, after
