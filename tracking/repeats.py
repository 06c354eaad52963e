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
from django.db.models import F, Prefetch
from django.utils import timezone

from claims.models import Claim, Quantity, number_text
from sources.names import name_key
from tracking.models import RepeatedClaim, RepeatedClaimMember
from tracking.similarity import in_database, similarity, words

# The speaker part of the key of a claim nobody is quoted for.
UNQUOTED = f"name:{name_key('')}"
# Wire copies reworded by an outlet ("12 civilians were injured" / "twelve civilians
# were wounded") stay apart: grouping is for the same sentence, lightly edited.
SAME_WORDING = 0.6
# Groups of one key past which the trigram index finds the alike ones faster than
# measuring each (a speaker's statements without figures share a key).
CROWDED_KEY = 200


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


def _needs_placing(claim: Claim, key: str, member: RepeatedClaimMember | None) -> bool:
    """A claim not in a group yet, or in one of another key (its speaker or figures
    changed) that no editor placed it in by hand."""
    return member is None or not (member.placed_by_id or member.group.key == key)


def _place_all(claims: list[Claim]) -> Grouped:
    """Place the claims together: one lookup of the candidate groups for all their keys,
    one insert of the new groups and one of the memberships, whatever their number.

    The result is the one placing them one by one in this order would give: each claim
    takes its best group, never one that holds a claim of its own article (one placed
    earlier in the batch included), and a group started earlier in the batch is a
    candidate for a later claim of another article.
    """
    keys = {claim.pk: claim_key(claim, claim.quantity_list) for claim in claims}
    todo = [c for c in claims if _needs_placing(c, keys[c.pk], getattr(c, "repeat", None))]
    if not todo:
        return Grouped(0, 0)
    with transaction.atomic():
        if in_database():
            # Two workers placing the same new wording at once would each start a group:
            # the second waits here, then sees the first one's groups and memberships.
            # In sorted order, so two workers never wait for each other in a cycle. And
            # `%` then holds only for near-identical wording, so the trigram index finds
            # the few groups worded alike, however many share the key.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('pg_trgm.similarity_threshold', %s, true), "
                    "count(pg_advisory_xact_lock(hashtext(key))) FROM unnest(%s::text[]) key",
                    [str(SAME_WORDING), sorted({keys[c.pk] for c in todo})],
                )
        moved = [c.repeat for c in todo if getattr(c, "repeat", None) is not None]
        if moved:
            RepeatedClaimMember.objects.filter(pk__in=[m.pk for m in moved]).delete()
            drop_empty_groups(group_ids=[m.group_id for m in moved])
        candidates, placed = _candidate_groups(
            [(c.pk, keys[c.pk], c.text, c.article_id) for c in todo]
        )
        # Another worker, holding the locks first, placed these since they were read.
        todo = [c for c in todo if c.pk not in placed]
        # The groups each claim joins or starts: a stored group's id, or the index of a
        # group the batch starts in `started`; and the (group, article) pairs it fills.
        started: list[RepeatedClaim] = []
        taken: set[tuple[str, int, int]] = set()
        placing: list[tuple[Claim, tuple[str, int], float]] = []
        joined = 0
        for claim in todo:
            key = keys[claim.pk]
            # Best first, then the oldest group; a started group is younger than every
            # stored one, as it would be if each claim were placed on its own.
            found = [
                (score, ("stored", group_id)) for score, group_id in candidates.get(claim.pk, [])
            ] + [
                (similarity(group.text, claim.text), ("started", n))
                for n, group in enumerate(started)
                if group.key == key
            ]
            found = [
                (score, ref)
                for score, ref in found
                if score >= SAME_WORDING and (*ref, claim.article_id) not in taken
            ]
            if found:
                score, ref = min(found, key=lambda r: (-r[0], r[1][0] == "started", r[1][1]))
                joined += 1
            else:
                score, ref = 1.0, ("started", len(started))
                started.append(RepeatedClaim(key=key, text=claim.text))
            taken.add((*ref, claim.article_id))
            placing.append((claim, ref, score))
        RepeatedClaim.objects.bulk_create(started)
        RepeatedClaimMember.objects.bulk_create(
            RepeatedClaimMember(
                group_id=number if kind == "stored" else started[number].pk,
                claim=claim,
                similarity=round(score, 4),
            )
            for claim, (kind, number), score in placing
        )
    return Grouped(joined, len(placing) - joined)


def _candidate_groups(
    claims: list[tuple[int, str, str, int]],
) -> tuple[dict[int, list[tuple[float, int]]], set[int]]:
    """For each (claim id, key, text, article id): the groups of its key worded
    near-identically (SAME_WORDING and up) that hold no claim of its article, as
    (similarity, group id); and the claims that have a group already. One query for
    all the claims, in _place_all's transaction (which set the trigram threshold)."""
    found: dict[int, list[tuple[float, int]]] = {}
    ids = [claim_id for claim_id, *_ in claims]
    if in_database():
        group, member = RepeatedClaim._meta.db_table, RepeatedClaimMember._meta.db_table
        claim = Claim._meta.db_table
        # A key with few groups is measured group by group from the key's index; only a
        # crowded one asks the trigram index (`%`). Left to choose, the planner read
        # the trigram index beside the key's for keys of one group too: 1 ms a claim
        # instead of 0.07, on one copy of the stories benchmark's database and not on
        # another, by the luck of its statistics.
        joined = f"""
            SELECT c.claim_id, g.id, similarity(g.text, c.text),
                EXISTS (SELECT 1 FROM {member} p WHERE p.claim_id = c.claim_id)
            FROM c {{join}} {group} g ON g.key = c.key {{match}}
                AND similarity(g.text, c.text) >= %(same)s
                AND NOT EXISTS (
                    SELECT 1 FROM {member} m JOIN {claim} o ON o.id = m.claim_id
                    WHERE m.group_id = g.id AND o.article_id = c.article_id
                )
        """  # noqa: S608 - table names from the models, values as parameters
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                WITH c AS MATERIALIZED (
                    SELECT u.*, (
                        SELECT count(*) FROM (
                            SELECT 1 FROM {group} k WHERE k.key = u.key LIMIT %(crowd)s
                        ) counted
                    ) >= %(crowd)s AS crowded
                    FROM unnest(%(ids)s::bigint[], %(keys)s::text[], %(texts)s::text[],
                        %(articles)s::bigint[]) AS u (claim_id, key, text, article_id)
                )
                {joined.format(join="LEFT JOIN", match="AND NOT c.crowded")}
                UNION ALL
                {joined.format(join="JOIN", match="AND c.crowded AND g.text %% c.text")}
                """,  # noqa: S608
                {
                    "ids": ids,
                    "keys": [key for _, key, _, _ in claims],
                    "texts": [text for _, _, text, _ in claims],
                    "articles": [article_id for *_, article_id in claims],
                    "same": SAME_WORDING,
                    "crowd": CROWDED_KEY,
                },
            )
            placed = set()
            for claim_id, group_id, score, has_group in cursor.fetchall():
                if has_group:
                    placed.add(claim_id)
                if group_id is not None:
                    found.setdefault(claim_id, []).append((score, group_id))
        return found, placed
    placed = set(
        RepeatedClaimMember.objects.filter(claim_id__in=ids).values_list("claim_id", flat=True)
    )
    keys = {key for _, key, _, _ in claims}
    groups: dict[str, list[RepeatedClaim]] = {}
    for group in RepeatedClaim.objects.filter(key__in=keys).only("key", "text"):
        groups.setdefault(group.key, []).append(group)
    held = set(
        RepeatedClaimMember.objects.filter(
            group__key__in=keys, claim__article_id__in={a for *_, a in claims}
        ).values_list("group_id", "claim__article_id")
    )
    for claim_id, key, text, article_id in claims:
        for group in groups.get(key, []):
            if (group.pk, article_id) not in held:
                score = similarity(group.text, text)
                if score >= SAME_WORDING:
                    found.setdefault(claim_id, []).append((score, group.pk))
    return found, placed


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
