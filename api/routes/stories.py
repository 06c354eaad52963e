"""Stories and their figure ledger: list and search, one story with its articles, the
editors' changes (a new story, articles filed and removed, two stories merged), the
ledger and its conflicts, and an editor's explanation of a conflict.

Each change goes through the tracking service the story screens use, with the
screens' permissions. The ledger answers in the shape of the story report's JSON
(`export_report --story ID --format json`), read through the same report.
"""

import datetime
from typing import Literal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status

from api.auth import read_token, require, write_token
from api.problems import Problem, form_problem
from api.routes.common import ERRORS, WRITE_ERRORS, keyset_page
from api.schemas import ArticleOut, Category, Id, PathId, ProblemOut, Text, one_of
from claims.views.access import READ, REVIEW
from reports.story import conflict_record, story_record, story_report
from sources.models import Article
from tracking import stories
from tracking.forms import ExplainForm, StoryForm
from tracking.models import FigureConflict, Story, StoryArticle
from tracking.tasks import queue_figures_entered
from tracking.views.stories import STORY_KEYSET

router = Router(tags=["stories"])

StoryState = one_of(Story.State)
ConflictType = one_of(FigureConflict.Type)
# Articles filed in one request: about what the story screen's box of numbers holds.
MAX_FILED = 500


class StoryFilters(Schema):
    q: Text = Field("", max_length=200, description="Words in the title or the description.")
    cursor: str = ""
    limit: int = Field(25, ge=1, le=100)


class StoryOut(Schema):
    id: int
    title: str
    description: str
    state: StoryState
    latest: datetime.date = Field(description="Publication date of its latest article.")
    article_count: int
    created_at: datetime.datetime


class StoryPage(Schema):
    items: list[StoryOut]
    next_cursor: str | None


class StoryDetailOut(StoryOut):
    articles: list[ArticleOut] = Field(description="In publication order.")

    @staticmethod
    def resolve_articles(story: Story) -> list[Article]:
        return list(
            Article.objects.filter(filings__story=story)
            .select_related("outlet")
            .defer("text")
            .order_by(F("published").asc(nulls_last=True), "pk")
        )


class StoryIn(Schema):
    title: Text = Field(max_length=200)
    description: Text = Field("", max_length=5000)


class FilingIn(Schema):
    articles: list[Id] = Field(min_length=1, max_length=MAX_FILED, description="Article ids.")


class FiledOut(Schema):
    added: int = Field(description="Articles that were not filed under the story yet.")
    story: StoryOut


class StoryMergeIn(Schema):
    drop: Id = Field(description="The story whose articles move into this one; it is deleted.")


class LedgerEntryOut(Schema):
    claim_id: int
    value: int | float | None
    lower: int | float | None
    upper: int | float | None
    qualifier: str
    figure: str = Field(description='The figure as the article bounded it: "at least 23".')
    subject: str
    speaker: str
    outlet: str
    published: datetime.date | None = Field(description="The figure's as-of date.")
    hedged: bool
    verdict: str


class LedgerColumnOut(Schema):
    category: Category
    entries: list[LedgerEntryOut]


class ConflictRecordOut(Schema):
    id: int
    category: Category
    type: ConflictType
    claim_ids: list[int]
    explained: bool
    note: str


class StoryRefOut(Schema):
    id: int
    title: str


class LedgerOut(Schema):
    story: StoryRefOut
    ledger: list[LedgerColumnOut] = Field(description="Each category's figures, oldest first.")
    conflicts: list[ConflictRecordOut]


class ConflictFilter(Schema):
    state: Literal["all", "open", "explained"] = "all"


class ExplainIn(Schema):
    note: Text = Field(max_length=2000, description="How the figures are explained.")


def _counted(found: list[Story]) -> list[Story]:
    """Each story with the number of its articles, in one query for the lot."""
    sizes = dict(
        StoryArticle.objects.filter(story__in=found)
        .values("story_id")
        .annotate(count=Count("pk"))
        .values_list("story_id", "count")
    )
    for story in found:
        story.article_count = sizes.get(story.pk, 0)
    return found


def _story(story_id: int) -> Story:
    return _counted([get_object_or_404(Story, pk=story_id)])[0]


def _conflict(conflict: FigureConflict) -> dict:
    """A conflict as the story report records it, with its id to explain it by."""
    return {"id": conflict.pk, **conflict_record(conflict)}


@router.get("/stories", response={200: StoryPage, **ERRORS}, auth=read_token)
def list_stories(request: HttpRequest, filters: Query[StoryFilters]):
    """Stories, the latest news first; `q` searches titles and descriptions."""
    require(request, READ)
    found = Story.objects.all()
    query = filters.q.strip()
    if query:
        found = found.filter(Q(title__icontains=query) | Q(description__icontains=query))
    page = keyset_page(STORY_KEYSET, found, cursor=filters.cursor, size=filters.limit)
    _counted(page["items"])
    return page


@router.post("/stories", response={201: StoryOut, **WRITE_ERRORS}, auth=write_token)
def create_story(request: HttpRequest, payload: StoryIn):
    require(request, REVIEW)
    form = StoryForm(payload.dict())
    if not form.is_valid():
        raise form_problem(form)
    story = stories.create_story(**form.cleaned_data, by=request.user)
    story.article_count = 0
    return Status(201, story)


@router.get("/stories/{int:story_id}", response={200: StoryDetailOut, **ERRORS}, auth=read_token)
def get_story(request: HttpRequest, story_id: PathId):
    """A story with its articles in publication order."""
    require(request, READ)
    return _story(story_id)


@router.post(
    "/stories/{int:story_id}/articles", response={200: FiledOut, **WRITE_ERRORS}, auth=write_token
)
def file_articles(request: HttpRequest, story_id: PathId, payload: FilingIn):
    """File articles under the story; their figures are then checked against its ledger."""
    require(request, REVIEW)
    story = get_object_or_404(Story, pk=story_id)
    wanted = sorted(set(payload.articles))
    known = set(Article.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    missing = [pk for pk in wanted if pk not in known]
    if missing:
        message = f"No article numbered {', '.join(map(str, missing))}; nothing was filed."
        raise Problem(422, message, errors={"articles": [message]})
    with transaction.atomic():
        added = stories.file_articles(story=story, article_ids=wanted, by=request.user)
        queue_figures_entered(article_ids=wanted)
    return {"added": added, "story": _story(story.pk)}


@router.delete(
    "/stories/{int:story_id}/articles/{int:article_id}",
    response={204: None, **WRITE_ERRORS},
    auth=write_token,
)
def remove_article(request: HttpRequest, story_id: PathId, article_id: PathId):
    """Take an article out of the story; the article itself stays."""
    require(request, REVIEW)
    story = get_object_or_404(Story, pk=story_id)
    article = get_object_or_404(Article.objects.only("pk"), pk=article_id)
    if not StoryArticle.objects.filter(story=story, article=article).exists():
        raise Problem(404, "This article is not filed under this story.")
    stories.remove_article(story=story, article=article)
    return Status(204, None)


@router.post(
    "/stories/{int:story_id}/merge",
    response={200: StoryOut, 409: ProblemOut, **WRITE_ERRORS},
    auth=write_token,
)
def merge_story(request: HttpRequest, story_id: PathId, payload: StoryMergeIn):
    """Move the articles of `drop` into this story and delete `drop`."""
    require(request, REVIEW)
    keep = get_object_or_404(Story, pk=story_id)
    drop = Story.objects.filter(pk=payload.drop).first()
    if drop is None:
        raise Problem(422, "No such story.", errors={"drop": ["No such story."]})
    try:
        stories.merge_stories(keep=keep, drop=drop, by=request.user)
    except ValidationError as error:
        raise Problem(409, " ".join(error.messages)) from None
    return _story(keep.pk)


@router.get("/stories/{int:story_id}/ledger", response={200: LedgerOut, **ERRORS}, auth=read_token)
def get_ledger(request: HttpRequest, story_id: PathId):
    """Every figure of the story by category in publication order, and its conflicts:
    the story report's JSON, each conflict with its id."""
    require(request, READ)
    story = get_object_or_404(Story, pk=story_id)
    report = story_report(story=story)
    return {**story_record(report), "conflicts": [_conflict(c) for c in report.conflicts]}


@router.get(
    "/stories/{int:story_id}/conflicts",
    response={200: list[ConflictRecordOut], **ERRORS},
    auth=read_token,
)
def list_conflicts(request: HttpRequest, story_id: PathId, state: Query[ConflictFilter]):
    """The story's conflicts, open and explained (`state` for one or the other)."""
    require(request, READ)
    story = get_object_or_404(Story, pk=story_id)
    found = story.conflicts.prefetch_related("claims").order_by("category", "pk")
    if state.state != "all":
        found = found.filter(explained_at__isnull=state.state == "open")
    return [_conflict(conflict) for conflict in found]


@router.post(
    "/conflicts/{int:conflict_id}/explain",
    response={200: ConflictRecordOut, **WRITE_ERRORS},
    auth=write_token,
)
def explain_conflict(request: HttpRequest, conflict_id: PathId, payload: ExplainIn):
    """Explain a conflict with a note; it stays listed, with the note. Explaining it again
    replaces the note."""
    require(request, REVIEW)
    conflict = get_object_or_404(FigureConflict.objects.prefetch_related("claims"), pk=conflict_id)
    form = ExplainForm(payload.dict())
    if not form.is_valid():
        raise form_problem(form)
    try:
        conflict.explain(note=form.cleaned_data["note"], by=request.user)
    except ValidationError as error:
        raise Problem(422, " ".join(error.messages), errors={"note": error.messages}) from None
    return _conflict(conflict)
