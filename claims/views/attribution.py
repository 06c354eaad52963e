"""The attribution queue's screen: claims whose speaker an editor should check."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from claims.attribution_queue import (
    attribution_queue,
    attribution_reasons,
    queue_tabs,
    surrounding_sentence,
    with_surroundings,
)
from claims.forms import AttributionQueueForm
from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link, reader, render_page
from claims.views.cards import cards_context, claims_for_cards

CARDS_PER_PAGE = 25
CARDS_KEYSET = Keyset(order=("-pk",), param="before")


@require_GET
@reader
def attribution_list(request: HttpRequest) -> HttpResponse:
    form = AttributionQueueForm(request.GET)
    form.is_valid()
    reason = form.cleaned_data.get("reason") or ""
    cards = claims_for_cards().select_related("article__outlet").defer("article__text")
    claims = attribution_queue(reason=reason, claims=with_surroundings(cards))
    try:
        page = CARDS_KEYSET.page(claims, request.GET, size=CARDS_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    tabs, total = queue_tabs()
    context = {
        **cards_context(request),
        # The attribution actions are what this page is for: they start unfolded.
        "attribution_open": True,
        "form": form,
        "reason": reason,
        "cards": [
            (claim, attribution_reasons(claim), surrounding_sentence(claim)) for claim in page.rows
        ],
        "older": page.next_cursor,
        "tabs": tabs,
        "total": total,
    }
    return render_page(request, "claims/attribution_queue.html", context, partial="cards")
