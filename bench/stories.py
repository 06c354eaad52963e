"""Stories and repeated claims at scale: 10,000 articles in 300 stories with 200,000
claims, half of them in repeated groups of 2 to 50.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/stories.py

Fills a dedicated database once (kept between runs; pass --rebuild to refill),
`claimdesk_bench_stories` unless BENCH_DB names another; name `grouping`,
`verdict` or `pages` to run only those parts.

- grouping: new articles extracted in this process by the real extractor, then
  grouped with their repeats and matched to stories (what the tracking task does
  after extraction), each timed apart, so the overhead is a ratio within one run.
  The database holds 60,000 claims nobody is quoted for and with no figure: the
  crowded key every such claim used to share.
- verdict: a verdict given to repeated claims of 50 members (p50, p95, queries),
  beside the same verdict given member by member through `Claim.set_verdict`, the
  way it was given before. With REDIS_URL, as deployed: the alerts and recounts a
  verdict sets off are queued after the commit, and queueing is part of the time.
- pages: the story list and the pages of the smallest, the median and the largest
  story (p50, p95, queries), the summary of their ledgers built first.
"""

import argparse
import datetime
import decimal
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

ARTICLES = 10_000
STORIES = 300
CLAIMS_PER_ARTICLE = 20
REPEATED = 100_000  # claims in groups of 2 to 50
UNSOURCED = 60_000  # claims with no speaker and no figure, each alone
BIG_GROUPS = 40  # groups of exactly 50, for the verdict part
NEW_ARTICLES = 20
PLACES = ["Kharkiv", "Belgorod", "Odesa", "Kherson", "Sumy", "Donetsk", "Zaporizhzhia"]


def fill() -> None:
    from claims.models import Claim, Quantity
    from sources.models import Article, Outlet, Speaker
    from tracking.models import RepeatedClaim, RepeatedClaimMember, Story, StoryArticle
    from tracking.repeats import claim_key

    rng = random.Random(18)
    for model in (StoryArticle, Story, RepeatedClaim, Quantity, Claim, Article, Speaker, Outlet):
        model.objects.all().delete()
    outlets = Outlet.objects.bulk_create(Outlet(name=f"Outlet {n}") for n in range(60))
    speakers = Speaker.objects.bulk_create(
        Speaker(name=f"Official {n}", kind="person") for n in range(400)
    )
    stories = Story.objects.bulk_create(
        Story(title=f"{PLACES[n % len(PLACES)]} events {n}", latest=datetime.date(2024, 3, 1))
        for n in range(STORIES)
    )

    # Every claim: (text, speaker or None, figure or None, group number or None).
    sizes = [50] * BIG_GROUPS
    while sum(sizes) < REPEATED:
        sizes.append(rng.randint(2, 50))
    sizes[-1] -= sum(sizes) - REPEATED
    repeated = []
    for group, size in enumerate(sizes):
        place, toll = PLACES[group % len(PLACES)], decimal.Decimal(3 + group % 400)
        text = f"{toll} civilians were injured by shelling in {place} district {group}"
        repeated.append((text, speakers[group % len(speakers)], toll, group, size))
    slots = []
    for text, speaker, toll, group, size in repeated:
        slots += [(text, speaker, toll, group)] * size
    slots += [
        (
            f"The talks on the corridor for sector {n} of {PLACES[n % 7]} ended without a deal",
            None,
            None,
            None,
        )
        for n in range(UNSOURCED)
    ]
    rest = ARTICLES * CLAIMS_PER_ARTICLE - len(slots)
    slots += [
        (
            f"Officials expect the water supply to street {n} to resume",
            speakers[n % 400],
            None,
            None,
        )
        for n in range(rest)
    ]
    # A group's members go to different articles: deal the slots out in turn.
    columns = [[] for _ in range(ARTICLES)]
    for n, slot in enumerate(slots):
        columns[n % ARTICLES].append(slot)

    start = datetime.date(2024, 3, 1)
    articles = Article.objects.bulk_create(
        (
            Article(
                title=f"{PLACES[n % 7]}: report {n}",
                text=". ".join(slot[0] for slot in columns[n]) + ".",
                content_hash=f"{n:064x}",
                outlet=outlets[n % len(outlets)],
                published=start + datetime.timedelta(days=n % 60),
                extraction_state="done",
            )
            for n in range(ARTICLES)
        ),
        batch_size=2000,
    )
    StoryArticle.objects.bulk_create(
        (StoryArticle(story=stories[n % STORIES], article=a) for n, a in enumerate(articles)),
        batch_size=5000,
    )
    StoryArticle.objects.copy_from_articles()
    groups: dict[int, RepeatedClaim] = {}
    for n, article in enumerate(articles):
        claims, figures, members = [], [], []
        offset = 0
        for text, speaker, toll, group in columns[n]:
            claim = Claim(
                article=article,
                start=offset,
                end=offset + len(text),
                text=text,
                kind="casualty" if toll else "statement",
                speaker=speaker,
                speaker_text=speaker.name if speaker else "",
            )
            offset += len(text) + 2
            claims.append(claim)
            if toll:
                figures.append(
                    Quantity(claim=claim, value=toll, lower=toll, upper=toll, category="injured")
                )
            members.append((claim, group, figures[-1:] if toll else []))
        Claim.objects.bulk_create(claims)
        for figure in figures:
            figure.claim_id = figure.claim.pk
        Quantity.objects.bulk_create(figures)
        placed = []
        for claim, group, quantities in members:
            if group is not None and group in groups:
                placed.append((claim, groups[group]))
                continue
            made = RepeatedClaim(key=claim_key(claim, quantities), text=claim.text)
            if group is not None:
                groups[group] = made
            placed.append((claim, made))
        RepeatedClaim.objects.bulk_create([g for _, g in placed if g.pk is None])
        RepeatedClaimMember.objects.bulk_create(
            RepeatedClaimMember(group=group, claim=claim) for claim, group in placed
        )
        if n % 1000 == 999:
            print(f"  {n + 1:,} articles", flush=True)


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def grouping() -> None:
    from bench.extraction_core import corpus
    from claims.services import extract_articles, mark_queued
    from claims.signals import claims_stored
    from sources.ingest.text import content_hash
    from sources.models import Article
    from tracking import repeats, stories
    from tracking.tasks import _track_stored_claims

    # The tracking task is what is timed here, apart from extraction.
    claims_stored.disconnect(_track_stored_claims)
    texts = corpus(6_000)[:NEW_ARTICLES]
    unsourced = " The talks on the corridor for sector 12 of Odesa ended without a deal."
    extraction, grouped, suggested = [], [], []
    run = time.time_ns()
    for n, text in enumerate(texts):
        article = Article.objects.create(
            title=f"{PLACES[n % 7]}: new report {n}",
            text=text + unsourced,
            content_hash=content_hash(f"{run}-{n}"),
            published=datetime.date(2024, 3, 1) + datetime.timedelta(days=n),
        )
        began = time.perf_counter()
        mark_queued(article_id=article.pk)
        extract_articles(article_ids=[article.pk])
        extraction.append(time.perf_counter() - began)
        began = time.perf_counter()
        repeats.group_article(article_id=article.pk)
        grouped.append(time.perf_counter() - began)
        began = time.perf_counter()
        stories.suggest_stories(article_id=article.pk)
        suggested.append(time.perf_counter() - began)
    total = sum(extraction)
    print(f"{len(texts)} new articles, extraction in process: {total:.2f} s")
    print(
        f"grouping: {sum(grouped):.2f} s ({100 * sum(grouped) / total:.1f}% of extraction), "
        f"p50 {1000 * statistics.median(grouped):.0f} ms per article"
    )
    print(
        f"story suggestion: {sum(suggested):.2f} s ({100 * sum(suggested) / total:.1f}%), "
        f"p50 {1000 * statistics.median(suggested):.0f} ms, "
        f"p95 {1000 * p95(suggested):.0f} ms per article"
    )
    print(f"together: {100 * (sum(grouped) + sum(suggested)) / total:.1f}% of extraction")
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


def verdict() -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim, ClaimEvent
    from tracking import repeats
    from tracking.models import RepeatedClaim

    user, _ = get_user_model().objects.get_or_create(username="bench-editor")
    fifty = list(
        RepeatedClaim.objects.annotate(size=Count("members"))
        .filter(size=50)
        .order_by("pk")[:BIG_GROUPS]
    )
    # Back to pending, as the fill left them, so every run verifies the same groups.
    members = Claim.objects.filter(repeat__group__in=fifty)
    ClaimEvent.objects.filter(claim__in=members).delete()
    Claim.objects.filter(pk__in=members.values("pk")).update(
        verdict=Claim.Verdict.PENDING, version=1, edited_at=None
    )
    RepeatedClaim.objects.filter(pk__in=[g.pk for g in fifty]).update(
        verdict=Claim.Verdict.PENDING, version=1
    )
    # A warm-up verdict opens the database's and the broker's connections.
    repeats.set_group_verdict(group=fifty[-1], verdict="verified", by=user, expected_version=1)
    times, queries = [], []
    for group in fifty[:20]:
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            repeats.set_group_verdict(group=group, verdict="verified", by=user, expected_version=1)
            times.append((time.perf_counter() - began) * 1000)
        queries.append(len(captured))
    before = []
    for group in fifty[20:22]:
        began = time.perf_counter()
        with transaction.atomic():
            for claim in Claim.objects.filter(repeat__group=group).pending().order_by("pk"):
                claim.set_verdict(verdict="verified", by=user, expected_version=claim.version)
        before.append((time.perf_counter() - began) * 1000)
    print(
        f"group verdict, 50 members: p50 {statistics.median(times):.0f} ms, "
        f"p95 {p95(times):.0f} ms, queries {min(queries)} to {max(queries)}"
    )
    print("each, ms:", " ".join(f"{t:.0f}" for t in times))
    print(f"member by member (before): {', '.join(f'{t:.0f}' for t in before)} ms")
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


def pages(rounds: int = 40) -> None:
    """The story list and story pages through Django's test client, in interleaved rounds
    after two warm-up ones: p95 ≤ 150 ms, with the same query count for every story."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tracking.models import LedgerDay, Story

    if not LedgerDay.objects.exists():
        # The fill writes figures in bulk, past the ledger summary the page reads.
        call_command("rebuild_ledger")
    user = get_user_model().objects.filter(username="bench").first()
    if user is None:
        user = get_user_model().objects.create_superuser("bench", password="bench-password")
    client = Client()
    client.force_login(user)
    sized = list(
        Story.objects.annotate(n=Count("filings")).order_by("n", "pk").values_list("pk", "n")
    )
    urls = {"story list, 300 stories": "/tracking/stories/"}
    picked = (sized[0], sized[len(sized) // 2], sized[-1])
    for name, (pk, filed) in zip(("smallest", "median", "largest"), picked, strict=True):
        urls[f"story page, {name} story ({filed} articles)"] = f"/tracking/stories/{pk}/"
    times: dict[str, list[float]] = {label: [] for label in urls}
    for round_number in range(rounds + 2):
        for label, url in urls.items():
            began = time.perf_counter()
            response = client.get(url)
            took = (time.perf_counter() - began) * 1000
            assert response.status_code == 200, url
            if round_number >= 2:
                times[label].append(took)
    print(f"load average {os.getloadavg()[0]:.2f}; {rounds} requests per page")
    print("| page | p50 ms | p95 ms | queries | target p95 ≤ 150 ms |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label, url in urls.items():
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        p50, top = statistics.median(times[label]), p95(times[label])
        met = "met" if top <= 150 else "missed"
        print(f"| {label} | {p50:.1f} | {top:.1f} | {len(captured)} | {met} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("parts", nargs="*", help="grouping, verdict, pages (default: all)")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    # BENCH_DB names another database, e.g. a copy of the filled one
    # (CREATE DATABASE ... TEMPLATE claimdesk_bench_stories) to measure a branch on.
    url = bench_database(os.environ.get("BENCH_DB", "claimdesk_bench_stories"))
    os.environ["ALLOWED_HOSTS"] = "testserver"
    setup_django(url)

    from claims.models import Claim

    if args.rebuild or Claim.objects.count() < ARTICLES * CLAIMS_PER_ARTICLE:
        began = time.perf_counter()
        fill()
        print(f"filled in {time.perf_counter() - began:.0f} s")
    from django.db import connection

    # The shared server runs without autovacuum: plan from statistics of these rows.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    run = {"grouping": grouping, "verdict": verdict, "pages": pages}
    unknown = set(args.parts) - set(run)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    for part in args.parts or list(run):
        run[part]()


if __name__ == "__main__":
    main()
