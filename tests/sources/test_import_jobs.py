"""Import jobs: a large upload read by a worker a chunk at a time, resumed without
duplicates, with a report line for every item."""

import csv
import datetime
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from kombu.exceptions import OperationalError as BrokerError

import sources.imports
from sources import imports
from sources.models import Article, ImportJob, ImportLine
from sources.tasks import import_task, requeue_stalled_imports
from tests.imports import finished, run_imports

pytestmark = pytest.mark.django_db

GOOD = "A storm hit {n} towns on the coast, officials said, and {n} roads were closed."


def big_jsonl(lines: int = 10_000) -> tuple[bytes, dict[int, str]]:
    """Good lines with, every tenth line from the tenth, a repeat of the line before,
    a raw NUL, a broken line and a blank line; and what each line should become."""
    rows, expected = [], {}
    for number in range(1, lines + 1):
        kind = number % 10
        if kind == 0 and number > 10:
            row, expected[number] = rows[-1], "duplicate"
        elif kind == 3:
            row = '{"title": "Raw", "text": "A raw \x00 byte."}'
            expected[number] = "rejected"
        elif kind == 7:
            row, expected[number] = '{"title": "Cut off", "text": "A sto', "rejected"
        elif kind == 5:
            row = "   "
        else:
            row = json.dumps({"title": f"Storm {number}", "text": GOOD.format(n=number)})
            expected[number] = "imported"
        rows.append(row)
    return ("\n".join(rows) + "\n").encode(), expected


def start(editor, data: bytes, name: str = "wire.jsonl") -> ImportJob:
    return imports.start_upload_job(uploads=[imports.Upload(name, data)], created_by=editor)


def test_a_10000_line_upload_is_imported_whole_with_a_line_of_report_each(editor_client):
    data, expected = big_jsonl()
    assert len(data) > 500_000
    response = editor_client.post(
        reverse("claims:article_upload"), {"files": [SimpleUploadedFile("wire.jsonl", data)]}
    )
    page = finished(editor_client, response)
    job = ImportJob.objects.get()
    counts = {status: list(expected.values()).count(status) for status in set(expected.values())}
    assert job.state == ImportJob.State.DONE and job.done == job.total == len(expected)
    assert (job.imported, job.duplicates, job.rejected) == (
        counts["imported"],
        counts["duplicate"],
        counts["rejected"],
    )
    assert Article.objects.count() == counts["imported"]
    lines = list(job.lines.order_by("number"))
    assert [line.number for line in lines] == list(range(1, len(expected) + 1))
    by_line = {int(line.item.rsplit(" ", 1)[1]): line for line in lines}
    assert {n: line.status for n, line in by_line.items()} == expected
    # A repeat names the article of the line it repeats.
    assert by_line[20].article_id == by_line[19].article_id is not None
    assert "already in the workbench (same text)" in by_line[20].reason
    assert "Line 13: this line holds a NUL byte (U+0000)" in by_line[13].reason
    assert "Line 17: this is not valid JSON." in by_line[17].reason
    assert Article.objects.get(pk=by_line[1].article_id).title == "Storm 1"
    summary = f"{job.imported} imported, {job.duplicates} duplicate, {job.rejected} rejected"
    assert f"{summary}, {len(expected)} in all" in page.text


def test_a_job_redelivered_after_a_chunk_goes_on_and_stores_every_article_once(editor):
    data, expected = big_jsonl(450)
    job = start(editor, data)
    # A worker takes the job, commits one chunk and dies: the broker hands the same
    # task to another worker.
    assert imports.take_job(job_id=job.pk, task_id="first")
    assert imports.run_chunk(job_id=job.pk, task_id="first")
    job.refresh_from_db()
    assert (job.state, job.done) == (ImportJob.State.RUNNING, imports.CHUNK_ITEMS)
    import_task.apply(args=[job.pk], task_id="first")
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE and job.done == len(expected)
    assert Article.objects.count() == job.imported == list(expected.values()).count("imported")
    assert job.lines.count() == len(expected)
    titles = list(Article.objects.values_list("title", flat=True))
    assert len(titles) == len(set(titles))


def test_a_worker_killed_mid_chunk_leaves_nothing_of_it_and_the_rerun_stores_it_once(
    editor, monkeypatch
):
    data, expected = big_jsonl(450)
    job = start(editor, data)
    real = sources.imports.import_document
    stored = []

    def dies_at_the_250th(*, document, created_by=None):
        if len(stored) == 250:
            raise SystemExit("killed")  # what a worker's death looks like from inside
        stored.append(document.title)
        return real(document=document, created_by=created_by)

    monkeypatch.setattr(sources.imports, "import_document", dies_at_the_250th)
    with pytest.raises(SystemExit):
        import_task.apply(args=[job.pk], task_id="dying")
    job.refresh_from_db()
    assert job.state == ImportJob.State.RUNNING and job.done == imports.CHUNK_ITEMS
    assert Article.objects.count() == job.imported
    monkeypatch.setattr(sources.imports, "import_document", real)
    # Lost, not redelivered: the sweeper sends it again once it has been quiet too long.
    ImportJob.objects.filter(pk=job.pk).update(
        heartbeat_at=job.heartbeat_at - datetime.timedelta(hours=1)
    )
    assert requeue_stalled_imports(older_than=datetime.timedelta(minutes=10)) == 1
    run_imports()
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE and job.done == len(expected)
    assert Article.objects.count() == list(expected.values()).count("imported")
    assert sorted(job.lines.values_list("number", flat=True)) == list(range(1, len(expected) + 1))


def test_a_job_that_kills_its_worker_again_and_again_fails_with_a_message(editor):
    job = start(editor, big_jsonl(30)[0])
    for _ in range(imports.MAX_ATTEMPTS):
        assert imports.take_job(job_id=job.pk, task_id="same")
    assert not imports.take_job(job_id=job.pk, task_id="same")
    job.refresh_from_db()
    assert job.state == ImportJob.State.FAILED
    assert "stopped the worker reading it 3 times" in job.error


def test_a_stale_task_cannot_store_a_chunk_of_a_job_handed_to_another(editor):
    job = start(editor, big_jsonl(30)[0])
    assert imports.take_job(job_id=job.pk, task_id="old")
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.QUEUED)
    assert imports.take_job(job_id=job.pk, task_id="new")
    assert not imports.run_chunk(job_id=job.pk, task_id="old")
    assert not ImportLine.objects.exists() and not Article.objects.exists()


def test_a_job_stored_while_the_queue_is_down_waits_and_the_sweeper_sends_it(
    editor_client, monkeypatch, django_capture_on_commit_callbacks
):
    def unreachable(*args, **kwargs):
        raise BrokerError("Connection refused.")

    monkeypatch.setattr(import_task, "delay", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("claims:article_upload"),
            {"files": [SimpleUploadedFile("a.txt", b"Floods killed 12 people.")]},
        )
    job = ImportJob.objects.get()
    assert job.state == ImportJob.State.WAITING
    assert "Waiting for the queue" in editor_client.get(response.url).text
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stalled_imports(older_than=datetime.timedelta(hours=1)) == 1
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE and Article.objects.count() == 1


def test_a_large_jsonl_from_the_command_line_is_stored_in_parts_keeping_line_numbers(
    tmp_path, settings, capsys
):
    from django.core.management import call_command

    settings.INGEST_MAX_UPLOAD_BYTES = 4_000
    data, expected = big_jsonl(120)
    path = tmp_path / "wire.jsonl"
    path.write_bytes(data)
    with pytest.raises(Exception, match="rejected"):
        call_command("import_articles", str(path), "--no-progress")
    job = ImportJob.objects.get()
    assert job.sources.count() > 2
    assert all(len(s.content) <= 4_000 for s in job.sources.all())
    out = capsys.readouterr().out
    assert f"rejected  {path} line 117: Line 117: this is not valid JSON." in out
    assert job.done == len(expected) and Article.objects.count() == job.imported


# --- the job's page ---------------------------------------------------------------------


def test_the_progress_page_polls_with_htmx_until_the_job_is_done(editor_client, editor):
    job = start(editor, big_jsonl(450)[0])
    url = reverse("claims:import_job", args=[job.pk])
    page = editor_client.get(url)
    assert "<html" in page.text and f'hx-get="{url}"' in page.text
    assert "0 of 405 done" in page.text
    assert imports.take_job(job_id=job.pk, task_id="t")
    imports.run_chunk(job_id=job.pk, task_id="t")
    fragment = editor_client.get(url, headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and "200 of 405 done" in fragment.text
    assert 'hx-trigger="every 1s"' in fragment.text
    while imports.run_chunk(job_id=job.pk, task_id="t"):
        pass
    done = editor_client.get(url, headers={"HX-Request": "true"})
    assert done.headers["HX-Refresh"] == "true"
    report = editor_client.get(url)
    assert "hx-trigger" not in report.text
    assert report.text.count('<tr class="outcome-') == 100
    assert "?cursor=" in report.text


def test_the_report_pages_and_downloads_as_csv_safe_for_spreadsheets(editor_client, editor):
    lines = [json.dumps({"title": f"T{n}", "text": GOOD.format(n=n)}) for n in range(150)]
    job = start(editor, "\n".join(lines).encode(), name="=HYPERLINK(1).jsonl")
    run_imports()
    url = reverse("claims:import_job", args=[job.pk])
    first = editor_client.get(url).text
    cursor = first.split("?cursor=")[1].split('"')[0]
    second = editor_client.get(f"{url}?cursor={cursor}".replace("&amp;", "&")).text
    assert second.count('<tr class="outcome-') == 50
    assert "=HYPERLINK(1).jsonl line 150" in second
    response = editor_client.get(reverse("claims:import_report", args=[job.pk]))
    assert response["Content-Disposition"] == f'attachment; filename="import-{job.pk}-report.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0].lstrip("\ufeff") == "number" and len(rows) == 151
    assert rows[1][1] == "'=HYPERLINK(1).jsonl line 1" and rows[1][2] == "imported"
    assert rows[1][4].endswith(reverse("claims:article_review", args=[rows[1][3]]))


@pytest.mark.parametrize("name", ["import_job", "import_report"])
def test_only_the_importer_or_an_editor_sees_a_job_and_viewers_never(
    name, editor, client, second_editor_client, viewer_client, outsider_client
):
    job = start(editor, b"Floods killed 12 people.", name="a.txt")
    url = reverse(f"claims:{name}", args=[job.pk])
    assert client.get(url).status_code == 302  # to sign in
    assert viewer_client.get(url).status_code == 403
    assert outsider_client.get(url).status_code == 403
    assert second_editor_client.get(url).status_code == 200


def test_an_adder_who_is_not_an_editor_sees_only_their_own_jobs(editor, viewer, client):
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(viewer)
    theirs = start(viewer, b"Floods killed 12 people.", name="a.txt")
    others = start(editor, b"Fires burnt 3 homes.", name="b.txt")
    assert client.get(reverse("claims:import_job", args=[theirs.pk])).status_code == 200
    assert client.get(reverse("claims:import_job", args=[others.pk])).status_code == 403


def test_a_failed_job_can_be_resumed_from_where_it_stopped(editor_client, editor):
    job = start(editor, big_jsonl(450)[0])
    assert imports.take_job(job_id=job.pk, task_id="t")
    imports.run_chunk(job_id=job.pk, task_id="t")
    imports.fail_job(job_id=job.pk, error="OperationalError: the database went away")
    url = reverse("claims:import_job", args=[job.pk])
    page = editor_client.get(url).text
    assert "The import stopped: OperationalError: the database went away" in page
    editor_client.post(reverse("claims:import_resume", args=[job.pk]))
    run_imports()
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE and job.done == 405 and job.error == ""
    assert Article.objects.count() == job.imported


def test_resuming_needs_a_signed_in_adder_and_a_post(viewer_client, editor_client, editor):
    job = start(editor, b"Floods killed 12 people.", name="a.txt")
    url = reverse("claims:import_resume", args=[job.pk])
    assert viewer_client.post(url).status_code == 403
    assert editor_client.get(url).status_code == 405
