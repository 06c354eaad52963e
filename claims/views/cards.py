"""Claim cards: what a card shows, loaded in a fixed number of queries, and the card
that goes back after a change (in place for htmx, else back to the page it was on).

Every screen that lists claims as cards (review, attribution queue) builds on these.
"""

import logging
from urllib.parse import parse_qs, urlsplit

from django.contrib import messages
from django.db import DatabaseError
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from claims.attribution_queue import queue_tabs
from claims.forms import editors
from claims.models import Claim, ClaimEvent, Evidence
from claims.roles import can_review
from sources.models import Speaker

log = logging.getLogger(__name__)

# Prefetched into lists: calling .all() on a prefetched manager per card builds a
# queryset each time, which dominates the render time of a long claim list.
COMPACT_CARD_PREFETCHES = (
    Prefetch("quantities", to_attr="quantity_list"),
    Prefetch(
        "evidence", queryset=Evidence.objects.select_related("added_by"), to_attr="evidence_list"
    ),
)
CARD_PREFETCHES = (
    *COMPACT_CARD_PREFETCHES,
    Prefetch("events", queryset=ClaimEvent.objects.select_related("user"), to_attr="event_list"),
)
CARD_PEOPLE = ("speaker", "assignee", "verdict_by", "proposed_by", "attribution_by")


def claims_for_cards():
    """Claims with everything a card shows, in a fixed number of queries."""
    return Claim.objects.select_related(*CARD_PEOPLE).prefetch_related(*CARD_PREFETCHES)


def compact_claims_for_cards():
    """Claims for compact cards (no history), which many cards on one page can afford."""
    return Claim.objects.select_related(*CARD_PEOPLE).prefetch_related(*COMPACT_CARD_PREFETCHES)


VERDICT_KEYS = {
    Claim.Verdict.VERIFIED: "v",
    Claim.Verdict.FALSE: "f",
    Claim.Verdict.MISLEADING: "m",
    Claim.Verdict.UNVERIFIABLE: "u",
    Claim.Verdict.NOT_A_CLAIM: "n",
    Claim.Verdict.PENDING: "p",
}


def cards_context(request: HttpRequest) -> dict:
    """What every claim card on a page shares: the role, the editors, the choices."""
    reviewer = can_review(request.user)
    return {
        "can_review": reviewer,
        "editors": list(editors()) if reviewer else [],
        "verdict_buttons": [
            (value, label, VERDICT_KEYS[value], value in Claim.NOTE_REQUIRED)
            for value, label in Claim.Verdict.choices
        ],
        "stances": Evidence.Stance.choices,
        "speaker_kinds": Speaker.Kind.choices,
    }


def card_context(request: HttpRequest, claim: Claim, **extra) -> dict:
    """Context for templates/claims/_claim_card.html, for any page that shows one card."""
    return {**cards_context(request), "claim": claim, **extra}


def card_claim(pk: int) -> Claim:
    return get_object_or_404(claims_for_cards(), pk=pk)


def claim_with_people(pk: int) -> Claim:
    """A claim with the people its card shows."""
    return get_object_or_404(Claim.objects.select_related(*CARD_PEOPLE), pk=pk)


def claim_handle(pk: int) -> Claim:
    """A claim to change without reading it first: the change reads and locks the row
    itself (Claim._apply), and raises Claim.DoesNotExist when there is none."""
    return Claim(pk=pk)


def next_url(request: HttpRequest) -> str:
    """The page a card's form was posted from, when it names one on this site."""
    url = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    # A path on this site only: anything else would be taken for a view's name.
    return url.partition("#")[0] if url.startswith("/") and safe else ""


def card_response(request: HttpRequest, claim: Claim, *, status=200, **extra) -> HttpResponse:
    # What hangs off the claim is read here, once, whichever way it was loaded; a
    # person the card names and the claim has not loaded is read when shown.
    prefetch_related_objects([claim], *CARD_PREFETCHES)
    context = card_context(request, claim, next=next_url(request), **extra)
    current = request.htmx.current_url_abs_path or ""
    if current.startswith(reverse("claims:article_review", args=[claim.article_id])):
        context["counts"] = verdict_counts(claim.article_id)
    if current.startswith(reverse("claims:attribution")):
        if status == 200 and claim.attribution_state != Claim.AttributionState.UNREVIEWED:
            # Checked: the claim leaves the queue, and the queue's counts say so.
            tabs, total = queue_tabs()
            reason = parse_qs(urlsplit(current).query).get("reason", [""])[0]
            context.update(tabs=tabs, total=total, reason=reason)
            return render(request, "claims/_attribution_done.html", context)
        context["attribution_open"] = True
    return render(request, "claims/card_response.html", context, status=status)


def after_change(request: HttpRequest, claim: Claim, *, status=200, **extra) -> HttpResponse:
    """The updated card in place for htmx; otherwise back to the page the card was on,
    or to the claim on its article."""
    if request.htmx:
        try:
            return card_response(request, claim, status=status, **extra)
        except DatabaseError:
            if status != 200:
                raise
            # The change is committed; only the reads for the card failed (a dropped
            # connection). Say it was saved rather than answer 500, which reads as lost.
            log.warning("Claim %s saved; its card could not be rendered.", claim.pk, exc_info=True)
            return render(request, "claims/_card_saved.html", {"claim": claim})
    for error in extra.get("errors", ()):
        messages.error(request, error)
    if "conflict" in extra:
        messages.error(request, conflict_text(extra["conflict"]))
    url = next_url(request) or reverse("claims:article_review", args=[claim.article_id])
    return redirect(f"{url}#claim-{claim.pk}")


def conflict_text(conflict: dict) -> str:
    changes = "; ".join(e.sentence() for e in conflict["events"])
    who = conflict["by"] or "someone"
    return f"Not saved: {who} changed this claim first ({changes}). Review it and try again."


def conflict_of(claim: Claim) -> dict:
    """The change that beat the editor's save: the latest events, who made them and when."""
    latest = list(claim.events.select_related("user").order_by("-at", "-id")[:10])
    events = [
        e for e in latest if latest and e.at == latest[0].at and e.user_id == latest[0].user_id
    ]
    return {
        "events": events,
        "by": events[0].user if events and events[0].user else None,
        "at": events[0].at if events else None,
    }


def verdict_counts(article_id: int) -> dict:
    rows = (
        Claim.objects.filter(article_id=article_id).values_list("verdict").annotate(n=Count("id"))
    )
    return counts_table(dict(rows))


def counts_table(by_verdict: dict) -> dict:
    return {
        "total": sum(by_verdict.values()),
        # Claims with a final verdict: those a ClaimReview export holds.
        "reviewed": sum(by_verdict.get(value, 0) for value in Claim.FINAL_VERDICTS),
        "verdicts": [
            (value, label, by_verdict.get(value, 0)) for value, label in Claim.Verdict.choices
        ],
    }
