"""The figure ledger at scale: a story of 2,000 articles and 20,000 figures in a
200,000-claim database, conflict detection for a new article, and 1,000 webhook
deliveries to a receiver that fails every third call.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimdesk .venv/bin/python bench/ledger.py

Fills a dedicated database once (kept between runs; pass --rebuild to refill);
name `pages`, `detection` or `webhooks` to run only those parts. BENCH_DB names
another database (a copy of a filled one, say) instead of `claimdesk_bench_ledger`.
Story pages are whole requests through Django's test client; the baseline is the
page of a story of 10 articles, so the ratios hold across machines, and its query
count must equal the big story's.
"""

import datetime
import os
import random
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._setup import bench_database, setup_django  # noqa: E402

CLAIMS = 200_000
STORY_ARTICLES = 2_000
FIGURES_PER_ARTICLE = 10
CLAIMS_PER_ARTICLE = 10
SOURCES = 40
DAYS = 30
RUNS = 20
WARMUP = 2
DETECTIONS = 20
EVENTS = 1_000
SPAN = 30


def fill() -> None:
    from django.core.management import call_command
    from django.db import connection

    from claims.models import Claim, Quantity
    from sources.models import Article, Outlet, Speaker
    from tracking.models import Story, StoryArticle

    rng = random.Random(19)
    for model in (StoryArticle, Story, Quantity, Claim, Article, Speaker, Outlet):
        model.objects.all().delete()
    outlets = Outlet.objects.bulk_create(Outlet(name=f"Outlet {n}") for n in range(50))
    speakers = Speaker.objects.bulk_create(
        Speaker(name=f"Source {n}", kind="organisation") for n in range(SOURCES)
    )
    text = "x" * (SPAN * CLAIMS_PER_ARTICLE)
    start = datetime.date(2024, 3, 1)
    articles = Article.objects.bulk_create(
        (
            Article(
                title=f"Report {n}",
                text=text,
                content_hash=f"{n:064x}",
                outlet=outlets[n % len(outlets)],
                published=start + datetime.timedelta(days=n % DAYS),
                extraction_state="done",
            )
            for n in range(CLAIMS // CLAIMS_PER_ARTICLE)
        ),
        batch_size=5000,
    )
    big = Story.objects.create(title="Earthquake", latest=start)
    small = Story.objects.create(title="Bridge collapse", latest=start)
    StoryArticle.objects.bulk_create(
        [StoryArticle(story=big, article=a) for a in articles[:STORY_ARTICLES]]
        + [
            StoryArticle(story=small, article=a)
            for a in articles[STORY_ARTICLES : STORY_ARTICLES + 10]
        ]
    )
    StoryArticle.objects.copy_from_articles()
    claims = []
    for n, article in enumerate(articles):
        for k in range(CLAIMS_PER_ARTICLE):
            offset = k * SPAN
            claims.append(
                Claim(
                    article=article,
                    start=offset,
                    end=offset + SPAN - 1,
                    text=text[offset : offset + SPAN - 1],
                    kind="casualty" if n < STORY_ARTICLES + 10 else "statement",
                    speaker=speakers[(n * 7 + k) % SOURCES],
                    speaker_text=speakers[(n * 7 + k) % SOURCES].name,
                    verdict="verified" if rng.random() < 0.05 else "pending",
                )
            )
        if len(claims) >= 10_000:
            Claim.objects.bulk_create(claims)
            claims = []
    Claim.objects.bulk_create(claims)
    story_claims = Claim.objects.filter(article__filings__story__in=[big, small]).select_related(
        "article"
    )
    Quantity.objects.bulk_create((_figure(claim, rng) for claim in story_claims), batch_size=5000)
    # Rows written in bulk bypass the summary's upkeep; the rebuild makes it. The
    # planner's statistics, as autovacuum would leave them on a live database.
    call_command("rebuild_ledger")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _figure(claim, rng):
    """A rising toll with the shapes reports use: exact, floors, ranges, approximations."""
    from claims.models import Quantity

    day = (claim.article.published - datetime.date(2024, 3, 1)).days
    toll = 20 + day * 30 + rng.randint(-15, 15)
    category = "killed" if claim.start % 60 == 0 else "injured"
    shape = rng.random()
    if shape < 0.5:
        return Quantity(claim=claim, value=toll, lower=toll, upper=toll, category=category)
    if shape < 0.75:
        return Quantity(claim=claim, value=toll, lower=toll, category=category, subject="people")
    if shape < 0.9:
        return Quantity(claim=claim, lower=toll - 10, upper=toll + 10, category=category)
    return Quantity(claim=claim, value=toll, approximate=True, category=category)


def timed(client, url: str) -> list[float]:
    for _ in range(WARMUP):
        assert client.get(url).status_code == 200, url
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, url
    return times


def queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def story_pages() -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from tracking.models import Story

    user = get_user_model().objects.filter(username="bench").first()
    if user is None:
        user = get_user_model().objects.create_superuser("bench", password="bench-password")
    client = Client()
    client.force_login(user)
    big = Story.objects.get(title="Earthquake")
    small = Story.objects.get(title="Bridge collapse")
    pages = {
        "baseline: story page, 10 articles, 100 figures": f"/tracking/stories/{small.pk}/",
        "story page, 2,000 articles, 20,000 figures": f"/tracking/stories/{big.pk}/",
        "ledger region alone (htmx), 20,000 figures": f"/tracking/stories/{big.pk}/ledger/",
        "ledger region alone (htmx), 100 figures": f"/tracking/stories/{small.pk}/ledger/",
    }
    client.defaults["HTTP_HX_REQUEST"] = "true"
    times: dict[str, list[float]] = {label: [] for label in pages}
    # Interleaved rounds, so a burst of load on the shared machine hits every page.
    for _ in range(2):
        for label, url in pages.items():
            if "htmx" not in label:
                client.defaults.pop("HTTP_HX_REQUEST", None)
            else:
                client.defaults["HTTP_HX_REQUEST"] = "true"
            times[label] += timed(client, url)
    client.defaults.pop("HTTP_HX_REQUEST", None)
    base = statistics.median(next(iter(times.values())))
    print("load average", " ".join(f"{n:.1f}" for n in os.getloadavg()))
    print("| request | p50 ms | p95 ms | × baseline | queries |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, url in pages.items():
        if "htmx" in label:
            client.defaults["HTTP_HX_REQUEST"] = "true"
        count = queries(client, url)
        client.defaults.pop("HTTP_HX_REQUEST", None)
        p50 = statistics.median(times[label])
        print(f"| {label} | {p50:.1f} | {p95(times[label]):.1f} | {p50 / base:.1f} | {count} |")


def detection() -> None:
    """A new article of 10 figures filed under the big story; its detection timed."""
    from django.db import transaction

    from claims.models import Claim, Quantity
    from sources.models import Article, Outlet, Speaker
    from tracking import conflicts, summary
    from tracking.models import Story, StoryArticle

    rng = random.Random(7)
    big = Story.objects.get(title="Earthquake")
    speakers = list(Speaker.objects.all()[:SOURCES])
    outlet = Outlet.objects.first()
    text = "x" * (SPAN * FIGURES_PER_ARTICLE)
    times = []
    found = 0
    for n in range(DETECTIONS):
        with transaction.atomic():
            article = Article.objects.create(
                title=f"New report {n}",
                text=text,
                content_hash=f"new-{n}-{time.time_ns()}",
                outlet=outlet,
                published=datetime.date(2024, 3, 1) + datetime.timedelta(days=rng.randrange(DAYS)),
                extraction_state="done",
            )
            claims = Claim.objects.bulk_create(
                Claim(
                    article=article,
                    start=k * SPAN,
                    end=k * SPAN + SPAN - 1,
                    text="x" * (SPAN - 1),
                    kind="casualty",
                    speaker=speakers[k % len(speakers)],
                )
                for k in range(FIGURES_PER_ARTICLE)
            )
            for claim in claims:
                claim.article = article
            Quantity.objects.bulk_create(_figure(claim, rng) for claim in claims)
            StoryArticle.objects.create(story=big, article=article)
            # What filing the article does before detection runs.
            summary.refresh_articles(article_ids=[article.pk])
        began = time.perf_counter()
        result = conflicts.detect_article(article_id=article.pk)
        times.append((time.perf_counter() - began) * 1000)
        found += len(result[big.pk].conflicts)
        with transaction.atomic():
            article.delete()
    print("load average", " ".join(f"{n:.1f}" for n in os.getloadavg()))
    print(
        f"conflict detection, 10 figures against 20,000: "
        f"p50 {statistics.median(times):.1f} ms, "
        f"p95 {p95(times):.1f} ms ({found} conflicts over {DETECTIONS} articles)"
    )


class Receiver(BaseHTTPRequestHandler):
    calls = 0
    delivered: list[int] = []
    lock = threading.Lock()

    def do_POST(self):  # noqa: N802 - the http.server name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with Receiver.lock:
            Receiver.calls += 1
            failing = Receiver.calls % 3 == 0
            if not failing:
                Receiver.delivered.append(int(body.split(b'"id":', 1)[1].split(b",", 1)[0]))
        self.send_response(500 if failing else 204)
        self.end_headers()

    def log_message(self, *args):
        pass


def webhook_deliveries() -> None:
    """1,000 alerts to a receiver failing every third call, retried in process."""
    from django.conf import settings
    from django.db import transaction

    from tracking import follows
    from tracking.models import Alert, Webhook, WebhookDelivery
    from workbench.celery import app

    settings.INGEST_ALLOW_PRIVATE_URLS = True
    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Webhook.objects.all().delete()
    Alert.objects.all().delete()
    webhook = Webhook.objects.create(url=f"http://127.0.0.1:{server.server_port}/hook")
    began = time.perf_counter()
    for n in range(EVENTS):
        with transaction.atomic():
            follows.raise_alert(kind=Alert.Kind.FIGURE, text=f"Event {n}", user_ids=[])
    elapsed = time.perf_counter() - began
    server.shutdown()
    log = WebhookDelivery.objects.filter(webhook=webhook)
    delivered = log.filter(state=WebhookDelivery.State.DELIVERED).count()
    retried = log.filter(attempts__gt=1).count()
    duplicates = len(Receiver.delivered) - len(set(Receiver.delivered))
    print(
        f"webhooks: {EVENTS} events, {Receiver.calls} posts, {delivered} delivered in the log, "
        f"{retried} after a retry, {duplicates} received twice, {elapsed:.1f} s"
    )


def main() -> None:
    # The test client's host.
    os.environ["ALLOWED_HOSTS"] = "testserver"
    url = bench_database(os.environ.get("BENCH_DB", "claimdesk_bench_ledger"))
    setup_django(url)
    from claims.models import Claim

    if "--rebuild" in sys.argv or Claim.objects.count() < CLAIMS:
        began = time.perf_counter()
        fill()
        print(f"filled in {time.perf_counter() - began:.0f} s")
    # Name parts to run only those: pages, detection, webhooks.
    wanted = set(sys.argv[1:]) - {"--rebuild"} or {"pages", "detection", "webhooks"}
    for name, part in (
        ("pages", story_pages),
        ("detection", detection),
        ("webhooks", webhook_deliveries),
    ):
        if name in wanted:
            part()


if __name__ == "__main__":
    main()
