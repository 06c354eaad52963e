"""The claim: a span of an article, who said it, and the editors' verdict on it.

Every editor change goes through `Claim._apply`: version-checked, audited in the
same transaction, and answered with the stored row.

The module is long on purpose: every way an editor changes a claim (verdict,
sign-off, attribution, assignment, evidence, corrections, split and merge) is a
method here, because each must go through `_apply`'s version check, row lock
and audit in the same way; spread over modules they would drift apart.
"""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models.events import ClaimEvent
from claims.models.evidence import Evidence
from claims.models.quantity import Quantity, replace_figures
from claims.signals import (
    claims_reattributed,
    figures_changed,
    sign_off_step,
    speaker_counts_changed,
    verdict_changed,
    verification_changed,
)
from sources.models import Article, Speaker


class ClaimConflict(Exception):
    """Someone else saved the claim since the editor loaded it."""

    def __init__(self, current: "Claim"):
        self.current = current
        super().__init__(
            f"This claim was changed by someone else (now version {current.version}); "
            "review their change and try again."
        )


# Why claims' verdicts cannot be changed without a correction note: given claim ids,
# the problem of each one that cannot ({} when all can). Asked for many claims at
# once, so a verdict given to a repeated claim's members checks them in one query.
# An app above claims that makes a verdict public (desk) registers its check here when
# it loads, since claims cannot import it.
VerdictGuard = Callable[[list[int]], dict[int, str]]
VERDICT_GUARDS: list[VerdictGuard] = []
# A span is unique per article (claim_unique_span): the editor is told so in words.
SPAN_TAKEN = "Another claim already has exactly this span."

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

    def awaiting_sign_off(self) -> "ClaimQuerySet":
        return self.exclude(proposed_verdict="")

    def give_pending_verdict(self, *, verdict: str, by, note: str = "") -> list[int]:
        """Give the verdict to those of these claims still pending, as `set_verdict`
        gives it to one, and return their ids.

        The same rules (note, guards, sign-off), one audit event per changed field
        and claim, the same counters and signals, in a constant number of queries
        however many claims there are: the pending ones are row-locked, then
        written by one UPDATE. A claim that is not pending keeps its verdict.
        """
        if verdict not in Claim.Verdict.values:
            raise ValidationError(f"Unknown verdict {verdict!r}.")
        note = note.strip()
        problem = Claim.verdict_note_problem(verdict, note, plural=True)
        if problem:
            raise ValidationError(problem)
        now = timezone.now()
        action, changes, bookkeeping = Claim._verdict_change(verdict=verdict, note=note, by=by)
        with transaction.atomic():
            # of=self: a filter through another table must not lock that table's rows.
            pending = list(
                self.pending()
                .select_for_update(of=("self",))
                .order_by("pk")
                .only("pk", "verdict", "proposed_verdict", "speaker_id", "article_id")
            )
            problems = _guard_problems([claim.pk for claim in pending])
            if problems:
                raise ValidationError(next(iter(problems.values())))
            events = [
                event
                for claim in pending
                for event in _events(claim, changes, by=by, at=now, action=action, note=note)
            ]
            changed = sorted({event.claim_id for event in events})
            if not changed:
                return []
            Claim.objects.filter(pk__in=changed).update(
                **changes, **bookkeeping, edited_at=now, version=F("version") + 1
            )
            ClaimEvent.objects.bulk_create(events)
            if "verdict" in changes:
                moved = [c for c in pending if c.verdict != verdict]
                _verdicts_changed_after_commit([(c.pk, c.verdict, verdict) for c in moved])
                _recount_after_commit(
                    {c.speaker_id for c in moved if _counted(c.verdict) != _counted(verdict)}
                )
                _verification_changed(
                    [c.pk for c in moved if _verifies(c.verdict) != _verifies(verdict)],
                    verified=_verifies(verdict),
                )
        return changed


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
    attribution_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The editor who last confirmed, set or cleared the speaker.",
    )
    # With a database default too, so rows written outside the ORM (bulk loads) assert.
    stance = models.CharField(
        max_length=7, choices=Stance.choices, default=Stance.ASSERTS, db_default=Stance.ASSERTS
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
    # Sign-off (settings.VERDICT_SIGN_OFF): a final verdict waits here, proposed by one
    # editor, until a second approves it into `verdict` or sends it back.
    proposed_verdict = models.CharField(max_length=12, choices=Verdict.choices, blank=True)
    proposed_note = models.TextField(blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
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
            # The dashboard's summary of the desk's corrections starts from the
            # verdicts of the last 30 days.
            models.Index(fields=["verdict_at"], name="claim_verdict_at"),
        ]
        permissions = [
            ("review_claim", "Can change verdicts, attributions, evidence and assignments"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def said_by(self) -> str:
        """Who said it: the confirmed speaker, else the extractor's reading of the name."""
        if self.speaker_id:
            return self.speaker.name
        if self.attribution_state == Claim.AttributionState.UNATTRIBUTED:
            return ""
        return self.speaker_text

    @property
    def denial_lead(self) -> str:
        """ "The company denies:" for a denied claim, "" otherwise.

        A denied claim's text is what the speaker says did not happen; shown bare,
        it reads as the speaker's assertion, so every screen and report leads with this.
        """
        if self.stance != Claim.Stance.DENIES:
            return ""
        who = self.said_by
        return f"{who[:1].upper()}{who[1:]} denies:" if who else "Denied:"

    @property
    def as_said(self) -> str:
        """What the speaker actually said: "The company denies: maintenance had been
        neglected" for a denial, the claim's text otherwise."""
        lead = self.denial_lead
        return f"{lead} {self.text}" if lead else self.text

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
        related: Callable[[], list[tuple[str, str, str]]] | None = None,
    ) -> "Claim":
        """Write an editor's change and its audit events in one transaction.

        `changes` are the fields the audit trail records (one event per changed
        field); `bookkeeping` fields are written alongside without an event;
        `related` writes rows that hang off the claim (its figures) once the version
        is checked, and returns their audit lines as (field, old, new). The
        UPDATE is conditional on the version the editor saw, so of two editors
        saving at once exactly one lands and the other gets ClaimConflict.
        Returns the claim as stored, from the locked read and what was written, so
        it goes back to the editor without being read again; `self` holds the same
        afterwards.
        """
        now = timezone.now()
        with transaction.atomic():
            # With the speaker and assignee every answer shows (no query each
            # afterwards), locking the claim's row alone (of=self).
            current = (
                Claim.objects.select_for_update(of=("self",))
                .select_related("speaker", "assignee")
                .get(pk=self.pk)
            )
            seen = current.version if expected_version is None else expected_version
            if current.version != seen:
                raise ClaimConflict(current)
            events = _events(current, changes, by=by, at=now, action=action, note=note, bare=False)
            events += [
                ClaimEvent(
                    claim_id=self.pk,
                    user=by,
                    at=now,
                    action=action,
                    field=field,
                    old_value=old,
                    new_value=new,
                    note=note,
                )
                for field, old, new in (related() if related else [])
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
            if related is not None or changed & _LEDGER_FIELDS:
                # Summed up again from what is stored, the verdict included.
                figures_changed.send(sender=Claim, article_ids=[current.article_id])
            elif "verdict" in changed and _verifies(old_verdict) != _verifies(current.verdict):
                _verification_changed([self.pk], verified=_verifies(current.verdict))
            if "speaker" in changed:
                transaction.on_commit(
                    lambda: claims_reattributed.send(sender=Claim, claim_ids=[self.pk]),
                    robust=True,
                )
            if "verdict" in changed:
                _verdicts_changed_after_commit([(self.pk, old_verdict, current.verdict)])
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
    def span_problem(article_text: str, start: int | None, end: int | None) -> str:
        """Why this span cannot be a claim of the article ("" when it can)."""
        if start is None or end is None:
            return "Select the claim's words in the article text."
        if not 0 <= start < end <= len(article_text):
            return "The span must lie inside the article text."
        if not article_text[start:end].strip():
            return "The span must contain words, not only spaces."
        return ""

    @staticmethod
    def _checked(article_text: str, start: int, end: int, kind: str, stance: str) -> None:
        problem = Claim.span_problem(article_text, start, end)
        if problem:
            raise ValidationError({"span": problem})
        if kind not in Claim.Kind.values:
            raise ValidationError({"kind": f"Unknown kind {kind!r}."})
        if stance not in Claim.Stance.values:
            raise ValidationError({"stance": f"Unknown stance {stance!r}."})

    @staticmethod
    def _checked_figures(figures: list[dict]) -> None:
        for figure in figures:
            problem = Quantity.bounds_problem(
                figure.get("lower"), figure.get("upper")
            ) or Quantity.amount_problem(
                figure.get("value"),
                figure.get("lower"),
                figure.get("upper"),
                figure.get("qualifier", ""),
            )
            if problem:
                raise ValidationError({"quantities": problem})
            if figure.get("category") not in Quantity.Category.values:
                raise ValidationError({"quantities": "Pick a category from the list."})

    def correct(
        self,
        *,
        by,
        expected_version: int | None,
        start: int,
        end: int,
        kind: str,
        stance: str,
        hedged: bool,
        hedge: str = "",
        figures: list[dict] | None = None,
    ) -> "Claim":
        """Correct what the extractor read: the span, kind, stance, hedge and, when
        `figures` is given, the figures (field values from Quantity.EDITABLE).

        The claim counts as touched from then on, so re-extraction keeps it.
        """
        article_text = Article.objects.values_list("text", flat=True).get(pk=self.article_id)
        Claim._checked(article_text, start, end, kind, stance)
        if figures is not None:
            Claim._checked_figures(figures)
        changes = {
            "text": article_text[start:end],
            "kind": kind,
            "stance": stance,
            "hedged": hedged,
            "hedge": hedge.strip() if hedged else "",
        }
        # The same words found elsewhere in the article change no field the trail
        # records, so the move is said in a note.
        moved = (start, end) != (self.start, self.end) and changes["text"] == self.text
        try:
            return self._apply(
                by=by,
                expected_version=expected_version,
                action=ClaimEvent.Action.CORRECTION,
                note=f"Moved to the same words at characters {start}–{end}." if moved else "",
                changes=changes,
                bookkeeping={"start": start, "end": end},
                related=(
                    None
                    if figures is None
                    else lambda: replace_figures(claim_id=self.pk, figures=figures)
                ),
            )
        except IntegrityError:
            raise ValidationError({"span": SPAN_TAKEN}) from None

    @classmethod
    def add(
        cls,
        *,
        article: Article,
        by,
        start: int,
        end: int,
        kind: str,
        stance: str = Stance.ASSERTS,
        speaker: Speaker | None = None,
        hedged: bool = False,
        hedge: str = "",
        figures: list[dict] = (),
    ) -> "Claim":
        """A claim the extractor missed, added by an editor: audited like any change,
        and kept by re-extraction (it has `created_by`)."""
        Claim._checked(article.text, start, end, kind, stance)
        Claim._checked_figures(list(figures))
        now = timezone.now()
        try:
            with transaction.atomic():
                claim = cls.objects.create(
                    article=article,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    kind=kind,
                    stance=stance,
                    speaker=speaker,
                    speaker_text=speaker.name if speaker else "",
                    speaker_kind=speaker.kind if speaker else "",
                    # The editor named the speaker: nothing is left to check.
                    attribution_state=(
                        Claim.AttributionState.CONFIRMED
                        if speaker
                        else Claim.AttributionState.UNREVIEWED
                    ),
                    hedged=hedged,
                    hedge=hedge.strip() if hedged else "",
                    created_by=by,
                    created_at=now,
                    edited_at=now,
                )
                replace_figures(claim_id=claim.pk, figures=list(figures))
                ClaimEvent.objects.create(
                    claim=claim,
                    user=by,
                    at=now,
                    action=ClaimEvent.Action.ADDED,
                    field="text",
                    new_value=claim.text,
                )
                _recount_after_commit({claim.speaker_id})
        except IntegrityError:
            raise ValidationError({"span": SPAN_TAKEN}) from None
        return claim

    def split(
        self, *, by, expected_version: int | None, at: int, second_figures: list[int] = ()
    ) -> tuple["Claim", "Claim"]:
        """Split a claim that mixes two at article offset `at`: this claim keeps the
        words before, a new claim takes the words after.

        Both keep what the claim had: speaker, stance, verdict, evidence and the
        history so far. The figures at the positions in `second_figures` move to
        the new claim; the rest stay.
        """
        article_text = Article.objects.values_list("text", flat=True).get(pk=self.article_id)
        with transaction.atomic():
            current = Claim.objects.select_for_update().get(pk=self.pk)
            first_end = current.start + len(article_text[current.start : at].rstrip())
            second_start = (
                at
                + len(article_text[at : current.end])
                - len(article_text[at : current.end].lstrip())
            )
            if not current.start < first_end <= at <= second_start < current.end:
                raise ValidationError({"split": "Split inside the claim, between two words."})
            figures = list(Quantity.objects.filter(claim_id=self.pk))
            moved = [q for q in figures if q.position in set(second_figures)]
            now = timezone.now()
            copied = {
                field.attname: getattr(current, field.attname)
                for field in Claim._meta.concrete_fields
                if field.attname not in ("id", "version")
            }
            second = Claim.objects.create(
                **{
                    **copied,
                    "start": second_start,
                    "end": current.end,
                    "text": article_text[second_start : current.end],
                    "created_by_id": by.pk,
                    "created_at": now,
                    "edited_at": now,
                }
            )
            _copy_history(source=current.pk, target=second.pk)
            Evidence.objects.bulk_create(
                Evidence(
                    claim_id=second.pk,
                    url=item.url,
                    note=item.note,
                    stance=item.stance,
                    added_by_id=item.added_by_id,
                    created_at=item.created_at,
                )
                for item in Evidence.objects.filter(claim_id=current.pk)
            )
            Quantity.objects.filter(pk__in=[q.pk for q in moved]).update(claim_id=second.pk)
            figures_changed.send(sender=Claim, article_ids=[current.article_id])
            kept = self._apply(
                by=by,
                expected_version=expected_version,
                action=ClaimEvent.Action.SPLIT,
                changes={"text": article_text[current.start : first_end]},
                bookkeeping={"end": first_end},
                note=f"The rest became claim {second.pk}.",
            )
            ClaimEvent.objects.create(
                claim_id=second.pk,
                user=by,
                at=now,
                action=ClaimEvent.Action.SPLIT,
                field="text",
                old_value=current.text,
                new_value=second.text,
                note=f"Split from claim {self.pk}.",
            )
            _recount_after_commit({second.speaker_id})
        second.refresh_from_db()
        return kept, second

    def merge_with(
        self, *, other: "Claim", by, expected_version: int | None, other_version: int | None
    ) -> "Claim":
        """Merge the next claim of the article into this one, with its figures,
        evidence and history; refused when their final verdicts differ.

        The merged claim spans both; it keeps the verdict one of them has reached
        (a final verdict over a pending one) and this claim's speaker, else the other's.
        """
        with transaction.atomic():
            locked = {
                claim.pk: claim
                for claim in Claim.objects.select_for_update()
                .filter(pk__in=[self.pk, other.pk])
                .order_by("pk")
            }
            first, second = locked.get(self.pk), locked.get(other.pk)
            if first is None or second is None:
                raise Claim.DoesNotExist("The claim to merge is gone.")
            if other_version is not None and second.version != other_version:
                raise ClaimConflict(second)
            problem = Claim.merge_problem(first, second)
            if problem:
                raise ValidationError({"merge": problem})
            article_text = Article.objects.values_list("text", flat=True).get(pk=first.article_id)
            changes: dict[str, Any] = {"text": article_text[first.start : second.end]}
            bookkeeping: dict[str, Any] = {"end": second.end}
            if second.verdict in Claim.FINAL_VERDICTS and first.verdict not in Claim.FINAL_VERDICTS:
                changes["verdict"] = second.verdict
                bookkeeping.update(
                    verdict_note=second.verdict_note,
                    verdict_by_id=second.verdict_by_id,
                    verdict_at=second.verdict_at,
                )
            if first.speaker_id is None and second.speaker_id is not None:
                changes["speaker"] = second.speaker
                bookkeeping.update(
                    speaker_text=second.speaker_text,
                    attribution=second.attribution,
                    attribution_state=second.attribution_state,
                )

            def absorb() -> list[tuple[str, str, str]]:
                offset = Quantity.objects.filter(claim_id=first.pk).count()
                for quantity in Quantity.objects.filter(claim_id=second.pk):
                    Quantity.objects.filter(pk=quantity.pk).update(
                        claim_id=first.pk, position=offset + quantity.position
                    )
                Evidence.objects.filter(claim_id=second.pk).update(claim_id=first.pk)
                _copy_history(source=second.pk, target=first.pk)
                second.delete()
                return []

            merged = self._apply(
                by=by,
                expected_version=expected_version,
                action=ClaimEvent.Action.COMBINED,
                changes=changes,
                bookkeeping=bookkeeping,
                note=f"Merged with claim {second.pk}: \u201c{second.text}\u201d.",
                related=absorb,
            )
            _recount_after_commit({second.speaker_id})
        return merged

    @staticmethod
    def merge_problem(first: "Claim", second: "Claim") -> str:
        """Why these two claims cannot be merged ("" when they can)."""
        if first.article_id != second.article_id or first.pk == second.pk:
            return "Only two claims of the same article can be merged."
        if not first.start < second.start or first.end > second.end:
            return "Merge a claim with the one that follows it."
        between = Claim.objects.filter(
            article_id=first.article_id, start__gt=first.start, start__lt=second.start
        ).exclude(pk__in=[first.pk, second.pk])
        if between.exists():
            return "Only adjacent claims can be merged: another claim lies between them."
        verdicts = {first.verdict, second.verdict} & set(Claim.FINAL_VERDICTS)
        if len(verdicts) > 1:
            labels = " and ".join(sorted(Claim.Verdict(v).label.lower() for v in verdicts))
            return f"These claims have different verdicts ({labels}): settle one first."
        return ""

    @staticmethod
    def verdict_note_problem(verdict: str | None, note: str | None, *, plural=False) -> str:
        """Why this verdict cannot be saved with this note ("" when it can)."""
        if verdict in Claim.NOTE_REQUIRED and not (note or "").strip():
            label = Claim.Verdict(verdict).label.lower()
            subject = "the claims are" if plural else "the claim is"
            return f"Say why {subject} {label}: a note is required."
        return ""

    @staticmethod
    def needs_sign_off(verdict: str) -> bool:
        """Whether this verdict waits for a second editor (the one reading of the setting)."""
        return settings.VERDICT_SIGN_OFF and verdict in Claim.FINAL_VERDICTS

    def set_verdict(
        self, *, verdict: str, by, note: str = "", expected_version=None, correction: str = ""
    ) -> "Claim":
        """Set the verdict; under sign-off, a final verdict is proposed instead.

        A verdict a guard freezes (a published fact-check) changes only as a
        `correction`, which says publicly why; the correction is the publishing
        editor's own and is not proposed again.
        """
        if verdict not in Claim.Verdict.values:
            raise ValidationError(f"Unknown verdict {verdict!r}.")
        note = note.strip()
        problem = Claim.verdict_note_problem(verdict, note)
        if not problem and not correction.strip():
            problem = _guard_problems([self.pk]).get(self.pk, "")
        if problem:
            raise ValidationError(problem)
        action, changes, bookkeeping = Claim._verdict_change(
            verdict=verdict, note=note, by=by, correction=correction
        )
        return self._apply(
            by=by,
            expected_version=expected_version,
            action=action,
            note=note,
            changes=changes,
            bookkeeping=bookkeeping,
        )

    @staticmethod
    def _verdict_change(
        *, verdict: str, note: str, by, correction: str = ""
    ) -> tuple[str, dict[str, Any], dict[str, Any]]:
        """What setting a verdict writes: the action, the audited changes and the
        bookkeeping. Under sign-off a final verdict is proposed instead, unless it is
        a correction of a published one."""
        if Claim.needs_sign_off(verdict) and not correction.strip():
            return (
                ClaimEvent.Action.PROPOSAL,
                {"proposed_verdict": verdict},
                {"proposed_note": note, "proposed_by": by},
            )
        return (
            ClaimEvent.Action.VERDICT,
            # Any verdict set directly settles a proposal still waiting.
            {"verdict": verdict, "proposed_verdict": ""},
            {
                "verdict_note": note,
                "verdict_by": by,
                "verdict_at": timezone.now(),
                "proposed_note": "",
                "proposed_by": None,
            },
        )

    def record_discussion(self, *, by, action: str, note: str) -> None:
        """Put a comment or a publishing step in the claim's history. It changes no field
        of the claim, so the version stays and no editor's open form goes stale."""
        ClaimEvent.objects.create(claim_id=self.pk, user=by, action=action, note=note)

    def _proposal(self, *, expected_version: int | None) -> "Claim":
        """The claim as stored, with the proposal an approval or send-back acts on.

        Checked against the version the editor saw here, and again by `_apply`, so what
        is approved is the proposal the editor read.
        """
        stored = Claim.objects.select_related("proposed_by").get(pk=self.pk)
        if expected_version is not None and stored.version != expected_version:
            raise ClaimConflict(stored)
        if not stored.proposed_verdict:
            raise ValidationError("There is no proposed verdict waiting for sign-off.")
        return stored

    def approve(self, *, by, expected_version=None) -> "Claim":
        """A second editor makes the proposed verdict the claim's verdict."""
        stored = self._proposal(expected_version=expected_version)
        if stored.proposed_by_id == by.pk:
            raise ValidationError("A verdict needs a second editor: you cannot approve your own.")
        claim = self._apply(
            by=by,
            expected_version=stored.version,
            action=ClaimEvent.Action.APPROVAL,
            note=stored.proposed_note,
            changes={"verdict": stored.proposed_verdict, "proposed_verdict": ""},
            bookkeeping={
                "verdict_note": stored.proposed_note,
                "verdict_by": stored.proposed_by,
                "verdict_at": timezone.now(),
                "proposed_note": "",
                "proposed_by": None,
            },
        )
        _sign_off_step_after_commit(
            claim, ClaimEvent.Action.APPROVAL, by, stored.proposed_by, stored.proposed_note
        )
        return claim

    def send_back(self, *, by, note: str, expected_version=None) -> "Claim":
        """A second editor returns the proposal to its author, saying why."""
        note = note.strip()
        if not note:
            raise ValidationError("Say why the verdict goes back: a comment is required.")
        stored = self._proposal(expected_version=expected_version)
        claim = self._apply(
            by=by,
            expected_version=stored.version,
            action=ClaimEvent.Action.SEND_BACK,
            note=note,
            changes={"proposed_verdict": ""},
            bookkeeping={"proposed_note": "", "proposed_by": None},
        )
        _sign_off_step_after_commit(
            claim, ClaimEvent.Action.SEND_BACK, by, stored.proposed_by, note
        )
        return claim

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
            bookkeeping={"attribution_by": by},
        )

    def attribution_status(self) -> str:
        """Where the speaker stands, in one phrase: who checked it, or that someone should.

        A claim the extractor attributed through a pronoun or a description, to an
        anonymous source or to a speaker it created is a guess until an editor checks
        it (the attribution queue's reasons); a speaker named in the text is not.
        """
        who = self.attribution_by.get_username() if self.attribution_by else "an editor"
        if self.attribution_state == Claim.AttributionState.CONFIRMED:
            return f"speaker confirmed by {who}"
        if self.attribution_state == Claim.AttributionState.CORRECTED:
            return f"speaker set by {who}"
        if self.attribution_state == Claim.AttributionState.UNATTRIBUTED:
            return f"marked unattributed by {who}"
        if self.speaker is None:
            return "no speaker found by the extractor: check"
        if self.attribution_needs_check:
            return "speaker guessed by the extractor: check"
        return "speaker named in the text"

    @property
    def attribution_needs_check(self) -> bool:
        """An attribution no editor has checked that the extractor had to guess."""
        if self.attribution_state != Claim.AttributionState.UNREVIEWED:
            return False
        return (
            self.speaker is None
            or self.speaker_inferred
            or self.speaker_kind == Claim.SpeakerKind.ANONYMOUS
            or self.speaker.kind == Speaker.Kind.ANONYMOUS
            or self.speaker.created_by_extractor
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


# The claim's fields a story's figure ledger sums up its figures by: who said them.
# Whether an editor verified them is counted apart (`verification_changed`).
_LEDGER_FIELDS = frozenset({"speaker", "speaker_text"})


def _verifies(verdict: str) -> bool:
    """Whether the verdict marks the claim's figures verified in the stories' ledgers."""
    return verdict == Claim.Verdict.VERIFIED


def _verification_changed(claim_ids: list[int], *, verified: bool) -> None:
    if claim_ids:
        verification_changed.send(sender=Claim, claim_ids=claim_ids, verified=verified)


def _events(
    current: Claim, changes: dict[str, Any], *, by, at, action: str, note: str, bare: bool = True
) -> list[ClaimEvent]:
    """The audit events of writing `changes` over `current`, one per changed field;
    with `bare`, a change of no field that carries a note is still one event."""
    events = [
        ClaimEvent(
            claim_id=current.pk,
            user=by,
            at=at,
            action=action,
            field=field,
            old_value=_display(getattr(current, field)),
            new_value=_display(value),
            note=note,
        )
        for field, value in changes.items()
        if getattr(current, field) != value
    ]
    if bare and not events and note:
        events = [ClaimEvent(claim_id=current.pk, user=by, at=at, action=action, note=note)]
    return events


def _guard_problems(claim_ids: list[int]) -> dict[int, str]:
    """What the registered guards say against changing these claims' verdicts."""
    problems: dict[int, str] = {}
    if claim_ids:
        for guard in VERDICT_GUARDS:
            problems = {**guard(claim_ids), **problems}
    return problems


def _verdicts_changed_after_commit(changes: list[tuple[int, str, str]]) -> None:
    """Tell the apps above of the verdict changes, all in one signal, once committed;
    `robust`, because the changes stand whatever a receiver does."""
    if changes:
        transaction.on_commit(
            lambda: verdict_changed.send(sender=Claim, changes=changes), robust=True
        )


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


def _sign_off_step_after_commit(claim: "Claim", action: str, by, proposer, note: str) -> None:
    """Tell the apps above (the desk's notifications) once the step has committed;
    `robust`, because the step stands whatever a receiver does."""
    transaction.on_commit(
        lambda: sign_off_step.send(
            sender=Claim, claim_id=claim.pk, action=action, by=by, proposer=proposer, note=note
        ),
        robust=True,
    )


def _copy_history(*, source: int, target: int) -> None:
    """Give `target` a copy of `source`'s audit trail, so a claim made by splitting or
    merging keeps the history of the words it came from."""
    ClaimEvent.objects.bulk_create(
        ClaimEvent(
            claim_id=target,
            user_id=event.user_id,
            at=event.at,
            action=event.action,
            field=event.field,
            old_value=event.old_value,
            new_value=event.new_value,
            note=event.note,
        )
        for event in ClaimEvent.objects.filter(claim_id=source)
    )


def _display(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
