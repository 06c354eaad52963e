"""The claim queue: every claim, filtered, a page at a time, with verdicts for a selection."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims.filters import ClaimFilterForm
from claims.forms import BulkVerdictForm, editors
from claims.models import Claim, ClaimConflict
from claims.pagination import BadCursor, Keyset
from claims.roles import can_review
from claims.views.access import editor, form_errors, reader, render_page
from sources.models import Outlet

QUEUE_PAGE_SIZE = 50
# Newest first; "a<id>" pages on to older claims, "b<id>" back to newer ones.
QUEUE_KEYSET = Keyset(order=("-id",), both_ways=True)


def _queue_context(request: HttpRequest, params: QueryDict) -> dict:
    """One page of the filtered queue; a malformed cursor shows the first page."""
    form = ClaimFilterForm(params, user=request.user)
    claims = Claim.objects.select_related("article__outlet", "speaker", "assignee").defer(
        "article__text"
    )
    kept = params.copy()
    kept.pop("cursor", None)
    base = kept.urlencode()

    def link(cursor: str) -> str:
        query = kept.copy()
        query["cursor"] = cursor
        return "?" + query.urlencode()

    rows, next_url, prev_url, paged = [], None, None, bool(params.get("cursor"))
    # Whether the selection has a ClaimReview to download (1) or not (0).
    reviewed = None
    if form.is_valid():
        claims = form.filter(claims)
        try:
            page = QUEUE_KEYSET.page(claims, params, size=QUEUE_PAGE_SIZE)
        except BadCursor:
            page, paged = QUEUE_KEYSET.page(claims, kept, size=QUEUE_PAGE_SIZE), False
        rows = page.rows
        reviewed = int(claims.filter(verdict__in=Claim.FINAL_VERDICTS).exists())
        next_url = link(page.next_cursor) if page.next_cursor else None
        prev_url = link(page.previous_cursor) if page.previous_cursor else None
    selected_speaker = form.cleaned_data.get("speaker") if form.is_valid() else None
    return {
        "form": form,
        "claims": rows,
        "next_url": next_url,
        "prev_url": prev_url,
        "first_url": "?" + base if paged else None,
        "filters": params.urlencode(),
        # The report of the same selection, whether this answers the queue or a bulk verdict.
        "export_query": kept,
        "selected_speaker": selected_speaker,
        "reviewed": reviewed,
        "can_review": can_review(request.user),
        "editors": list(editors()),
        "outlets": Outlet.objects.order_by("name"),
        "verdict_choices": Claim.Verdict.choices,
        "bulk_verdict": Claim.Verdict.VERIFIED,
        "ticked": set(),
    }


def _ticked(values: list[str]) -> set[int]:
    """The claims a refused bulk verdict had selected, to tick them again."""
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    return {
        int(pk)
        for pk, _, _ in (v.partition(":") for v in values)
        if pk.isascii() and pk.isdecimal() and len(pk) < 19
    }


@require_GET
@reader
def queue(request: HttpRequest) -> HttpResponse:
    return render_page(
        request, "claims/queue.html", _queue_context(request, request.GET), partial="results"
    )


@require_POST
@editor
def bulk_verdict(request: HttpRequest) -> HttpResponse:
    form = BulkVerdictForm(request.POST)
    params = QueryDict(request.POST.get("filters", ""))
    outcome = []
    if not form.is_valid():
        outcome = [("error", e) for e in form_errors(form)]
    else:
        verdict = form.cleaned_data["verdict"]
        selected = form.cleaned_data["claim"]
        changed, stale = 0, 0
        for claim in Claim.objects.filter(pk__in=selected).order_by("id"):
            try:
                claim.set_verdict(
                    verdict=verdict,
                    note=form.cleaned_data["note"],
                    by=request.user,
                    expected_version=selected[claim.pk],
                )
            except ClaimConflict:
                stale += 1
            except ValidationError as exc:
                outcome.append(("error", " ".join(exc.messages)))
            else:
                changed += 1
        label = Claim.Verdict(verdict).label.lower()
        claims_text = f"{changed} claim{'s' * (changed != 1)}"
        if Claim.needs_sign_off(verdict):
            done = f"Proposed {claims_text} as {label}, awaiting a second editor's sign-off."
        else:
            done = f"Marked {claims_text} {label}."
        outcome.append(("success", done))
        if stale:
            outcome.append(
                (
                    "error",
                    f"{stale} claim{'s were' if stale != 1 else ' was'} changed by someone else "
                    "first and left as they are; review them again.",
                )
            )
    refused = not form.is_valid()
    if request.htmx or refused:
        context = _queue_context(request, params)
        context["outcome"] = outcome
        # The editor's choice stays as they made it: a verdict set and ticks cleared by
        # a refusal would be applied to whatever they tick next.
        context["bulk_verdict"] = request.POST.get("verdict") or Claim.Verdict.VERIFIED
        if refused:
            context["ticked"] = _ticked(request.POST.getlist("claim"))
            context["bulk_note"] = request.POST.get("note", "")
        template = "claims/queue.html#results" if request.htmx else "claims/queue.html"
        return render(request, template, context, status=422 if refused else 200)
    for level, text in outcome:
        getattr(messages, level)(request, text)
    return redirect(reverse("claims:queue") + ("?" + params.urlencode() if params else ""))
