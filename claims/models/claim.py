"""The claim: a span of an article, who said it, and the editors' verdict on it.

Every editor change goes through `Claim._apply`: version-checked, audited in the
same transaction, and answered with the stored row.
"""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models.events import ClaimEvent
from claims.models.evidence import Evidence
from claims.signals import claims_reattributed, speaker_counts_changed, verdict_changed
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

    # The verdict rules, kept here once for every screen, form, report and the API.
    # A verdict against the claim must say why.
    NOTE_REQUIRED = frozenset({Verdict.FALSE, Verdict.MISLEADING, Verdict.UNVERIFIABLE})
    # Verdicts a review can end with; only these become published fact-checks.
    FINAL_VERDICTS = (Verdict.VERIFIED, Verdict.FALSE, Verdict.MISLEADING, Verdict.UNVERIFIABLE)
    # What counts in a speaker's track record, in the order it shows them; "not a
    # claim" is a dismissal, not a verdict on what the speaker said.
    COUNTED_VERDICTS = (*FINAL_VERDICTS, Verdict.PENDING)

    class Stance(models.TextChoices):
        ASSERTS = "asserts", "Asserts"
        # "The company denied that maintenance was neglected": the claim's text is
        # what the speaker denies, never what they said happened.
        DENIES = "denies", "Denies"

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
    stance = models.CharField(max_length=7, choices=Stance.choices, default=Stance.ASSERTS)
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
                _recount_after_commit({old_speaker, current.speaker_id})
            if "speaker" in changed:
                transaction.on_commit(
                    lambda: claims_reattributed.send(sender=Claim, claim_ids=[self.pk]),
                    robust=True,
                )
            if "verdict" in changed:
                new_verdict = current.verdict
                transaction.on_commit(
                    lambda: verdict_changed.send(
                        sender=Claim, claim_id=self.pk, old=old_verdict, new=new_verdict
                    ),
                    robust=True,
                )
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

    @staticmethod
    def verdict_note_problem(verdict: str | None, note: str | None, *, plural=False) -> str:
        """Why this verdict cannot be saved with this note ("" when it can)."""
        if verdict in Claim.NOTE_REQUIRED and not (note or "").strip():
            label = Claim.Verdict(verdict).label.lower()
            subject = "the claims are" if plural else "the claim is"
            return f"Say why {subject} {label}: a note is required."
        return ""

    def set_verdict(self, *, verdict: str, by, note: str = "", expected_version=None) -> "Claim":
        if verdict not in Claim.Verdict.values:
            raise ValidationError(f"Unknown verdict {verdict!r}.")
        note = note.strip()
        problem = Claim.verdict_note_problem(verdict, note)
        if problem:
            raise ValidationError(problem)
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
    return verdict in Claim.COUNTED_VERDICTS, verdict == Claim.Verdict.FALSE


def _recount_after_commit(speaker_ids: set[int | None]) -> None:
    """Have the speakers' list counters recounted once the change has committed.

    After the commit, not inside it: the recount locks speaker rows, which a
    speaker merge locks before claims, so doing it while holding the claim lock
    could deadlock. A worker recounts (claims.tasks connects to the signal), so an
    editor's change answers without waiting for a count that grows with the
    speaker; `robust` because the change has committed by then, and a broker that
    cannot take the job is logged, not turned into an error for the editor.
    """
    ids = sorted(pk for pk in speaker_ids if pk is not None)
    if ids:
        transaction.on_commit(
            lambda: speaker_counts_changed.send(sender=Claim, speaker_ids=ids), robust=True
        )


def _display(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
