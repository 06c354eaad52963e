"""Registry changes that move claims: merging and splitting speakers, attributing a claim.

They live above the registry (`sources`) because they rewrite claims and their
history. Every speaker a change writes or follows is row-locked first, all at
once and in primary-key order (`sources.services.lock_speakers`), then aliases,
then claims, so merges, splits and attributions wait for one another instead of
deadlocking. A lock the database takes on its own can still close a cycle, so
each change also runs again when PostgreSQL cancels it as a deadlock's victim.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims.models import Claim, ClaimEvent
from claims.signals import claims_reattributed, figures_changed
from claims.track_records import refresh_speaker_stats
from ops.transactions import retry_on_deadlock
from sources.models import Speaker, SpeakerAlias, SpeakerMerge
from sources.names import name_key
from sources.services import live_speaker, lock_speakers

_EVENT_BATCH = 1000


def _move_claims(*, ids: list[int], to: Speaker, old_name: str, by, note: str) -> None:
    """Point claims at another speaker, bump their versions and write one event each.

    The version bump makes any form opened before the move conflict instead of
    silently writing the old speaker back. What a claim repeats depends on its
    speaker, so the apps above hear of the moved claims once the move commits, a
    batch at a time.
    """
    now = timezone.now()
    for start in range(0, len(ids), _EVENT_BATCH):
        batch = ids[start : start + _EVENT_BATCH]
        Claim.objects.filter(pk__in=batch).update(speaker=to, version=F("version") + 1)
        figures_changed.send(
            sender=Claim,
            article_ids=sorted(
                set(Claim.objects.filter(pk__in=batch).values_list("article_id", flat=True))
            ),
        )
        ClaimEvent.objects.bulk_create(
            ClaimEvent(
                claim_id=pk,
                user=by,
                at=now,
                action=ClaimEvent.Action.MERGE,
                field="speaker",
                old_value=old_name,
                new_value=to.name,
                note=note,
            )
            for pk in batch
        )
        transaction.on_commit(
            lambda batch=batch: claims_reattributed.send(sender=Claim, claim_ids=batch),
            robust=True,
        )


@retry_on_deadlock
def merge_speakers(*, keep: Speaker, drop: Speaker, by) -> SpeakerMerge:
    """Make `drop` one more name for `keep`: its aliases, claims and members move over.

    `drop` keeps its row, marked merged, so `split_alias` can bring it back. Both
    speakers are row-locked first; a merge that lost a race to another one finds
    its speaker already merged and stops with ValidationError, moving nothing.
    """
    if keep.pk == drop.pk:
        raise ValidationError("A speaker cannot be merged into itself.")
    with transaction.atomic():
        # The members and merged names of `drop` are rewritten below: locked with the two.
        followers = Speaker.objects.filter(Q(affiliation=drop) | Q(merged_into=drop))
        locked = lock_speakers(keep.pk, drop.pk, *followers.values_list("pk", flat=True))
        keep = live_speaker(locked.get(keep.pk), keep.name)
        drop = live_speaker(locked.get(drop.pk), drop.name)
        if not SpeakerAlias.objects.filter(key=name_key(drop.name)).exists():
            SpeakerAlias.objects.create(speaker=drop, name=drop.name)
        alias_names = list(drop.aliases.values_list("name", flat=True))
        drop.aliases.update(speaker=keep, merged_from=Coalesce(F("merged_from"), Value(drop.pk)))
        moved = list(
            Claim.objects.select_for_update()
            .filter(speaker=drop)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        _move_claims(
            ids=moved,
            to=keep,
            old_name=drop.name,
            by=by,
            note=f"Speaker \u201c{drop.name}\u201d merged into \u201c{keep.name}\u201d.",
        )
        Speaker.objects.filter(affiliation=drop).exclude(pk=keep.pk).update(affiliation=keep)
        Speaker.objects.filter(merged_into=drop).update(merged_into=keep)
        if keep.affiliation_id == drop.pk:
            keep.affiliation_id = None
        if keep.affiliation_id is None and drop.affiliation_id != keep.pk:
            keep.affiliation_id = drop.affiliation_id
        keep.role = keep.role or drop.role
        keep.save(update_fields=["affiliation", "role"])
        drop.merged_into = keep
        drop.affiliation = None
        drop.save(update_fields=["merged_into", "affiliation"])
        refresh_speaker_stats(speaker_ids=[keep.pk, drop.pk])
        return SpeakerMerge.objects.create(
            kind=SpeakerMerge.Kind.MERGE,
            source=drop,
            target=keep,
            aliases=alias_names,
            claim_count=len(moved),
            by=by,
        )


@retry_on_deadlock
def split_alias(
    *, alias: SpeakerAlias, by, into: Speaker | None = None, name: str = ""
) -> SpeakerMerge:
    """Move one alias, and the claims whose extracted speaker name is that alias, out.

    The alias goes to `into`, or to a speaker called `name` (found or created), or
    else back to the speaker a merge took it from, which comes back to life; an
    alias that never came from a merge becomes a new speaker of its own. Claims
    move when their `speaker_text` has the alias's key: that is the name the
    extractor saw, so it says which spelling each claim came in under.
    """
    with transaction.atomic():
        alias = SpeakerAlias.objects.select_related("speaker").get(pk=alias.pk)
        source_pk = alias.speaker_id
        name = name.strip()
        if into is None and name:
            into = Speaker.objects.live().matching(name).first()
        if into is None and not name and alias.merged_from_id:
            into = Speaker.objects.filter(pk=alias.merged_from_id).first()
        locked = lock_speakers(source_pk, into and into.pk)
        source = live_speaker(locked.get(source_pk), alias.speaker.name)
        # Speakers first, then the alias: the order a merge, which moves aliases, takes.
        alias = SpeakerAlias.objects.select_for_update().get(pk=alias.pk)
        if alias.speaker_id != source_pk:
            raise ValidationError(
                f"\u201c{alias.name}\u201d moved to another speaker a moment ago; "
                "reload and try again."
            )
        if alias.key == name_key(source.name):
            raise ValidationError(
                "This alias is the speaker's own name: rename the speaker before splitting it."
            )
        if into is not None:
            into = locked[into.pk]
            if into.pk == source.pk:
                raise ValidationError("The alias already belongs to this speaker.")
            if into.merged_into_id:
                if into.pk != alias.merged_from_id:
                    raise ValidationError(f"{into.name} was merged into another speaker.")
                into.merged_into = None
                into.save(update_fields=["merged_into"])
        else:
            into = Speaker.objects.create(name=name or alias.name, kind=source.kind)
            if name and name_key(name) != alias.key:
                SpeakerAlias.objects.create(speaker=into, name=name)
        moving = [
            pk
            for pk, text in Claim.objects.select_for_update()
            .filter(speaker=source)
            .exclude(speaker_text="")
            .order_by("pk")
            .values_list("pk", "speaker_text")
            if name_key(text) == alias.key
        ]
        _move_claims(
            ids=moving,
            to=into,
            old_name=source.name,
            by=by,
            note=f"Alias \u201c{alias.name}\u201d split from \u201c{source.name}\u201d.",
        )
        alias.speaker = into
        alias.merged_from = None
        alias.save(update_fields=["speaker", "merged_from"])
        refresh_speaker_stats(speaker_ids=[source.pk, into.pk])
        return SpeakerMerge.objects.create(
            kind=SpeakerMerge.Kind.SPLIT,
            source=source,
            target=into,
            aliases=[alias.name],
            claim_count=len(moving),
            by=by,
        )


@retry_on_deadlock
def attribute_claim(
    *, claim: Claim, speaker: Speaker | None, by, expected_version: int | None, note: str = ""
) -> Claim:
    """Set who said a claim, never onto a speaker that a concurrent merge just retired.

    The speakers are locked before the claim, all at once, in the order
    `merge_speakers` uses, so the two wait for each other instead of deadlocking:
    the claim's speaker, the new one, and the one the new one was merged into, if
    a merge retired it meanwhile; the claim then goes to that survivor.
    """
    with transaction.atomic():
        previous = Claim.objects.filter(pk=claim.pk).values_list("speaker_id", flat=True).first()
        survivor = (
            Speaker.objects.filter(pk=speaker.pk).values_list("merged_into", flat=True).first()
            if speaker is not None
            else None
        )
        locked = lock_speakers(previous, speaker and speaker.pk, survivor)
        if speaker is not None:
            speaker = locked[speaker.pk]
            if speaker.merged_into_id:
                # None when it was merged again after the read: the editor reloads.
                speaker = live_speaker(locked.get(speaker.merged_into_id), speaker.name)
        # The change itself sends both speakers' recount, after the commit.
        claim = claim.set_attribution(
            speaker=speaker, by=by, note=note, expected_version=expected_version
        )
    return claim
