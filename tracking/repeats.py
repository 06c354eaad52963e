"""Repeated claims: grouping the claims of different articles that say the same thing,
and verifying such a group once for all its articles.

A claim joins the group with its key (same speaker, stance and figures, with their
bounds and categories) whose wording is most like its own, if that is near-identical
(trigram similarity of at least SAME_WORDING); otherwise it starts a group of its
own. Grouping is deterministic (best match, then the oldest group) and idempotent
(a claim has one membership at most, and a placed claim is left where it is).
"""

import hashlib
import json
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import BooleanField, F, Func, Prefetch, Value
from django.utils import timezone

from claims.models import Claim, Quantity, number_text
from sources.names import name_key
from tracking.models import RepeatedClaim, RepeatedClaimMember
from tracking.similarity import Similarity, in_database, similarity, words

# The speaker part of the key of a claim nobody is quoted for.
UNQUOTED = f"name:{name_key('')}"
# Wire copies reworded by an outlet ("12 civilians were injured" / "twelve civilians
# were wounded") stay apart: grouping is for the same sentence, lightly edited.
SAME_WORDING = 0.6


class TrigramMatch(Func):
    """pg_trgm's `text % text`: true from its threshold up, answered from the trigram
    index, so only likely matches are measured with similarity()."""

    arg_joiner = " %% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def claim_key(claim: Claim, quantities: list[Quantity]) -> str:
    """What two claims must share to be the same claim: speaker, stance, figures.

    A claim nobody is quoted for and with no figure has nothing but its wording to
    tell it apart: without it in the key, every such claim would share one, and each
    new one would be measured against all of them. Its key takes its words (case,
    punctuation and spacing aside), so only the same sentence joins its group.
    """
    speaker = (
        f"speaker:{claim.speaker_id}"
        if claim.speaker_id
        else f"name:{name_key(claim.speaker_text)}"
    )
    figures = [
        [
            number_text(q.value),
            number_text(q.lower),
            number_text(q.upper),
            q.approximate,
            q.qualifier.strip().lower(),
            q.category,
        ]
        for q in sorted(quantities, key=lambda q: (q.position, q.pk or 0))
    ]
    parts = [speaker, claim.stance, figures]
    if speaker == UNQUOTED and not figures:
        parts.append(words(claim.text))
    payload = json.dumps(parts, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _claims_to_place():
    return Claim.objects.select_related("repeat__group").prefetch_related(
        Prefetch("quantities", to_attr="quantity_list")
    )


class Grouped(NamedTuple):
    joined: int  # claims that joined a group with another article's claim
    started: int  # claims that started a group of their own


def group_article(*, article_id: int) -> Grouped:
    """Place every claim of the article in its group; claims already placed stay."""
    claims = _claims_to_place().filter(article_id=article_id).order_by("start", "pk")
    return _place_all(list(claims))


def regroup_claims(*, claim_ids: list[int]) -> Grouped:
    """Place the claims again after a change to what they repeat (their speaker)."""
    return _place_all(list(_claims_to_place().filter(pk__in=claim_ids).order_by("pk")))


def _place_all(claims: list[Claim]) -> Grouped:
    joined = started = 0
    for claim in claims:
        outcome = _place(claim)
        joined += outcome == "joined"
        started += outcome == "started"
    return Grouped(joined, started)


def _place(claim: Claim) -> str:
    key = claim_key(claim, claim.quantity_list)
    member = getattr(claim, "repeat", None)
    if member is not None and (member.placed_by_id or member.group.key == key):
        return "kept"
    with transaction.atomic():
        if in_database():
            # Two workers placing the same new wording at once would each start a group.
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [key])
        if member is not None:
            member.delete()
            drop_empty_groups(group_ids=[member.group_id])
        group, score = best_group(key=key, text=claim.text, article_id=claim.article_id)
        outcome = "joined"
        if group is None:
            group, score, outcome = (
                RepeatedClaim.objects.create(key=key, text=claim.text),
                1.0,
                "started",
            )
        RepeatedClaimMember.objects.create(group=group, claim=claim, similarity=round(score, 4))
    return outcome


def best_group(*, key: str, text: str, article_id: int) -> tuple[RepeatedClaim | None, float]:
    """The group with this key whose wording is nearest `text`, if near-identical.

    Groups that already hold a claim of the same article are left out: a repeated
    claim is one claim per article.
    """
    candidates = RepeatedClaim.objects.filter(key=key).exclude(
        members__claim__article_id=article_id
    )
    if in_database():
        # `%` then holds only for near-identical wording, so the trigram index finds
        # the few groups worded alike, however many groups share the key. For this
        # transaction only (the caller's).
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(SAME_WORDING)]
            )
        found = (
            candidates.filter(TrigramMatch(F("text"), Value(text)))
            .annotate(score=Similarity(F("text"), Value(text)))
            .filter(score__gte=SAME_WORDING)
            .order_by("-score", "pk")
            .first()
        )
        return (found, found.score) if found else (None, 0.0)
    scored = sorted(
        ((similarity(group.text, text), -group.pk, group) for group in candidates.only("text")),
        key=lambda row: row[:2],
        reverse=True,
    )
    if scored and scored[0][0] >= SAME_WORDING:
        return scored[0][2], scored[0][0]
    return None, 0.0


def drop_empty_groups(*, group_ids: list[int]) -> int:
    """Delete those of the groups that have no member left (their last claim went)."""
    deleted, _ = RepeatedClaim.objects.filter(pk__in=group_ids, members__isnull=True).delete()
    return deleted


def split_claim(*, claim: Claim, by) -> RepeatedClaim:
    """Take the claim out of its group into a group of its own, for good."""
    with transaction.atomic():
        member = (
            RepeatedClaimMember.objects.select_for_update().select_related("group").get(claim=claim)
        )
        old = member.group
        if old.members.count() == 1:
            member.placed_by = by
            member.save(update_fields=["placed_by"])
            return old
        group = RepeatedClaim.objects.create(key=old.key, text=claim.text)
        member.group, member.placed_by, member.similarity = group, by, 1.0
        member.save(update_fields=["group", "placed_by", "similarity"])
    return group


def join_groups(*, keep: RepeatedClaim, drop: RepeatedClaim, by) -> RepeatedClaim:
    """Move the members of `drop` into `keep`, which keeps a verdict either had.

    Refused for groups with different speakers or figures (they are different
    claims) and for groups whose verdicts contradict each other.
    """
    if keep.pk == drop.pk:
        raise ValidationError("A repeated claim cannot be joined with itself.")
    if keep.key != drop.key:
        raise ValidationError(
            "These claims have different speakers or figures; they are not the same claim."
        )
    with transaction.atomic():
        locked = {
            g.pk: g
            for g in RepeatedClaim.objects.select_for_update().filter(pk__in=[keep.pk, drop.pk])
        }
        if len(locked) != 2:
            raise RepeatedClaim.DoesNotExist("One of the repeated claims is gone.")
        keep, drop = locked[keep.pk], locked[drop.pk]
        if keep.disagrees(drop.verdict):
            raise ValidationError(
                f"One is {keep.get_verdict_display().lower()}, the other "
                f"{drop.get_verdict_display().lower()}: settle the verdict before joining them."
            )
        fields = {}
        if keep.verdict == Claim.Verdict.PENDING and drop.verdict != Claim.Verdict.PENDING:
            fields = {
                "verdict": drop.verdict,
                "verdict_note": drop.verdict_note,
                "verdict_by_id": drop.verdict_by_id,
                "verdict_at": drop.verdict_at,
            }
        drop.members.update(group=keep, placed_by=by)
        RepeatedClaim.objects.filter(pk=keep.pk).update(**fields, version=F("version") + 1)
        drop.delete()
    keep.refresh_from_db()
    return keep


class GroupConflict(Exception):
    """Another editor set the group's verdict since this one loaded it."""

    def __init__(self, current: RepeatedClaim):
        self.current = current
        super().__init__(
            f"{current.verdict_by or 'Someone'} set this repeated claim to "
            f"“{current.get_verdict_display()}” first; review it and try again."
        )


class Applied(NamedTuple):
    group: RepeatedClaim
    applied: int  # members whose pending verdict it set
    disagreeing: int  # members with another verdict, left as they are


def set_group_verdict(
    *, group: RepeatedClaim, verdict: str, note: str = "", by, expected_version: int
) -> Applied:
    """Set the group's verdict and give it to every member still pending.

    The members get it together (`give_pending_verdict`: the rules, history and
    signals of `Claim.set_verdict`, in a constant number of queries), each
    member's history saying where it came from ("From the repeated claim, by
    erin"); members with a verdict of their own keep it. The group's row is
    updated only from the version the editor saw, so of two editors at once one
    wins and the other gets GroupConflict, and no member is changed twice.
    """
    if verdict not in Claim.Verdict.values:
        raise ValidationError(f"Unknown verdict {verdict!r}.")
    note = note.strip()
    problem = Claim.verdict_note_problem(verdict, note, plural=True)
    if problem:
        raise ValidationError(problem)
    now = timezone.now()
    with transaction.atomic():
        updated = RepeatedClaim.objects.filter(pk=group.pk, version=expected_version).update(
            verdict=verdict,
            verdict_note=note,
            verdict_by=by,
            verdict_at=now,
            version=F("version") + 1,
        )
        if not updated:
            raise GroupConflict(RepeatedClaim.objects.select_related("verdict_by").get(pk=group.pk))
        # A subquery, not a join: PostgreSQL then reads the group's members from
        # their index instead of walking the claims in key order.
        members = Claim.objects.filter(
            pk__in=RepeatedClaimMember.objects.filter(group=group).values("claim_id")
        )
        applied = disagreeing = 0
        if verdict != Claim.Verdict.PENDING:
            member_note = f"From the repeated claim, by {by.get_username()}" + (
                f": {note}" if note else ""
            )
            applied = len(members.give_pending_verdict(verdict=verdict, by=by, note=member_note))
            disagreeing = members.exclude(verdict__in=[verdict, Claim.Verdict.PENDING]).count()
    group.verdict, group.verdict_note, group.verdict_by, group.verdict_at = verdict, note, by, now
    group.version = expected_version + 1
    return Applied(group, applied, disagreeing)
