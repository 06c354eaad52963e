"""Claims: the queue with its filters, one claim in full, and the editors' changes,
each through the Claim method the screens use and checked against the version seen."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Status

from api.auth import read_token, require, write_token
from api.problems import Problem, form_problem
from api.routes.common import ERRORS, WRITE_ERRORS, keyset_page
from api.schemas import (
    QUANTITY_LIST,
    AssignmentIn,
    AttributionIn,
    ClaimDetailOut,
    ClaimOut,
    ClaimPage,
    ConflictOut,
    EvidenceIn,
    EvidenceOut,
    FiguresIn,
    PathId,
    QueueFilters,
    VerdictIn,
    claim_detail_row,
    claim_row,
    evidence_row,
)
from claims.correction_forms import QuantityForm
from claims.filters import ClaimFilterForm
from claims.forms import EvidenceForm, editors
from claims.models import Claim, ClaimConflict, Quantity
from claims.pagination import Keyset
from claims.speakers import attribute_claim
from claims.views.access import READ, REVIEW
from sources.models import Speaker

router = Router(tags=["claims"])

# Newest first, as the queue on the screens.
CLAIM_KEYSET = Keyset(order=("-id",))
CHANGE_ERRORS = {**WRITE_ERRORS, 409: ConflictOut}


class ClaimListParams(QueueFilters):
    cursor: str = Field("", description="`next_cursor` of the page before.")
    limit: int = Field(50, ge=1, le=200)


def _claims():
    return Claim.objects.select_related("speaker", "assignee").prefetch_related(QUANTITY_LIST)


# The columns claim_row reads: a list page loads these, not the speakers' and
# assignees' whole rows (an editor's password hash among them).
LISTED = (
    "article_id",
    "text",
    "kind",
    "verdict",
    "verdict_note",
    "speaker_text",
    "speaker_kind",
    "attribution",
    "attribution_state",
    "stance",
    "hedged",
    "hedge",
    "version",
    "created_at",
    "edited_at",
    "speaker__name",
    "assignee__username",
)


def _claim_in_full(pk: int) -> Claim:
    claims = (
        _claims()
        .select_related("article", "verdict_by")
        .defer("article__text")
        .prefetch_related("evidence__added_by", "events__user")
    )
    return get_object_or_404(claims, pk=pk)


def _conflict(exc: ClaimConflict) -> Problem:
    current = ClaimDetailOut.model_validate(claim_detail_row(_claim_in_full(exc.current.pk)))
    return Problem(409, str(exc), extra={"current": current.model_dump(mode="json")})


@router.get("/claims", response={200: ClaimPage, **ERRORS}, auth=read_token)
def list_claims(request: HttpRequest, filters: Query[ClaimListParams]):
    """The claim queue, newest first, a page at a time, with every filter of the screen."""
    require(request, READ)
    form = ClaimFilterForm(request.GET, user=request.user)
    if not form.is_valid():
        raise form_problem(form)
    page = keyset_page(
        CLAIM_KEYSET,
        form.filter(_claims().only(*LISTED)),
        cursor=filters.cursor,
        size=filters.limit,
    )
    return {**page, "items": [claim_row(claim) for claim in page["items"]]}


@router.get("/claims/{int:claim_id}", response={200: ClaimDetailOut, **ERRORS}, auth=read_token)
def get_claim(request: HttpRequest, claim_id: PathId):
    """A claim with its figures, evidence and history."""
    require(request, READ)
    return claim_detail_row(_claim_in_full(claim_id))


@router.post(
    "/claims/{int:claim_id}/verdict", response={200: ClaimOut, **CHANGE_ERRORS}, auth=write_token
)
def set_verdict(request: HttpRequest, claim_id: PathId, payload: VerdictIn):
    """Set the verdict; false, misleading and unverifiable need a note saying why."""
    require(request, REVIEW)
    problem = Claim.verdict_note_problem(payload.verdict, payload.note)
    if problem:
        raise Problem(422, problem, errors={"note": [problem]})
    try:
        claim = Claim(pk=claim_id).set_verdict(
            verdict=payload.verdict,
            note=payload.note,
            by=request.user,
            expected_version=payload.version,
        )
    except Claim.DoesNotExist:
        raise Problem(404, "No such claim.") from None
    except ClaimConflict as exc:
        raise _conflict(exc) from None
    return claim_row(claim)


@router.post(
    "/claims/{int:claim_id}/attribution",
    response={200: ClaimOut, **CHANGE_ERRORS},
    auth=write_token,
)
def set_attribution(request: HttpRequest, claim_id: PathId, payload: AttributionIn):
    """Confirm the speaker (send the same id), correct it, or mark the claim unattributed (null)."""
    require(request, REVIEW)
    claim = get_object_or_404(Claim.objects.select_related("speaker"), pk=claim_id)
    speaker = None
    if payload.speaker is not None:
        speaker = Speaker.objects.filter(pk=payload.speaker).first()
        if speaker is None:
            raise Problem(422, "No such speaker.", errors={"speaker": ["No such speaker."]})
    try:
        with transaction.atomic():
            claim = attribute_claim(
                claim=claim,
                speaker=speaker,
                note=payload.note,
                by=request.user,
                expected_version=payload.version,
            )
    except ClaimConflict as exc:
        raise _conflict(exc) from None
    return claim_row(claim)


@router.post(
    "/claims/{int:claim_id}/assignment", response={200: ClaimOut, **CHANGE_ERRORS}, auth=write_token
)
def set_assignment(request: HttpRequest, claim_id: PathId, payload: AssignmentIn):
    """Assign the claim to an editor, or to nobody (null)."""
    require(request, REVIEW)
    assignee = None
    if payload.assignee is not None:
        assignee = editors().filter(pk=payload.assignee).first()
        if assignee is None:
            message = "Claims can be assigned to editors only."
            raise Problem(422, message, errors={"assignee": [message]})
    try:
        claim = Claim(pk=claim_id).assign(
            assignee=assignee, by=request.user, expected_version=payload.version
        )
    except Claim.DoesNotExist:
        raise Problem(404, "No such claim.") from None
    except ClaimConflict as exc:
        raise _conflict(exc) from None
    return claim_row(claim)


@router.post(
    "/claims/{int:claim_id}/figures", response={200: ClaimOut, **CHANGE_ERRORS}, auth=write_token
)
def set_figures(request: HttpRequest, claim_id: PathId, payload: FiguresIn):
    """Correct the claim's figures: send them all, in order, as they should read."""
    require(request, REVIEW)
    claim = get_object_or_404(Claim, pk=claim_id)
    figures, errors, details = [], {}, []
    # The correction form's own rows, so the rules and their wording are the screen's.
    for position, figure in enumerate(payload.figures):
        form = QuantityForm(figure.dict())
        if form.is_valid():
            figures.append({name: form.cleaned_data[name] for name in Quantity.EDITABLE})
        for field, messages in form.errors.items():
            errors[f"figures.{position}.{field}"] = [str(m) for m in messages]
            details += [f"Figure {position + 1}: {m}" for m in messages]
    if errors:
        raise Problem(422, " ".join(details), errors=errors)
    try:
        # Only the figures change: the rest of what the extractor read is sent back as is.
        claim = claim.correct(
            by=request.user,
            expected_version=payload.version,
            start=claim.start,
            end=claim.end,
            kind=claim.kind,
            stance=claim.stance,
            hedged=claim.hedged,
            hedge=claim.hedge,
            figures=figures,
        )
    except ClaimConflict as exc:
        raise _conflict(exc) from None
    except ValidationError as exc:
        raise Problem(422, " ".join(exc.messages)) from None
    return claim_row(claim)


@router.get(
    "/claims/{int:claim_id}/evidence", response={200: list[EvidenceOut], **ERRORS}, auth=read_token
)
def list_evidence(request: HttpRequest, claim_id: PathId):
    require(request, READ)
    claim = get_object_or_404(Claim.objects.only("pk"), pk=claim_id)
    return [evidence_row(e) for e in claim.evidence.select_related("added_by")]


@router.post(
    "/claims/{int:claim_id}/evidence", response={201: EvidenceOut, **WRITE_ERRORS}, auth=write_token
)
def add_evidence(request: HttpRequest, claim_id: PathId, payload: EvidenceIn):
    """Attach a link or a note; evidence only adds, so it needs no version."""
    require(request, REVIEW)
    claim = get_object_or_404(Claim.objects.only("pk"), pk=claim_id)
    form = EvidenceForm(payload.dict())
    if not form.is_valid():
        raise form_problem(form)
    try:
        evidence = claim.add_evidence(
            by=request.user,
            stance=form.cleaned_data["stance"],
            url=form.cleaned_data["url"],
            note=form.cleaned_data["note"],
        )
    except ValidationError as error:
        raise Problem(422, " ".join(error.messages)) from None
    return Status(201, evidence_row(evidence))
