"""Outlets: each outlet's articles and the verdicts of the claims it carried."""

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from claims.charts import track_chart
from claims.models import Claim
from claims.pagination import BadCursor, Keyset
from claims.track_records import track_record
from claims.views.access import bad_page_link, render_page, requires
from sources.models import Article, Outlet

ARTICLES_PER_PAGE = 50
ARTICLES_KEYSET = Keyset(order=("-pk",), param="before")
outlet_reader = requires("sources.view_outlet")


@require_GET
@outlet_reader
def outlet_list(request: HttpRequest) -> HttpResponse:
    outlets = Outlet.objects.annotate(article_count=Count("articles")).order_by("name")
    return render(request, "claims/outlet_list.html", {"outlets": outlets})


@require_GET
@outlet_reader
def outlet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    outlet = get_object_or_404(Outlet, pk=pk)
    articles = Article.objects.filter(outlet=outlet).defer("text").order_by("-pk")
    try:
        page = ARTICLES_KEYSET.page(
            articles.only("pk", "title", "url", "published", "outlet_id"),
            request.GET,
            size=ARTICLES_PER_PAGE,
        )
    except BadCursor:
        return bad_page_link()
    page_articles = page.rows
    per_article: dict[int, dict[str, int]] = {a.pk: {} for a in page_articles}
    for row in (
        Claim.objects.filter(article__in=page_articles)
        .values("article_id", "verdict")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        per_article[row["article_id"]][row["verdict"]] = row["n"]
    record = track_record(claims=Claim.objects.filter(article__outlet=outlet))
    verdicts = [*Claim.COUNTED_VERDICTS, Claim.Verdict.NOT_A_CLAIM]
    labels = dict(Claim.Verdict.choices)
    context = {
        "outlet": outlet,
        "record": record,
        "chart": track_chart(
            record.months, labels=labels, title=f"Claims carried by {outlet.name} per month"
        ),
        "articles": [
            (article, [(v, labels[v], per_article[article.pk].get(v, 0)) for v in verdicts])
            for article in page_articles
        ],
        "older": page.next_cursor,
        "verdict_labels": [(v, labels[v]) for v in verdicts],
    }
    return render_page(request, "claims/outlet_detail.html", context, partial="articles")
