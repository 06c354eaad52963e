"""Score the extractor on two public annotated news corpora.

    .venv/bin/python bench/corpus_eval.py --polnear PATH --gvdb PATH [--split dev|train]
        [--half A|B] [--offset N] [--limit N] [--misses N]

Neither corpus is part of this repository: give the folders they were
unpacked into. Only the train and dev splits are read; the test splits are
held out and this script refuses them.

PolNeAR (political news, attribution relations)
    PATH holds `<split>/text/<name>.txt` and `<split>/attributions/<name>_<annotator>.ann`
    (brat standoff). An article annotated by several annotators is scored once,
    with the first annotation file in name order. Relations marked Discard or
    Discuss are skipped.

    - An attribution is *found* when an attributed predicted claim (one with a
      speaker, an anonymous source or an attribution phrase) overlaps the
      gold content span by at least one character. Recall is reported over
      all attributions and over those whose content holds no quotation mark.
    - Speaker accuracy is over found attributions whose gold source is a
      noun phrase (bare pronouns such as "he", "they", "I" are left out: the
      corpus carries no coreference to check them against). Among the
      attributed claims overlapping the content, the one with the largest
      overlap is the match; its speaker is correct when, lower-cased and
      without determiners and possessive endings, a content word of the
      gold source occurs in the predicted speaker or a word of the
      predicted speaker occurs in the gold source ("Trump" and "Donald
      Trump", "sources" and "sources"), or when one is a short form in
      capitals the other's initials spell ("IMF" and "International
      Monetary Fund").

GVDB (local gun-violence reports, crowd-annotated)
    PATH holds `<split>.tsv` (columns: id, url, title, full text, JSON, worker).
    The article is its title on one line and the body (the full text minus the
    title it starts with) below. The true counts are the annotated victims:
    killed = victims marked killed; injured = victims marked injured or
    hospitalized and not killed.

    `--half A` keeps the articles with an even id, `--half B` those with an odd
    one. Rules written from one half's failures are checked on the other, so a
    split with no unseen partner (GVDB has no train split here) still shows
    overfitting.

    - Only the lead incident's figures are scored: a figure the extractor marks
      as background (another incident, a running tally) is not the article's
      count, as the ledger does not take it for one either.
    - A figure *reads* a count n when its value is n, or, with no value, its
      lower and upper bounds are given and enclose n.
    - Killed found: over articles with at least one killed victim, the share
      where some extracted `killed` figure reads the true count. Injured found
      likewise.
    - Over-read: over articles where the extractor read at least one killed
      or injured figure, the share where some such figure claims more than
      the true count of its category (its value, or its lower bound when it
      has no value, is above the count).
    - The same over-read is also printed over the articles with at least one
      annotated victim: an article whose annotator listed no victim at all
      counts as a true count of zero, so every victim it reports is an
      over-read there. Only the first figure is the corpus's measure.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction import ExtractedClaim, extract_docs  # noqa: E402

QUOTE_MARKS = set('“”"«»„')
PRONOUNS = {
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me",
    "his", "its", "their", "who", "which", "that", "one", "this", "these", "those",
}  # fmt: skip
STOP = {"the", "a", "an", "of", "'s", "’s", "and", "for", "in", "on", "at", "to", "'", "’"}
SPLITS = {"train", "dev"}
HALVES = {"A": 0, "B": 1}  # GVDB article id parity


# -- PolNeAR -------------------------------------------------------------------


@dataclass(frozen=True)
class GoldAttribution:
    content: list[tuple[int, int]]
    content_text: str
    source: str | None
    cue: str | None = None


def _parse_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, pieces, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(arg.split(":", 1) for arg in parts[1].split())
            relations.append(args)
    found = []
    for args in relations:
        kind = next((k for k in args if k.startswith("Attribution")), None)
        if kind is None or "Content" not in args or args["Content"] not in spans:
            continue
        label, content, text = spans[args["Content"]]
        if label != "Content":
            continue
        source = spans[args["Source"]][2] if args.get("Source") in spans else None
        cue = spans[args["Cue"]][2] if args.get("Cue") in spans else None
        found.append(GoldAttribution(content, text, source, cue))
    return found


def load_polnear(
    root: Path, split: str, limit: int | None, offset: int = 0
) -> list[tuple[str, str, list]]:
    folder = root / split
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        annotations.setdefault(name, ann)
    articles = []
    for name, ann in sorted(annotations.items())[offset:]:
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            continue
        articles.append((name, text_path.read_text("utf-8"), _parse_ann(ann)))
        if limit and len(articles) >= limit:
            break
    return articles


def _words(text: str) -> set[str]:
    tokens = re.findall(r"[\w’'-]+", text.casefold())
    return {t.removesuffix("’s").removesuffix("'s") for t in tokens} - STOP


def _attributed(claim: ExtractedClaim) -> bool:
    return bool(claim.speaker or claim.speaker_kind or claim.attribution)


def _short_for(short: str, name: str) -> bool:
    """Whether a short form in capitals ("IMF") spells the initials of the
    name's capitalised words ("International Monetary Fund")."""
    initials = "".join(w[0] for w in re.findall(r"[\w’'-]+", name) if w[0].isupper())
    return any(len(w) > 1 and w.isupper() and w == initials for w in re.findall(r"\w+", short))


def speaker_matches(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    gold_words, predicted_words = _words(gold), _words(predicted)
    # the corpus marks the source as written; a short form and the full name
    # it stands for are the same source
    return (
        bool(gold_words & predicted_words)
        or _short_for(gold, predicted)
        or _short_for(predicted, gold)
    )


def score_polnear(articles, show: int = 0) -> dict[str, float]:
    found = total = found_plain = total_plain = spk_total = spk_ok = 0
    misses: list[str] = []
    wrong: list[str] = []
    predictions = extract_docs(text for _, text, _ in articles)
    for (name, text, gold), claims in zip(articles, predictions, strict=True):
        attributed = [c for c in claims if _attributed(c)]
        for attribution in gold:
            plain = not any(ch in QUOTE_MARKS for ch in attribution.content_text)
            total += 1
            total_plain += plain

            def overlap(c: ExtractedClaim, pieces=attribution.content) -> int:
                return sum(max(0, min(c.end, b) - max(c.start, a)) for a, b in pieces)

            hits = [c for c in attributed if overlap(c) > 0]
            if not hits:
                if len(misses) < show:
                    misses.append(
                        f"{name}: [{attribution.source}] <{attribution.cue}>"
                        f" {attribution.content_text}"
                    )
                continue
            found += 1
            found_plain += plain
            source = (attribution.source or "").strip()
            if not source or _words(source) <= PRONOUNS:
                continue
            match = max(hits, key=overlap)
            spk_total += 1
            if speaker_matches(source, match.speaker):
                spk_ok += 1
            elif len(wrong) < show:
                wrong.append(
                    f"{name}: gold {source!r} predicted {match.speaker!r}"
                    f" ({match.speaker_kind}): {text[match.start : match.end][:160]}"
                )
    return {
        "articles": len(articles),
        "attributions": total,
        "found": found,
        "recall": found / total if total else 1.0,
        "recall_no_quotes": found_plain / total_plain if total_plain else 1.0,
        "speaker_checked": spk_total,
        "speaker_accuracy": spk_ok / spk_total if spk_total else 1.0,
        "misses": misses,
        "wrong_speakers": wrong,
    }


# -- GVDB ----------------------------------------------------------------------


@dataclass(frozen=True)
class GunArticle:
    id: str
    text: str
    killed: int
    injured: int


def load_gvdb(
    root: Path, split: str, limit: int | None, half: str | None = None
) -> list[GunArticle]:
    csv.field_size_limit(1 << 30)
    path = root / f"{split}.tsv"
    if not path.is_file():
        sys.exit(f"No {split}.tsv under the GVDB folder.")
    articles = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t")
        next(rows, None)
        for row in rows:
            if len(row) < 5:
                continue
            if half is not None and int(row[0]) % 2 != HALVES[half]:
                continue
            title, body = row[2].strip(), row[3]
            if title and body.startswith(title):
                body = body[len(title) :]
            victims = json.loads(row[4]).get("victim-section", []) or []
            outcomes = [set(v.get("victim-was") or []) for v in victims]
            killed = sum("killed" in o for o in outcomes)
            hurt = {"injured", "hospitalized"}
            injured = sum(bool(o & hurt) and "killed" not in o for o in outcomes)
            articles.append(GunArticle(row[0], f"{title}\n{body.strip()}", killed, injured))
            if limit and len(articles) >= limit:
                break
    return articles


def reads(quantity, n: int) -> bool:
    if quantity.value is not None:
        return quantity.value == n
    lower, upper = quantity.lower, quantity.upper
    return lower is not None and upper is not None and lower <= n <= upper


def claimed_minimum(quantity):
    return quantity.value if quantity.value is not None else quantity.lower


def score_gvdb(articles: list[GunArticle], show: int = 0) -> dict[str, float]:
    with_killed = with_injured = killed_found = injured_found = 0
    reading = over = reading_annotated = over_annotated = 0
    notes: list[str] = []
    for article, claims in zip(articles, extract_docs(a.text for a in articles), strict=True):
        truth = {"killed": article.killed, "injured": article.injured}
        # Figures marked as background (another incident, a running tally) are
        # shown apart from the lead incident's toll, so they are not its count.
        quantities = [
            (c, q) for c in claims for q in c.quantities if q.category in truth and not q.background
        ]
        for category, count in truth.items():
            if count == 0:
                continue
            ok = any(q.category == category and reads(q, count) for _, q in quantities)
            if not ok and len(notes) < show:
                got = [q.value for _, q in quantities if q.category == category]
                notes.append(f"{article.id}: missed {category} {count} (read {got})")
            if category == "killed":
                with_killed += 1
                killed_found += ok
            else:
                with_injured += 1
                injured_found += ok
        annotated = article.killed + article.injured > 0
        if quantities:
            reading += 1
            reading_annotated += annotated
            above = [
                (c, q)
                for c, q in quantities
                if claimed_minimum(q) is not None and claimed_minimum(q) > truth[q.category]
            ]
            if above:
                over += 1
                over_annotated += annotated
                if len(notes) < show:
                    c, q = above[0]
                    notes.append(
                        f"{article.id}: true {truth} read {q.category} {claimed_minimum(q)}:"
                        f" {c.text[:160]}"
                    )
    return {
        "articles": len(articles),
        "with_killed": with_killed,
        "killed_found": killed_found / with_killed if with_killed else 1.0,
        "with_injured": with_injured,
        "injured_found": injured_found / with_injured if with_injured else 1.0,
        "reading_articles": reading,
        "over_read": over / reading if reading else 0.0,
        "over_read_of_all": over / len(articles) if articles else 0.0,
        "reading_annotated": reading_annotated,
        "over_read_annotated": over_annotated / reading_annotated if reading_annotated else 0.0,
        "over_reads": notes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--gvdb", type=Path)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int)
    parser.add_argument(
        "--offset", type=int, default=0, help="PolNeAR: skip the first N articles (name order)"
    )
    parser.add_argument("--half", choices=sorted(HALVES), help="GVDB: even (A) or odd (B) ids")
    parser.add_argument("--misses", type=int, default=0, help="print up to N failures of each kind")
    args = parser.parse_args()
    if args.split not in SPLITS:
        sys.exit("Only the train and dev splits may be scored; the test split is held out.")
    if args.polnear:
        result = score_polnear(
            load_polnear(args.polnear, args.split, args.limit, args.offset), args.misses
        )
        print(
            f"PolNeAR {args.split}: {result['articles']} articles,"
            f" {result['attributions']} attributions"
        )
        # three places: a round's rules move recall by a few attributions
        print(f"  attribution recall           {result['recall']:.3f}  ({result['found']} found)")
        print(f"  recall, content without quotes {result['recall_no_quotes']:.3f}")
        print(
            f"  speaker accuracy             {result['speaker_accuracy']:.3f}"
            f"  ({result['speaker_checked']} checked)"
        )
        for line in result["misses"]:
            print("  missed:", line)
        for line in result["wrong_speakers"]:
            print("  wrong speaker:", line)
    if args.gvdb:
        articles = load_gvdb(args.gvdb, args.split, args.limit, args.half)
        result = score_gvdb(articles, args.misses)
        half = f", half {args.half}" if args.half else ""
        print(f"GVDB {args.split}{half}: {result['articles']} articles")
        for category in ("killed", "injured"):
            print(
                f"  {category + ' count found':<29}{result[category + '_found']:.2f}"
                f"  (of {result['with_' + category]})"
            )
        print(
            f"  figure read above true count {result['over_read']:.2f}"
            f"  (of {result['reading_articles']} articles reading one;"
            f" {result['over_read_of_all']:.2f} of all)"
        )
        print(
            f"  the same, articles with an annotated victim {result['over_read_annotated']:.2f}"
            f"  (of {result['reading_annotated']})"
        )
        for line in result["over_reads"]:
            print("  over-read:", line)


if __name__ == "__main__":
    main()
