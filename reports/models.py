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
    # One PDF (part_count 0) is kept here; a larger selection is rendered as numbered
    # parts (ExportPart), part_count of them as planned from the selection's size.
    content = models.BinaryField(editable=False, default=bytes)
    part_count = models.PositiveSmallIntegerField(default=0)
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


class ExportPart(models.Model):
    """One numbered PDF of a job: claims `first` to `last` of the selection, in its order.

    A part's task renders it and, once it is stored, creates and queues the next one,
    so no render lays out more than one part and a killed worker loses one part only.
    """

    State = ExportJob.State

    job = models.ForeignKey(ExportJob, on_delete=models.CASCADE, related_name="parts")
    number = models.PositiveSmallIntegerField()
    # Positions in the selection, from 1; `last` is planned, then what was rendered.
    first = models.PositiveIntegerField()
    last = models.PositiveIntegerField()
    # Where the part starts: the keyset cursor of the previous part's last claim, so a
    # part reads its own rows only, never those of the parts before it.
    after = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    # When it was created to be sent: a part still queued long after has lost its
    # message (Redis emptied, or the worker killed before sending it), and the
    # sweeper sends it again.
    queued_at = models.DateTimeField(default=timezone.now)
    task_id = models.CharField(max_length=64, blank=True)
    # Times a worker took the part (reports.jobs.take_part): the job's rule, per part.
    deliveries = models.PositiveSmallIntegerField(default=0, editable=False)
    error = models.TextField(blank=True)
    size = models.PositiveIntegerField(default=0, help_text="Bytes of the PDF.")
    content = models.BinaryField(editable=False, default=bytes)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["job", "number"]
        constraints = [
            # A redelivered task finds its part; it never makes a second one.
            models.UniqueConstraint(fields=["job", "number"], name="export_part_once_per_job")
        ]

    def __str__(self) -> str:
        return f"{self.job.title}: part {self.number}"

    @property
    def claims_text(self) -> str:
        return f"claims {self.first:,}\u2013{self.last:,}"

    @property
    def size_text(self) -> str:
        return f"{max(round(self.size / 1000), 1):,} kB"

    @property
    def heading(self) -> str:
        """What the part's PDF says it is: "Part 2 of 5 — claims 501–1,000 of 2,312"."""
        job = self.job
        return f"Part {self.number} of {job.part_count} \u2014 {self.claims_text} of {job.total:,}"

    @property
    def filename(self) -> str:
        stem = self.job.filename.removesuffix(".pdf")
        return f"{stem}-part-{self.number}-of-{self.job.part_count}.pdf"
