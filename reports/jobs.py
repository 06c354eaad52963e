"""The background PDF of a large selection: request it, render it, record the outcome."""

from django.http import QueryDict
from django.utils import timezone

from reports.models import ExportJob
from reports.pdf import render_pdf
from reports.selection import build_report

# Share of the progress bar for building the page; WeasyPrint's layout takes the rest
# in one step it does not report on.
PAGE_BUILD_SHARE = 60


def take_job(*, job_id: int, task_id: str = "") -> bool:
    """Take the job; a redelivery of the same task may take back the run it left."""
    taken = ExportJob.objects.filter(pk=job_id, state=ExportJob.State.QUEUED).update(
        state=ExportJob.State.RUNNING, started_at=timezone.now(), task_id=task_id
    )
    if not taken and task_id:
        taken = ExportJob.objects.filter(
            pk=job_id, state=ExportJob.State.RUNNING, task_id=task_id
        ).update(started_at=timezone.now())
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
