"""An import job through the upload screen and a real worker on Redis and PostgreSQL."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources.models import Article, ImportJob
from tests.workers import wait_until


@pytest.mark.postgres
@pytest.mark.broker
def test_a_multi_chunk_upload_is_imported_by_a_real_worker(celery_worker, editor_client):
    rows = [
        json.dumps({"title": f"Storm {n}", "text": f"A storm hit {n} towns, officials said."})
        for n in range(500)
    ]
    rows[250] = "{broken"
    rows[300] = rows[299]
    upload = SimpleUploadedFile("wire.jsonl", "\n".join(rows).encode())
    response = editor_client.post(reverse("claims:article_upload"), {"files": [upload]})
    job = ImportJob.objects.get()
    assert response.url == reverse("claims:import_job", args=[job.pk])

    def finished():
        job.refresh_from_db()
        return job.finished

    wait_until(finished, timeout=120)
    assert job.state == ImportJob.State.DONE, job.error
    assert (job.done, job.imported, job.duplicates, job.rejected) == (500, 498, 1, 1)
    assert Article.objects.count() == 498
    assert list(job.lines.order_by("number").values_list("number", flat=True)) == list(
        range(1, 501)
    )
    duplicate = job.lines.get(number=301)
    assert duplicate.article_id == job.lines.get(number=300).article_id
