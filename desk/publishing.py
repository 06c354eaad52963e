"""What publishing means for the layers below: a published verdict is frozen, and a
published review's ClaimReview points at its public page."""

from typing import Any

from claims.models import Claim
from desk.models import FactCheck
from reports.claimreview import review_of
from reports.selection import Report


def published_verdict_problems(claim_ids: list[int]) -> dict[int, str]:
    """Registered with claims: a published verdict changes only as a correction."""
    published = FactCheck.objects.published().filter(claim_id__in=claim_ids)
    return {
        claim_id: (
            "This verdict is published: correct it from its fact-check page, "
            "with a correction note readers will see."
        )
        for claim_id in published.values_list("claim_id", flat=True)
    }


def public_urls(claims: list[Claim]) -> dict[int, str]:
    """Registered with reports: the public page of each published claim of a chunk."""
    rows = FactCheck.objects.published().filter(claim__in=claims).values_list("claim_id", "slug")
    return {claim_id: FactCheck(slug=slug).public_url() for claim_id, slug in rows}


def public_claim(fact_check: FactCheck) -> Claim:
    """The fact-check's claim with what a report shows of it (speaker's name, article,
    figures, evidence), loaded the way every report loads it."""
    report = Report(
        kind="fact_check",
        title=str(fact_check),
        claims=Claim.objects.filter(pk=fact_check.claim_id),
    )
    return next(report.iter_claims())


def claim_review_document(fact_check: FactCheck, claim: Claim) -> dict[str, Any]:
    """The ClaimReview of a published fact-check, at its public address.

    Published the day it was first published; modified at the last correction; it
    expires on the re-check date, when there is one.
    """
    document = review_of(claim, url=fact_check.public_url())
    document["datePublished"] = fact_check.published_at.date().isoformat()
    document["dateModified"] = fact_check.modified_at.isoformat()
    document["reviewRating"]["ratingExplanation"] = fact_check.explanation
    if fact_check.recheck_on:
        document["expires"] = fact_check.recheck_on.isoformat()
    return document
