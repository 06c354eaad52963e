"""The background PDF of a large selection: request it, render it, record the outcome.

A selection of up to settings.PDF_PART_CLAIMS claims is one PDF in the job's row. A
larger one is rendered as numbered parts of that many claims, in the selection's order,
each by a task of its own that creates and queues the next part once its own PDF is
stored: no render lays out more than one part, a killed worker loses one part only, and
the editor can download each part as soon as it is done.
"""

from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.http import QueryDict
from django.utils import timezone

from reports.models import ExportJob, ExportPart
from reports.pdf import TooLargeForPdf, render_pdf
from reports.selection import Report, build_report

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
# The queue (Redis) could not take the job. Failed at once rather than left queued:
# the requester is waiting on the page, and can ask again.
QUEUE_DOWN = "The queue that renders PDFs could not be reached. Ask for the PDF again in a minute."


def planned_parts(total: int) -> int:
    """How many parts a PDF of `total` claims takes; 0 when one PDF holds it."""
    size = settings.PDF_PART_CLAIMS
    return 0 if total <= size else -(-total // size)


def check_size(total: int) -> None:
    """Raise TooLargeForPdf above what one job may render (PDF_MAX_PARTS parts)."""
    limit = settings.PDF_PART_CLAIMS * settings.PDF_MAX_PARTS
    if total > limit:
        raise TooLargeForPdf(total, limit=limit, parts=settings.PDF_MAX_PARTS)


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
    report = _job_report(job)
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


def _job_report(job: ExportJob) -> Report:
    params = job.params
    return build_report(
        kind=params["kind"],
        object_id=params.get("object_id"),
        params=QueryDict(params.get("query") or ""),
        user=job.requested_by,
        include_not_a_claim=bool(params.get("include_not_a_claim")),
    )


def _queued():
    """What the export queue should hold a message for: the single PDFs and the parts
    queued."""
    queued = ExportJob.State.QUEUED
    return (
        ExportJob.objects.filter(state=queued, part_count=0),
        ExportPart.objects.filter(state=queued),
    )


def queued_count() -> int:
    singles, parts = _queued()
    return singles.count() + parts.count()


def stalled(*, older_than: timedelta) -> list[tuple[str, int]]:
    """The single PDFs and parts still queued `older_than` after they were, oldest
    first, as ("job", id) or ("part", id)."""
    cutoff = timezone.now() - older_than
    singles, parts = _queued()
    found = [
        (at, "job", pk)
        for at, pk in singles.filter(created_at__lt=cutoff).values_list("created_at", "pk")
    ]
    found += [
        (at, "part", pk)
        for at, pk in parts.filter(queued_at__lt=cutoff).values_list("queued_at", "pk")
    ]
    return [(kind, pk) for _, kind, pk in sorted(found)]


def take_part(*, part_id: int, task_id: str = "") -> bool:
    """take_job's rule for one part: its own deliveries, failing the job past the limit."""
    now = timezone.now()
    parts = ExportPart.objects.filter(pk=part_id)
    taken = parts.filter(state=ExportPart.State.QUEUED).update(
        state=ExportPart.State.RUNNING, started_at=now, task_id=task_id, deliveries=1
    )
    if not taken and task_id:
        redelivered = parts.filter(state=ExportPart.State.RUNNING, task_id=task_id)
        if redelivered.filter(deliveries__gte=MAX_DELIVERIES).exists():
            fail_pdf_part(part_id=part_id, error=KILLED_WORKER)
            return False
        taken = redelivered.update(started_at=now, deliveries=F("deliveries") + 1)
    return bool(taken)


def run_pdf_part(*, part_id: int, task_id: str = "", queue_next: Callable[[int], None]) -> bool:
    """Render one part into its row, then create the next part and hand its id to
    `queue_next` once that commits; False when there was nothing to do."""
    if not take_part(part_id=part_id, task_id=task_id):
        return False
    part = (
        ExportPart.objects.defer("content", "job__content")
        .select_related("job__requested_by")
        .get(pk=part_id)
    )
    job = part.job
    jobs = ExportJob.objects.filter(pk=job.pk)
    report = _job_report(job)
    if part.number == 1:
        # The selection as it is now: its count, its summary (in this part) and the plan.
        check_size(report.summary.total)
        job.total = report.summary.total
        job.part_count = max(planned_parts(job.total), 1)
        job.filename = report.filename("pdf")
        jobs.filter(state=ExportJob.State.QUEUED).update(
            state=ExportJob.State.RUNNING, started_at=timezone.now()
        )
        jobs.update(total=job.total, part_count=job.part_count, filename=job.filename)
    claims, cursor = report.claims_after(part.after, size=settings.PDF_PART_CLAIMS)
    if not claims and part.number > 1:
        # The claims left for this part were taken out of the selection meanwhile.
        part.delete()
        jobs.update(
            state=ExportJob.State.DONE,
            progress=100,
            part_count=part.number - 1,
            finished_at=timezone.now(),
        )
        return True
    if cursor is not None and part.number >= settings.PDF_MAX_PARTS:
        # The selection grew past the bound while its parts were rendered.
        check_size(part.first + len(claims))
    part.last = part.first + len(claims) - 1
    done_before = (part.number - 1) * 100

    def progress(done: int) -> None:
        share = done * PAGE_BUILD_SHARE // max(len(claims), 1)
        jobs.update(progress=(done_before + share) // max(job.part_count, part.number))

    content = render_pdf(report, on_progress=progress, part=(claims, part.first, part.heading))
    now = timezone.now()
    with transaction.atomic():
        ExportPart.objects.filter(pk=part.pk).update(
            state=ExportPart.State.DONE,
            last=part.last,
            content=content,
            size=len(content),
            finished_at=now,
            error="",
        )
        if cursor is None:
            jobs.update(
                state=ExportJob.State.DONE,
                progress=100,
                part_count=part.number,
                finished_at=now,
                error="",
            )
        else:
            number = part.number + 1
            following, created = ExportPart.objects.get_or_create(
                job=job,
                number=number,
                defaults={
                    "first": part.last + 1,
                    "last": max(
                        min(part.last + settings.PDF_PART_CLAIMS, job.total), part.last + 1
                    ),
                    "after": cursor,
                },
            )
            jobs.update(
                progress=part.number * 100 // max(job.part_count, number),
                part_count=Greatest(F("part_count"), number),
            )
            if created:
                transaction.on_commit(lambda: queue_next(following.pk))
    return True


def fail_pdf_part(*, part_id: int, error: str) -> None:
    """The part failed, and with it the job, saying which part and why."""
    part = (
        ExportPart.objects.defer("content", "job__content")
        .select_related("job")
        .filter(pk=part_id)
        .first()
    )
    if part is None:  # the job was deleted meanwhile
        return
    now = timezone.now()
    ExportPart.objects.filter(pk=part_id).update(
        state=ExportPart.State.FAILED, error=error[:2000], finished_at=now
    )
    fail_pdf_export(
        job_id=part.job_id,
        error=f"Part {part.number} of {part.job.part_count} could not be made. {error}",
    )


def fail_pdf_export(*, job_id: int, error: str) -> None:
    ExportJob.objects.filter(pk=job_id).update(
        state=ExportJob.State.FAILED, error=error[:2000], finished_at=timezone.now()
    )
