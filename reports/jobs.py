"""The background PDF of a large selection: request it, render it, record the outcome."""

from django.db.models import F
from django.http import QueryDict
from django.utils import timezone

from reports.models import ExportJob
from reports.pdf import render_pdf
from reports.selection import build_report

# Share of the progress bar for building the page; WeasyPrint's layout takes the rest
# in one step it does not report on.
PAGE_BUILD_SHARE = 60


# A job is run at most this many times. One handed out again after that has killed
# its worker each time, and would go on killing workers (and holding up the queue).
MAX_DELIVERIES = 2
KILLED_WORKER = (
    "The PDF stopped the worker rendering it twice, most likely for lack of memory. "
    "Download the report as CSV or JSON, or ask for a PDF of a smaller selection."
)
# The layout outlived the task's time limit (on a busy worker, a PDF near the claim cap).
TOO_SLOW = (
    "The PDF took longer to lay out than a worker may spend on one task, and was stopped. "
    "Download the report as CSV or JSON, or ask for a PDF of a smaller selection."
)
# The queue (Redis) could not take the job. Unlike an article, a job left queued
# would never be sent again: no sweeper looks for export jobs.
QUEUE_DOWN = "The queue that renders PDFs could not be reached. Ask for the PDF again in a minute."


def take_job(*, job_id: int, task_id: str = "") -> bool:
    """Take the job; a redelivery of the same task may take back the run it left.

    Every take counts a delivery. A redelivery past MAX_DELIVERIES fails the job
    with a message instead of running it again.
    """
    now = timezone.now()
    taken = ExportJob.objects.filter(pk=job_id, state=ExportJob.State.QUEUED).update(
        state=ExportJob.State.RUNNING, started_at=now, task_id=task_id, deliveries=1
    )
    if not taken and task_id:
        redelivered = ExportJob.objects.filter(
            pk=job_id, state=ExportJob.State.RUNNING, task_id=task_id
        )
        redelivered.filter(deliveries__gte=MAX_DELIVERIES).update(
            state=ExportJob.State.FAILED, error=KILLED_WORKER, finished_at=now
        )
        taken = redelivered.update(started_at=now, deliveries=F("deliveries") + 1)
    return bool(taken)


def run_pdf_export(*, job_id: int, task_id: str = "") -> bool:
    """Render the job's PDF into its row; False when there was nothing to do."""
    if not take_job(job_id=job_id, task_id=task_id):
        return False
    job = ExportJob.objects.defer("content").select_related("requested_by").get(pk=job_id)
    params = job.params
    report = build_report(
        kind=params["kind"],
        object_id=params.get("object_id"),
        params=QueryDict(params.get("query") or ""),
        user=job.requested_by,
        include_not_a_claim=bool(params.get("include_not_a_claim")),
    )
    total = max(report.summary.total, 1)
    rows = ExportJob.objects.filter(pk=job_id)

    def progress(done: int) -> None:
        rows.update(progress=min(done * PAGE_BUILD_SHARE // total, PAGE_BUILD_SHARE))

    content = render_pdf(report, on_progress=progress)
    rows.update(
        state=ExportJob.State.DONE,
        progress=100,
        content=content,
        filename=report.filename("pdf"),
        finished_at=timezone.now(),
        error="",
    )
    return True


def fail_pdf_export(*, job_id: int, error: str) -> None:
    ExportJob.objects.filter(pk=job_id).update(
        state=ExportJob.State.FAILED, error=error[:2000], finished_at=timezone.now()
    )
