"""The desk's corrections as gold annotations, and what they say about the extractor."""

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims.extraction.evaluation import evaluate
from claims.gold import desk_corrections
from claims.models import Claim, Quantity
from claims.services import extract_articles
from sources.models import Article, Speaker

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()
ADDED = "The information cannot be verified independently."
REJECTED = "In addition, the ministry released a video"
FIRED = "Ukrainian fighters fired at Graivoron"
INJURED = "12 civilians were injured by the shelling"


def figures_of(claim: Claim) -> list[dict]:
    return [{n: getattr(q, n) for n in Quantity.EDITABLE} for q in claim.quantities.all()]


@pytest.fixture
def reviewed(db, editor):
    """The seed article as the extractor stored it, then reviewed by hand: one figure
    corrected, one speaker corrected, one claim added, one rejected, the rest verified."""
    article = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    extract_articles(article_ids=[article.pk])
    claims = Claim.objects.filter(article=article)

    injured = claims.get(text=INJURED)
    figures = figures_of(injured)
    # The governor gave an exact count, not a range that happens to be 12 to 12.
    figures[0].update(lower=None, upper=None)
    injured.correct(
        by=editor,
        expected_version=None,
        start=injured.start,
        end=injured.end,
        kind=injured.kind,
        stance=injured.stance,
        hedged=injured.hedged,
        figures=figures,
    )
    gladkov = Speaker.objects.get(name="Vyacheslav Gladkov")
    claims.get(text__startswith=FIRED).set_attribution(speaker=gladkov, by=editor)
    start = SEED.index(ADDED)
    Claim.add(article=article, by=editor, start=start, end=start + len(ADDED), kind="statement")
    claims.get(text__startswith=REJECTED).set_verdict(verdict="not_a_claim", by=editor)
    for claim in claims.pending():
        claim.set_verdict(verdict="verified", by=editor)
    return article


def export(tmp_path, *args) -> Path:
    path = tmp_path / "desk.jsonl"
    call_command("export_gold", *args, "-o", str(path), stderr=io.StringIO())
    return path


def test_the_unchanged_extractor_scores_below_one_exactly_where_the_desk_corrected_it(
    reviewed, tmp_path
):
    path = export(tmp_path)
    scores = evaluate(path)

    problems = {
        (p["problem"], (p.get("evidence") or p.get("text"))[:37]) for p in scores["problems"]
    }
    assert problems == {
        ("missed quantity", INJURED[:37]),
        ("extra quantity", INJURED[:37]),
        ("wrong speaker", FIRED),
        ("missed claim", ADDED[:37]),
    }
    assert scores["quantity_recall"] < 1 and scores["quantity_precision"] < 1
    assert scores["speaker_accuracy"] < 1 and scores["statement_recall"] < 1
    assert scores["hedge_accuracy"] == 1.0 and scores["false_figures"] == 0
    output = io.StringIO()
    call_command("evaluate_extraction", str(path), stdout=output)
    assert "missed claim" in output.getvalue()


def test_the_export_leaves_out_not_a_claim_and_keeps_the_desks_words(reviewed, tmp_path):
    (document,) = [json.loads(line) for line in export(tmp_path).read_text().splitlines()]
    texts = [c["evidence"] for c in document["claims"]]
    assert ADDED in texts and not any(t.startswith(REJECTED) for t in texts)
    injured = next(c for c in document["claims"] if c["evidence"] == INJURED)
    assert injured["quantities"][0] | {"subject": ""} == {
        "value": 12,
        "lower": None,
        "upper": None,
        "approximate": False,
        "qualifier": "",
        "category": "injured",
        "subject": "",
    }
    fired = next(c for c in document["claims"] if c["evidence"].startswith(FIRED))
    assert fired["speaker"] == "Vyacheslav Gladkov"
    assert SEED[fired["start"] : fired["end"]] == fired["evidence"]


def test_a_denial_is_exported_with_its_stance(reviewed, tmp_path, editor):
    words = "having anything to do with the attacks"
    claim = Claim.objects.get(article=reviewed, text=words)
    assert claim.stance == Claim.Stance.DENIES
    (document,) = [json.loads(line) for line in export(tmp_path).read_text().splitlines()]
    denial = next(c for c in document["claims"] if c["evidence"] == words)
    assert (denial["stance"], denial["speaker"]) == ("denies", "Ukraine")


def test_an_editors_stance_correction_is_what_the_export_says(reviewed, tmp_path, editor):
    words = "having anything to do with the attacks"
    claim = Claim.objects.get(article=reviewed, text=words)
    claim.correct(
        by=editor,
        expected_version=None,
        start=claim.start,
        end=claim.end,
        kind=claim.kind,
        stance=Claim.Stance.ASSERTS,
        hedged=claim.hedged,
    )
    (document,) = [json.loads(line) for line in export(tmp_path).read_text().splitlines()]
    corrected = next(c for c in document["claims"] if c["evidence"] == words)
    assert corrected["stance"] == "asserts"


def test_only_fully_reviewed_articles_are_exported(reviewed, tmp_path, editor):
    other = Article.objects.create(title="Other", text=SEED + " ", content_hash="other")
    extract_articles(article_ids=[other.pk])
    Claim.objects.filter(article=other).first().set_verdict(verdict="verified", by=editor)
    ids = [json.loads(line)["id"] for line in export(tmp_path).read_text().splitlines()]
    assert ids == [f"article-{reviewed.pk}"]
    assert export(tmp_path, "--article", str(other.pk)).read_text() == ""
    tomorrow = (timezone.now() + datetime.timedelta(days=1)).date().isoformat()
    assert export(tmp_path, "--since", tomorrow).read_text() == ""


def test_the_desk_corrections_count_what_editors_changed(reviewed):
    desk = desk_corrections(since=timezone.now().date() - datetime.timedelta(days=30))
    proposed = Claim.objects.filter(article=reviewed, created_by__isnull=True).count()
    assert (desk.articles, desk.proposed) == (1, proposed)
    shares = {label: (n, of) for label, n, of, _ in desk.shares}
    assert shares == {
        "Speaker corrected": (1, proposed),
        "Figure edited": (1, proposed),
        "Claim added": (1, proposed),
        "Rejected as not a claim": (1, proposed),
    }
    assert sorted(desk.common) == [
        ("Claim added", 1),
        ("Figure edited", 1),
        ("Rejected as not a claim", 1),
        ("Speaker corrected", 1),
    ]


def test_the_dashboard_shows_how_often_the_desk_corrects_the_extractor(reviewed, editor_client):
    page = editor_client.get("/").content.decode()
    proposed = Claim.objects.filter(article=reviewed, created_by__isnull=True).count()
    assert 'id="desk-corrections"' in page
    assert f"1 reviewed article, {proposed} claims proposed by the extractor" in page
    assert f'<th scope="row">Figure edited</th><td>{round(100 / proposed)}%</td>' in page
    assert "Most common corrections" in page


def test_the_dashboard_says_when_nothing_was_reviewed(editor_client):
    page = editor_client.get("/").content.decode()
    assert "No article has been fully reviewed in the last 30 days." in page
