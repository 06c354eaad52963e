"""The public fact-check pages: no sign-in, and nothing that is not published.

Every view here is `login_not_required` and reads fact-checks only through
`FactCheck.objects.published()` (a withdrawn one shows its withdrawal notice only).
"""

import re
from urllib.parse import urlsplit

from csp.decorators import csp_replace
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve
from django.utils.safestring import mark_safe
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link
from desk.models import FactCheck
from desk.publishing import claim_review_document, public_claim
from reports.claimreview import html_safe_json

INDEX_PAGE_SIZE = 30
NEWEST_FIRST = Keyset(order=("-published_at", "-id"))
EMBED_WIDTH, EMBED_HEIGHT = 480, 260


def _published(slug: str) -> FactCheck:
    return get_object_or_404(FactCheck.objects.published(), slug=slug)


def _public_context(fact_check: FactCheck) -> dict:
    claim = public_claim(fact_check)
    corrections = list(fact_check.corrections.all())
    document = claim_review_document(fact_check, claim)
    return {
        "fact_check": fact_check,
        "claim": claim,
        "corrections": corrections,
        "appearances": document["itemReviewed"].get("appearance", []),
        "evidence": [item for item in claim.evidence_list if item.url],
        "json_ld": mark_safe(html_safe_json(document)),  # noqa: S308 - escaped for <script>
        "organisation": settings.CLAIMREVIEW_ORGANISATION_NAME,
    }


@login_not_required
@require_GET
def fact_check_page(request: HttpRequest, slug: str) -> HttpResponse:
    fact_check = get_object_or_404(FactCheck, slug=slug)
    if not fact_check.is_published:
        # The address stays known to readers and search engines: say it is gone and why.
        context = {"fact_check": fact_check, "organisation": settings.CLAIMREVIEW_ORGANISATION_NAME}
        return render(request, "desk/public/withdrawn.html", context, status=410)
    return render(request, "desk/public/fact_check.html", _public_context(fact_check))


@login_not_required
@require_GET
def fact_check_index(request: HttpRequest) -> HttpResponse:
    published = FactCheck.objects.published().select_related("claim")
    try:
        page = NEWEST_FIRST.page(published, request.GET, size=INDEX_PAGE_SIZE)
    except BadCursor:
        return bad_page_link()
    context = {
        "fact_checks": page.rows,
        "next_url": f"?cursor={page.next_cursor}" if page.next_cursor else None,
        "organisation": settings.CLAIMREVIEW_ORGANISATION_NAME,
    }
    return render(request, "desk/public/index.html", context)


@login_not_required
@require_GET
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def fact_check_embed(request: HttpRequest, slug: str) -> HttpResponse:
    """A small card any site may frame; its style sheet is a static file, no scripts."""
    fact_check = _published(slug)
    context = {
        "fact_check": fact_check,
        "claim": public_claim(fact_check),
        "organisation": settings.CLAIMREVIEW_ORGANISATION_NAME,
    }
    return render(request, "desk/public/embed.html", context)


@login_not_required
@require_GET
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed (https://oembed.com) for a published fact-check's page: a rich iframe."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only JSON is offered.", status=501, content_type="text/plain")
    url = urlsplit(request.GET.get("url", ""))
    site = urlsplit(settings.SITE_URL)
    if (url.scheme, url.netloc) != (site.scheme, site.netloc):
        raise Http404("Not a fact-check of this site.")
    try:
        match = resolve(url.path)
    except Resolver404:
        raise Http404("Not a fact-check of this site.") from None
    if match.view_name != "desk:fact_check":
        raise Http404("Not a fact-check of this site.")
    fact_check = _published(match.kwargs["slug"])
    width = _bounded(request.GET.get("maxwidth"), EMBED_WIDTH)
    height = _bounded(request.GET.get("maxheight"), EMBED_HEIGHT)
    embed = f"{fact_check.public_url()}embed/"
    title = fact_check.claim.text
    return JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": title,
            "provider_name": settings.CLAIMREVIEW_ORGANISATION_NAME,
            "provider_url": settings.SITE_URL + "/",
            "width": width,
            "height": height,
            "html": (
                f'<iframe src="{embed}" width="{width}" height="{height}" '
                f'title="Fact-check" frameborder="0" loading="lazy"></iframe>'
            ),
        }
    )


def _bounded(value: str | None, default: int) -> int:
    """The size the consumer allows, never above the card's own size."""
    if value and re.fullmatch(r"[0-9]{1,18}", value):
        return max(1, min(int(value), default))
    return default
