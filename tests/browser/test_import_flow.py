"""An editor uploads a JSON Lines file and watches the import job's page fill in, in Chromium."""

import json

import pytest
from playwright.sync_api import expect

from claims.tasks import extract_article_task
from sources import imports
from sources.models import ImportJob
from sources.tasks import import_task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_job_page_shows_progress_then_the_report(signed_in, live_server, monkeypatch):
    page = signed_in
    # The job is queued but no worker has taken it yet: the test plays the worker. No
    # extraction runs here either: in this thread it would lock SQLite's tables.
    monkeypatch.setattr(import_task, "delay", lambda *args, **kwargs: None)
    monkeypatch.setattr(extract_article_task, "delay", lambda *args, **kwargs: None)
    rows = [
        json.dumps({"title": f"Storm {n}", "text": f"A storm hit {n} towns, officials said."})
        for n in range(450)
    ]
    rows[10] = "{broken"
    page.goto(live_server.url + "/articles/add/upload/")
    page.set_input_files(
        "#id_files",
        files=[
            {
                "name": "wire.jsonl",
                "mimeType": "application/jsonl",
                "buffer": "\n".join(rows).encode(),
            }
        ],
    )
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#import-progress")).to_contain_text("0 of 450 done")
    job = ImportJob.objects.get()
    assert imports.take_job(job_id=job.pk, task_id="test")
    imports.run_chunk(job_id=job.pk, task_id="test")
    # No reload: the page asks for the progress every second.
    expect(page.locator("#import-progress")).to_contain_text("200 of 450 done")
    expect(page.locator("#import-progress")).to_contain_text(
        "199 imported, 0 duplicate, 1 rejected"
    )
    while imports.run_chunk(job_id=job.pk, task_id="test"):
        pass
    expect(page.get_by_role("link", name="Download as CSV")).to_be_visible()
    expect(page.locator("#import-progress")).to_contain_text(
        "449 imported, 0 duplicate, 1 rejected, 450 in all"
    )
    broken = page.get_by_role("row", name="wire.jsonl line 11")
    expect(broken).to_contain_text("Line 11: this is not valid JSON.")
    page.get_by_role("link", name="Storm 0", exact=True).click()
    expect(page.get_by_role("heading", name="Storm 0")).to_be_visible()
