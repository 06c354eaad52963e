"""Correction and dashboard response times with 100,000 claims, 2,500 articles reviewed.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk .venv/bin/python bench/corrections.py

Fills a dedicated database once (kept between runs; pass --rebuild to refill) with
5,000 articles of 20 claims, of which 2,500 were fully reviewed over two
years (about 100 of them in the last 30 days, the dashboard's window) with the
corrections a desk makes (figures edited, speakers corrected, stances changed,
claims rejected). Then times whole requests through Django's test
client in interleaved rounds: the dashboard (with the desk's corrections), the
corrections summary alone, a verdict change and a figure correction from the
review page (each a real change). Ratios within the run hold across machines:
the summary's share of the dashboard, and a correction against a verdict change.
"""

import datetime
import os
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

ARTICLES = 5_000
CLAIMS_PER_ARTICLE = 20
REVIEWED = 2_500
REVIEW_DAYS = 730
RUNS = 40
WARMUP = 3
# A correction redraws the review page's text and cards: the page target applies.
PAGE_TARGET_MS = 150
SUMMARY_SHARE_TARGET = 0.5
SENTENCE = "Officials said {n} people were killed in the village of Place{k}. "


def fill() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from claims.models import Claim, ClaimEvent, Quantity
    from claims.roles import EDITORS
    from sources.models import Article, Speaker

    rng = random.Random(7)
    ClaimEvent.objects.all().delete()
    Claim.objects.all().delete()
    Article.objects.all().delete()
    Speaker.objects.all().delete()
    get_user_model().objects.filter(username="bench-editor").delete()
    editor = get_user_model().objects.create_user(username="bench-editor")
    editor.groups.add(Group.objects.get(name=EDITORS))
    speakers = Speaker.objects.bulk_create(Speaker(name=f"Speaker {n}") for n in range(500))
    now = timezone.now()
    for first in range(0, ARTICLES, 500):
        articles = Article.objects.bulk_create(
            Article(
                title=f"Article {n}",
                text="".join(SENTENCE.format(n=k + 2, k=k) for k in range(CLAIMS_PER_ARTICLE)),
                content_hash=f"bench-{n}",
                extraction_state=Article.State.DONE,
            )
            for n in range(first, first + 500)
        )
        claims = []
        for article in articles:
            reviewed = article.pk % (ARTICLES // REVIEWED) == 0
            # One review date per article, as a desk reviews an article in one go.
            reviewed_at = now - datetime.timedelta(days=rng.randint(0, REVIEW_DAYS))
            offset = 0
            for k in range(CLAIMS_PER_ARTICLE):
                sentence = SENTENCE.format(n=k + 2, k=k)
                verdict = (
                    rng.choice(["verified", "false", "not_a_claim"]) if reviewed else ("pending")
                )
                claims.append(
                    Claim(
                        article=article,
                        start=offset,
                        end=offset + len(sentence) - 1,
                        text=sentence[:-1],
                        kind="casualty",
                        speaker=rng.choice(speakers),
                        verdict=verdict,
                        verdict_at=reviewed_at if reviewed else None,
                        verdict_note="bench" if verdict == "false" else "",
                    )
                )
                offset += len(sentence)
        claims = Claim.objects.bulk_create(claims, batch_size=2000)
        Quantity.objects.bulk_create(
            (
                Quantity(claim=c, value=Decimal(2), lower=Decimal(2), category="killed")
                for c in claims
            ),
            batch_size=2000,
        )
        events = []
        for claim in claims:
            if claim.verdict_at is None or rng.random() > 0.3:
                continue
            action, field = rng.choice(
                [("correction", "figure"), ("attribution", "speaker"), ("correction", "stance")]
            )
            events.append(
                ClaimEvent(claim=claim, user=editor, action=action, field=field, old_value="a")
            )
        ClaimEvent.objects.bulk_create(events, batch_size=2000)


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def main() -> None:
    # The test client's host.
    os.environ["ALLOWED_HOSTS"] = "testserver"
    setup_django(bench_database("claimdesk_corrections_bench"))
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import timezone

    from claims.gold import desk_corrections
    from claims.models import Claim, Quantity

    if "--rebuild" in sys.argv or not Claim.objects.exists():
        started = time.perf_counter()
        fill()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
        print(f"filled in {time.perf_counter() - started:.0f} s")
    editor = get_user_model().objects.get(username="bench-editor")
    client = Client()
    client.force_login(editor)
    since = timezone.localdate() - datetime.timedelta(days=30)
    article = Claim.objects.filter(verdict="pending").order_by("pk").first().article
    review = "http://testserver" + reverse("claims:article_review", args=[article.pk])
    on_review = {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": review}
    verdict_claim, figure_claim = Claim.objects.filter(article=article).order_by("start")[:2]

    def verdict_change():
        claim = Claim.objects.get(pk=verdict_claim.pk)
        verdict = "verified" if claim.verdict == "pending" else "pending"
        return client.post(
            reverse("claims:claim_verdict", args=[claim.pk]),
            {"verdict": verdict, "version": claim.version},
            **on_review,
        )

    def figure_correction():
        claim = Claim.objects.get(pk=figure_claim.pk)
        figure = Quantity.objects.get(claim=claim)
        qualifier = "more than" if figure.qualifier != "more than" else "at least"
        data = {
            "version": claim.version,
            "start": claim.start,
            "end": claim.end,
            "kind": claim.kind,
            "stance": claim.stance,
            "q-TOTAL_FORMS": 1,
            "q-INITIAL_FORMS": 1,
            "q-0-value": "2",
            "q-0-lower": "2",
            "q-0-qualifier": qualifier,
            "q-0-category": "killed",
        }
        return client.post(reverse("claims:claim_edit", args=[claim.pk]), data, **on_review)

    requests = [
        ("dashboard", lambda: client.get(reverse("claims:dashboard"))),
        ("  its corrections summary alone", lambda: desk_corrections(since=since)),
        ("verdict change (review page)", verdict_change),
        ("figure correction (review page)", figure_correction),
    ]
    times: dict[str, list[float]] = {label: [] for label, _ in requests}
    queries: dict[str, int] = {}
    for label, run in requests:
        for _ in range(WARMUP):
            run()
        with CaptureQueriesContext(connection) as captured:
            run()
        queries[label] = len(captured)
    for _ in range(RUNS):
        for label, run in requests:
            started = time.perf_counter()
            response = run()
            times[label].append((time.perf_counter() - started) * 1000)
            status = getattr(response, "status_code", 200)
            if status != 200:
                sys.exit(f"{label}: HTTP {status}")
    print(f"\n{RUNS} timed runs per row in interleaved rounds, after {WARMUP} warm-up runs\n")
    print(f"{'request':<36} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    figures = {}
    for label, _ in requests:
        p50, p95 = percentiles(times[label])
        figures[label] = (p50, p95)
        print(f"{label:<36} {p50:>8.1f} {p95:>8.1f} {queries[label]:>8}")
    share = figures["  its corrections summary alone"][0] / figures["dashboard"][0]
    correction = figures["figure correction (review page)"]
    ratio = correction[0] / figures["verdict change (review page)"][0]
    correction_p95 = correction[1]
    print(
        f"\nsummary / dashboard (p50): {share:.2f}  "
        f"{'PASS' if share <= SUMMARY_SHARE_TARGET else 'MISS'} (≤ {SUMMARY_SHARE_TARGET})"
    )
    print(
        f"correction / verdict change (p50): {ratio:.1f}; correction p95 {correction_p95:.1f} ms  "
        f"{'PASS' if correction_p95 <= PAGE_TARGET_MS else 'MISS'} (p95 ≤ {PAGE_TARGET_MS} ms)"
    )


if __name__ == "__main__":
    main()
