"""Round trips through a real Celery worker on Redis and PostgreSQL (CI provides both)."""

from pathlib import Path

import pytest
from django.db import transaction

from claims.extraction import extract
from claims.models import Claim
from claims.track_records import refresh_speaker_stats
from sources.models import Article, Speaker
from sources.services import create_article
from tests.workers import wait_until

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()
ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _finished(article_id):
    article = Article.objects.get(pk=article_id)
    return article if article.extraction_state in ("done", "failed") else None


@pytest.mark.postgres
@pytest.mark.broker
def test_saved_article_is_extracted_by_a_real_worker(celery_worker):
    article = create_article(title="Belgorod", text=SEED)
    finished = wait_until(lambda: _finished(article.pk), timeout=120)
    assert finished.extraction_state == "done", finished.extraction_error
    claims = Claim.objects.filter(article=article)
    assert claims.filter(kind="casualty", quantities__value=12).exists()
    assert all(c.text == SEED[c.start : c.end] for c in claims)


@pytest.mark.postgres
@pytest.mark.broker
def test_articles_queued_together_are_extracted_by_one_task_of_a_real_worker(celery_worker):
    names = ["kelso-bus-crash", "valeria-floods", "karvel-mine-blast", "zorivka-strikes"]
    with transaction.atomic():  # every article is queued before the first task starts
        articles = [
            create_article(title=name, text=(ARTICLES / f"{name}.txt").read_text())
            for name in names
        ]
    wait_until(lambda: all(_finished(a.pk) for a in articles), timeout=120)

    done = Article.objects.filter(pk__in=[a.pk for a in articles])
    assert set(done.values_list("extraction_state", flat=True)) == {"done"}
    assert done.values("extraction_task_id").distinct().count() == 1
    for article in articles:
        assert Claim.objects.filter(article=article).count() == len(extract(article.text))
    counters = ["pk", "claim_count", "false_count", "false_share", "last_claim_on"]
    stored = list(Speaker.objects.order_by("pk").values_list(*counters))
    refresh_speaker_stats(speaker_ids=[row[0] for row in stored])
    assert stored == list(Speaker.objects.order_by("pk").values_list(*counters))
    assert sum(row[1] for row in stored) == Claim.objects.exclude(speaker=None).count()


@pytest.mark.postgres
@pytest.mark.broker
def test_a_verdict_change_is_recounted_by_a_real_worker(celery_worker, claim, editor):
    lopez = Speaker.objects.create(name="Maria Lopez")
    Claim.objects.filter(pk=claim.pk).update(speaker=lopez)
    claim.set_verdict(verdict="false", by=editor, note="The toll was 9")

    def counted():
        lopez.refresh_from_db()
        return (lopez.claim_count, lopez.false_count) == (1, 1)

    wait_until(counted, timeout=60)
    assert lopez.false_share == 1.0


@pytest.mark.django_db
def test_saved_article_is_extracted_in_process_without_a_broker(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        article = create_article(title="Belgorod", text=SEED)
    article.refresh_from_db()
    assert article.extraction_state == "done", article.extraction_error
    assert Claim.objects.filter(article=article, kind="casualty").exists()
