"""Score the extractor against gold annotations (JSON lines, one article each).

An article is given inline as "text" or as a "file" path, looked up in the gold
file's folder and then in each folder above it, nearest first (so both
"seeds/x.txt" from a repository root and a file beside the gold file work).

Definitions, all over claims not marked `optional` (those are neither rewarded
nor penalised: a predicted quantity that matches no required gold quantity but
sits in an optional claim's evidence is left out of precision):

- A predicted claim *overlaps* a gold claim when their character spans overlap
  (the gold span is where its `evidence` first occurs in the article).
- Quantities: a predicted quantity matches a gold one when its claim overlaps
  the gold evidence and value, lower, upper and category agree; each is
  matched at most once. Precision, recall and F1 follow.
- Statement recall: the share of gold claims, of any kind, overlapped by at
  least one predicted claim (also broken down by gold kind).
- For each overlapped gold claim the predicted claim with the largest overlap
  is its match. Speaker accuracy: over matched gold claims with a speaker, the
  share whose match names the same speaker (case-insensitive). Hedge accuracy:
  over matched gold claims, the share whose match agrees on `hedged`.
  Stance accuracy: over matched gold claims, the share whose match agrees
  on `stance` ("asserts" when the gold line leaves it out).
- Hedged claims: a gold claim marked `hedged` is found when its match is
  hedged too, and missed when its match is not or it has none; a matched gold
  claim not marked `hedged` whose match is hedged is a false one. Precision,
  recall and F1 follow, so a doubt the extractor drops and a doubt it invents
  both count, which hedge accuracy over every claim hides.
- False figures: predicted quantities read from a `not_quantities` string,
  i.e. whose own number lies inside an occurrence of that string.

A rate with an empty denominator is reported as 1.0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .extractor import ExtractedClaim, ExtractedQuantity, extract_docs


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    claims: list[dict[str, Any]]
    not_quantities: list[str]


def _resolve(name: str, gold_path: Path) -> Path:
    """A "file" entry is relative to the gold file's folder or any folder above it."""
    for folder in [gold_path.parent, *gold_path.parent.parents]:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{name} (referenced by {gold_path.name})")


def load_gold(gold_path: str | Path) -> list[GoldDocument]:
    path = Path(gold_path)
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = record.get("text")
        if text is None:
            text = _resolve(record["file"], path).read_text(encoding="utf-8")
        documents.append(
            GoldDocument(
                id=record.get("id", ""),
                text=text,
                claims=record.get("claims", []),
                not_quantities=record.get("not_quantities", []),
            )
        )
    return documents


def evaluate(gold_path: str | Path) -> dict[str, Any]:
    """Run the extractor over every gold article and score it."""
    documents = load_gold(gold_path)
    predictions = list(extract_docs(d.text for d in documents))
    return score(documents, predictions)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-9


def _quantity_agrees(predicted: ExtractedQuantity, gold: dict[str, Any]) -> bool:
    return (
        _same_number(predicted.value, gold.get("value"))
        and _same_number(predicted.lower, gold.get("lower"))
        and _same_number(predicted.upper, gold.get("upper"))
        and predicted.category == gold.get("category")
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _evidence_span(document: GoldDocument, claim: dict[str, Any]) -> tuple[int, int]:
    start = document.text.find(claim["evidence"])
    if start < 0:
        raise ValueError(f"{document.id}: evidence not in text: {claim['evidence']!r}")
    return start, start + len(claim["evidence"])


def score(documents: list[GoldDocument], predictions: list[list[ExtractedClaim]]) -> dict[str, Any]:
    """Score predicted claims (one list per document) against the gold documents."""
    totals = {
        "gold_quantities": 0,
        "predicted_quantities": 0,
        "matched_quantities": 0,
        "gold_claims": 0,
        "matched_claims": 0,
        "speaker_total": 0,
        "speaker_correct": 0,
        "hedge_total": 0,
        "hedge_correct": 0,
        "hedged_found": 0,
        "hedged_false": 0,
        "hedged_missed": 0,
        "stance_total": 0,
        "stance_correct": 0,
        "false_figures": 0,
        "not_quantities": 0,
    }
    by_kind: dict[str, list[int]] = {}
    problems: list[dict[str, Any]] = []
    for document, claims in zip(documents, predictions, strict=True):
        _score_document(document, claims, totals, by_kind, problems)
    precision = _ratio(totals["matched_quantities"], totals["predicted_quantities"])
    recall = _ratio(totals["matched_quantities"], totals["gold_quantities"])
    return {
        "documents": len(documents),
        **totals,
        "quantity_precision": precision,
        "quantity_recall": recall,
        "quantity_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "statement_recall": _ratio(totals["matched_claims"], totals["gold_claims"]),
        "statement_recall_by_kind": {k: _ratio(v[0], v[1]) for k, v in sorted(by_kind.items())},
        "speaker_accuracy": _ratio(totals["speaker_correct"], totals["speaker_total"]),
        "hedge_accuracy": _ratio(totals["hedge_correct"], totals["hedge_total"]),
        **_hedged_scores(totals),
        "stance_accuracy": _ratio(totals["stance_correct"], totals["stance_total"]),
        "problems": problems,
    }


def _score_document(
    document: GoldDocument,
    claims: list[ExtractedClaim],
    totals: dict[str, int],
    by_kind: dict[str, list[int]],
    problems: list[dict[str, Any]],
) -> None:
    required = [(c, _evidence_span(document, c)) for c in document.claims if not c.get("optional")]
    optional = [_evidence_span(document, c) for c in document.claims if c.get("optional")]

    # quantities
    predicted = [(c, q) for c in claims for q in c.quantities]
    used: set[int] = set()
    for gold, span in required:
        for gold_quantity in gold.get("quantities", []):
            totals["gold_quantities"] += 1
            for n, (claim, quantity) in enumerate(predicted):
                if (
                    n not in used
                    and _overlap((claim.start, claim.end), span)
                    and _quantity_agrees(quantity, gold_quantity)
                ):
                    used.add(n)
                    totals["matched_quantities"] += 1
                    break
            else:
                problems.append(
                    {
                        "document": document.id,
                        "problem": "missed quantity",
                        "evidence": gold["evidence"],
                        "quantity": gold_quantity,
                    }
                )
    for n, (claim, quantity) in enumerate(predicted):
        if n in used:
            continue
        if any(_overlap((claim.start, claim.end), span) for span in optional):
            continue
        totals["predicted_quantities"] += 1
        problems.append(
            {
                "document": document.id,
                "problem": "extra quantity",
                "text": claim.text,
                "quantity": quantity.to_dict(),
            }
        )
    totals["predicted_quantities"] += len(used)

    # claims, speakers, hedges
    for gold, span in required:
        totals["gold_claims"] += 1
        kind = by_kind.setdefault(gold.get("kind", "statement"), [0, 0])
        kind[1] += 1
        overlapping = [c for c in claims if _overlap((c.start, c.end), span)]
        if not overlapping:
            totals["hedged_missed"] += bool(gold.get("hedged"))
            problems.append(
                {"document": document.id, "problem": "missed claim", "evidence": gold["evidence"]}
            )
            continue
        totals["matched_claims"] += 1
        kind[0] += 1
        match = max(overlapping, key=lambda c: (_overlap((c.start, c.end), span), -c.start))
        if gold.get("speaker"):
            totals["speaker_total"] += 1
            if (match.speaker or "").casefold() == gold["speaker"].casefold():
                totals["speaker_correct"] += 1
            else:
                problems.append(
                    {
                        "document": document.id,
                        "problem": "wrong speaker",
                        "evidence": gold["evidence"],
                        "gold": gold["speaker"],
                        "predicted": match.speaker,
                    }
                )
        totals["stance_total"] += 1
        gold_stance = gold.get("stance") or "asserts"
        if match.stance == gold_stance:
            totals["stance_correct"] += 1
        else:
            problems.append(
                {
                    "document": document.id,
                    "problem": "wrong stance",
                    "evidence": gold["evidence"],
                    "gold": gold_stance,
                    "predicted": match.stance,
                }
            )
        totals["hedge_total"] += 1
        if gold.get("hedged"):
            totals["hedged_found" if match.hedged else "hedged_missed"] += 1
        elif match.hedged:
            totals["hedged_false"] += 1
        if match.hedged == bool(gold.get("hedged")):
            totals["hedge_correct"] += 1
        else:
            problems.append(
                {
                    "document": document.id,
                    "problem": "wrong hedge",
                    "evidence": gold["evidence"],
                    "gold": bool(gold.get("hedged")),
                }
            )

    # numbers that are not claim figures
    totals["not_quantities"] += len(document.not_quantities)
    for phrase in document.not_quantities:
        start = document.text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            for claim, quantity in predicted:
                if _overlap((quantity.start, quantity.end), (start, end)):
                    totals["false_figures"] += 1
                    problems.append(
                        {
                            "document": document.id,
                            "problem": "false figure",
                            "not_quantity": phrase,
                            "text": claim.text,
                        }
                    )
            start = document.text.find(phrase, end)


def _hedged_scores(totals: dict[str, int]) -> dict[str, float]:
    found = totals["hedged_found"]
    precision = _ratio(found, found + totals["hedged_false"])
    recall = _ratio(found, found + totals["hedged_missed"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"hedged_precision": precision, "hedged_recall": recall, "hedged_f1": f1}


def format_report(result: dict[str, Any]) -> str:
    """A short human-readable summary of `score`/`evaluate` output."""
    lines = [
        f"documents          {result['documents']}",
        "quantities         P {:.2f}  R {:.2f}  F1 {:.2f}"
        "  ({} gold, {} predicted, {} matched)".format(
            result["quantity_precision"],
            result["quantity_recall"],
            result["quantity_f1"],
            result["gold_quantities"],
            result["predicted_quantities"],
            result["matched_quantities"],
        ),
        "statement recall   {:.2f}  ({}/{}; {})".format(
            result["statement_recall"],
            result["matched_claims"],
            result["gold_claims"],
            ", ".join(f"{k} {v:.2f}" for k, v in result["statement_recall_by_kind"].items()),
        ),
        "speaker accuracy   {:.2f}  ({}/{})".format(
            result["speaker_accuracy"], result["speaker_correct"], result["speaker_total"]
        ),
        "hedge accuracy     {:.2f}  ({}/{})".format(
            result["hedge_accuracy"], result["hedge_correct"], result["hedge_total"]
        ),
        "hedged claims      P {:.2f}  R {:.2f}  F1 {:.2f}  ({} found, {} false, {} missed)".format(
            result["hedged_precision"],
            result["hedged_recall"],
            result["hedged_f1"],
            result["hedged_found"],
            result["hedged_false"],
            result["hedged_missed"],
        ),
        "stance accuracy    {:.2f}  ({}/{})".format(
            result["stance_accuracy"], result["stance_correct"], result["stance_total"]
        ),
        f"false figures      {result['false_figures']} of {result['not_quantities']} non-figures",
    ]
    for problem in result["problems"]:
        details = ", ".join(
            f"{k}={v!r}" for k, v in problem.items() if k not in {"document", "problem"}
        )
        lines.append(f"  {problem['document']}: {problem['problem']}: {details}")
    return "\n".join(lines)
