import contextlib
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import close_old_connections

from claims.models import Claim, ClaimConflict, ClaimEvent
from claims.speakers import attribute_claim, merge_speakers, split_alias
from sources.models import Speaker, SpeakerAlias, SpeakerMerge
from sources.services import add_alias, speakers_for_names, update_speaker


@pytest.fixture
def gladkovs(speaker_named_as, make_claims, editor):
    """The extractor met the governor under two names: three claims and five claims."""
    short = speaker_named_as("Gladkov", created_by_extractor=True, role="governor")
    full = speaker_named_as("Vyacheslav Gladkov", created_by_extractor=True)
    make_claims(3, speaker=short, speaker_text="Gladkov")
    make_claims(5, speaker=full, speaker_text="Vyacheslav Gladkov")
    first = Claim.objects.filter(speaker=short).first()
    first.set_verdict(verdict="false", by=editor, note="Contradicted by footage")
    return short, full


def test_merge_keeps_every_claim_and_event(gladkovs, editor):
    short, full = gladkovs
    claims_before = Claim.objects.count()
    events_before = ClaimEvent.objects.count()
    moved_ids = set(Claim.objects.filter(speaker=short).values_list("pk", flat=True))

    merge = merge_speakers(keep=full, drop=short, by=editor)

    assert Claim.objects.count() == claims_before
    assert Claim.objects.filter(speaker=full).count() == 8
    assert not Claim.objects.filter(speaker=short).exists()
    merge_events = ClaimEvent.objects.filter(action=ClaimEvent.Action.MERGE)
    assert ClaimEvent.objects.count() == events_before + len(moved_ids)
    assert set(merge_events.values_list("claim_id", flat=True)) == moved_ids
    event = merge_events.first()
    assert (event.user, event.field, event.old_value, event.new_value) == (
        editor,
        "speaker",
        "Gladkov",
        "Vyacheslav Gladkov",
    )
    # The verdict event written before the merge is still there.
    assert ClaimEvent.objects.filter(action=ClaimEvent.Action.VERDICT).count() == 1
    assert (merge.kind, merge.source, merge.target, merge.claim_count) == ("merge", short, full, 3)


def test_merged_speaker_becomes_an_alias_and_stays_retired(gladkovs, editor):
    short, full = gladkovs
    merge_speakers(keep=full, drop=short, by=editor)
    short.refresh_from_db()
    full.refresh_from_db()
    assert short.merged_into == full
    assert sorted(full.aliases.values_list("name", flat=True)) == ["Gladkov", "Vyacheslav Gladkov"]
    assert full.role == "governor"
    assert list(Speaker.objects.live()) == [full]


def test_extractor_resolves_the_merged_name_to_the_kept_speaker(gladkovs, editor):
    short, full = gladkovs
    merge_speakers(keep=full, drop=short, by=editor)
    assert speakers_for_names(names={"Gladkov": ("person", "")})["Gladkov"] == full
    assert speakers_for_names(names={"GLADKOV": ("person", "")})["GLADKOV"] == full
    assert Speaker.objects.count() == 2


def test_merge_makes_forms_opened_before_it_conflict(gladkovs, editor):
    short, full = gladkovs
    claim = Claim.objects.filter(speaker=short).last()
    seen = claim.version
    merge_speakers(keep=full, drop=short, by=editor)
    with pytest.raises(ClaimConflict):
        claim.set_verdict(verdict="verified", by=editor, expected_version=seen)


def test_members_follow_their_merged_organisation(speaker_named_as, editor):
    ministry = speaker_named_as("Russian Defense Ministry", kind="organisation")
    mod = speaker_named_as("Russian Ministry of Defence", kind="organisation")
    spokesman = speaker_named_as("Igor Konashenkov", affiliation=mod)
    merge_speakers(keep=ministry, drop=mod, by=editor)
    spokesman.refresh_from_db()
    assert spokesman.affiliation == ministry


def test_a_speaker_cannot_be_merged_into_itself(gladkovs, editor):
    short, _ = gladkovs
    with pytest.raises(ValidationError, match="itself"):
        merge_speakers(keep=short, drop=short, by=editor)


def test_merging_a_speaker_merged_a_moment_ago_moves_nothing(gladkovs, speaker_named_as, editor):
    short, full = gladkovs
    other = speaker_named_as("V. Gladkov")
    merge_speakers(keep=full, drop=short, by=editor)
    with pytest.raises(ValidationError, match="merged into another speaker"):
        merge_speakers(keep=other, drop=short, by=editor)
    assert Claim.objects.filter(speaker=full).count() == 8
    assert not Claim.objects.filter(speaker=other).exists()


def test_split_restores_the_merged_speaker_with_its_claims(gladkovs, editor):
    short, full = gladkovs
    merge_speakers(keep=full, drop=short, by=editor)
    alias = SpeakerAlias.objects.get(name="Gladkov")

    split = split_alias(alias=alias, by=editor)

    short.refresh_from_db()
    assert short.merged_into is None
    assert split.target == short
    assert Claim.objects.filter(speaker=short).count() == 3
    assert Claim.objects.filter(speaker=full).count() == 5
    assert list(short.aliases.values_list("name", flat=True)) == ["Gladkov"]
    assert ClaimEvent.objects.filter(action=ClaimEvent.Action.MERGE).count() == 6
    assert speakers_for_names(names={"Gladkov": ("person", "")})["Gladkov"] == short


def test_split_into_a_new_named_speaker(speaker_named_as, make_claims, editor):
    kyiv = speaker_named_as("Kyiv city administration", kind="organisation")
    add_alias(speaker=kyiv, name="Klitschko")
    make_claims(2, speaker=kyiv, speaker_text="Klitschko")
    make_claims(1, speaker=kyiv, speaker_text="Kyiv city administration")

    split = split_alias(
        alias=SpeakerAlias.objects.get(name="Klitschko"), by=editor, name="Vitali Klitschko"
    )

    mayor = split.target
    assert mayor.name == "Vitali Klitschko"
    assert sorted(mayor.aliases.values_list("name", flat=True)) == ["Klitschko", "Vitali Klitschko"]
    assert Claim.objects.filter(speaker=mayor).count() == 2
    assert Claim.objects.filter(speaker=kyiv).count() == 1
    assert SpeakerMerge.objects.get(kind="split").aliases == ["Klitschko"]


def test_the_speakers_own_name_cannot_be_split_off(gladkovs, editor):
    _, full = gladkovs
    with pytest.raises(ValidationError, match="own name"):
        split_alias(alias=full.aliases.get(), by=editor)


def _run_at_once(*jobs):
    """Run each job in its own thread and database connection, released together."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job):
        try:
            barrier.wait()
            job()
        except ValidationError as error:
            errors.append(error)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def _assert_no_claim_lost(expected: int):
    assert Claim.objects.count() == expected
    assert not Claim.objects.filter(speaker__isnull=True).exists()
    assert not Claim.objects.filter(speaker__merged_into__isnull=False).exists()
    live = Speaker.objects.live()
    assert sum(speaker.claims.count() for speaker in live) == expected


@pytest.fixture
def merger(django_user_model):
    """A user made inside the test: the role groups do not survive a transactional flush."""
    return django_user_model.objects.create_user("merger")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_opposite_merges_at_once_lose_no_claim(speaker_named_as, make_claims, merger):
    a = speaker_named_as("Gladkov")
    b = speaker_named_as("Vyacheslav Gladkov")
    make_claims(40, speaker=a, speaker_text="Gladkov")
    make_claims(60, speaker=b, speaker_text="Vyacheslav Gladkov")

    errors = _run_at_once(
        lambda: merge_speakers(keep=b, drop=a, by=merger),
        lambda: merge_speakers(keep=a, drop=b, by=merger),
    )

    assert len(errors) == 1
    _assert_no_claim_lost(100)
    assert Speaker.objects.live().count() == 1
    assert SpeakerMerge.objects.count() == 1
    moved = SpeakerMerge.objects.get().claim_count
    assert ClaimEvent.objects.filter(action="merge").count() == moved


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_merging_one_speaker_into_two_others_at_once_loses_no_claim(
    speaker_named_as, make_claims, merger
):
    a = speaker_named_as("Gladkov")
    b = speaker_named_as("Vyacheslav Gladkov")
    c = speaker_named_as("Belgorod governor")
    for speaker, n in ((a, 30), (b, 20), (c, 10)):
        make_claims(n, speaker=speaker, speaker_text=speaker.name)

    errors = _run_at_once(
        lambda: merge_speakers(keep=b, drop=a, by=merger),
        lambda: merge_speakers(keep=c, drop=a, by=merger),
    )

    assert len(errors) == 1
    _assert_no_claim_lost(60)
    assert Speaker.objects.live().count() == 2
    a.refresh_from_db()
    assert Claim.objects.filter(speaker=a.merged_into).count() == 30 + (
        20 if a.merged_into == b else 10
    )


def test_an_alias_left_on_a_merged_speaker_resolves_to_the_survivor(speaker_named_as, editor):
    # Databases written before merged speakers refused changes may hold aliases on them.
    gladkov = speaker_named_as("Vyacheslav Gladkov")
    short = speaker_named_as("Gladkov")
    merge_speakers(keep=gladkov, drop=short, by=editor)
    SpeakerAlias.objects.create(speaker=short, name="Governor Gladkov")
    found = speakers_for_names(names={"Governor Gladkov": ("person", "")})
    assert found["Governor Gladkov"] == gladkov


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_attributing_claims_while_their_speakers_merge_and_split_never_deadlocks(
    speaker_named_as, make_claims, merger
):
    # Keys in this order: the member, the surviving organisation, the one merged into
    # it and split back out. An attribution to the ministry as the editor saw it may
    # find it merged and follow it to the survivor; a merge of the ministry rewrites
    # the member's affiliation.
    konashenkov = speaker_named_as("Igor Konashenkov")
    mod = speaker_named_as("Defence Ministry", kind="organisation")
    ministry = speaker_named_as("Russian Defense Ministry", kind="organisation")
    update_speaker(
        speaker=konashenkov, name=konashenkov.name, kind="person", role="", affiliation=ministry
    )
    claims = make_claims(6, speaker=konashenkov, speaker_text=konashenkov.name)
    rounds = 25
    failures: list[BaseException] = []
    barrier = threading.Barrier(2)

    def registry_changes():
        for _ in range(rounds):
            merge_speakers(keep=mod, drop=ministry, by=merger)
            split_alias(alias=SpeakerAlias.objects.get(name=ministry.name), by=merger)

    def attributions():
        for turn in range(rounds * 2):
            claim = Claim.objects.get(pk=claims[turn % len(claims)].pk)
            to = ministry if claim.speaker_id == konashenkov.pk else konashenkov
            # A refusal (the ministry was merged a moment ago) is not a failure.
            with contextlib.suppress(ValidationError):
                attribute_claim(claim=claim, speaker=to, by=merger, expected_version=None)

    def run(job):
        try:
            barrier.wait()
            job()
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            failures.append(error)
        finally:
            close_old_connections()

    threads = [
        threading.Thread(target=run, args=(job,)) for job in (registry_changes, attributions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    _assert_no_claim_lost(6)
