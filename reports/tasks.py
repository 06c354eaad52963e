import logging
import time

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import DatabaseError, transaction
from django.dispatch import receiver

from claims.signals import sweeping
from ops.queues import messages_waiting
from reports import jobs
from reports.models import ExportJob, ExportPart
from reports.selection import Report

log = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True)
def render_pdf_export_task(self, job_id: int) -> bool:
    return _render_or_record(
        lambda: jobs.run_pdf_export(job_id=job_id, task_id=self.request.id or ""),
        fail=lambda error: jobs.fail_pdf_export(job_id=job_id, error=error),
        what=f"PDF export job {job_id}",
    )


@shared_task(bind=True, acks_late=True)
def render_pdf_part_task(self, part_id: int) -> bool:
    return _render_or_record(
        lambda: jobs.run_pdf_part(
            part_id=part_id, task_id=self.request.id or "", queue_next=queue_following_part
        ),
        fail=lambda error: jobs.fail_pdf_part(part_id=part_id, error=error),
        what=f"PDF export part {part_id}",
    )


def _render_or_record(render, *, fail, what: str) -> bool:
    """Run a render; on any error record it with `fail`, so the requester sees it on
    the job page and can ask again."""
    try:
        return render()
    except Exception as exc:
        log.exception("%s failed", what)
        error = jobs.TOO_SLOW if isinstance(exc, SoftTimeLimitExceeded) else None
        try:
            fail(error or f"{type(exc).__name__}: {exc}")
        except DatabaseError:
            log.exception("Could not record the failure of %s", what)
        return False


def queue_pdf_part(part_id: int, *, pauses: tuple[float, ...] = ()) -> None:
    """Send the part to the export queue, trying again after each of `pauses`
    (seconds); fail its job when the broker still cannot take it."""
    for pause in (*pauses, None):
        try:
            render_pdf_part_task.delay(part_id)
            return
        except Exception:  # noqa: BLE001 - any broker failure: nothing would ever render it
            log.warning("Could not queue PDF export part %s", part_id, exc_info=True)
            if pause is None:
                break
            time.sleep(pause)
    jobs.fail_pdf_part(part_id=part_id, error=jobs.QUEUE_DOWN)


# A part finished while Redis is away waits about a minute for it before its job fails:
# an outage that short is a restart, and the export worker can take no other job
# meanwhile (it reads them from the same Redis). The first part is sent from the
# request, which says at once that the queue is down instead.
FOLLOWING_PART_PAUSES = (1, 2, 4, 8, 15, 30)


def queue_following_part(part_id: int) -> None:
    queue_pdf_part(part_id, pauses=FOLLOWING_PART_PAUSES)


def requeue_stalled_exports(*, older_than) -> int:
    """Send again the PDFs and parts queued longer than `older_than` whose message the
    export queue lost (Redis emptied, or a worker killed between storing a part and
    sending the next), oldest first.

    Only as many as the queue holds fewer messages than there are queued exports: a
    backlog behind a long render is not lost. Nothing is sent while the queue cannot
    be read, so an outage leaves the jobs queued for the sweep after it.
    """
    waiting = messages_waiting(settings.CELERY_EXPORT_QUEUE)
    if waiting is None:
        return 0
    lost = jobs.queued_count() - waiting
    if lost <= 0:
        return 0
    sent = 0
    for kind, pk in jobs.stalled(older_than=older_than)[:lost]:
        task = render_pdf_part_task if kind == "part" else render_pdf_export_task
        try:
            task.delay(pk)
        except Exception:  # noqa: BLE001 - any broker failure: the next sweep tries again
            log.warning("Could not queue PDF export %s %s", kind, pk, exc_info=True)
            break
        sent += 1
    return sent


@receiver(sweeping)
def _sweep_exports(sender, *, older_than, **kwargs) -> tuple[int, str]:
    return requeue_stalled_exports(older_than=older_than), "stalled PDF export(s)"


def request_pdf_export(*, report: Report, requested_by) -> ExportJob:
    """Store the job (and its first part, for a PDF in parts) and send it to a worker
    once the transaction commits.

    Raises TooLargeForPdf above what one job may render.
    """
    total = report.summary.total
    jobs.check_size(total)
    part_count = jobs.planned_parts(total)
    job = ExportJob.objects.create(
        requested_by=requested_by,
        params={
            "kind": report.kind,
            "object_id": report.object_id,
            "query": report.query,
            "include_not_a_claim": report.include_not_a_claim,
        },
        title=report.title[:300],
        total=total,
        part_count=part_count,
    )
    if part_count:
        first = ExportPart.objects.create(job=job, number=1, first=1, last=settings.PDF_PART_CLAIMS)
        transaction.on_commit(lambda: queue_pdf_part(first.pk))
        return job

    def send() -> None:
        try:
            render_pdf_export_task.delay(job.pk)
        except Exception:  # noqa: BLE001 - any broker failure: nothing would ever render it
            log.warning("Could not queue PDF export job %s", job.pk, exc_info=True)
            jobs.fail_pdf_export(job_id=job.pk, error=jobs.QUEUE_DOWN)

    transaction.on_commit(send)
    return job
