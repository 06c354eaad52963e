"""An article's stories: those it is filed under, and "Belongs to: X? (yes / no)"."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims.roles import can_review
from claims.views.access import editor, reader, render_page
from sources.models import Article
from tracking import stories
from tracking.forms import DecisionForm
from tracking.models import Story, StorySuggestion


def article_stories_context(request: HttpRequest, article: Article) -> dict:
    return {
        "article": article,
        "stories": list(Story.objects.filter(filings__article=article).order_by("title")),
        "suggestions": list(
            StorySuggestion.objects.filter(
                article=article, state=StorySuggestion.State.OFFERED
            ).select_related("story")
        ),
        "can_review": can_review(request.user),
    }


@require_GET
@reader
def article_stories(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.defer("text"), pk=pk)
    return render_page(
        request,
        "tracking/article_stories.html",
        article_stories_context(request, article),
        partial="stories",
    )


@require_POST
@editor
def suggestion_decide(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(StorySuggestion.objects.select_related("story"), pk=pk)
    form = DecisionForm(request.POST)
    if form.is_valid() and suggestion.state == StorySuggestion.State.OFFERED:
        stories.decide_suggestion(
            suggestion=suggestion, accept=form.cleaned_data["accept"], by=request.user
        )
    article = get_object_or_404(Article.objects.defer("text"), pk=suggestion.article_id)
    if request.htmx:
        return render_page(
            request,
            "tracking/article_stories.html",
            article_stories_context(request, article),
            partial="stories",
        )
    return redirect(reverse("claims:article_review", args=[article.pk]))
