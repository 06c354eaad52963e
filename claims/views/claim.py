"""One claim's card: reading it, and the editor's changes to it (verdict, speaker,
evidence, assignment), each answered with the updated card."""

from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET, require_POST

from claims.forms import (
    AssignForm,
    AttributionForm,
    EvidenceForm,
    SignOffForm,
    SpeakerLookupForm,
    VerdictForm,
)
from claims.models import Claim, ClaimConflict
from claims.speakers import attribute_claim
from claims.views.access import editor, form_errors, reader, render_page
from claims.views.cards import (
    after_change,
    card_claim,
    card_context,
    claim_handle,
    claim_with_people,
    conflict_of,
)
from sources.models import Speaker
from sources.services import search_speakers


@require_GET
@reader
def claim_card(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    return render_page(
        request,
        "claims/claim_page.html",
        card_context(request, claim, article=claim.article),
        partial="card",
    )


@require_POST
@editor
def claim_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    form = VerdictForm(request.POST)
    if not form.is_valid():
        return after_change(
            request,
            claim_with_people(pk),
            status=422,
            errors=form_errors(form),
            note=request.POST.get("note", ""),
        )
    data = form.cleaned_data
    return _change(
        request,
        pk,
        lambda handle: handle.set_verdict(
            verdict=data["verdict"],
            note=data["note"],
            by=request.user,
            expected_version=data["version"],
        ),
    )


@require_POST
@editor
def claim_sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    """A second editor approves the proposed verdict or sends it back."""
    form = SignOffForm(request.POST)
    if not form.is_valid():
        return after_change(request, claim_with_people(pk), status=422, errors=form_errors(form))
    data = form.cleaned_data

    def sign_off(handle: Claim) -> Claim:
        if data["action"] == SignOffForm.APPROVE:
            return handle.approve(by=request.user, expected_version=data["version"])
        return handle.send_back(
            by=request.user, note=data["note"], expected_version=data["version"]
        )

    try:
        return _change(request, pk, sign_off)
    except ValidationError as exc:
        return after_change(request, claim_with_people(pk), status=422, errors=exc.messages)


@require_POST
@editor
def claim_attribution(request: HttpRequest, pk: int) -> HttpResponse:
    claim = claim_with_people(pk)
    form = AttributionForm(request.POST, claim=claim)
    if not form.is_valid():
        return after_change(request, claim, status=422, errors=form_errors(form))
    try:
        with transaction.atomic():
            claim = attribute_claim(
                claim=claim,
                speaker=form.chosen_speaker(),
                note=form.cleaned_data["note"],
                by=request.user,
                expected_version=form.cleaned_data["version"],
            )
    except ClaimConflict as exc:
        return after_change(request, exc.current, status=409, conflict=conflict_of(exc.current))
    return after_change(request, claim)


@require_POST
@editor
def claim_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    claim = claim_with_people(pk)
    form = EvidenceForm(request.POST)
    if not form.is_valid():
        return after_change(request, claim, status=422, errors=form_errors(form))
    # Evidence only adds to a claim, so it never conflicts with another editor's change.
    claim.add_evidence(
        by=request.user,
        stance=form.cleaned_data["stance"],
        url=form.cleaned_data["url"],
        note=form.cleaned_data["note"],
    )
    return after_change(request, claim)


@require_POST
@editor
def claim_assign(request: HttpRequest, pk: int) -> HttpResponse:
    form = AssignForm(request.POST)
    if not form.is_valid():
        return after_change(request, claim_with_people(pk), status=422, errors=form_errors(form))
    data = form.cleaned_data
    return _change(
        request,
        pk,
        lambda handle: handle.assign(
            assignee=data["assignee"], by=request.user, expected_version=data["version"]
        ),
    )


def _change(request: HttpRequest, pk: int, change: Callable[[Claim], Claim]) -> HttpResponse:
    """Apply one version-checked change to the claim and answer with its card: 404 when
    the claim is gone, 409 with the change that came first when another editor won."""
    try:
        claim = change(claim_handle(pk))
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    except ClaimConflict as exc:
        return after_change(request, exc.current, status=409, conflict=conflict_of(exc.current))
    return after_change(request, claim)


@require_GET
@reader
def speaker_search(request: HttpRequest) -> HttpResponse:
    """Registry speakers matching what was typed, by name or any alias."""
    form = SpeakerLookupForm(request.GET)
    valid = form.is_valid()
    query = form.cleaned_data["q"].strip() if valid else ""
    mode = (valid and form.cleaned_data["mode"]) or "attribute"
    speakers = []
    if query:
        speakers = list(
            search_speakers(Speaker.objects.live(), q=query).order_by("name", "id")[:10]
        )
    context = {"speakers": speakers, "q": query, "mode": mode}
    return render_page(request, "claims/speaker_search.html", context, partial="results")
