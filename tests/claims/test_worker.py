"""Round trips through a real Celery worker on Redis and PostgreSQL (CI provides both)."""

from pathlib import Path

import pytest

from claims.models import Claim
from sources.models import Article
from sources.services import create_article
from tests.workers import wait_until

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "belgorod-2023-05-23.txt").read_text()


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


@pytest.mark.django_db
def test_saved_article_is_extracted_in_process_without_a_broker(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        article = create_article(title="Belgorod", text=SEED)
    article.refresh_from_db()
    assert article.extraction_state == "done", article.extraction_error
    assert Claim.objects.filter(article=article, kind="casualty").exists()
