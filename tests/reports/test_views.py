"""Report downloads over HTTP, the background PDF job, and the export_report command."""

import csv
import io
import json

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from kombu.exceptions import OperationalError as BrokerError
from pypdf import PdfReader

from claims.models import Claim
from claims.roles import VIEWERS
from reports import jobs, pdf
from reports.models import ExportJob
from reports.tasks import render_pdf_export_task
from sources.models import Speaker


@pytest.fixture
def reviewed_claim(claim, editor):
    claim.set_verdict(verdict="false", by=editor, note="The morgue lists 9 <b>dead</b>.")
    return claim


def _body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json", "claimreview", "pdf"])
def test_viewer_can_download_every_format_of_an_article_report(viewer_client, reviewed_claim, fmt):
    url = reverse("reports:article", args=[reviewed_claim.article_id])
    response = viewer_client.get(url, {"format": fmt})
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("inline" if fmt == "html" else "attachment")
    assert f"claimdesk-article-{reviewed_claim.article_id}-" in disposition
    if fmt == "pdf":
        text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
        assert "At least 12 people were killed" in " ".join(text.split())
        return
    body = _body(response)
    if fmt == "json":
        assert json.loads(body)["claims"][0]["verdict_note"] == reviewed_claim.verdict_note
    elif fmt == "claimreview":
        assert json.loads(body)[0]["claimReviewed"] == reviewed_claim.text
    elif fmt == "csv":
        assert next(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))["verdict"] == "false"
    else:
        assert "At least 12 people were killed" in body
        assert "<b>dead</b>" not in body


def test_anonymous_users_cannot_export(client, reviewed_claim):
    response = client.get(reverse("reports:article", args=[reviewed_claim.article_id]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get(reverse("reports:selection"), {"format": "csv"}).status_code == 302


def test_signed_in_user_without_a_role_cannot_export(outsider_client, reviewed_claim):
    url = reverse("reports:article", args=[reviewed_claim.article_id])
    assert outsider_client.get(url).status_code == 403


def test_unknown_format_and_bad_filters_are_refused(viewer_client, reviewed_claim):
    url = reverse("reports:article", args=[reviewed_claim.article_id])
    assert viewer_client.get(url, {"format": "xlsx"}).status_code == 400
    response = viewer_client.get(reverse("reports:selection"), {"verdict": "maybe"})
    assert response.status_code == 400
    assert viewer_client.get(reverse("reports:article", args=[999999])).status_code == 404


def test_selection_export_applies_the_queue_filters(viewer_client, reviewed_claim, article):
    start = article.text.index("40 homes")
    Claim.objects.create(
        article=article, start=start, end=start + 8, text="40 homes", kind=Claim.Kind.DAMAGE
    )
    response = viewer_client.get(
        reverse("reports:selection"), {"verdict": ["false"], "format": "json"}
    )
    document = json.loads(_body(response))
    assert [c["id"] for c in document["claims"]] == [reviewed_claim.pk]
    assert document["report"]["filters"] == {"Verdict": "False"}


def test_not_a_claim_is_left_out_unless_asked_for(viewer_client, claim, editor):
    claim.set_verdict(verdict="not_a_claim", by=editor)
    url = reverse("reports:article", args=[claim.article_id])
    assert json.loads(_body(viewer_client.get(url, {"format": "json"})))["claims"] == []
    asked = viewer_client.get(url, {"format": "json", "include_not_a_claim": "1"})
    assert [c["id"] for c in json.loads(_body(asked))["claims"]] == [claim.pk]


def test_speaker_export_lists_the_speakers_claims(viewer_client, reviewed_claim, editor):
    lopez = Speaker.objects.create(name="Maria Lopez")
    reviewed_claim.set_attribution(speaker=lopez, by=editor)
    response = viewer_client.get(reverse("reports:speaker", args=[lopez.pk]), {"format": "md"})
    body = _body(response)
    assert body.startswith("# Maria Lopez") and "At least 12 people were killed" in body


def test_csv_download_streams(viewer_client, reviewed_claim):
    response = viewer_client.get(reverse("reports:selection"), {"format": "csv"})
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert next(iter(response.streaming_content)).startswith("\ufeff".encode())


def test_large_pdf_is_offered_as_a_background_job(
    viewer_client, viewer, reviewed_claim, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("reports.views.SYNC_PDF_LIMIT", 0)
    url = reverse("reports:selection")
    offer = viewer_client.get(url, {"verdict": "false", "format": "pdf"})
    assert offer.status_code == 200 and b"Prepare the PDF" in offer.content
    assert offer.context["report"].query == "verdict=false&format=pdf"
    with django_capture_on_commit_callbacks(execute=True):
        response = viewer_client.post(
            reverse("reports:job_create"),
            {"kind": "selection", "object_id": "", "query": "verdict=false"},
        )
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "reports:job", args=[job.pk]
    )
    assert (job.state, job.progress, job.requested_by) == ("done", 100, viewer)
    assert job.part_count == 0 and not job.parts.exists()  # within one part: one PDF
    page = viewer_client.get(reverse("reports:job", args=[job.pk]))
    assert b"<html" in page.content and b"The PDF is ready" in page.content
    fragment = viewer_client.get(reverse("reports:job", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert b"<html" not in fragment.content and b'id="job-status"' in fragment.content
    assert b"hx-get" not in fragment.content
    download = viewer_client.get(reverse("reports:job_download", args=[job.pk]))
    text = PdfReader(io.BytesIO(download.content)).pages[0].extract_text()
    assert "At least 12 people were killed" in " ".join(text.split())


def test_a_pdf_asked_for_while_the_queue_is_down_says_so_instead_of_waiting_forever(
    viewer_client, reviewed_claim, monkeypatch, django_capture_on_commit_callbacks
):
    def unreachable(*args, **kwargs):
        raise BrokerError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(render_pdf_export_task, "delay", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        response = viewer_client.post(
            reverse("reports:job_create"), {"kind": "selection", "query": "verdict=false"}
        )
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "reports:job", args=[job.pk]
    )
    assert job.state == "failed"
    page = viewer_client.get(reverse("reports:job", args=[job.pk]))
    assert "could not be reached. Ask for the PDF again" in page.content.decode()
    assert b"hx-get" not in page.content  # finished: the page stops polling


def test_running_job_page_polls_and_shows_progress(viewer_client, viewer, reviewed_claim):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x", total=1
    )
    ExportJob.objects.filter(pk=job.pk).update(state="running", progress=40)
    fragment = viewer_client.get(reverse("reports:job", args=[job.pk]), HTTP_HX_REQUEST="true")
    body = fragment.content.decode()
    assert 'hx-trigger="every 2s"' in body and 'value="40"' in body
    assert f'href="{reverse("reports:job", args=[job.pk])}"' in body
    download = viewer_client.get(reverse("reports:job_download", args=[job.pk]))
    assert download.status_code == 302


def test_only_the_requester_or_an_editor_can_fetch_a_job(
    viewer, editor_client, outsider_client, reviewed_claim
):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    jobs.run_pdf_export(job_id=job.pk)
    other_viewer = get_user_model().objects.create_user("olivia-other-viewer")
    other_viewer.groups.add(Group.objects.get(name=VIEWERS))
    other = Client()
    other.force_login(other_viewer)
    for name in ("reports:job", "reports:job_download"):
        url = reverse(name, args=[job.pk])
        assert other.get(url).status_code == 403
        assert outsider_client.get(url).status_code == 403
        assert editor_client.get(url).status_code == 200


def test_job_runs_once_and_records_failures(viewer, reviewed_claim, monkeypatch):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    assert render_pdf_export_task(job.pk) is True
    assert render_pdf_export_task(job.pk) is False  # already done: nothing to do

    def broken(report, **kwargs):
        raise RuntimeError("Pango is missing")

    monkeypatch.setattr(jobs, "render_pdf", broken)
    failing = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="y"
    )
    assert render_pdf_export_task(failing.pk) is False
    failing.refresh_from_db()
    assert (failing.state, failing.error) == ("failed", "RuntimeError: Pango is missing")
    gone = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "article", "object_id": 0}, title="z"
    )
    assert render_pdf_export_task(gone.pk) is False
    gone.refresh_from_db()
    assert gone.state == "failed" and "DoesNotExist" in gone.error


def test_a_pdf_stopped_by_the_time_limit_says_what_to_do_instead(
    viewer, reviewed_claim, monkeypatch
):
    def too_slow(report, **kwargs):
        raise SoftTimeLimitExceeded("EndConnectorLength", "PartRecords")

    monkeypatch.setattr(jobs, "render_pdf", too_slow)
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    assert render_pdf_export_task(job.pk) is False
    job.refresh_from_db()
    assert job.state == "failed"
    assert job.error.startswith("The PDF took longer to lay out than a worker may spend")
    assert "CSV or JSON" in job.error and "EndConnectorLength" not in job.error


def test_user_without_a_role_cannot_queue_a_pdf(outsider_client, reviewed_claim):
    response = outsider_client.post(
        reverse("reports:job_create"), {"kind": "selection", "query": ""}
    )
    assert response.status_code == 403


def test_small_pdf_is_rendered_while_the_user_waits(viewer_client, reviewed_claim):
    assert pdf.SYNC_PDF_LIMIT >= 300
    response = viewer_client.get(reverse("reports:selection"), {"format": "pdf"})
    assert response["Content-Type"] == "application/pdf"
    assert not ExportJob.objects.exists()


def test_export_report_command_writes_each_format(reviewed_claim, tmp_path):
    target = tmp_path / "report.csv"
    call_command("export_report", "--article", str(reviewed_claim.article_id), "--format",
                 "csv", "-o", str(target), stderr=io.StringIO())  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row["claim_id"] for row in rows] == [str(reviewed_claim.pk)]
    out = io.StringIO()
    call_command("export_report", "--verdict", "false", "--format", "json", stdout=out)
    assert json.loads(out.getvalue())["claims"][0]["id"] == reviewed_claim.pk
    target = tmp_path / "report.pdf"
    call_command("export_report", "--format", "pdf", "-o", str(target), stderr=io.StringIO())
    assert target.read_bytes().startswith(b"%PDF")


def test_export_report_command_explains_bad_input(db):
    with pytest.raises(CommandError, match="No article with id 42"):
        call_command("export_report", "--article", "42")
    with pytest.raises(CommandError, match="start date is after the end date"):
        call_command(
            "export_report", "--published-from", "2024-02-01", "--published-to", "2024-01-01"
        )
    with pytest.raises(CommandError, match="needs a file"):
        call_command("export_report", "--format", "pdf")


def test_a_selection_too_large_for_a_pdf_in_parts_is_offered_as_csv_or_json(
    viewer_client, reviewed_claim, editor, monkeypatch, settings
):
    monkeypatch.setattr("reports.views.SYNC_PDF_LIMIT", 0)
    settings.PDF_PART_CLAIMS, settings.PDF_MAX_PARTS = 1, 1
    start = reviewed_claim.article.text.index("40 homes")
    homes = Claim.objects.create(
        article=reviewed_claim.article, start=start, end=start + 8, text="40 homes"
    )
    homes.set_verdict(verdict="false", by=editor, note="Police later said 14.")
    url = reverse("reports:selection")
    offer = viewer_client.get(url, {"verdict": "false", "format": "pdf"})
    body = " ".join(offer.content.decode().split())
    assert offer.status_code == 200
    assert "covers 2 claims, more than the 1 a PDF can hold (1 parts of 1 claims)" in body
    assert "Prepare the PDF" not in body
    assert f'href="{url}?verdict=false&amp;format=csv">Download as CSV' in body
    assert f'href="{url}?verdict=false&amp;format=json">Download as JSON' in body
    refused = viewer_client.post(
        reverse("reports:job_create"), {"kind": "selection", "query": "verdict=false"}
    )
    assert refused.status_code == 400
    assert b"a PDF holds at most 1. Download it as CSV or JSON" in refused.content
    assert not ExportJob.objects.exists()


def test_a_selection_grown_too_large_before_its_job_runs_fails_with_a_message(
    viewer, reviewed_claim, monkeypatch
):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    monkeypatch.setattr("reports.pdf.PDF_MAX_CLAIMS", 0)
    assert render_pdf_export_task(job.pk) is False
    job.refresh_from_db()
    assert job.state == "failed"
    assert "a PDF holds at most 0. Download it as CSV or JSON" in job.error


def test_a_job_whose_worker_died_twice_fails_instead_of_running_again(viewer, reviewed_claim):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    # Delivered, and its worker killed; delivered again, and killed again.
    assert jobs.take_job(job_id=job.pk, task_id="render-1")
    assert jobs.take_job(job_id=job.pk, task_id="render-1")
    result = render_pdf_export_task.apply(args=[job.pk], task_id="render-1")
    assert result.get() is False
    job.refresh_from_db()
    assert (job.state, job.deliveries) == ("failed", 2)
    assert "stopped the worker rendering it twice" in job.error


def test_a_job_redelivered_once_still_renders(viewer, reviewed_claim):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    assert jobs.take_job(job_id=job.pk, task_id="render-1")
    assert render_pdf_export_task.apply(args=[job.pk], task_id="render-1").get() is True
    job.refresh_from_db()
    assert (job.state, job.deliveries) == ("done", 2)


def test_pdf_exports_go_to_their_own_queue_and_extraction_to_the_default_one(settings):
    from workbench.celery import app

    def queue_of(task: str) -> str:
        return app.amqp.router.route({}, task)["queue"].name

    assert queue_of("reports.tasks.render_pdf_export_task") == settings.CELERY_EXPORT_QUEUE
    assert queue_of("reports.tasks.render_pdf_part_task") == settings.CELERY_EXPORT_QUEUE
    assert queue_of("claims.tasks.extract_article_task") == settings.CELERY_TASK_DEFAULT_QUEUE
    assert settings.CELERY_EXPORT_QUEUE != settings.CELERY_TASK_DEFAULT_QUEUE
