import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, ClaimConflict, ClaimEvent, Evidence
from sources.models import Speaker


def test_span_text_must_match_the_article_text(claim):
    claim.text = "At least 13 people were killed"
    with pytest.raises(ValidationError, match="exactly the article text"):
        claim.full_clean()


def test_an_empty_span_cannot_be_stored(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(article=article, start=5, end=5, text="", kind="statement")


def test_the_same_span_cannot_be_stored_twice(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(
            article=claim.article,
            start=claim.start,
            end=claim.end,
            text=claim.text,
            kind="statement",
        )


def test_verdict_change_writes_an_audit_event(claim, editor):
    claim.set_verdict(verdict="verified", by=editor, note="Matches the ministry's list")
    claim.refresh_from_db()
    assert claim.verdict == "verified"
    assert claim.version == 2
    event = ClaimEvent.objects.get(claim=claim)
    assert (event.user, event.field, event.old_value, event.new_value) == (
        editor,
        "verdict",
        "pending",
        "verified",
    )
    assert event.note == "Matches the ministry's list"


@pytest.mark.parametrize("verdict", ["false", "misleading", "unverifiable"])
def test_verdicts_against_a_claim_need_a_note(claim, editor, verdict):
    with pytest.raises(ValidationError, match="a note is required"):
        claim.set_verdict(verdict=verdict, by=editor, note="  ")
    claim.refresh_from_db()
    assert claim.verdict == "pending"
    assert not ClaimEvent.objects.exists()


def test_stale_version_is_refused_and_nothing_is_overwritten(claim, editor, second_editor):
    seen = claim.version
    claim.set_verdict(verdict="verified", by=editor, expected_version=seen)
    stale = Claim.objects.get(pk=claim.pk)
    with pytest.raises(ClaimConflict) as caught:
        stale.set_verdict(verdict="false", by=second_editor, note="No", expected_version=seen)
    assert caught.value.current.verdict == "verified"
    claim.refresh_from_db()
    assert claim.verdict == "verified"
    assert ClaimEvent.objects.filter(claim=claim).count() == 1


def test_confirming_keeps_the_speaker_and_correcting_records_old_and_new(claim, editor):
    extracted = Speaker.objects.create(name="Maria Lopez")
    other = Speaker.objects.create(name="Regional police")
    claim.speaker = extracted
    claim.save()
    claim.set_attribution(speaker=extracted, by=editor)
    assert claim.attribution_state == "confirmed"
    claim.set_attribution(speaker=other, by=editor)
    assert (claim.speaker, claim.attribution_state) == (other, "corrected")
    speaker_event = ClaimEvent.objects.get(claim=claim, field="speaker")
    assert (speaker_event.old_value, speaker_event.new_value) == ("Maria Lopez", "Regional police")


def test_evidence_needs_a_link_or_note_and_is_audited(claim, editor):
    with pytest.raises(ValidationError):
        claim.add_evidence(by=editor, stance="supports")
    claim.add_evidence(by=editor, stance="refutes", url="https://example.org/list")
    assert Evidence.objects.get().stance == "refutes"
    assert ClaimEvent.objects.get(claim=claim).action == "evidence"
    claim.refresh_from_db()
    assert claim.edited_at is not None


def test_events_read_as_sentences(seed, editor, second_editor):
    from sources.models import Speaker

    _, claims = seed
    claim = claims[4]
    claim.set_verdict(verdict="unverifiable", note="No second source", by=editor)
    claim.assign(assignee=second_editor, by=editor)
    claim.assign(assignee=None, by=editor)
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    claim.set_attribution(speaker=gladkov, by=editor)
    claim.set_attribution(speaker=gladkov, by=editor)
    claim.set_attribution(speaker=None, by=editor)
    claim.add_evidence(by=editor, stance="supports", url="https://example.org/a")
    said = [(e.sentence(), e.remark) for e in claim.events.order_by("at", "id")]
    assert said == [
        ("marked the claim unverifiable (was pending)", "No second source"),
        ("assigned the claim to sam-second-editor", ""),
        ("unassigned the claim (was sam-second-editor)", ""),
        ("changed the speaker from “Dmitry Peskov” to “Vyacheslav Gladkov”", ""),
        ("corrected the speaker", ""),
        ("confirmed the speaker", ""),
        ("cleared the speaker (was “Vyacheslav Gladkov”)", ""),
        ("marked the claim unattributed", ""),
        ("added evidence: Supports: https://example.org/a", ""),
    ]


def test_attribution_status_says_who_checked_the_speaker_or_that_someone_should(seed, editor):
    from sources.models import Speaker

    _, claims = seed
    named, wrong = claims[2], claims[4]
    assert named.attribution_status() == "speaker named in the text"
    assert claims[0].attribution_status() == "no speaker found by the extractor: check"
    guessed = Speaker.objects.create(name="Oleg Guessed", created_by_extractor=True)
    wrong.set_attribution(speaker=guessed, by=editor)
    assert wrong.attribution_status() == "speaker set by erin-editor"
    wrong.set_attribution(speaker=guessed, by=editor)
    assert wrong.attribution_status() == "speaker confirmed by erin-editor"
    wrong.set_attribution(speaker=None, by=editor)
    assert wrong.attribution_status() == "marked unattributed by erin-editor"
    claims[1].speaker_inferred = True
    assert claims[1].attribution_status() == "speaker guessed by the extractor: check"
