"""Extractor throughput against bare spaCy, with no Django or worker involved.

    .venv/bin/python bench/extraction_core.py [--words 30000] [--rounds 5]

Runs bare `nlp.pipe` and the full extractor in alternation on the same texts
(the seeds and test fixture articles, repeated) and reports the median of
each in words per second, and their ratio.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_docs, get_nlp  # noqa: E402


def corpus(min_words: int) -> list[str]:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures").glob("**/*.txt")
    )
    texts = [path.read_text("utf-8") for path in sources]
    out, words = [], 0
    while words < min_words:
        for text in texts:
            out.append(text)
            words += len(text.split())
    return out


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def bare_and_full(texts: list[str], rounds: int) -> tuple[float, float]:
    """Median seconds of bare `nlp.pipe` and of the extractor, run in alternation."""
    nlp = get_nlp()
    list(extract_docs(texts[:4]))  # load and warm up outside the timings
    bare, full = [], []
    for _ in range(rounds):
        bare.append(timed(lambda: list(nlp.pipe(texts))))
        full.append(timed(lambda: list(extract_docs(texts))))
    return statistics.median(bare), statistics.median(full)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    bare, full = bare_and_full(texts, args.rounds)
    bare_rate, full_rate = words / bare, words / full
    print(f"words          {words:,}")
    print(f"bare spaCy     {bare_rate:,.0f} words/s")
    print(f"extractor      {full_rate:,.0f} words/s")
    print(f"ratio          {full_rate / bare_rate:.2f}")


if __name__ == "__main__":
    main()
