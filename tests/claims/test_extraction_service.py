"""Storing extraction runs: reviewed work survives re-extraction, runs never duplicate."""

import threading
from pathlib import Path

import pytest
from django.db import connections

from claims.extraction import EXTRACTOR_VERSION, extract
from claims.models import Claim, ClaimEvent, Evidence
from claims.services import claim_extraction, extract_article, store_claims
from claims.tasks import extract_article_task
from sources.models import Article, Speaker

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()


@pytest.fixture
def seed_article(db):
    return Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")


def test_extraction_stores_claims_with_speakers_from_the_registry(seed_article):
    extract_article(article_id=seed_article.pk)
    seed_article.refresh_from_db()
    assert seed_article.extraction_state == "done"
    assert seed_article.extractor_version == EXTRACTOR_VERSION
    claims = Claim.objects.filter(article=seed_article)
    assert claims.count() == len(extract(SEED))
    injured = claims.get(quantities__category="injured")
    assert injured.speaker.name == "Vyacheslav Gladkov"
    assert injured.text == SEED[injured.start : injured.end]
    assert Speaker.objects.filter(name="Vyacheslav Gladkov").count() == 1


def test_re_extraction_replaces_untouched_claims_and_keeps_reviewed_ones(seed_article, editor):
    extract_article(article_id=seed_article.pk)
    claims = Claim.objects.filter(article=seed_article)
    total = claims.count()
    reviewed = claims.get(quantities__category="injured")
    reviewed.set_verdict(verdict="unverifiable", by=editor, note="No hospital list yet")
    reviewed.add_evidence(by=editor, stance="context", url="https://example.org/governor")
    untouched_ids = set(claims.exclude(pk=reviewed.pk).values_list("pk", flat=True))

    Article.objects.filter(pk=seed_article.pk).update(extraction_state="queued")
    extract_article(article_id=seed_article.pk)

    assert claims.count() == total
    assert claims.filter(pk=reviewed.pk, verdict="unverifiable").exists()
    assert Evidence.objects.filter(claim=reviewed).count() == 1
    assert ClaimEvent.objects.filter(claim=reviewed).count() == 2
    assert not untouched_ids & set(claims.values_list("pk", flat=True))


def test_a_finished_or_running_article_is_not_taken_twice(seed_article):
    assert claim_extraction(article_id=seed_article.pk, task_id="a")
    assert not claim_extraction(article_id=seed_article.pk, task_id="b")
    # The same task, redelivered after its worker died, may take its run back.
    assert claim_extraction(article_id=seed_article.pk, task_id="a")


def test_a_bad_article_fails_with_a_readable_error_and_the_task_returns(seed_article, monkeypatch):
    def broken(text):
        raise ValueError("text has no sentences")

    monkeypatch.setattr("claims.extraction.extract", broken)
    assert extract_article_task.delay(seed_article.pk).get() is None
    seed_article.refresh_from_db()
    assert seed_article.extraction_state == "failed"
    assert seed_article.extraction_error == "ValueError: text has no sentences"


def test_task_for_a_deleted_article_returns_quietly(db):
    assert extract_article_task.delay(123_456).get() is None


@pytest.mark.postgres
def test_two_runs_storing_at_once_leave_one_set_of_claims(transactional_db):
    article = Article.objects.create(title="Belgorod", text=SEED, content_hash="seed")
    extracted = extract(SEED)
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait(5)
            store_claims(article_id=article.pk, extracted=extracted, version=EXTRACTOR_VERSION)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert Claim.objects.filter(article=article).count() == len(extracted)
    assert Speaker.objects.filter(name="Vyacheslav Gladkov").count() == 1
