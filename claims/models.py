from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from sources.models import Article, Speaker


class ClaimConflict(Exception):
    """Someone else saved the claim since the editor loaded it."""

    def __init__(self, current: "Claim"):
        self.current = current
        super().__init__(
            f"This claim was changed by someone else (now version {current.version}); "
            "review their change and try again."
        )


# Extractor output no editor has acted on: safe to replace on re-extraction.
UNTOUCHED = Q(created_by__isnull=True, edited_at__isnull=True)


class ClaimQuerySet(models.QuerySet):
    def pending(self) -> "ClaimQuerySet":
        return self.filter(verdict=Claim.Verdict.PENDING)

    def for_speaker(self, speaker: Speaker) -> "ClaimQuerySet":
        return self.filter(speaker=speaker)

    def untouched(self) -> "ClaimQuerySet":
        """Extractor output no editor has acted on: safe to replace on re-extraction."""
        return self.filter(UNTOUCHED)


class Claim(models.Model):
    class Kind(models.TextChoices):
        CASUALTY = "casualty", "Casualty"
        DAMAGE = "damage", "Damage"
        FIGURE = "figure", "Figure"
        STATEMENT = "statement", "Statement"

    class Verdict(models.TextChoices):
        PENDING = "pending", "Pending"
        VERIFIED = "verified", "Verified"
        FALSE = "false", "False"
        MISLEADING = "misleading", "Misleading"
        UNVERIFIABLE = "unverifiable", "Unverifiable"
        NOT_A_CLAIM = "not_a_claim", "Not a claim"

    # A verdict against the claim must say why.
    NOTE_REQUIRED = frozenset({Verdict.FALSE, Verdict.MISLEADING, Verdict.UNVERIFIABLE})

    class AttributionState(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        CONFIRMED = "confirmed", "Confirmed"
        CORRECTED = "corrected", "Corrected"
        UNATTRIBUTED = "unattributed", "Marked unattributed"

    class SpeakerKind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GROUP = "group", "Group"
        ANONYMOUS = "anonymous", "Anonymous"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices)

    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    speaker_text = models.CharField(
        max_length=200, blank=True, help_text="The speaker's name as the extractor resolved it."
    )
    speaker_kind = models.CharField(max_length=14, choices=SpeakerKind.choices, blank=True)
    speaker_inferred = models.BooleanField(
        default=False, help_text="Resolved through a pronoun or description, not named."
    )
    attribution = models.CharField(max_length=200, blank=True)
    attribution_state = models.CharField(
        max_length=12, choices=AttributionState.choices, default=AttributionState.UNREVIEWED
    )
    hedged = models.BooleanField(default=False)
    hedge = models.CharField(max_length=300, blank=True)

    verdict = models.CharField(max_length=12, choices=Verdict.choices, default=Verdict.PENDING)
    verdict_note = models.TextField(blank=True)
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verdict_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the extractor made the claim.",
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Last change by an editor; re-extraction keeps such claims.",
    )
    # Bumped by every editor change, so a stale form cannot overwrite a newer save.
    version = models.PositiveIntegerField(default=1)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            # Two extraction runs of one article can never store the same span twice.
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
        ]
        indexes = [
            models.Index(fields=["verdict", "id"]),
            models.Index(fields=["speaker", "id"]),
            models.Index(fields=["assignee", "verdict", "id"]),
            models.Index(fields=["kind", "id"]),
        ]
        permissions = [
            ("review_claim", "Can change verdicts, attributions, evidence and assignments"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def clean(self) -> None:
        if self.article_id is None:
            return
        if self.article.text[self.start : self.end] != self.text:
            raise ValidationError(
                {"text": "The claim text must be exactly the article text at its span."}
            )

    def _apply(
        self,
        *,
        by,
        expected_version: int | None,
        changes: dict[str, Any],
        action: str,
        note: str = "",
        bookkeeping: dict[str, Any] | None = None,
    ) -> "Claim":
        """Write an editor's change and its audit events in one transaction.

        `changes` are the fields the audit trail records (one event per changed
        field); `bookkeeping` fields are written alongside without an event. The
        UPDATE is conditional on the version the editor saw, so of two editors
        saving at once exactly one lands and the other gets ClaimConflict.
        Returns the claim as stored, from the locked read and what was written, so
        it goes back to the editor without being read again; `self` holds the same
        afterwards.
        """
        now = timezone.now()
        with transaction.atomic():
            current = Claim.objects.select_for_update().get(pk=self.pk)
            seen = current.version if expected_version is None else expected_version
            if current.version != seen:
                raise ClaimConflict(current)
            events = [
                ClaimEvent(
                    claim_id=self.pk,
                    user=by,
                    at=now,
                    action=action,
                    field=field,
                    old_value=_display(getattr(current, field)),
                    new_value=_display(value),
                    note=note,
                )
                for field, value in changes.items()
                if getattr(current, field) != value
            ]
            if not events and not note:
                self._take(current)
                return current
            fields = {**changes, **(bookkeeping or {}), "edited_at": now}
            updated = Claim.objects.filter(pk=self.pk, version=seen).update(
                **fields, version=F("version") + 1
            )
            if not updated:
                raise ClaimConflict(Claim.objects.get(pk=self.pk))
            if not events:
                events = [ClaimEvent(claim_id=self.pk, user=by, at=now, action=action, note=note)]
            ClaimEvent.objects.bulk_create(events)
            old_speaker, old_verdict = current.speaker_id, current.verdict
            # The row is locked, so what was read plus what was written is what is stored.
            for name, value in fields.items():
                setattr(current, name, value)
            current.version = seen + 1
            # Most verdicts (pending to verified, say) leave the counters as they are.
            changed = {event.field for event in events}
            if "speaker" in changed or (
                "verdict" in changed and _counted(old_verdict) != _counted(current.verdict)
            ):
                refresh_speakers_after_commit({old_speaker, current.speaker_id}, background=True)
        self._take(current)
        return current

    def _take(self, other: "Claim") -> None:
        """Hold what `other`, a fresh read of this claim, holds: fields and the related
        rows it has loaded (the speaker, assignee or verdict author just set)."""
        for model_field in self._meta.concrete_fields:
            # Setting a foreign key's id drops the related row cached for another id,
            # so what this instance had loaded and still applies is kept.
            setattr(self, model_field.attname, getattr(other, model_field.attname))
        self._state.fields_cache.update(other._state.fields_cache)

    def set_verdict(self, *, verdict: str, by, note: str = "", expected_version=None) -> "Claim":
        if verdict not in Claim.Verdict.values:
            raise ValidationError(f"Unknown verdict {verdict!r}.")
        note = note.strip()
        if verdict in Claim.NOTE_REQUIRED and not note:
            label = Claim.Verdict(verdict).label.lower()
            raise ValidationError(f"Say why the claim is {label}: a note is required.")
        return self._apply(
            by=by,
            expected_version=expected_version,
            action=ClaimEvent.Action.VERDICT,
            note=note,
            changes={"verdict": verdict},
            bookkeeping={"verdict_note": note, "verdict_by": by, "verdict_at": timezone.now()},
        )

    def set_attribution(
        self, *, speaker: Speaker | None, by, note: str = "", expected_version=None
    ) -> "Claim":
        """Confirm (same speaker), correct (another) or clear (None) who said it."""
        if speaker is None:
            state = Claim.AttributionState.UNATTRIBUTED
        elif speaker.pk == self.speaker_id:
            state = Claim.AttributionState.CONFIRMED
        else:
            state = Claim.AttributionState.CORRECTED
        return self._apply(
            by=by,
            expected_version=expected_version,
            action=ClaimEvent.Action.ATTRIBUTION,
            note=note.strip(),
            changes={"speaker": speaker, "attribution_state": state},
        )

    def assign(self, *, assignee, by, expected_version=None) -> "Claim":
        return self._apply(
            by=by,
            expected_version=expected_version,
            action=ClaimEvent.Action.ASSIGNMENT,
            changes={"assignee": assignee},
        )

    def add_evidence(self, *, by, stance: str, url: str = "", note: str = "") -> "Evidence":
        url, note = url.strip(), note.strip()
        if not url and not note:
            raise ValidationError("Evidence needs a link or a note.")
        if stance not in Evidence.Stance.values:
            raise ValidationError(f"Unknown stance {stance!r}.")
        with transaction.atomic():
            evidence = Evidence.objects.create(
                claim=self, url=url, note=note, stance=stance, added_by=by
            )
            self._apply(
                by=by,
                expected_version=None,
                action=ClaimEvent.Action.EVIDENCE,
                changes={},
                note=f"{evidence.get_stance_display()}: {url or note}",
            )
        return evidence


def _counted(verdict: str) -> tuple[bool, bool]:
    """How a claim with this verdict counts in its speaker's counters: at all, as false."""
    from sources.services import TRACKED_VERDICTS

    return verdict in TRACKED_VERDICTS, verdict == Claim.Verdict.FALSE


def refresh_speakers_after_commit(speaker_ids: set[int | None], *, background=False) -> None:
    """Bring the speakers' list counters up to date once the change has committed.

    After the commit, not inside it: the refresh locks speaker rows, which a speaker
    merge locks before claims, so doing it while holding the claim lock could
    deadlock. Each refresh counts what is committed when it runs, so the last one
    always leaves the counters right; `manage.py refresh_speaker_stats` repairs
    them after anything else (a bulk delete in the admin).

    With `background`, a worker recounts: an editor's change then answers without
    waiting for a count over all of a speaker's claims, which grows with the
    speaker. The change has committed by then, so a broker that cannot take the
    job is logged, not turned into an error for the editor.
    """
    from sources.services import refresh_speaker_stats
    from sources.tasks import refresh_speaker_stats_task

    ids = {pk for pk in speaker_ids if pk is not None}
    if not ids:
        return
    if background:
        transaction.on_commit(lambda: refresh_speaker_stats_task.delay(sorted(ids)), robust=True)
    else:
        transaction.on_commit(lambda: refresh_speaker_stats(speaker_ids=ids))


def _display(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class Quantity(models.Model):
    class Category(models.TextChoices):
        KILLED = "killed", "Killed"
        INJURED = "injured", "Injured"
        MISSING = "missing", "Missing"
        DETAINED = "detained", "Detained"
        DISPLACED = "displaced", "Displaced"
        DAMAGED = "damaged", "Damaged"
        DESTROYED = "destroyed", "Destroyed"
        OTHER = "other", "Other"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="quantities")
    value = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    lower = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    upper = models.DecimalField(max_digits=24, decimal_places=4, null=True, blank=True)
    approximate = models.BooleanField(default=False)
    category = models.CharField(max_length=10, choices=Category.choices)
    subject = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["claim_id", "position", "id"]
        verbose_name_plural = "quantities"
        indexes = [models.Index(fields=["category"])]

    def __str__(self) -> str:
        return f"{self.value if self.value is not None else '?'} {self.subject} ({self.category})"


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", "Supports"
        REFUTES = "refutes", "Refutes"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=2000, blank=True)
    note = models.TextField(blank=True)
    stance = models.CharField(max_length=8, choices=Stance.choices, default=Stance.CONTEXT)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.url or self.note[:80]


class ClaimEvent(models.Model):
    """Append-only audit trail: who changed what on a claim, when, from what to what."""

    class Action(models.TextChoices):
        VERDICT = "verdict", "Verdict"
        ATTRIBUTION = "attribution", "Attribution"
        ASSIGNMENT = "assignment", "Assignment"
        EVIDENCE = "evidence", "Evidence"
        MERGE = "merge", "Speaker merge"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=12, choices=Action.choices)
    field = models.CharField(max_length=40, blank=True)
    old_value = models.TextField(blank=True)
    new_value = models.TextField(blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["claim", "at"]), models.Index(fields=["-at"])]

    def __str__(self) -> str:
        return f"{self.action} {self.field}: {self.old_value} → {self.new_value}"


# The PDF export job lives with the reports it renders.
from claims.reports.models import ExportJob  # noqa: E402, F401
