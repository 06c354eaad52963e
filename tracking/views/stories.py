"""Stories: the list, a story's page (its articles, its claims grouped, the verdicts),
and the editor's changes to a story (articles in and out, state, merging)."""

from collections import Counter

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, F, Min, Prefetch, Q
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
# Articles a story page lists at a time; "More articles" brings the next ones.
STORY_ARTICLES_SHOWN = 50
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
    """A story's first articles in publication order and its claims grouped, in six
    queries, whatever the number of articles and claims."""
    filings, more_articles = filings_page(story)
    # The filings' article ids as a subquery: a join through the articles table would
    # read a row of it for each of the story's claims, for nothing.
    claims = Claim.objects.filter(
        article_id__in=StoryArticle.objects.filter(story=story).values("article_id")
    ).order_by()
    verdicts = Counter(dict(claims.values_list("verdict").annotate(n=Count("pk"))))
    repeated = list(
        claims.filter(repeat__isnull=False)
        .values_list("repeat__group_id")
        .annotate(articles=Count("article_id", distinct=True), claims=Count("pk"), sample=Min("pk"))
        .filter(articles__gt=1)
        .order_by("-articles", "repeat__group_id")
    )
    shown = repeated[:STORY_GROUPS_SHOWN]
    groups = RepeatedClaim.objects.in_bulk([g for g, _, _, _ in shown])
    examples = Claim.objects.prefetch_related(
        Prefetch("quantities", to_attr="quantity_list")
    ).in_bulk([sample for _, _, _, sample in shown])
    rows = [
        (groups[g], examples[sample], articles)
        for g, articles, _, sample in shown
        if g in groups and sample in examples
    ]
    return {
        "story": story,
        "filings": filings,
        "more_articles": more_articles,
        "article_count": StoryArticle.objects.filter(story=story).count(),
        "groups": rows,
        "more_groups": len(repeated) - len(rows),
        "single_claims": sum(verdicts.values()) - sum(n for _, _, n, _ in repeated),
        "counts": counts_table(verdicts),
        "merge_form": MergeForm(),
        "state_choices": Story.State.choices,
    }


def filings_page(story: Story, *, after: Article | None = None) -> tuple[list, int | None]:
    """The story's articles in publication order (undated ones last), a page of them
    after `after`; and the article the next page goes on after, or None at the end."""
    found = (
        StoryArticle.objects.filter(story=story)
        .select_related("article__outlet", "added_by")
        .defer("article__text")
        .order_by(F("article__published").asc(nulls_last=True), "article_id")
    )
    if after is not None:
        later = Q(article__published=after.published, article_id__gt=after.pk)
        if after.published is None:
            later = Q(article__published__isnull=True, article_id__gt=after.pk)
        else:
            later |= Q(article__published__gt=after.published) | Q(article__published__isnull=True)
        found = found.filter(later)
    filings = list(found[: STORY_ARTICLES_SHOWN + 1])
    if len(filings) > STORY_ARTICLES_SHOWN:
        return filings[:STORY_ARTICLES_SHOWN], filings[STORY_ARTICLES_SHOWN - 1].article_id
    return filings, None


@require_GET
@reader
def story_article_rows(request: HttpRequest, pk: int) -> HttpResponse:
    """The story's next articles, after the article `after`."""
    story = get_object_or_404(Story, pk=pk)
    article_id = request.GET.get("after", "")
    after = None
    if article_id.isascii() and article_id.isdigit() and len(article_id) <= 18:
        after = Article.objects.filter(pk=int(article_id), filings__story=story).first()
    if after is None:
        return bad_page_link()
    filings, more = filings_page(story, after=after)
    context = {"story": story, "filings": filings, "more_articles": more}
    return render_page(request, "tracking/story_articles.html", context, partial="rows")


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
