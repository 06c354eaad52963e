import logging

from celery import shared_task
from django.db import DatabaseError

from claims.reports import jobs

log = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True)
def render_pdf_export_task(self, job_id: int) -> bool:
    try:
        return jobs.run_pdf_export(job_id=job_id, task_id=self.request.id or "")
    except Exception as exc:
        # The requester sees the error on the job page and can ask again.
        log.exception("PDF export job %s failed", job_id)
        try:
            jobs.fail_pdf_export(job_id=job_id, error=f"{type(exc).__name__}: {exc}")
        except DatabaseError:
            log.exception("Could not record the failure of PDF export job %s", job_id)
        return False
