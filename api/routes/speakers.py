"""Speakers: the registry's list, one speaker with their track record, and merging two."""

from typing import Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from api.auth import read_token, require, write_token
from api.problems import Problem
from api.routes.common import ERRORS, WRITE_ERRORS, keyset_page
from api.schemas import MergeIn, MergeOut, PathId, ProblemOut, SpeakerDetailOut, SpeakerPage, Text
from claims.speakers import merge_speakers
from claims.views.access import EDIT_REGISTRY
from claims.views.speakers import SPEAKER_SORTS
from sources.models import LAST_CLAIM_SORT, Speaker
from sources.services import search_speakers

router = Router(tags=["speakers"])

VIEW_SPEAKER = "sources.view_speaker"


class SpeakerFilters(Schema):
    q: Text = Field("", max_length=200, description="A name or any alias.")
    sort: Literal["claims", "false", "latest", "name"] = "claims"
    cursor: str = ""
    limit: int = Field(50, ge=1, le=200)


@router.get("/speakers", response={200: SpeakerPage, **ERRORS}, auth=read_token)
def list_speakers(request: HttpRequest, filters: Query[SpeakerFilters]):
    """Speakers not merged into another, by most claims (or `sort`)."""
    require(request, VIEW_SPEAKER)
    speakers = search_speakers(
        Speaker.objects.live().select_related("affiliation").annotate(latest=LAST_CLAIM_SORT),
        q=filters.q.strip(),
    )
    return keyset_page(
        SPEAKER_SORTS[filters.sort], speakers, cursor=filters.cursor, size=filters.limit
    )


@router.get(
    "/speakers/{int:speaker_id}", response={200: SpeakerDetailOut, **ERRORS}, auth=read_token
)
def get_speaker(request: HttpRequest, speaker_id: PathId):
    """A speaker with their aliases and track record; a merged one names its successor."""
    require(request, VIEW_SPEAKER)
    return get_object_or_404(Speaker.objects.select_related("affiliation"), pk=speaker_id)


@router.post(
    "/speakers/{int:speaker_id}/merge",
    response={200: MergeOut, 409: ProblemOut, **WRITE_ERRORS},
    auth=write_token,
)
def merge_speaker(request: HttpRequest, speaker_id: PathId, payload: MergeIn):
    """Make `drop` one more name of this speaker: its aliases and claims move here."""
    require(request, EDIT_REGISTRY)
    keep = get_object_or_404(Speaker, pk=speaker_id)
    drop = Speaker.objects.filter(pk=payload.drop).first()
    if drop is None:
        raise Problem(422, "No such speaker.", errors={"drop": ["No such speaker."]})
    try:
        merge = merge_speakers(keep=keep, drop=drop, by=request.user)
    except ValidationError as error:
        # Merged into itself, or one of the two merged elsewhere meanwhile.
        raise Problem(409, " ".join(error.messages)) from None
    keep.refresh_from_db()
    return {"keep": keep, "dropped": drop.pk, "claims_moved": merge.claim_count}
