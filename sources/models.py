import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from sources.names import loose_key, name_key


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=253, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet):
    def pending_extraction(self) -> "ArticleQuerySet":
        return self.filter(extraction_state__in=Article.EXTRACTING)

    def held_by(self, *, task_id: str) -> "ArticleQuerySet":
        """Articles this extraction task has taken and not yet finished."""
        return self.filter(extraction_state=Article.State.RUNNING, extraction_task_id=task_id)

    def stuck(self, *, older_than: timezone.timedelta) -> "ArticleQuerySet":
        """Never sent to the queue (it was down), or queued or running longer than a worker
        could take: lost to a crash or outage."""
        cutoff = timezone.now() - older_than
        return self.filter(
            Q(extraction_state=Article.State.WAITING)
            | Q(extraction_state=Article.State.QUEUED, extraction_queued_at__lt=cutoff)
            | Q(extraction_state=Article.State.RUNNING, extraction_started_at__lt=cutoff)
        )


class Article(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        # Stored, but the queue (Redis) could not be reached; the sweeper sends it.
        WAITING = "waiting", "Waiting for the queue"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    # Not yet taken by a worker; any extraction task may take it.
    UNTAKEN = (State.QUEUED, State.WAITING)
    EXTRACTING = (*UNTAKEN, State.RUNNING)

    title = models.CharField(max_length=300)
    text = models.TextField()
    url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.CharField(max_length=2000, blank=True, db_index=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="articles"
    )
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=12, default="en")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    source_name = models.CharField(
        max_length=300, blank=True, help_text="File or feed the article came from."
    )

    extraction_state = models.CharField(
        max_length=10, choices=State.choices, default=State.QUEUED, db_index=True
    )
    extraction_error = models.TextField(blank=True)
    # A new article is stored queued, from the moment it is stored, so storing it
    # takes one write and the sweeper finds it should its job be lost.
    extraction_queued_at = models.DateTimeField(null=True, blank=True, default=timezone.now)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    extraction_finished_at = models.DateTimeField(null=True, blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    # The Celery task that holds the run: its own retry or redelivery may resume it.
    extraction_task_id = models.CharField(max_length=64, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"],
                condition=~Q(canonical_url=""),
                name="article_unique_canonical_url",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def extracting(self) -> bool:
        return self.extraction_state in self.EXTRACTING


# The sort key of "latest claim": the date, or the earliest date for a speaker never quoted.
LAST_CLAIM_SORT = Coalesce("last_claim_on", Value(datetime.date(1, 1, 1)))


class SpeakerQuerySet(models.QuerySet):
    def live(self) -> "SpeakerQuerySet":
        """Speakers not merged into another one."""
        return self.filter(merged_into__isnull=True)

    def matching(self, name: str) -> "SpeakerQuerySet":
        """Speakers whose canonical name or an alias is this name, however spelt."""
        return self.filter(aliases__key=name_key(name)).distinct()


class Speaker(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GROUP = "group", "Group"
        ANONYMOUS = "anonymous", "Anonymous"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=14, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=200, blank=True)
    affiliation = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    created_by_extractor = models.BooleanField(
        default=False, help_text="Created by the extractor; no editor has confirmed it yet."
    )
    created_at = models.DateTimeField(default=timezone.now)
    # A merged speaker keeps its row, so a split can bring it back with its history.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )

    # The speaker list sorts 20,000 speakers by these, which aggregating 200,000
    # claims per request cannot do fast enough. The app that owns claims recomputes
    # them after every change to claims' speakers or verdicts (in a worker after an
    # editor's change, at the end of each extraction batch).
    claim_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Claims with a verdict or pending; not dismissed."
    )
    false_count = models.PositiveIntegerField(default=0, editable=False)
    false_share = models.FloatField(default=0.0, editable=False)
    last_claim_on = models.DateField(null=True, blank=True, editable=False)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["name"]),
            # One index per sort of the speaker list, matching its ORDER BY exactly.
            models.Index(F("claim_count").desc(), "name", "id", name="speaker_by_claims"),
            models.Index(
                F("false_share").desc(),
                F("claim_count").desc(),
                "name",
                "id",
                name="speaker_by_false_share",
            ),
            # Speakers never quoted sort last on every database: NULL has no agreed place.
            models.Index(LAST_CLAIM_SORT.desc(), "name", "id", name="speaker_by_latest"),
        ]

    def __str__(self) -> str:
        return self.name


class SpeakerAlias(models.Model):
    """A spelling that resolves to one speaker; the canonical name is one of them."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    # Unique, so two extractions that meet the same new name cannot create two speakers.
    key = models.CharField(max_length=200, unique=True, editable=False)
    # Only for suggesting possible duplicates; see sources.names.loose_key.
    loose_key = models.CharField(max_length=200, db_index=True, editable=False, default="")
    merged_from = models.ForeignKey(
        Speaker,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The speaker this alias belonged to before a merge; a split restores it.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.key = name_key(self.name)
        self.loose_key = loose_key(self.name)
        super().save(*args, **kwargs)


class SpeakerMerge(models.Model):
    """The registry's own audit trail: one speaker merged into another, or split back out."""

    class Kind(models.TextChoices):
        MERGE = "merge", "Merge"
        SPLIT = "split", "Split"

    kind = models.CharField(max_length=5, choices=Kind.choices)
    # A merge moves everything from `source` into `target`; a split moves one alias.
    source = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    target = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+")
    aliases = models.JSONField(default=list, help_text="Names of the aliases that moved.")
    claim_count = models.PositiveIntegerField(default=0)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.source} → {self.target}"


class ImportJob(models.Model):
    """Articles brought in as a batch (uploaded files, JSON Lines, an address) by a worker.

    The request only stores what was sent (`ImportSource`) and queues the job; a worker
    reads it a chunk at a time, and each chunk commits its articles, their report lines
    and the position reached together, so a worker killed mid-file resumes where the
    last chunk ended and no line is ever stored twice.
    """

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        # Stored, but the queue (Redis) could not be reached; the sweeper sends it.
        WAITING = "waiting", "Waiting for the queue"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    UNTAKEN = (State.QUEUED, State.WAITING)

    title = models.CharField(max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(
        max_length=8, choices=State.choices, default=State.QUEUED, db_index=True
    )
    total = models.PositiveIntegerField(default=0, help_text="Items (files and lines) to read.")
    done = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    # Where the next chunk starts: the source's position and the last line read in it.
    cursor_source = models.PositiveIntegerField(default=0)
    cursor_line = models.PositiveIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    # Takes since the last chunk committed: a job taken again and again without
    # progress is killing its worker, and is failed rather than handed out forever.
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    queued_at = models.DateTimeField(null=True, blank=True)
    # Set at each take and each chunk: a running job not heard of for long has lost its worker.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_state_display()})"

    @property
    def finished(self) -> bool:
        return self.state in (self.State.DONE, self.State.FAILED)

    @property
    def percent(self) -> int:
        if self.state == self.State.DONE:
            return 100
        return min(99, self.done * 100 // self.total) if self.total else 0


class ImportSource(models.Model):
    """One thing an import job reads: an uploaded file (or a part of a long JSON Lines
    file), an address to fetch, or a file the upload refused, kept to be reported."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="sources")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=1000)
    content_type = models.CharField(max_length=200, blank=True)
    content = models.BinaryField(default=bytes, editable=False)
    url = models.URLField(max_length=2000, blank=True)
    # The title the editor gave with an address, in place of the page's.
    title = models.CharField(max_length=300, blank=True)
    # The number of this part's first line in the file it was cut from.
    first_line = models.PositiveIntegerField(default=1)
    refusal = models.TextField(blank=True)

    class Meta:
        ordering = ["job", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="import_source_once"),
        ]

    def __str__(self) -> str:
        return self.name


class ImportLine(models.Model):
    """What became of one item of an import: the per-line report."""

    class Status(models.TextChoices):
        IMPORTED = "imported", "Imported"
        DUPLICATE = "duplicate", "Duplicate"
        REJECTED = "rejected", "Rejected"

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="lines")
    # The item's place in the job, from 1; unique, so a chunk stored twice fails loudly.
    number = models.PositiveIntegerField()
    item = models.CharField(max_length=1100)
    status = models.CharField(max_length=9, choices=Status.choices)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["job", "number"]
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="import_line_once"),
        ]

    def __str__(self) -> str:
        return f"{self.item}: {self.status}"
