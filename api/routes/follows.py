"""Follows: what the token's user follows, and following a story or a speaker (PUT) or
no longer (DELETE), through tracking's follows, as on the ledger and alert screens."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema

from api.auth import read_token, require, write_token
from api.routes.common import ERRORS
from api.schemas import PathId, Ref
from claims.views.access import READ, REVIEW
from sources.models import Speaker
from tracking import follows
from tracking.models import Story

router = Router(tags=["follows"])


class StoryRef(Schema):
    id: int
    title: str


class FollowOut(Schema):
    story: StoryRef | None = Field(description="A followed story; null when a speaker is.")
    speaker: Ref | None = Field(description="A followed speaker; null when a story is.")


class FollowingOut(Schema):
    following: bool


@router.get("/follows", response={200: list[FollowOut], **ERRORS}, auth=read_token)
def list_follows(request: HttpRequest):
    """The stories and speakers the token's user follows, in the order they were followed."""
    require(request, READ)
    followed = request.user.follows.select_related("story", "speaker").order_by("pk")
    return [
        {
            "story": {"id": f.story.pk, "title": f.story.title} if f.story else None,
            "speaker": {"id": f.speaker.pk, "name": f.speaker.name} if f.speaker else None,
        }
        for f in followed
    ]


def _follow(request: HttpRequest, *, story=None, speaker=None, on: bool) -> dict:
    if on:
        follows.follow(user=request.user, story=story, speaker=speaker)
    else:
        follows.unfollow(user=request.user, story=story, speaker=speaker)
    return {"following": on}


@router.put(
    "/stories/{int:story_id}/follow", response={200: FollowingOut, **ERRORS}, auth=write_token
)
def follow_story(request: HttpRequest, story_id: PathId):
    """Be alerted when a figure moves the story's range or opens a conflict."""
    require(request, REVIEW)
    return _follow(request, story=get_object_or_404(Story, pk=story_id), on=True)


@router.delete(
    "/stories/{int:story_id}/follow", response={200: FollowingOut, **ERRORS}, auth=write_token
)
def unfollow_story(request: HttpRequest, story_id: PathId):
    require(request, REVIEW)
    return _follow(request, story=get_object_or_404(Story, pk=story_id), on=False)


@router.put(
    "/speakers/{int:speaker_id}/follow", response={200: FollowingOut, **ERRORS}, auth=write_token
)
def follow_speaker(request: HttpRequest, speaker_id: PathId):
    """Be alerted of the speaker's new figures and of verdicts on their claims."""
    require(request, REVIEW)
    return _follow(request, speaker=get_object_or_404(Speaker, pk=speaker_id), on=True)


@router.delete(
    "/speakers/{int:speaker_id}/follow", response={200: FollowingOut, **ERRORS}, auth=write_token
)
def unfollow_speaker(request: HttpRequest, speaker_id: PathId):
    require(request, REVIEW)
    return _follow(request, speaker=get_object_or_404(Speaker, pk=speaker_id), on=False)
