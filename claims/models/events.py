"""The claims' audit trail."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ClaimEvent(models.Model):
    """Append-only audit trail: who changed what on a claim, when, from what to what."""

    class Action(models.TextChoices):
        VERDICT = "verdict", "Verdict"
        ATTRIBUTION = "attribution", "Attribution"
        ASSIGNMENT = "assignment", "Assignment"
        EVIDENCE = "evidence", "Evidence"
        MERGE = "merge", "Speaker merge"
        PROPOSAL = "proposal", "Verdict proposed"
        APPROVAL = "approval", "Verdict approved"
        SEND_BACK = "send_back", "Verdict sent back"
        COMMENT = "comment", "Comment"
        PUBLICATION = "publication", "Publication"
        # An editor's correction of what the extractor read: span, kind, stance,
        # hedge, figures; and a claim an editor added that the extractor missed.
        CORRECTION = "correction", "Correction"
        ADDED = "added", "Added"
        SPLIT = "split", "Split"
        COMBINED = "combined", "Merged claims"

    # An editor's corrections of what the extractor read; their history lines name
    # the field in words: "Figure: 23 killed → at least 23 killed".
    CORRECTIONS = frozenset({Action.CORRECTION, Action.ADDED, Action.SPLIT, Action.COMBINED})
    FIELD_LABELS = {
        "figure": "Figure",
        "text": "Words",
        "kind": "Kind",
        "stance": "Stance",
        "hedged": "Hedged",
        "hedge": "Hedge",
        "speaker": "Speaker",
        "verdict": "Verdict",
    }

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="events")
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

    @property
    def is_correction(self) -> bool:
        return self.action in ClaimEvent.CORRECTIONS

    @property
    def line(self) -> str:
        """The change in words: "Figure: 23 killed → at least 23 killed"."""
        label = ClaimEvent.FIELD_LABELS.get(self.field, self.field.replace("_", " ").capitalize())
        return f"{label}: {self.old_value or '(none)'} → {self.new_value or '(none)'}"
