"""Stories: the list, a story's page (its articles, its claims grouped, the verdicts),
and the editor's changes to a story (articles in and out, state, merging)."""

from collections import Counter, defaultdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import F, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from claims.models import Claim
from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link, editor, form_errors, reader, render_page
from claims.views.cards import counts_table
from sources.models import Article
from tracking import stories
from tracking.forms import ArticlesForm, MergeForm, StateForm, StoryForm
from tracking.models import RepeatedClaim, Story, StoryArticle
from tracking.tasks import queue_figures_entered
from tracking.views.ledger import ledger_context

STORIES_PER_PAGE = 25
STORY_KEYSET = Keyset(order=("-latest", "-pk"))
# Repeated claims a story page lists; the rest are counted, and the repeated
# claims screen filtered to the story lists them all.
STORY_GROUPS_SHOWN = 100


@require_GET
@reader
def story_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    found = Story.objects.all()
    if query:
        found = found.filter(Q(title__icontains=query) | Q(description__icontains=query))
    try:
        page = STORY_KEYSET.page(found, request.GET, size=STORIES_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    sizes = Counter(
        StoryArticle.objects.filter(story__in=page.rows).values_list("story_id", flat=True)
    )
    for story in page.rows:
        story.article_count = sizes[story.pk]
    context = {"page": page, "stories": page.rows, "q": query, "form": StoryForm()}
    return render_page(request, "tracking/story_list.html", context, partial="results")


@require_POST
@editor
def story_add(request: HttpRequest) -> HttpResponse:
    form = StoryForm(request.POST)
    if not form.is_valid():
        for error in form_errors(form):
            messages.error(request, error)
        return redirect("tracking:stories")
    story = stories.create_story(**form.cleaned_data, by=request.user)
    return redirect("tracking:story", story.pk)


@require_GET
@reader
def story_detail(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story.objects.select_related("created_by"), pk=pk)
    context = {**story_context(story), **ledger_context(story, request.user)}
    return render_page(request, "tracking/story.html", context, partial="story")


def story_context(story: Story) -> dict:
    """A story's articles in publication order and its claims grouped, in five queries."""
    filings = list(
        StoryArticle.objects.filter(story=story)
        .select_related("article__outlet", "added_by")
        .defer("article__text")
        .order_by(F("article__published").asc(nulls_last=True), "article_id")
    )
    claims = list(
        Claim.objects.filter(article__filings__story=story).values_list(
            "pk", "article_id", "verdict", "repeat__group_id"
        )
    )
    verdicts = Counter(verdict for _, _, verdict, _ in claims)
    carried: dict[int, set[int]] = defaultdict(set)
    sample: dict[int, int] = {}
    for claim_id, article_id, _, group_id in claims:
        if group_id is not None:
            carried[group_id].add(article_id)
            sample.setdefault(group_id, claim_id)
    repeated = sorted(
        (g for g, articles in carried.items() if len(articles) > 1),
        key=lambda g: (-len(carried[g]), g),
    )
    shown = repeated[:STORY_GROUPS_SHOWN]
    groups = RepeatedClaim.objects.in_bulk(shown)
    examples = Claim.objects.prefetch_related(
        Prefetch("quantities", to_attr="quantity_list")
    ).in_bulk([sample[g] for g in shown])
    rows = [(groups[g], examples[sample[g]], len(carried[g])) for g in shown if g in groups]
    return {
        "story": story,
        "filings": filings,
        "groups": rows,
        "more_groups": len(repeated) - len(rows),
        "single_claims": len(claims)
        - sum(1 for _, _, _, g in claims if g is not None and len(carried[g]) > 1),
        "counts": counts_table(verdicts),
        "merge_form": MergeForm(),
        "state_choices": Story.State.choices,
    }


@require_POST
@editor
def story_articles(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    form = ArticlesForm(request.POST)
    if form.is_valid():
        wanted = form.cleaned_data["articles"]
        known = list(Article.objects.filter(pk__in=wanted).values_list("pk", flat=True))
        missing = sorted(set(wanted) - set(known))
        added = stories.file_articles(story=story, article_ids=known, by=request.user)
        queue_figures_entered(article_ids=known)
        messages.success(request, f"Filed {added} article{'s' * (added != 1)} under this story.")
        if missing:
            messages.error(request, f"No article numbered {', '.join(map(str, missing))}.")
    else:
        for error in form_errors(form):
            messages.error(request, error)
    return _back_to(request, story)


@require_POST
@editor
def story_article_remove(request: HttpRequest, pk: int, article_pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    article = get_object_or_404(Article.objects.only("pk", "published"), pk=article_pk)
    stories.remove_article(story=story, article=article)
    return _back_to(request, story)


@require_POST
@editor
def story_state(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    form = StateForm(request.POST)
    if form.is_valid():
        Story.objects.filter(pk=story.pk).update(state=form.cleaned_data["state"])
        story.state = form.cleaned_data["state"]
    return _back_to(request, story)


@require_POST
@editor
def story_merge(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    form = MergeForm(request.POST)
    if form.is_valid():
        other = form.cleaned_data["other"]
        try:
            stories.merge_stories(keep=story, drop=other, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Merged “{other.title}” into this story.")
    else:
        for error in form_errors(form):
            messages.error(request, error)
    return _back_to(request, story)


def _back_to(request: HttpRequest, story: Story) -> HttpResponse:
    """The story region again for htmx (messages included), the story page otherwise."""
    if request.htmx:
        story.refresh_from_db()
        return render_page(request, "tracking/story.html", story_context(story), partial="story")
    return redirect("tracking:story", story.pk)
