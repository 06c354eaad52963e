"""Imports over the API: upload files as the screen does, then follow the job."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sources.models import Article, ImportJob
from tests.api.conftest import problem
from tests.imports import run_imports

pytestmark = pytest.mark.django_db


def jsonl(count: int, *extra: str) -> bytes:
    rows = [
        json.dumps({"title": f"Storm {n}", "text": f"A storm hit {n} towns, officials said."})
        for n in range(count)
    ]
    return "\n".join([*rows, *extra]).encode()


def upload(client, *files: tuple[str, bytes]):
    return client.post(
        "/api/imports", {"files": [SimpleUploadedFile(name, data) for name, data in files]}
    )


def test_an_upload_answers_202_with_the_job_and_its_report_pages_once_done(editor_api, editor):
    response = upload(editor_api, ("wire.jsonl", jsonl(150, "{broken")), ("a.exe", b"MZ"))
    assert response.status_code == 202, response.content
    job = response.json()
    assert (job["state"], job["total"], job["done"], job["report"]) == ("queued", 152, 0, None)
    assert response["Location"] == f"/api/imports/{job['id']}"
    assert ImportJob.objects.get().created_by == editor and not Article.objects.exists()
    run_imports()
    first = editor_api.get(response["Location"], {"limit": 100}).json()
    assert (first["state"], first["imported"], first["rejected"]) == ("done", 150, 2)
    assert len(first["report"]["items"]) == 100
    rest = editor_api.get(
        response["Location"], {"limit": 100, "cursor": first["report"]["next_cursor"]}
    ).json()["report"]
    assert rest["next_cursor"] is None
    assert [line["number"] for line in rest["items"]] == list(range(101, 153))
    assert rest["items"][-2]["reason"] == "Line 151: this is not valid JSON."
    assert "This file type (.exe) is not supported" in rest["items"][-1]["reason"]
    imported = rest["items"][0]
    assert Article.objects.get(pk=imported["article_id"]).title == "Storm 100"


def test_a_job_shows_progress_while_it_runs(editor_api):
    from sources import imports

    response = upload(editor_api, ("wire.jsonl", jsonl(450)))
    job_id = response.json()["id"]
    assert imports.take_job(job_id=job_id, task_id="t")
    imports.run_chunk(job_id=job_id, task_id="t")
    body = editor_api.get(response["Location"]).json()
    assert (body["state"], body["done"], body["total"], body["report"]) == (
        "running",
        200,
        450,
        None,
    )


def test_uploads_need_a_write_token_of_someone_who_may_add_articles(
    editor_read_api, viewer_api, editor_api
):
    problem(upload(editor_read_api, ("a.txt", b"Floods killed 12 people.")), 403)
    problem(upload(viewer_api, ("a.txt", b"Floods killed 12 people.")), 403)
    problem(editor_api.post("/api/imports"), 422)
    assert not ImportJob.objects.exists()


def test_an_upload_over_the_limit_is_413_and_stores_nothing(editor_api, settings):
    settings.INGEST_MAX_UPLOAD_BYTES = 10_000
    body = problem(upload(editor_api, ("big.txt", b"x" * 200_000)), 413)
    assert "files may be up to 10 kB in all" in body["detail"]
    assert not ImportJob.objects.exists()


def test_only_the_importer_or_an_editor_follows_a_job(
    editor_api, second_editor_api, viewer_api, outsider_api
):
    location = upload(editor_api, ("a.txt", b"Floods killed 12 people."))["Location"]
    assert second_editor_api.get(location).status_code == 200
    problem(viewer_api.get(location), 403)
    problem(outsider_api.get(location), 403)
    problem(editor_api.get("/api/imports/999999"), 404)
