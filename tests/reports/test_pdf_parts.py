"""A PDF too large for one render comes as numbered parts, each its own task."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from claims.roles import VIEWERS
from reports import jobs
from reports.models import ExportJob, ExportPart
from reports.selection import selection_report
from reports.tasks import render_pdf_part_task
from tests.seed import make_seed_claims


@pytest.fixture
def six_claims(claim, settings):
    """Six claims in two articles (the flood article and the seed article), parts of two."""
    settings.PDF_PART_CLAIMS = 2
    make_seed_claims()


def _claim_ids(pdf: bytes) -> list[int]:
    """The claims a PDF holds, by the anchors the report gives each claim (claim-<id>)."""
    names = PdfReader(io.BytesIO(pdf)).named_destinations
    return sorted(int(name.removeprefix("claim-")) for name in names if name.startswith("claim-"))


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _request(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reports:job_create"), {"kind": "selection", "query": ""})
    job = ExportJob.objects.get()
    assert response.status_code == 302
    return job


def _finished(job: ExportJob) -> ExportJob:
    """The job once a worker has rendered or failed it."""
    from tests.workers import wait_until

    return wait_until(
        lambda: ExportJob.objects.filter(pk=job.pk, state__in=["done", "failed"]).first(),
        timeout=180,
    )


def _selection_ids(user) -> list[int]:
    from claims.filters import ClaimFilterForm

    report = selection_report(form=ClaimFilterForm({}, user=user))
    return [claim.pk for claim in report.iter_claims()]


def test_a_selection_of_more_than_one_part_comes_as_numbered_parts_with_every_claim_once(
    viewer_client, viewer, six_claims, django_capture_on_commit_callbacks
):
    job = _request(viewer_client, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert (job.state, job.progress, job.part_count, job.total) == ("done", 100, 3, 6)
    parts = list(job.parts.order_by("number"))
    assert [(p.number, p.first, p.last, p.state) for p in parts] == [
        (1, 1, 2, "done"),
        (2, 3, 4, "done"),
        (3, 5, 6, "done"),
    ]
    order = _selection_ids(viewer)
    held = [_claim_ids(bytes(part.content)) for part in parts]
    # Each part holds the next claims in the selection's order: none twice, none missing.
    assert held == [sorted(order[0:2]), sorted(order[2:4]), sorted(order[4:6])]
    assert all(part.size == len(part.content) for part in parts)

    first, second = _text(bytes(parts[0].content)), _text(bytes(parts[1].content))
    assert "Part 1 of 3 \u2014 claims 1\u20132 of 6" in first
    assert "Part 2 of 3 \u2014 claims 3\u20134 of 6" in second
    # The summary counts the whole selection: it is in part 1 only.
    assert "6 claims, 0 with a final verdict" in first
    assert "with a final verdict" not in second
    assert "The summary of the whole selection is in part 1." in second


def test_the_job_page_lists_the_parts_and_each_downloads(
    viewer_client, six_claims, django_capture_on_commit_callbacks
):
    job = _request(viewer_client, django_capture_on_commit_callbacks)
    fragment = viewer_client.get(reverse("reports:job", args=[job.pk]), HTTP_HX_REQUEST="true")
    body = " ".join(fragment.content.decode().split())
    assert "<html" not in body and "hx-get" not in body
    second = reverse("reports:job_part_download", args=[job.pk, 2])
    assert f'<a href="{second}">Part 2 of 3 (claims 3\u20134)</a>, ' in body
    assert "All 3 parts are ready." in body
    download = viewer_client.get(second)
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].endswith('-part-2-of-3.pdf"')
    assert "Part 2 of 3" in _text(download.content)
    # The job's own download has no single file to give: it sends the editor to the page.
    whole = viewer_client.get(reverse("reports:job_download", args=[job.pk]))
    assert whole.status_code == 302 and whole["Location"] == reverse("reports:job", args=[job.pk])
    assert (
        viewer_client.get(reverse("reports:job_part_download", args=[job.pk, 9])).status_code == 404
    )


def test_a_part_is_downloadable_while_the_next_one_renders(
    viewer_client, viewer, six_claims, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        viewer_client.post(reverse("reports:job_create"), {"kind": "selection", "query": ""})
    job = ExportJob.objects.get()
    queued = []
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.run_pdf_part(part_id=job.parts.get().pk, queue_next=queued.append)
    second = ExportPart.objects.get(job=job, number=2)
    assert queued == [second.pk] and second.state == "queued"
    job.refresh_from_db()
    assert (job.state, job.progress) == ("running", 33)
    page = viewer_client.get(reverse("reports:job", args=[job.pk]))
    body = " ".join(page.content.decode().split())
    assert 'hx-trigger="every 2s"' in body
    assert "Part 2 of 3 (claims 3\u20134): queued" in body
    first = viewer_client.get(reverse("reports:job_part_download", args=[job.pk, 1]))
    assert first["Content-Type"] == "application/pdf"
    waiting = viewer_client.get(reverse("reports:job_part_download", args=[job.pk, 2]))
    assert waiting.status_code == 302


def test_a_redelivered_part_task_never_makes_a_part_twice(
    viewer_client, six_claims, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        viewer_client.post(reverse("reports:job_create"), {"kind": "selection", "query": ""})
    job = ExportJob.objects.get()
    first = job.parts.get()
    # Delivered, its worker killed mid-render; delivered again, it renders and goes on.
    assert jobs.take_part(part_id=first.pk, task_id="part-1")
    with django_capture_on_commit_callbacks(execute=False) as sent:
        assert render_pdf_part_task.apply(args=[first.pk], task_id="part-1").get() is True
    assert len(sent) == 1
    # Delivered once more after it was stored (the worker died before acknowledging).
    with django_capture_on_commit_callbacks(execute=False) as sent_again:
        assert render_pdf_part_task.apply(args=[first.pk], task_id="part-1").get() is False
    assert sent_again == []
    assert list(job.parts.values_list("number", "deliveries")) == [(1, 2), (2, 0)]
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportPart.objects.create(job=job, number=2, first=3, last=4)


def test_a_failed_part_fails_the_job_with_its_message_and_keeps_the_parts_before_it(
    viewer_client, six_claims, monkeypatch, django_capture_on_commit_callbacks
):
    real = jobs.render_pdf

    def breaks_on_the_second_part(report, **kwargs):
        if kwargs["part"][1] > 2:
            raise RuntimeError("Pango is missing")
        return real(report, **kwargs)

    monkeypatch.setattr(jobs, "render_pdf", breaks_on_the_second_part)
    job = _request(viewer_client, django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.state == "failed"
    assert job.error == "Part 2 of 3 could not be made. RuntimeError: Pango is missing"
    assert list(job.parts.values_list("number", "state", "error")) == [
        (1, "done", ""),
        (2, "failed", "RuntimeError: Pango is missing"),
    ]
    page = viewer_client.get(reverse("reports:job", args=[job.pk])).content.decode()
    assert "could not be made: Part 2 of 3 could not be made." in page
    assert reverse("reports:job_part_download", args=[job.pk, 1]) in page


def test_a_part_whose_worker_died_twice_fails_the_job(viewer_client, six_claims):
    viewer_client.post(reverse("reports:job_create"), {"kind": "selection", "query": ""})
    job = ExportJob.objects.get()
    first = job.parts.get()
    assert jobs.take_part(part_id=first.pk, task_id="part-1")
    assert jobs.take_part(part_id=first.pk, task_id="part-1")
    assert render_pdf_part_task.apply(args=[first.pk], task_id="part-1").get() is False
    job.refresh_from_db()
    first.refresh_from_db()
    assert (first.state, first.deliveries, job.state) == ("failed", 2, "failed")
    assert job.error.startswith("Part 1 of 3 could not be made. The PDF stopped the worker")


def test_only_the_requester_or_an_editor_can_download_a_part(
    viewer_client, editor_client, outsider_client, six_claims, django_capture_on_commit_callbacks
):
    job = _request(viewer_client, django_capture_on_commit_callbacks)
    other_viewer = get_user_model().objects.create_user("olivia-other-viewer")
    other_viewer.groups.add(Group.objects.get(name=VIEWERS))
    other = Client()
    other.force_login(other_viewer)
    url = reverse("reports:job_part_download", args=[job.pk, 2])
    assert other.get(url).status_code == 403
    assert outsider_client.get(url).status_code == 403
    assert editor_client.get(url).status_code == 200
    assert viewer_client.get(url).status_code == 200


def test_a_selection_larger_than_the_parts_allow_is_refused_with_csv_and_json_offered(
    viewer_client, six_claims, settings, monkeypatch
):
    settings.PDF_MAX_PARTS = 2
    monkeypatch.setattr("reports.views.SYNC_PDF_LIMIT", 0)
    offer = viewer_client.get(reverse("reports:selection"), {"format": "pdf"})
    body = " ".join(offer.content.decode().split())
    assert "covers 6 claims, more than the 4 a PDF can hold (2 parts of 2 claims)" in body
    assert "Download as CSV" in body and "Prepare the PDF" not in body
    refused = viewer_client.post(reverse("reports:job_create"), {"kind": "selection"})
    assert refused.status_code == 400
    assert (
        "a PDF holds at most 4 (in 2 parts). Download it as CSV or JSON" in refused.content.decode()
    )
    assert not ExportJob.objects.exists()


def test_the_offer_says_the_pdf_comes_in_parts_and_the_bound(
    viewer_client, six_claims, monkeypatch
):
    monkeypatch.setattr("reports.views.SYNC_PDF_LIMIT", 0)
    offer = viewer_client.get(reverse("reports:selection"), {"format": "pdf"})
    body = " ".join(offer.content.decode().split())
    assert "this one comes in 3 numbered parts" in body
    assert "at most 200 claims (100 parts)" in body
    assert "Prepare the PDF" in body


def test_old_single_pdf_jobs_still_download(viewer, viewer_client, claim):
    job = ExportJob.objects.create(
        requested_by=viewer, params={"kind": "selection", "query": ""}, title="x"
    )
    ExportJob.objects.filter(pk=job.pk).update(
        state="done", content=b"%PDF-1.7 old", filename="old.pdf"
    )
    response = viewer_client.get(reverse("reports:job_download", args=[job.pk]))
    assert response.content == b"%PDF-1.7 old"


@pytest.mark.postgres
@pytest.mark.broker
def test_a_real_worker_renders_the_parts_one_task_after_another(
    transactional_db, broker_mode, viewer, settings
):
    from claims.filters import ClaimFilterForm
    from reports.tasks import request_pdf_export
    from tests.workers import Worker

    settings.PDF_PART_CLAIMS = 2
    make_seed_claims()
    worker = Worker(extra_env={"PDF_PART_CLAIMS": "2"}).start()
    try:
        report = selection_report(form=ClaimFilterForm({}, user=viewer))
        with transaction.atomic():
            job = request_pdf_export(report=report, requested_by=viewer)
        finished = _finished(job)
    finally:
        worker.stop()
    assert finished.state == "done", finished.error
    parts = finished.parts.order_by("number")
    assert list(parts.values_list("number", "first", "last", "state", "deliveries")) == [
        (1, 1, 2, "done", 1),
        (2, 3, 4, "done", 1),
        (3, 5, 5, "done", 1),
    ]
    held = [_claim_ids(bytes(content)) for content in parts.values_list("content", flat=True)]
    ids = [claim_id for part in held for claim_id in part]
    assert len(ids) == len(set(ids)) and sorted(ids) == sorted(_selection_ids(viewer))


def test_a_part_reads_the_claims_after_the_previous_part_and_no_more(viewer, six_claims):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.filters import ClaimFilterForm

    report = selection_report(form=ClaimFilterForm({}, user=viewer))
    first, cursor = report.claims_after("", size=2)
    with CaptureQueriesContext(connection) as queries:
        second, _ = report.claims_after(cursor, size=2)
    claims_read = [q["sql"] for q in queries if 'FROM "claims_claim"' in q["sql"]]
    # One query for the part's rows: from the previous part's last claim on, one row
    # more than the part holds (to know whether another part follows).
    assert len(claims_read) == 1 and claims_read[0].endswith("LIMIT 3")
    assert '"claims_claim"."article_id" >' in claims_read[0]
    order = _selection_ids(viewer)
    assert [c.pk for c in first + second] == order[:4]


def _broker_down_for(monkeypatch, failures: int) -> list[float]:
    """render_pdf_part_task.delay fails `failures` times, as while Redis is down; the
    pauses taken between tries are returned instead of slept."""
    from reports import tasks

    real, calls, slept = tasks.render_pdf_part_task.delay, [], []

    def delay(part_id):
        calls.append(part_id)
        if len(calls) <= failures:
            raise ConnectionError("Redis is down")
        return real(part_id)

    monkeypatch.setattr(tasks.render_pdf_part_task, "delay", delay)
    monkeypatch.setattr(tasks.time, "sleep", slept.append)
    return slept


def test_a_part_done_while_redis_restarts_waits_for_it_and_the_job_goes_on(
    viewer_client, six_claims, monkeypatch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        viewer_client.post(reverse("reports:job_create"), {"kind": "selection", "query": ""})
    job = ExportJob.objects.get()
    slept = _broker_down_for(monkeypatch, failures=3)
    with django_capture_on_commit_callbacks(execute=True):
        render_pdf_part_task.apply(args=[job.parts.get(number=1).pk])
    job.refresh_from_db()
    assert (job.state, job.error) == ("done", "")
    assert list(job.parts.values_list("number", "state")) == [(1, "done"), (2, "done"), (3, "done")]
    assert slept == [1, 2, 4]


def test_a_part_whose_queue_stays_down_fails_the_job_with_its_message(
    viewer_client, six_claims, monkeypatch, django_capture_on_commit_callbacks
):
    from reports.tasks import FOLLOWING_PART_PAUSES

    with django_capture_on_commit_callbacks(execute=False):
        viewer_client.post(reverse("reports:job_create"), {"kind": "selection", "query": ""})
    job = ExportJob.objects.get()
    slept = _broker_down_for(monkeypatch, failures=100)
    with django_capture_on_commit_callbacks(execute=True):
        render_pdf_part_task.apply(args=[job.parts.get(number=1).pk])
    job.refresh_from_db()
    assert job.state == "failed"
    assert job.error == f"Part 2 of 3 could not be made. {jobs.QUEUE_DOWN}"
    assert slept == list(FOLLOWING_PART_PAUSES)


@pytest.mark.postgres
@pytest.mark.broker
def test_a_part_whose_message_the_queue_lost_is_sent_again_by_the_sweeper_once(
    transactional_db, broker_mode, viewer, settings
):
    """Redis emptied (or a worker killed between storing a part and sending the next):
    the part stays queued with no message, until the sweeper sends it again; a part
    whose message waits in the queue is a backlog, and is not sent twice."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from claims.filters import ClaimFilterForm
    from reports.tasks import request_pdf_export
    from tests.workers import Worker
    from workbench.celery import app as celery_app

    settings.PDF_PART_CLAIMS = 2
    make_seed_claims()
    report = selection_report(form=ClaimFilterForm({}, user=viewer))
    with transaction.atomic():
        job = request_pdf_export(report=report, requested_by=viewer)
    celery_app.control.purge()  # the queue loses the first part's message
    ExportPart.objects.filter(job=job).update(
        queued_at=timezone.now() - datetime.timedelta(minutes=10)
    )

    def sweep() -> str:
        out = io.StringIO()
        call_command("sweep_extractions", "--older-than", "300", stdout=out)
        return out.getvalue()

    assert "1 stalled PDF export(s)" in sweep()
    # Its message now waits for a worker: the next sweep leaves it be.
    assert "0 stalled PDF export(s)" in sweep()
    worker = Worker(extra_env={"PDF_PART_CLAIMS": "2"}).start()
    try:
        finished = _finished(job)
    finally:
        worker.stop()
    assert finished.state == "done", finished.error
    assert set(finished.parts.values_list("state", "deliveries")) == {("done", 1)}
