"""The import job's task, and the functions that queue it."""

import logging
import uuid
from collections.abc import Iterable

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import DatabaseError, transaction
from django.utils import timezone

from sources import imports
from sources.models import ImportJob

log = logging.getLogger(__name__)

# A task run stops taking chunks after this long and queues the job again, so one
# large import neither holds a worker for hours nor meets the task time limit.
RUN_SECONDS = 120


def queue_import(*, job_id: int, states: Iterable[str] = ImportJob.UNTAKEN) -> bool:
    """Mark the job queued (when it is in one of `states`) and send it after the commit.

    A broker that cannot be reached leaves the job waiting for the queue, and the
    sweeper sends it once the broker is back: storing an import never fails because
    of the queue.
    """
    queued = ImportJob.objects.filter(pk=job_id, state__in=list(states)).update(
        state=ImportJob.State.QUEUED, task_id="", queued_at=timezone.now()
    )

    def send() -> None:
        try:
            import_task.delay(job_id)
        except Exception:  # noqa: BLE001 - any broker failure leaves the job waiting
            log.warning(
                "Could not queue import job %s; the sweeper will retry.", job_id, exc_info=True
            )
            ImportJob.objects.filter(pk=job_id, state=ImportJob.State.QUEUED).update(
                state=ImportJob.State.WAITING
            )

    if queued:
        transaction.on_commit(send)
    return bool(queued)


def resume_import(*, job: ImportJob) -> bool:
    """Queue a failed job again from where it stopped."""
    ImportJob.objects.filter(pk=job.pk, state=ImportJob.State.FAILED).update(
        attempts=0, error="", finished_at=None
    )
    return queue_import(job_id=job.pk, states=[ImportJob.State.FAILED])


def requeue_stalled_imports(*, older_than: timezone.timedelta) -> int:
    """Send jobs waiting for the queue, and again those lost to a dead worker."""
    stalled = list(imports.stalled(older_than=older_than).values_list("pk", flat=True))
    for pk in stalled:
        with transaction.atomic():
            states = (*ImportJob.UNTAKEN, ImportJob.State.RUNNING)
            queue_import(job_id=pk, states=states)
    return len(stalled)


@shared_task(bind=True, acks_late=True)
def import_task(self, job_id: int) -> None:
    """Run the job's chunks for up to RUN_SECONDS, then queue it again if it has more.

    A redelivery of the same task (its worker was killed) takes the job back and
    goes on from the last committed chunk.
    """
    # A direct call, outside Celery, has no task id: give it one, so its hold on
    # the job cannot be mistaken for another run's.
    task_id = self.request.id or uuid.uuid4().hex
    try:
        more = imports.run_job(job_id=job_id, task_id=task_id, seconds=RUN_SECONDS)
    except SoftTimeLimitExceeded:
        # The chunk in hand was rolled back; the next run reads it again.
        more = True
    except Exception as exc:
        # The editor sees the error on the job page and can resume the import.
        log.exception("Import job %s failed", job_id)
        try:
            imports.fail_job(job_id=job_id, error=f"{type(exc).__name__}: {exc}")
        except DatabaseError:
            log.exception("Could not record the failure of import job %s", job_id)
        return
    if more:
        with transaction.atomic():
            queue_import(job_id=job_id, states=[ImportJob.State.RUNNING])
