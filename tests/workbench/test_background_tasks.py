"""The quickstart's background threads: queued work answers at once and still gets done."""

import threading

import pytest
from django.urls import reverse

from claims.tasks import extract_article_task
from ops import background
from sources.models import Article


@pytest.fixture
def tasks_in_threads(settings):
    settings.TASKS_IN_THREADS = True
    yield
    # An extraction queues tracking's follow-up tasks; the teardown's flush must not
    # race them.
    assert background.wait_until_idle(60)


def test_a_task_queued_without_a_broker_runs_in_another_thread(tasks_in_threads, monkeypatch):
    ran = {}
    done = threading.Event()

    def record(self, article_id):
        ran["thread"] = threading.current_thread().name
        ran["article"] = article_id
        done.set()

    monkeypatch.setattr(extract_article_task, "run", record.__get__(extract_article_task))
    extract_article_task.delay(41)
    assert done.wait(10)
    assert ran == {"thread": ran["thread"], "article": 41}
    assert (
        ran["thread"].startswith("claimdesk-task")
        and ran["thread"] != threading.current_thread().name
    )


@pytest.mark.django_db(transaction=True)
def test_a_pasted_article_answers_before_its_claims_are_extracted(
    tasks_in_threads, editor_client, monkeypatch
):
    """The request that stores the article returns while extraction is still to run;
    the article's page shows it extracting, and the claims arrive afterwards."""
    release = threading.Event()
    finished = threading.Event()
    original = extract_article_task.run

    def held(article_id):
        release.wait(10)
        try:
            return original(article_id)
        finally:
            finished.set()

    monkeypatch.setattr(extract_article_task, "run", held)
    text = "Officials said 14 people were killed and 30 injured when the bridge collapsed."
    response = editor_client.post(
        reverse("claims:article_add"), {"title": "Bridge collapse", "text": text}
    )
    assert response.status_code == 302
    article = Article.objects.get(title="Bridge collapse")
    page = editor_client.get(reverse("claims:article_review", args=[article.pk])).text
    assert "Extracting claims" in page
    release.set()
    assert finished.wait(60)
    article.refresh_from_db()
    assert article.extraction_state == Article.State.DONE
    assert article.claims.filter(kind="casualty").exists()


@pytest.mark.django_db(transaction=True)
def test_a_pdf_export_job_page_shows_progress_while_the_pdf_is_made(
    tasks_in_threads, seed, viewer_client, monkeypatch
):
    from reports.models import ExportJob
    from reports.tasks import render_pdf_export_task

    release = threading.Event()
    finished = threading.Event()
    original = render_pdf_export_task.run

    def held(job_id):
        release.wait(10)
        try:
            return original(job_id)
        finally:
            finished.set()

    monkeypatch.setattr(render_pdf_export_task, "run", held)
    response = viewer_client.post(
        reverse("reports:job_create"), {"kind": "selection", "object_id": "", "query": ""}
    )
    job = ExportJob.objects.get()
    assert response.status_code == 302
    page = viewer_client.get(reverse("reports:job", args=[job.pk])).text
    assert 'hx-trigger="every 2s"' in page and "<progress" in page
    release.set()
    assert finished.wait(120)
    job.refresh_from_db()
    assert job.state == "done"
    assert "Download" in viewer_client.get(reverse("reports:job", args=[job.pk])).text
