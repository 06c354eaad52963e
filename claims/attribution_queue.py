"""The attribution queue: claims whose speaker an editor should check, and why."""

from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

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
