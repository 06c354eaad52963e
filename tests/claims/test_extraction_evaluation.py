"""Scoring extracted claims against gold annotations."""

import json

import pytest

from claims.extraction import ExtractedClaim, ExtractedQuantity
from claims.extraction.evaluation import GoldDocument, format_report, load_gold, score

TEXT = (
    "Governor Ana Ruiz said 12 civilians were injured in the shelling. "
    "The war began 15 months ago. Many people have fled."
)


def gold_quantity(value, category, lower="=", upper="=", approximate=False):
    return {
        "value": value,
        "lower": value if lower == "=" else lower,
        "upper": value if upper == "=" else upper,
        "approximate": approximate,
        "category": category,
        "subject": "civilians",
    }


def gold_document(claims, not_quantities=()):
    return GoldDocument("doc", TEXT, claims, list(not_quantities))


def predicted(fragment, quantities=(), speaker=None, hedged=False, number=None):
    start = TEXT.index(fragment)
    qs = []
    for value, category in quantities:
        at = TEXT.index(number or str(value), start)
        qs.append(ExtractedQuantity(value, value, value, False, category, "civilians", at, at + 2))
    return ExtractedClaim(
        start=start,
        end=start + len(fragment),
        text=fragment,
        kind="casualty" if qs else "statement",
        speaker=speaker,
        speaker_kind="person" if speaker else None,
        speaker_role=None,
        speaker_inferred=False,
        attribution="said" if speaker else "",
        hedged=hedged,
        hedge="reportedly" if hedged else None,
        quantities=tuple(qs),
    )


INJURED = {
    "evidence": "said 12 civilians were injured",
    "kind": "casualty",
    "speaker": "Ana Ruiz",
    "hedged": False,
    "quantities": [gold_quantity(12, "injured")],
}

FLED = {
    "evidence": "Many people have fled.",
    "kind": "statement",
    "speaker": None,
    "hedged": False,
    "quantities": [],
}


def test_a_quantity_matches_when_spans_overlap_and_values_and_category_agree():
    claims = [predicted("12 civilians were injured", [(12, "injured")], speaker="ana ruiz")]
    result = score([gold_document([INJURED])], [claims])
    assert (result["quantity_precision"], result["quantity_recall"]) == (1.0, 1.0)
    assert result["speaker_accuracy"] == 1.0  # names compare case-insensitively


def test_a_quantity_with_the_wrong_category_is_both_missed_and_extra():
    claims = [predicted("12 civilians were injured", [(12, "killed")])]
    result = score([gold_document([INJURED])], [claims])
    assert (result["quantity_precision"], result["quantity_recall"]) == (0.0, 0.0)
    assert result["quantity_f1"] == 0.0


def test_a_quantity_outside_the_evidence_does_not_match():
    claims = [predicted("Many people have fled.", [(12, "injured")], number="Many")]
    result = score([gold_document([INJURED])], [claims])
    assert result["quantity_recall"] == 0.0
    assert result["statement_recall"] == 0.0


def test_statement_recall_counts_gold_claims_overlapped_by_any_prediction():
    claims = [predicted("Governor Ana Ruiz said", speaker="Ana Ruiz")]
    result = score([gold_document([INJURED, FLED])], [claims])
    assert result["statement_recall"] == 0.5
    assert result["statement_recall_by_kind"] == {"casualty": 1.0, "statement": 0.0}


def test_speaker_and_hedge_are_judged_on_the_best_overlapping_claim():
    claims = [
        predicted("Governor", speaker="Someone Else"),
        predicted(
            "said 12 civilians were injured in the shelling", speaker="Ana Ruiz", hedged=True
        ),
    ]
    result = score([gold_document([INJURED])], [claims])
    assert result["speaker_accuracy"] == 1.0
    assert result["hedge_accuracy"] == 0.0


def test_hedged_claims_count_doubts_dropped_and_doubts_invented():
    hedged_injured = {**INJURED, "hedged": True}
    war = {**FLED, "evidence": "The war began 15 months ago.", "hedged": True}
    claims = [
        predicted("12 civilians were injured", [(12, "injured")], hedged=True),
        predicted("Many people have fled.", hedged=True),
    ]
    result = score([gold_document([hedged_injured, FLED, war])], [claims])
    # found: the injured claim; false: the fled claim; missed: the war claim, never extracted
    assert (result["hedged_found"], result["hedged_false"], result["hedged_missed"]) == (1, 1, 1)
    assert result["hedged_f1"] == pytest.approx(0.5)
    assert "hedged claims      P 0.50  R 0.50  F1 0.50  (1 found, 1 false, 1 missed)" in (
        format_report(result)
    )


def test_optional_claims_are_neither_rewarded_nor_penalised():
    optional = {**INJURED, "optional": True}
    claims = [predicted("12 civilians were injured", [(12, "killed")])]
    result = score([gold_document([optional])], [claims])
    assert result["gold_claims"] == 0
    assert result["gold_quantities"] == 0
    assert result["predicted_quantities"] == 0


def test_a_false_figure_is_a_number_read_from_a_not_quantities_phrase():
    claims = [
        predicted("The war began 15 months ago.", [(15, "other")]),
        predicted("12 civilians were injured", [(12, "injured")]),
    ]
    result = score([gold_document([INJURED], ["15 months ago"])], [claims])
    assert result["false_figures"] == 1
    assert "false figures      1 of 1 non-figures" in format_report(result)


def test_a_claim_spanning_a_not_quantities_phrase_is_fine_if_its_number_is_elsewhere():
    claims = [predicted(TEXT[: TEXT.index("Many")], [(12, "injured")])]
    result = score([gold_document([INJURED], ["15 months ago"])], [claims])
    assert result["false_figures"] == 0


def test_gold_files_resolve_article_paths_from_the_folders_above(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(TEXT, encoding="utf-8")
    gold_dir = tmp_path / "tests" / "gold"
    gold_dir.mkdir(parents=True)
    (gold_dir / "b.txt").write_text("Inline neighbour.", encoding="utf-8")
    lines = [
        {"id": "a", "file": "seeds/a.txt", "claims": []},
        {"id": "b", "file": "b.txt", "claims": []},
        {"id": "c", "text": "Inline text.", "claims": []},
    ]
    gold = gold_dir / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    documents = load_gold(gold)
    assert [d.text for d in documents] == [TEXT, "Inline neighbour.", "Inline text."]


def test_a_missing_article_file_is_reported(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "file": "nowhere.txt", "claims": []}) + "\n")
    with pytest.raises(FileNotFoundError):
        load_gold(gold)


def test_evidence_missing_from_the_article_is_an_error():
    wrong = {**INJURED, "evidence": "not in the article"}
    with pytest.raises(ValueError, match="evidence not in text"):
        score([gold_document([wrong])], [[]])


def test_the_report_summarises_scores_and_lists_problems():
    claims = [predicted("12 civilians were injured", [(12, "killed")])]
    report = format_report(score([gold_document([INJURED])], [claims]))
    assert "quantities         P 0.00  R 0.00" in report
    assert "missed quantity" in report
    assert "extra quantity" in report


def test_stance_is_read_from_gold_and_defaults_to_asserts():
    from dataclasses import replace

    denial = {**INJURED, "stance": "denies"}
    claim = predicted("said 12 civilians were injured", [(12, "injured")], speaker="Ana Ruiz")
    asserted = score([gold_document([INJURED])], [[claim]])
    assert (asserted["stance_accuracy"], asserted["stance_total"]) == (1.0, 1)
    missed = score([gold_document([denial])], [[claim]])
    assert missed["stance_accuracy"] == 0.0
    assert any(p["problem"] == "wrong stance" for p in missed["problems"])
    found = score([gold_document([denial])], [[replace(claim, stance="denies")]])
    assert found["stance_accuracy"] == 1.0
    assert "stance accuracy" in format_report(found)


def test_the_extract_claims_command_prints_stance_and_qualifier(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    article = tmp_path / "a.txt"
    article.write_text("At least 12 people died, police said.", "utf-8")
    out = StringIO()
    call_command("extract_claims", str(article), stdout=out)
    [claim] = json.loads(out.getvalue())
    assert claim["stance"] == "asserts"
    assert claim["quantities"][0]["qualifier"] == "At least"
