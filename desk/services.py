"""The desk's workflows: discussing a claim, notifying people, publishing fact-checks."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Claim, ClaimEvent
from desk.markup import mentioned_names
from desk.models import Comment, Correction, FactCheck, Notification

COMMENT_MAX_CHARS = 5000
SLUG_WORDS_CHARS = 60


def notify(*, recipients, actor=None, verb: str, claim: Claim | None = None, url: str = "") -> None:
    """One notification per recipient, never to the actor about their own doing.

    `actor` is None for what no one did by hand (a figure entering a story's ledger).
    """
    Notification.objects.bulk_create(
        Notification(recipient=user, actor=actor, verb=verb[:200], claim=claim, url=url)
        for user in recipients
        if actor is None or user.pk != actor.pk
    )


def _mentioned_users(body: str):
    names = mentioned_names(body)
    if not names:
        return []
    return list(get_user_model().objects.filter(username__in=names, is_active=True))


def _clean_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise ValidationError("Write something first.")
    if len(body) > COMMENT_MAX_CHARS:
        raise ValidationError(f"A comment holds at most {COMMENT_MAX_CHARS} characters.")
    return body


def add_comment(*, claim: Claim, author, body: str) -> Comment:
    """Post a comment, record it in the claim's history, and notify the people it
    mentions."""
    body = _clean_body(body)
    with transaction.atomic():
        comment = Comment.objects.create(claim=claim, author=author, body=body)
        claim.record_discussion(by=author, action=ClaimEvent.Action.COMMENT, note=body)
        notify(
            recipients=_mentioned_users(body),
            actor=author,
            verb=f"{author.get_username()} mentioned you in a comment",
            claim=claim,
        )
    return comment


def edit_comment(*, comment: Comment, by, body: str) -> Comment:
    """The author rewrites a comment within its edit window; people newly mentioned
    are notified, the others not again."""
    if not comment.editable_by(by):
        raise PermissionDenied("Only its author can edit a comment, and only for ten minutes.")
    body = _clean_body(body)
    before = mentioned_names(comment.body)
    with transaction.atomic():
        comment.body, comment.edited_at = body, timezone.now()
        comment.save(update_fields=["body", "edited_at"])
        comment.claim.record_discussion(
            by=by, action=ClaimEvent.Action.COMMENT, note=f"(edited) {body}"
        )
        notify(
            recipients=[u for u in _mentioned_users(body) if u.get_username() not in before],
            actor=by,
            verb=f"{by.get_username()} mentioned you in a comment",
            claim=comment.claim,
        )
    return comment


def _slug_for(claim: Claim) -> str:
    words = slugify(claim.text)[:SLUG_WORDS_CHARS].rstrip("-")
    return f"{words}-{claim.pk}" if words else f"claim-{claim.pk}"


def publish(
    *, claim: Claim, by, explanation: str, recheck_on: datetime.date | None = None
) -> FactCheck:
    """Publish (or publish again after a withdrawal) the claim's verdict at its public page."""
    explanation = explanation.strip()
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        problem = FactCheck.publish_problem(claim, explanation)
        if problem:
            raise ValidationError(problem)
        now = timezone.now()
        fact_check = FactCheck.objects.filter(claim=claim).first() or FactCheck(
            claim=claim, slug=_slug_for(claim), published_at=now
        )
        if fact_check.is_published and fact_check.pk:
            raise ValidationError("This fact-check is already published.")
        fact_check.state = FactCheck.State.PUBLISHED
        fact_check.explanation = explanation
        fact_check.recheck_on = recheck_on
        fact_check.published_by = by
        fact_check.modified_at = now
        fact_check.withdrawn_at, fact_check.withdrawal_reason = None, ""
        fact_check.save()
        claim.record_discussion(
            by=by, action=ClaimEvent.Action.PUBLICATION, note=f"Published: {explanation}"
        )
    return fact_check


def correct(
    *,
    fact_check: FactCheck,
    by,
    verdict: str,
    note: str,
    correction: str,
    explanation: str = "",
    recheck_on: datetime.date | None = None,
    expected_version: int | None = None,
) -> FactCheck:
    """Change a published verdict, saying publicly why; the page lists every correction."""
    correction = correction.strip()
    if not correction:
        raise ValidationError("A published verdict changes only with a correction note.")
    if verdict not in Claim.FINAL_VERDICTS:
        raise ValidationError("A published fact-check keeps a final verdict; withdraw it instead.")
    with transaction.atomic():
        fact_check = FactCheck.objects.select_for_update().get(pk=fact_check.pk)
        if not fact_check.is_published:
            raise ValidationError("Only a published fact-check can be corrected.")
        claim = fact_check.claim
        old = claim.verdict
        claim.set_verdict(
            verdict=verdict,
            by=by,
            note=note,
            correction=correction,
            expected_version=expected_version,
        )
        Correction.objects.create(
            fact_check=fact_check, old_verdict=old, new_verdict=verdict, note=correction, by=by
        )
        fact_check.explanation = explanation.strip() or fact_check.explanation
        fact_check.recheck_on = recheck_on
        fact_check.modified_at = timezone.now()
        fact_check.save(update_fields=["explanation", "recheck_on", "modified_at"])
        claim.record_discussion(
            by=by, action=ClaimEvent.Action.PUBLICATION, note=f"Corrected: {correction}"
        )
    return fact_check


def withdraw(*, fact_check: FactCheck, by, reason: str) -> FactCheck:
    """Take a fact-check down; its page stays, saying it was withdrawn and why."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the fact-check is withdrawn: readers will see it.")
    with transaction.atomic():
        fact_check = FactCheck.objects.select_for_update().get(pk=fact_check.pk)
        if not fact_check.is_published:
            raise ValidationError("This fact-check is not published.")
        now = timezone.now()
        fact_check.state = FactCheck.State.WITHDRAWN
        fact_check.withdrawn_at = fact_check.modified_at = now
        fact_check.withdrawal_reason = reason
        fact_check.save(update_fields=["state", "withdrawn_at", "modified_at", "withdrawal_reason"])
        fact_check.claim.record_discussion(
            by=by, action=ClaimEvent.Action.PUBLICATION, note=f"Withdrawn: {reason}"
        )
    return fact_check
