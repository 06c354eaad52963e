"""Editors correct what the extractor read: audited, version-checked, kept by re-extraction."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from claims.models import Claim, ClaimConflict, ClaimEvent, Quantity
from claims.services import extract_articles
from sources.models import Article, Speaker

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()


@pytest.fixture
def extracted(db):
    """The seed article as the extractor stored it."""
    article = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    extract_articles(article_ids=[article.pk])
    return article


def figures_of(claim: Claim) -> list[dict]:
    return [
        {name: getattr(q, name) for name in Quantity.EDITABLE}
        for q in Quantity.objects.filter(claim=claim)
    ]


def correction(claim: Claim, **changes) -> dict:
    """What the edit form sends when the editor changes only `changes`."""
    current = {
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "stance": claim.stance,
        "hedged": claim.hedged,
        "hedge": claim.hedge,
        "figures": figures_of(claim),
    }
    return {**current, "expected_version": claim.version, **changes}


def toll(article: Article) -> Claim:
    return Claim.objects.get(article=article, text__startswith="More than 70")


def test_a_corrected_figure_keeps_its_bound_words_and_is_audited(extracted, editor):
    claim = toll(extracted)
    figures = figures_of(claim)
    assert Quantity.objects.filter(claim=claim)[0].worded == "more than 70 killed"
    # The editor finds the briefing said 75, still as a lower bound.
    figures[0]["value"] = figures[0]["lower"] = Decimal(75)

    stored = claim.correct(by=editor, **correction(claim, figures=figures))

    assert Quantity.objects.filter(claim=claim)[0].worded == "more than 75 killed"
    assert stored.version == claim.version == 2 and stored.edited_at is not None
    (event,) = ClaimEvent.objects.filter(claim=claim)
    assert (event.action, event.user, event.field) == ("correction", editor, "figure")
    assert event.old_value == "more than 70 killed (Ukrainian terrorists)"
    assert event.new_value == "more than 75 killed (Ukrainian terrorists)"


def test_figures_can_be_added_and_removed(extracted, editor):
    claim = toll(extracted)
    figures = figures_of(claim)[:1] + [
        {
            "value": None,
            "lower": Decimal(10),
            "upper": Decimal(15),
            "approximate": False,
            "qualifier": "between",
            "category": "injured",
            "subject": "",
        }
    ]
    claim.correct(by=editor, **correction(claim, figures=figures))
    assert [q.worded for q in Quantity.objects.filter(claim=claim)] == [
        "more than 70 killed",
        "between 10 and 15 injured",
    ]
    lines = ClaimEvent.objects.filter(claim=claim).values_list("old_value", "new_value")
    assert sorted(lines) == [
        ("4 destroyed (armored vehicles)", "between 10 and 15 injured"),
        ("5 destroyed (SUVs)", ""),
    ]


def test_a_denial_is_corrected_to_its_words_and_stance(extracted, editor):
    # The editor widens the denial to its verb and judges it an assertion of the denial.
    claim = Claim.objects.get(article=extracted, text="having anything to do with the attacks")
    assert claim.as_said == "Ukraine denies: having anything to do with the attacks"
    words = "denied having anything to do with the attacks"
    start = SEED.index(words)
    claim.correct(
        by=editor,
        **correction(claim, start=start, end=start + len(words), stance=Claim.Stance.ASSERTS),
    )
    claim.refresh_from_db()
    assert (claim.text, claim.stance) == (words, "asserts")
    assert "denies:" not in claim.as_said
    changed = dict(ClaimEvent.objects.filter(claim=claim).values_list("field", "new_value"))
    assert changed == {"text": words, "stance": "asserts"}


def test_a_stale_correction_is_refused_and_changes_nothing(extracted, editor, second_editor):
    claim = toll(extracted)
    seen = correction(claim, kind=Claim.Kind.FIGURE)
    Claim.objects.get(pk=claim.pk).set_verdict(verdict="verified", by=second_editor)
    with pytest.raises(ClaimConflict):
        claim.correct(by=editor, **seen)
    assert Claim.objects.get(pk=claim.pk).kind == Claim.Kind.CASUALTY


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": 10, "end": 5}, "inside the article"),
        ({"end": len(SEED) + 5}, "inside the article"),
        ({"kind": "rumour"}, "Unknown kind"),
    ],
)
def test_a_correction_outside_the_rules_is_refused(extracted, editor, changes, message):
    claim = toll(extracted)
    with pytest.raises(ValidationError, match=message):
        claim.correct(by=editor, **correction(claim, **changes))
    assert not ClaimEvent.objects.filter(claim=claim).exists()


def test_a_lower_bound_above_the_upper_bound_is_refused(extracted, editor):
    claim = toll(extracted)
    figures = figures_of(claim)
    figures[0].update(lower=Decimal(80), upper=Decimal(75))
    with pytest.raises(ValidationError, match="lower bound"):
        claim.correct(by=editor, **correction(claim, figures=figures))


def test_a_claim_cannot_take_the_span_of_another(extracted, editor):
    claim, other = Claim.objects.filter(article=extracted, kind="casualty")[:2]
    with pytest.raises(ValidationError, match="Another claim"):
        claim.correct(by=editor, **correction(claim, start=other.start, end=other.end))


def test_an_added_claim_is_the_editors_and_audited(extracted, editor):
    words = "The information cannot be verified independently."
    start = SEED.index(words)
    kremlin = Speaker.objects.get(name="Kremlin")
    claim = Claim.add(
        article=extracted,
        by=editor,
        start=start,
        end=start + len(words),
        kind=Claim.Kind.STATEMENT,
        speaker=kremlin,
    )
    assert (claim.text, claim.created_by, claim.speaker) == (words, editor, kremlin)
    assert claim.attribution_state == Claim.AttributionState.CONFIRMED
    (event,) = claim.events.all()
    assert (event.action, event.new_value, event.user) == ("added", words, editor)


def test_re_extraction_keeps_corrected_and_added_claims(extracted, editor):
    claim = toll(extracted)
    figures = figures_of(claim)
    figures[0]["qualifier"] = "more than"
    claim.correct(by=editor, **correction(claim, figures=figures))
    words = "The information cannot be verified independently."
    start = SEED.index(words)
    added = Claim.add(
        article=extracted, by=editor, start=start, end=start + len(words), kind="statement"
    )

    Article.objects.filter(pk=extracted.pk).update(extraction_state="queued")
    extract_articles(article_ids=[extracted.pk])

    assert Quantity.objects.filter(claim=claim)[0].worded == "more than 70 killed"
    assert Claim.objects.filter(pk=added.pk, text=words).exists()
    assert Claim.objects.filter(article=extracted, start=claim.start, end=claim.end).count() == 1


def test_a_split_claim_gives_each_part_its_words_figures_history_and_evidence(extracted, editor):
    claim = toll(extracted)
    claim.add_evidence(by=editor, stance="context", url="https://mil.example/briefing")
    claim.set_verdict(verdict="unverifiable", by=editor, note="Only the ministry says so.")
    at = SEED.index("four armored vehicles")

    first, second = claim.split(by=editor, expected_version=3, at=at, second_figures=[1, 2])

    assert first.text == "More than 70 Ukrainian terrorists,"
    assert second.text == "four armored vehicles and five SUVs were killed"
    assert [q.worded for q in first.quantities.all()] == ["more than 70 killed"]
    assert [q.worded for q in second.quantities.all()] == ["4 destroyed", "5 destroyed"]
    for part in (first, second):
        assert (part.verdict, part.speaker.name) == ("unverifiable", "Igor Konashenkov")
        assert part.evidence.get().url == "https://mil.example/briefing"
        assert [e.action for e in part.events.all()] == ["evidence", "verdict", "split"]
    assert second.created_by == editor


def test_a_split_outside_the_claim_or_on_a_stale_version_is_refused(extracted, editor):
    claim = toll(extracted)
    count = Claim.objects.filter(article=extracted).count()
    with pytest.raises(ValidationError, match="inside the claim"):
        claim.split(by=editor, expected_version=1, at=claim.end + 3)
    with pytest.raises(ClaimConflict):
        claim.split(by=editor, expected_version=7, at=SEED.index("four armored"))
    assert Claim.objects.filter(article=extracted).count() == count
    assert Claim.objects.get(pk=claim.pk).text == claim.text


def _adjacent(article: Article) -> tuple[Claim, Claim]:
    fled = Claim.objects.get(article=article, text="Many people have fled.")
    fired = Claim.objects.get(article=article, text__startswith="Ukrainian fighters fired")
    return fled, fired


def test_merged_claims_keep_both_histories_evidence_figures_and_the_verdict(extracted, editor):
    fled, fired = _adjacent(extracted)
    fired.add_evidence(by=editor, stance="supports", url="https://belgorod.example/shelling")
    fired.set_verdict(verdict="verified", by=editor)

    merged = fled.merge_with(other=fired, by=editor, expected_version=1, other_version=3)

    assert merged.text == SEED[fled.start : fired.end]
    assert merged.verdict == "verified"
    assert [q.category for q in merged.quantities.all()] == ["displaced"]
    assert merged.evidence.get().url == "https://belgorod.example/shelling"
    actions = [(e.action, e.field) for e in merged.events.all()]
    assert actions == [
        ("evidence", ""),
        ("verdict", "verdict"),
        ("combined", "text"),
        ("combined", "verdict"),
    ]
    assert not Claim.objects.filter(pk=fired.pk).exists()


def test_claims_with_different_final_verdicts_are_not_merged(extracted, editor):
    fled, fired = _adjacent(extracted)
    fled.set_verdict(verdict="verified", by=editor)
    fired.set_verdict(verdict="false", by=editor, note="No shelling that day.")
    with pytest.raises(ValidationError, match="different verdicts"):
        fled.merge_with(other=fired, by=editor, expected_version=None, other_version=None)
    assert Claim.objects.filter(pk=fired.pk).exists()


def test_only_adjacent_claims_are_merged(extracted, editor):
    fled, _ = _adjacent(extracted)
    damage = Claim.objects.get(article=extracted, text__startswith="Damage was noted")
    with pytest.raises(ValidationError, match="adjacent"):
        fled.merge_with(other=damage, by=editor, expected_version=None, other_version=None)


def test_a_merge_on_a_stale_version_of_the_other_claim_is_refused(extracted, editor):
    fled, fired = _adjacent(extracted)
    fired.set_verdict(verdict="verified", by=editor)
    with pytest.raises(ClaimConflict):
        fled.merge_with(other=fired, by=editor, expected_version=1, other_version=1)
    assert Claim.objects.filter(pk=fired.pk).exists()


def test_moving_a_claim_to_the_same_words_elsewhere_is_recorded(db, editor):
    text = "Police said 40 homes were destroyed. Later, 40 homes were destroyed again."
    article = Article.objects.create(title="Twice", text=text, content_hash="twice")
    claim = Claim.add(article=article, by=editor, start=12, end=35, kind="damage")
    later = text.index("40 homes", 20)
    claim.correct(**correction(claim, start=later, end=later + 23), by=editor)
    claim.refresh_from_db()
    assert (claim.start, claim.text) == (later, "40 homes were destroyed")
    event = claim.events.get(action="correction")
    assert event.note == f"Moved to the same words at characters {later}–{later + 23}."
