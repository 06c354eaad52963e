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

    # How an attribution state reads once an editor has set it.
    _ATTRIBUTION_STATES = {
        "confirmed": "confirmed the speaker",
        "corrected": "corrected the speaker",
        "unattributed": "marked the claim unattributed",
        "unreviewed": "put the speaker back for checking",
    }

    # Actions whose sentence needs no field or values.
    _ACTION_SENTENCES = {
        "added": "added the claim the extractor missed",
        "split": "split the claim in two",
        "combined": "merged two claims into this one",
        "proposal": "proposed a verdict",
        "approval": "approved the proposed verdict",
        "send_back": "sent the proposed verdict back",
        "comment": "commented",
        "publication": "published the fact-check",
    }

    def sentence(self) -> str:
        """The change as an editor reads it, after the name of who made it: "marked the
        claim unverifiable (was pending)". The one wording of an event for the card's
        history, the dashboard's activity and the message about a conflicting save."""
        old, new = self.old_value, self.new_value
        if self.action == self.Action.VERDICT:
            if not self.field:
                return "changed the note on the verdict"
            was = f" (was {self._label(old)})" if old else ""
            return f"marked the claim {self._label(new)}{was}"
        if self.action == self.Action.MERGE:
            return f"moved the claim from “{old}” to “{new}”"
        if self.action == self.Action.ATTRIBUTION:
            if not self.field:
                return "commented on the speaker"
            if self.field == "attribution_state":
                return self._ATTRIBUTION_STATES.get(new, "changed the speaker's state")
            if not new:
                return f"cleared the speaker (was “{old}”)"
            if not old:
                return f"set the speaker to “{new}”"
            return f"changed the speaker from “{old}” to “{new}”"
        if self.action == self.Action.ASSIGNMENT:
            if not new:
                return f"unassigned the claim (was {old})"
            if not old:
                return f"assigned the claim to {new}"
            return f"reassigned the claim from {old} to {new}"
        if self.action == self.Action.EVIDENCE:
            return f"added evidence: {self.note}" if self.note else "added evidence"
        if self.action == self.Action.CORRECTION and self.field:
            line = self.line
            return f"corrected {line[0].lower()}{line[1:]}"
        return self._ACTION_SENTENCES.get(self.action, self.get_action_display().lower())

    @property
    def remark(self) -> str:
        """The note the editor gave with the change; evidence carries its own in the sentence."""
        return "" if self.action == self.Action.EVIDENCE else self.note

    def _label(self, value: str) -> str:
        """A stored choice as its label ("not_a_claim" reads "not a claim")."""
        field = self._meta.get_field("claim").related_model._meta.get_field(self.field)
        return str(dict(field.flatchoices).get(value, value)).lower()
