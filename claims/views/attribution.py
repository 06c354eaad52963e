"""The attribution queue's screen: claims whose speaker an editor should check."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from claims.attribution_queue import ATTRIBUTION_REASONS, attribution_queue, attribution_reasons
from claims.forms import AttributionQueueForm
from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link, reader, render_page
from claims.views.cards import cards_context, claims_for_cards

CARDS_PER_PAGE = 25
CARDS_KEYSET = Keyset(order=("-pk",), param="before")


def _queue_counts() -> dict[str, int]:
    return {key: attribution_queue(reason=key).count() for key in ["", *ATTRIBUTION_REASONS]}


@require_GET
@reader
def attribution_list(request: HttpRequest) -> HttpResponse:
    form = AttributionQueueForm(request.GET)
    form.is_valid()
    reason = form.cleaned_data.get("reason") or ""
    cards = claims_for_cards().select_related("article__outlet").defer("article__text")
    claims = attribution_queue(reason=reason, claims=cards)
    try:
        page = CARDS_KEYSET.page(claims, request.GET, size=CARDS_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    counts = _queue_counts()
    context = {
        **cards_context(request),
        # The attribution actions are what this page is for: they start unfolded.
        "attribution_open": True,
        "form": form,
        "reason": reason,
        "cards": [(claim, attribution_reasons(claim)) for claim in page.rows],
        "older": page.next_cursor,
        "tabs": [
            (key, label, counts[key])
            for key, label in [("", "All"), *((k, v[0]) for k, v in ATTRIBUTION_REASONS.items())]
        ],
        "total": counts[""],
    }
    return render_page(request, "claims/attribution_queue.html", context, partial="cards")
