from django.conf import settings
from django.db import models
from django.utils import timezone

from claims.roles import can_review


class ExportJob(models.Model):
    """A PDF of a selection too large to render while the browser waits.

    The file is kept in the database so the web process can serve what any worker
    rendered, with no shared disk between them.
    """

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs"
    )
    # How to rebuild the claim set: {"kind": ..., "object_id": ..., "query": ...}.
    params = models.JSONField()
    title = models.CharField(max_length=300)
    total = models.PositiveIntegerField(default=0, help_text="Claims in the selection.")
    state = models.CharField(
        max_length=8, choices=State.choices, default=State.QUEUED, db_index=True
    )
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done.")
    task_id = models.CharField(max_length=64, blank=True)
    # Times a worker took the job. A job handed out again was running on a worker
    # that died (often killed for memory); see reports.jobs.take_job.
    deliveries = models.PositiveSmallIntegerField(default=0, editable=False)
    error = models.TextField(blank=True)
    filename = models.CharField(max_length=200, blank=True)
    content = models.BinaryField(editable=False, default=bytes)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The table the job had while reports lived inside the claims app.
        db_table = "claims_exportjob"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_state_display()})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)

    def can_download(self, user) -> bool:
        return user.is_authenticated and (user.pk == self.requested_by_id or can_review(user))
