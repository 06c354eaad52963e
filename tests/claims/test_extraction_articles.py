"""Whole articles: the seed and invented reports, scored against their gold files."""

from pathlib import Path

import pytest

from claims.extraction import extract, extract_docs
from claims.extraction.evaluation import evaluate, format_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES.parents[1] / "seeds" / "belgorod-2023-05-23.txt"
PUBLIC_KEYS = {
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_kind",
    "attribution",
    "hedged",
    "hedge",
    "quantities",
    "stance",
}
QUANTITY_KEYS = {
    "value",
    "lower",
    "upper",
    "approximate",
    "category",
    "subject",
    "qualifier",
    "background",
}


@pytest.fixture(scope="module")
def seed_scores():
    return evaluate(FIXTURES / "gold" / "seed.jsonl")


@pytest.fixture(scope="module")
def article_scores():
    return evaluate(FIXTURES / "gold" / "articles.jsonl")


def test_seed_meets_the_extraction_targets(seed_scores):
    report = format_report(seed_scores)
    assert seed_scores["quantity_recall"] == 1.0, report
    assert seed_scores["quantity_precision"] >= 0.9, report
    assert seed_scores["speaker_accuracy"] >= 0.9, report
    assert seed_scores["statement_recall"] >= 0.85, report
    assert seed_scores["false_figures"] == 0, report


def test_invented_articles_meet_the_extraction_targets(article_scores):
    report = format_report(article_scores)
    assert article_scores["documents"] == 6
    assert article_scores["quantity_recall"] >= 0.9, report
    assert article_scores["quantity_precision"] >= 0.9, report
    assert article_scores["speaker_accuracy"] >= 0.9, report
    assert article_scores["statement_recall"] >= 0.85, report
    assert article_scores["false_figures"] == 0, report


def test_the_second_round_of_articles_stays_at_the_extraction_targets():
    # Written before the rules that now read them; kept as a regression guard.
    scores = evaluate(FIXTURES / "gold" / "unseen.jsonl")
    report = format_report(scores)
    assert scores["documents"] == 5
    assert scores["quantity_recall"] >= 0.9, report
    assert scores["quantity_precision"] >= 0.9, report
    assert scores["speaker_accuracy"] >= 0.9, report
    assert scores["statement_recall"] >= 0.85, report
    assert scores["false_figures"] == 0, report


def test_claims_are_sorted_and_their_text_is_the_article_span():
    text = SEED.read_text("utf-8")
    claims = extract(text)
    assert claims == sorted(claims, key=lambda c: (c.start, c.end))
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_output_has_the_public_json_shape():
    text = SEED.read_text("utf-8")
    for claim in extract(text):
        data = claim.to_dict()
        assert set(data) == PUBLIC_KEYS
        assert data["kind"] in {"casualty", "damage", "figure", "statement"}
        assert data["speaker_kind"] in {"person", "organisation", "group", "anonymous", None}
        for quantity in data["quantities"]:
            assert set(quantity) == QUANTITY_KEYS


def test_batch_extraction_matches_one_at_a_time_and_is_deterministic():
    # every eighth fixture article: batching is the same code whatever the
    # text, and the whole set (three passes over 100,000 words) grew to take
    # an eighth of the suite's time
    texts = [SEED.read_text("utf-8")] + [
        p.read_text("utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))[::8]
    ]
    batched = list(extract_docs(texts, batch_size=2))
    assert batched == [extract(t) for t in texts]
    assert batched == list(extract_docs(texts))


def test_the_header_line_date_and_durations_are_not_figures():
    text = SEED.read_text("utf-8")
    values = [q.value for c in extract(text) for q in c.quantities]
    assert 2023 not in values and 15 not in values


def test_an_unbalanced_quote_does_not_sink_the_rest_of_the_article():
    text = (
        '"We will never leave this town, said one resident.\n\n'
        "Police said 14 people were detained overnight.\n\n"
        "“The fire spread very fast,” said firefighter Ana Ruiz."
    )
    claims = extract(text)
    detained = next(c for c in claims if "14 people" in c.text)
    assert (detained.speaker, detained.quantities[0].category) == ("Police", "detained")
    assert next(c for c in claims if "fire spread" in c.text).speaker == "Ana Ruiz"


def test_empty_and_numberless_texts_give_no_figures():
    assert extract("") == []
    assert all(not c.quantities for c in extract("The talks resumed on Monday."))
