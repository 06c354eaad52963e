"""The article list, and an article's review page: its text with every claim
highlighted beside the claim cards, which arrive in chunks."""

from collections import Counter, defaultdict
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET
from django_htmx.http import HttpResponseClientRefresh

from claims.forms import ArticleSearchForm
from claims.highlight import ClaimSpan, claim_spans, highlighted_text
from claims.models import Claim, ClaimEvent
from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link, reader, render_page
from claims.views.cards import cards_context, compact_claims_for_cards, counts_table, verdict_counts
from sources.models import Article

# Claim cards the review page renders at once; htmx loads the rest in chunks this size.
REVIEW_CHUNK = 50
# Keyset, not offset: a re-extraction between two chunks must not skip or repeat cards.
CHUNK_KEYSET = Keyset(order=("start", "pk"), param="after")
ARTICLES_PAGE_SIZE = 25
ARTICLE_KEYSET = Keyset(order=("-created_at", "-pk"))


@require_GET
@reader
def article_list(request: HttpRequest) -> HttpResponse:
    form = ArticleSearchForm(request.GET)
    # A search the form refuses (a NUL byte, too long) lists every article.
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    articles = Article.objects.select_related("outlet").defer("text")
    if query:
        articles = articles.filter(Q(title__icontains=query) | Q(outlet__name__icontains=query))
    try:
        page = ARTICLE_KEYSET.page(articles, request.GET, size=ARTICLES_PAGE_SIZE)
    except BadCursor:
        return bad_page_link()
    rows = page.rows
    counts = defaultdict(Counter)
    for article_id, verdict, n in (
        Claim.objects.filter(article_id__in=[a.pk for a in rows])
        .values_list("article_id", "verdict")
        .annotate(n=Count("id"))
    ):
        counts[article_id][verdict] = n
    for article in rows:
        article.counts = counts_table(counts[article.pk])
    context = {"page": page, "articles": rows, "q": query, "paged": "cursor" in request.GET}
    return render_page(request, "claims/article_list.html", context, partial="results")


@require_GET
@reader
def article_state(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled while an article is extracting; the reply stops the polling when it is done."""
    article = get_object_or_404(Article.objects.select_related("outlet").defer("text"), pk=pk)
    if request.GET.get("on") == "review":
        if article.extracting:
            return render(request, "claims/article_review.html#extraction", {"article": article})
        return HttpResponseClientRefresh()
    article.counts = verdict_counts(article.pk)
    return render(request, "claims/article_list.html#row", {"article": article})


@require_GET
@reader
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The article with its claims highlighted, and the first chunk of claim cards.

    The text shows every claim, but the list renders REVIEW_CHUNK cards and htmx
    fetches the rest a chunk at a time, so a long article opens as fast as a short
    one. `?all` renders every card at once, for reading without JavaScript.
    """
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    context = review_context(request, article, everything="all" in request.GET)
    return render(request, "claims/article_review.html", context)


def review_context(request: HttpRequest, article: Article, *, everything: bool = False) -> dict:
    """The highlighted text, the first chunk of cards (or all) and the counts; also
    what a change that adds or removes claims sends back to redraw them."""
    spans = [ClaimSpan(*row) for row in claim_spans(article.pk)]
    shown = spans if everything else spans[:REVIEW_CHUNK]
    claims = _compact_cards(
        compact_claims_for_cards().filter(article=article, pk__in=[c.pk for c in shown])
    )
    return {
        **cards_context(request),
        "article": article,
        "claims": claims,
        "more_url": _more_claims_url(article, shown[-1]) if len(shown) < len(spans) else None,
        "more_count": len(spans) - len(shown),
        "text": highlighted_text(article.text, spans),
        "counts": counts_table(Counter(c.verdict for c in spans)),
    }


@require_GET
@reader
def article_claims(request: HttpRequest, pk: int) -> HttpResponse:
    """The next chunk of an article's claim cards, after the claim the cursor names."""
    article = get_object_or_404(Article.objects.only("pk"), pk=pk)
    try:
        page = CHUNK_KEYSET.page(
            compact_claims_for_cards().filter(article=article), request.GET, size=REVIEW_CHUNK
        )
    except BadCursor:
        page = None
    if page is None or not request.GET.get("after"):
        return HttpResponseBadRequest(
            "The claim list cursor must look like START.ID; reload the article.",
            content_type="text/plain",
        )
    claims = _compact_cards(page.rows)
    context = {
        **cards_context(request),
        "article": article,
        "claims": claims,
        "more_url": _more_claims_url(article, claims[-1]) if page.next_cursor else None,
    }
    return render(request, "claims/article_review.html#claim-chunk", context)


def _more_claims_url(article: Article, last: ClaimSpan | Claim) -> str:
    query = urlencode({"after": CHUNK_KEYSET.cursor(last)})
    return f"{reverse('claims:article_claims', args=[article.pk])}?{query}"


def _compact_cards(claims) -> list[Claim]:
    """The claims with the length of their history, which a compact card shows."""
    claims = list(claims)
    # Counted apart: a COUNT joined into the claims query groups by every selected column.
    event_counts = dict(
        ClaimEvent.objects.filter(claim__in=[c.pk for c in claims])
        .order_by()
        .values_list("claim")
        .annotate(n=Count("id"))
    )
    for claim in claims:
        claim.event_count = event_counts.get(claim.pk, 0)
    return claims
