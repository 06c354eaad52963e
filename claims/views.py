"""Review screens: dashboard, articles and adding them, the review page, claim cards, the queue.

Readers (editors and viewers) see every page; only editors may post. An htmx
request gets the region it swaps; a plain request gets the whole page, so every
screen reads without JavaScript.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from claims.filters import ClaimFilterForm
from claims.forms import (
    ArticleForm,
    AssignForm,
    AttributionForm,
    BulkVerdictForm,
    EvidenceForm,
    FetchForm,
    VerdictForm,
    editors,
)
from claims.models import Claim, ClaimConflict, ClaimEvent, Evidence
from claims.roles import can_review
from sources.imports import IMPORT_EXTENSIONS, Outcome, import_upload
from sources.ingest.errors import IngestError
from sources.ingest.text import format_size
from sources.models import Article, Outlet, Speaker
from sources.names import name_key
from sources.services import (
    DuplicateArticle,
    attribute_claim,
    import_document,
    import_url,
)
from sources.uploads import FORM_MARGIN, GuardedUploadHandler, too_large

READ = "claims.view_claim"
REVIEW = "claims.review_claim"
QUEUE_PAGE_SIZE = 50
# Claim cards the review page renders at once; htmx loads the rest in chunks this size.
REVIEW_CHUNK = 50
ARTICLES_PAGE_SIZE = 25
SPEAKER_RESULTS = 10


def _reader(view):
    return login_required(permission_required(READ, raise_exception=True)(view))


def _editor(view):
    return login_required(permission_required(REVIEW, raise_exception=True)(view))


def _page(request: HttpRequest, template: str, context: dict, *, partial: str, status=200):
    """The named partial for an htmx request, the whole page otherwise."""
    if request.htmx and not request.htmx.boosted:
        template = f"{template}#{partial}"
    return render(request, template, context, status=status)


# Claim cards ---------------------------------------------------------------------------


# Prefetched into lists: calling .all() on a prefetched manager per card builds a
# queryset each time, which dominates the render time of a long claim list.
COMPACT_CARD_PREFETCHES = (
    Prefetch("quantities", to_attr="quantity_list"),
    Prefetch(
        "evidence", queryset=Evidence.objects.select_related("added_by"), to_attr="evidence_list"
    ),
)
CARD_PREFETCHES = (
    *COMPACT_CARD_PREFETCHES,
    Prefetch("events", queryset=ClaimEvent.objects.select_related("user"), to_attr="event_list"),
)
CARD_PEOPLE = ("speaker", "assignee", "verdict_by")


def claims_for_cards():
    """Claims with everything a card shows, in a fixed number of queries."""
    return Claim.objects.select_related(*CARD_PEOPLE).prefetch_related(*CARD_PREFETCHES)


def compact_claims_for_cards():
    """Claims for compact cards (no history), which many cards on one page can afford."""
    return Claim.objects.select_related(*CARD_PEOPLE).prefetch_related(*COMPACT_CARD_PREFETCHES)


VERDICT_KEYS = {
    Claim.Verdict.VERIFIED: "v",
    Claim.Verdict.FALSE: "f",
    Claim.Verdict.MISLEADING: "m",
    Claim.Verdict.UNVERIFIABLE: "u",
    Claim.Verdict.NOT_A_CLAIM: "n",
    Claim.Verdict.PENDING: "p",
}


def cards_context(request: HttpRequest) -> dict:
    """What every claim card on a page shares: the role, the editors, the choices."""
    reviewer = can_review(request.user)
    return {
        "can_review": reviewer,
        "editors": list(editors()) if reviewer else [],
        "verdict_buttons": [
            (value, label, VERDICT_KEYS[value], value in Claim.NOTE_REQUIRED)
            for value, label in Claim.Verdict.choices
        ],
        "stances": Evidence.Stance.choices,
        "speaker_kinds": Speaker.Kind.choices,
    }


def card_context(request: HttpRequest, claim: Claim, **extra) -> dict:
    """Context for templates/claims/_claim_card.html, for any page that shows one card."""
    return {**cards_context(request), "claim": claim, **extra}


def _get_claim_for_user(request: HttpRequest, pk: int) -> Claim:
    return get_object_or_404(claims_for_cards(), pk=pk)


def _get_claim_or_404(pk: int) -> Claim:
    """A claim with the people its card shows."""
    return get_object_or_404(Claim.objects.select_related(*CARD_PEOPLE), pk=pk)


def _claim_handle(pk: int) -> Claim:
    """A claim to change without reading it first: the change reads and locks the row
    itself (Claim._apply), and raises Claim.DoesNotExist when there is none."""
    return Claim(pk=pk)


def _next_url(request: HttpRequest) -> str:
    """The page a card's form was posted from, when it names one on this site."""
    url = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url.partition("#")[0] if url and safe else ""


def _card_response(request: HttpRequest, claim: Claim, *, status=200, **extra) -> HttpResponse:
    # What hangs off the claim is read here, once, whichever way it was loaded; a
    # person the card names and the claim has not loaded is read when shown.
    prefetch_related_objects([claim], *CARD_PREFETCHES)
    context = card_context(request, claim, next=_next_url(request), **extra)
    current = request.htmx.current_url_abs_path or ""
    if current.startswith(reverse("claims:article_review", args=[claim.article_id])):
        context["counts"] = _verdict_counts(claim.article_id)
    if current.startswith(reverse("sources:attribution")):
        context["attribution_open"] = True
    return render(request, "claims/card_response.html", context, status=status)


def _after_change(request: HttpRequest, claim: Claim, *, status=200, **extra) -> HttpResponse:
    """The updated card in place for htmx; otherwise back to the page the card was on,
    or to the claim on its article."""
    if request.htmx:
        return _card_response(request, claim, status=status, **extra)
    for error in extra.get("errors", ()):
        messages.error(request, error)
    if "conflict" in extra:
        messages.error(request, _conflict_text(extra["conflict"]))
    url = _next_url(request) or reverse("claims:article_review", args=[claim.article_id])
    return redirect(f"{url}#claim-{claim.pk}")


def _conflict_text(conflict: dict) -> str:
    changes = "; ".join(
        f"{e.get_action_display().lower()}"
        + (f" {e.field} from “{e.old_value}” to “{e.new_value}”" if e.field else "")
        for e in conflict["events"]
    )
    who = conflict["by"] or "someone"
    return f"Not saved: {who} changed this claim first ({changes}). Review it and try again."


def _conflict(claim: Claim) -> dict:
    """The change that beat the editor's save: the latest events, who made them and when."""
    latest = list(claim.events.select_related("user").order_by("-at", "-id")[:10])
    events = [
        e for e in latest if latest and e.at == latest[0].at and e.user_id == latest[0].user_id
    ]
    return {
        "events": events,
        "by": events[0].user if events and events[0].user else None,
        "at": events[0].at if events else None,
    }


def _form_errors(form) -> list[str]:
    return [error for errors in form.errors.values() for error in errors]


@require_GET
@_reader
def claim_card(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_for_user(request, pk)
    return _page(
        request,
        "claims/claim_page.html",
        card_context(request, claim, article=claim.article),
        partial="card",
    )


@require_POST
@_editor
def claim_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    form = VerdictForm(request.POST)
    if not form.is_valid():
        return _after_change(
            request,
            _get_claim_or_404(pk),
            status=422,
            errors=_form_errors(form),
            note=request.POST.get("note", ""),
        )
    try:
        claim = _claim_handle(pk).set_verdict(
            verdict=form.cleaned_data["verdict"],
            note=form.cleaned_data["note"],
            by=request.user,
            expected_version=form.cleaned_data["version"],
        )
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    except ClaimConflict as exc:
        return _after_change(request, exc.current, status=409, conflict=_conflict(exc.current))
    return _after_change(request, claim)


@require_POST
@_editor
def claim_attribution(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_or_404(pk)
    form = AttributionForm(request.POST, claim=claim)
    if not form.is_valid():
        return _after_change(request, claim, status=422, errors=_form_errors(form))
    try:
        with transaction.atomic():
            claim = attribute_claim(
                claim=claim,
                speaker=form.chosen_speaker(),
                note=form.cleaned_data["note"],
                by=request.user,
                expected_version=form.cleaned_data["version"],
            )
    except ClaimConflict as exc:
        return _after_change(request, exc.current, status=409, conflict=_conflict(exc.current))
    return _after_change(request, claim)


@require_POST
@_editor
def claim_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    claim = _get_claim_or_404(pk)
    form = EvidenceForm(request.POST)
    if not form.is_valid():
        return _after_change(request, claim, status=422, errors=_form_errors(form))
    # Evidence only adds to a claim, so it never conflicts with another editor's change.
    claim.add_evidence(
        by=request.user,
        stance=form.cleaned_data["stance"],
        url=form.cleaned_data["url"],
        note=form.cleaned_data["note"],
    )
    return _after_change(request, claim)


@require_POST
@_editor
def claim_assign(request: HttpRequest, pk: int) -> HttpResponse:
    form = AssignForm(request.POST)
    if not form.is_valid():
        return _after_change(request, _get_claim_or_404(pk), status=422, errors=_form_errors(form))
    try:
        claim = _claim_handle(pk).assign(
            assignee=form.cleaned_data["assignee"],
            by=request.user,
            expected_version=form.cleaned_data["version"],
        )
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    except ClaimConflict as exc:
        return _after_change(request, exc.current, status=409, conflict=_conflict(exc.current))
    return _after_change(request, claim)


@require_GET
@_reader
def speaker_search(request: HttpRequest) -> HttpResponse:
    """Registry speakers matching what was typed, by name or any alias."""
    query = request.GET.get("q", "").strip()[:200]
    mode = "filter" if request.GET.get("mode") == "filter" else "attribute"
    speakers = []
    if query:
        key = name_key(query)
        match = Q(name__icontains=query)
        if key:
            match |= Q(aliases__key__startswith=key)
        speakers = list(Speaker.objects.live().filter(match).distinct().order_by("name", "id")[:10])
    context = {"speakers": speakers, "q": query, "mode": mode}
    return _page(request, "claims/speaker_search.html", context, partial="results")


# Articles ------------------------------------------------------------------------------


def _verdict_counts(article_id: int) -> dict:
    rows = (
        Claim.objects.filter(article_id=article_id).values_list("verdict").annotate(n=Count("id"))
    )
    return _counts_table(dict(rows))


def _counts_table(by_verdict: dict) -> dict:
    return {
        "total": sum(by_verdict.values()),
        "verdicts": [
            (value, label, by_verdict.get(value, 0)) for value, label in Claim.Verdict.choices
        ],
    }


class ClaimSpan(NamedTuple):
    """What the highlighted text needs of a claim: a model instance per claim costs more."""

    pk: int
    start: int
    end: int
    verdict: str


@dataclass
class Segment:
    """A run of article text covered by the same claims; `claim` colours it."""

    text: str
    claim: ClaimSpan | Claim | None = None
    claims: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)


def article_segments(text: str, claims: list[ClaimSpan] | list[Claim]) -> list[Segment]:
    """Split the text at every claim boundary so overlapping spans nest cleanly.

    Each segment is plain text for the template to escape; the innermost claim
    covering it decides its colour, and all covering claims are listed.
    """
    size = len(text)
    spans = [(min(c.start, size), min(c.end, size), c) for c in claims]
    spans = [(s, e, c) for s, e, c in spans if s < e]
    bounds = sorted({0, size, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    opening = defaultdict(list)
    for s, e, c in spans:
        opening[s].append((s, e, c))
    active: list[tuple] = []
    segments = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [span for span in active if span[1] > a] + opening.get(a, [])
        if not active:
            segments.append(Segment(text[a:b]))
            continue
        innermost = min(active, key=lambda span: (span[1] - span[0], span[2].pk))[2]
        segments.append(
            Segment(
                text[a:b],
                claim=innermost,
                claims=[c.pk for _, _, c in active],
                starts=[c.pk for _, _, c in opening.get(a, [])],
            )
        )
    return segments


def highlighted_text(text: str, claims: list[ClaimSpan]) -> SafeString:
    """The article text, escaped, with a <mark> per segment that claims cover.

    Built here rather than in a template loop: an article with hundreds of claims
    has a thousand segments, and this is the hot path of the review page.
    """
    parts = []
    for segment in article_segments(text, claims):
        for pk in segment.starts:
            parts.append(format_html('<span class="anchor" id="span-{}"></span>', pk))
        if segment.claim is None:
            parts.append(escape(segment.text))
            continue
        parts.append(
            format_html(
                '<mark class="v-{}{}" data-claim="{}" data-claims="{}">{}</mark>',
                segment.claim.verdict,
                " overlap" if len(segment.claims) > 1 else "",
                segment.claim.pk,
                " ".join(map(str, segment.claims)),
                segment.text,
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped


@require_GET
@_reader
def article_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    articles = Article.objects.select_related("outlet").defer("text")
    if query:
        articles = articles.filter(Q(title__icontains=query) | Q(outlet__name__icontains=query))
    page = Paginator(articles, ARTICLES_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    counts = defaultdict(Counter)
    for article_id, verdict, n in (
        Claim.objects.filter(article_id__in=[a.pk for a in rows])
        .values_list("article_id", "verdict")
        .annotate(n=Count("id"))
    ):
        counts[article_id][verdict] = n
    for article in rows:
        article.counts = _counts_table(counts[article.pk])
    context = {"page": page, "articles": rows, "q": query}
    return _page(request, "claims/article_list.html", context, partial="results")


@require_GET
@_reader
def article_state(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled while an article is extracting; the reply stops the polling when it is done."""
    article = get_object_or_404(Article.objects.select_related("outlet").defer("text"), pk=pk)
    if request.GET.get("on") == "review":
        if article.extraction_state in (Article.State.QUEUED, Article.State.RUNNING):
            return render(request, "claims/article_review.html#extraction", {"article": article})
        return HttpResponseClientRefresh()
    article.counts = _verdict_counts(article.pk)
    return render(request, "claims/article_list.html#row", {"article": article})


@require_GET
@_reader
def article_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The article with its claims highlighted, and the first chunk of claim cards.

    The text shows every claim, but the list renders REVIEW_CHUNK cards and htmx
    fetches the rest a chunk at a time, so a long article opens as fast as a short
    one. `?all` renders every card at once, for reading without JavaScript.
    """
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    rows = Claim.objects.filter(article=article).values_list("pk", "start", "end", "verdict")
    spans = [ClaimSpan(*row) for row in rows]
    shown = spans if "all" in request.GET else spans[:REVIEW_CHUNK]
    claims = _compact_cards(
        compact_claims_for_cards().filter(article=article, pk__in=[c.pk for c in shown])
    )
    context = {
        **cards_context(request),
        "article": article,
        "claims": claims,
        "more_url": _more_claims_url(article, shown[-1]) if len(shown) < len(spans) else None,
        "more_count": len(spans) - len(shown),
        "text": highlighted_text(article.text, spans),
        "counts": _counts_table(Counter(c.verdict for c in spans)),
    }
    return render(request, "claims/article_review.html", context)


@require_GET
@_reader
def article_claims(request: HttpRequest, pk: int) -> HttpResponse:
    """The next chunk of an article's claim cards, after the claim the cursor names."""
    article = get_object_or_404(Article.objects.only("pk"), pk=pk)
    cursor = _CHUNK_CURSOR.fullmatch(request.GET.get("after", ""))
    if cursor is None:
        return HttpResponseBadRequest(
            "The claim list cursor must look like START.ID; reload the article.",
            content_type="text/plain",
        )
    start, last = int(cursor.group(1)), int(cursor.group(2))
    rows = _compact_cards(
        compact_claims_for_cards()
        .filter(article=article)
        .filter(Q(start__gt=start) | Q(start=start, pk__gt=last))[: REVIEW_CHUNK + 1]
    )
    claims = rows[:REVIEW_CHUNK]
    context = {
        **cards_context(request),
        "article": article,
        "claims": claims,
        "more_url": _more_claims_url(article, claims[-1]) if len(rows) > REVIEW_CHUNK else None,
    }
    return render(request, "claims/article_review.html#claim-chunk", context)


# Keyset, not offset: a re-extraction between two chunks must not skip or repeat cards.
_CHUNK_CURSOR = re.compile(r"(\d{1,9})\.(\d{1,18})")


def _more_claims_url(article: Article, last: ClaimSpan | Claim) -> str:
    query = urlencode({"after": f"{last.start}.{last.pk}"})
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


# Adding articles: paste, upload, fetch ----------------------------------------------


def _adder(view):
    return login_required(permission_required("sources.add_article", raise_exception=True)(view))


def _add_page(request: HttpRequest, tab: str, context: dict, *, status=200) -> HttpResponse:
    """One page with a tab per way in; each tab is its own address, so none needs JavaScript."""
    context = {
        "tab": tab,
        "upload_limit": format_size(settings.INGEST_MAX_UPLOAD_BYTES),
        "upload_extensions": IMPORT_EXTENSIONS,
        **context,
    }
    return render(request, "claims/article_add.html", context, status=status)


def _to_new_article(request: HttpRequest, article_id: int) -> HttpResponse:
    messages.success(request, "Article added; its claims are being extracted.")
    return redirect("claims:article_review", pk=article_id)


def _to_stored_copy(request: HttpRequest, article_id: int, message: str) -> HttpResponse:
    messages.info(request, message)
    return redirect("claims:article_review", pk=article_id)


@require_http_methods(["GET", "POST"])
@_adder
def article_add(request: HttpRequest) -> HttpResponse:
    """Paste an article's text; its claims are extracted in the background."""
    form = ArticleForm(request.POST if request.method == "POST" else None)
    if request.method == "GET" or not form.is_valid():
        status = 422 if request.method == "POST" else 200
        return _add_page(request, "paste", {"form": form}, status=status)
    try:
        article = import_document(document=form.document, created_by=request.user)
    except DuplicateArticle as duplicate:
        return _to_stored_copy(request, duplicate.existing.pk, str(duplicate))
    return _to_new_article(request, article.pk)


@require_http_methods(["GET", "POST"])
@_adder
def article_fetch(request: HttpRequest) -> HttpResponse:
    """Fetch an article from its address."""
    form = FetchForm(request.POST if request.method == "POST" else None)
    if request.method == "GET" or not form.is_valid():
        status = 422 if request.method == "POST" else 200
        return _add_page(request, "url", {"form": form}, status=status)
    try:
        article = import_url(
            url=form.cleaned_data["url"], title=form.cleaned_data["title"], created_by=request.user
        )
    except DuplicateArticle as duplicate:
        return _to_stored_copy(request, duplicate.existing.pk, str(duplicate))
    except IngestError as error:
        form.add_error("url", error.message)
        return _add_page(request, "url", {"form": form}, status=422)
    return _to_new_article(request, article.pk)


@require_http_methods(["GET", "POST"])
@_adder
# The token is checked in _receive_upload: the upload handler must be in place before
# anything reads the request body, and the CSRF check reads it.
@csrf_exempt
def article_upload(request: HttpRequest) -> HttpResponse:
    """Upload files (or JSON Lines) and get one result per article."""
    if request.method == "GET":
        return _add_page(request, "upload", {})
    limit = settings.INGEST_MAX_UPLOAD_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit + FORM_MARGIN:
        return _add_page(
            request, "upload", {"upload_error": too_large(declared, limit=limit)}, status=413
        )
    handler = GuardedUploadHandler(
        request, field="files", max_bytes=limit, extensions=IMPORT_EXTENSIONS
    )
    request.upload_handlers.insert(0, handler)
    return _receive_upload(request, handler)


@csrf_protect
def _receive_upload(request: HttpRequest, handler: GuardedUploadHandler) -> HttpResponse:
    # An empty file has no chunk to be skipped at, so it is stored; its name tells.
    stored = iter(f for f in request.FILES.getlist("files") if not handler.refuses(f.name))
    if handler.refusal:
        return _add_page(request, "upload", {"upload_error": handler.refusal}, status=413)
    outcomes: list[Outcome] = []
    for name, refusal in handler.arrivals:
        if refusal:
            outcomes.append(Outcome(name, "rejected", reason=refusal))
            continue
        upload = next(stored)
        outcomes += import_upload(
            name=upload.name,
            stream=upload,
            content_type=upload.content_type,
            created_by=request.user,
        )
    if not outcomes:
        context = {"upload_error": "Choose one or more files."}
        return _add_page(request, "upload", context, status=422)
    if len(outcomes) == 1 and outcomes[0].status == "imported":
        return _to_new_article(request, outcomes[0].article_id)
    if len(outcomes) == 1 and outcomes[0].status == "duplicate":
        return _to_stored_copy(request, outcomes[0].article_id, outcomes[0].reason)
    counts = Counter(o.status for o in outcomes)
    context = {
        "outcomes": outcomes,
        "summary": ", ".join(f"{counts[s]} {s}" for s in ("imported", "duplicate", "rejected")),
    }
    status = 422 if counts["rejected"] == len(outcomes) else 200
    return _add_page(request, "upload", context, status=status)


# Dashboard -----------------------------------------------------------------------------


@require_GET
@_reader
def dashboard(request: HttpRequest) -> HttpResponse:
    by_verdict = dict(Claim.objects.order_by().values_list("verdict").annotate(n=Count("id")))
    by_kind = dict(Claim.objects.order_by().values_list("kind").annotate(n=Count("id")))
    mine = Claim.objects.filter(assignee=request.user)
    context = {
        "counts": _counts_table(by_verdict),
        "kinds": [(value, label, by_kind.get(value, 0)) for value, label in Claim.Kind.choices],
        "extracting": list(
            Article.objects.pending_extraction().defer("text").order_by("created_at", "id")[:10]
        ),
        "extracting_count": Article.objects.pending_extraction().count(),
        "mine": list(mine.pending().select_related("article").order_by("-id")[:10]),
        "mine_count": mine.pending().count(),
        "activity": list(
            ClaimEvent.objects.select_related("user", "claim__article")
            .defer("claim__article__text")
            .order_by("-at", "-id")[:15]
        ),
    }
    return render(request, "claims/dashboard.html", context)


# Queue ---------------------------------------------------------------------------------

_CURSOR = re.compile(r"\A([ab])(\d{1,18})\Z")


def _queue_context(request: HttpRequest, params: QueryDict) -> dict:
    """One page of the filtered queue, found by keyset: page 500 costs what page 1 does.

    The cursor is "a<id>" for the claims after that id (newest first) or
    "b<id>" for the ones before it.
    """
    form = ClaimFilterForm(params, user=request.user)
    claims = Claim.objects.select_related("article__outlet", "speaker", "assignee").defer(
        "article__text"
    )
    rows: list[Claim] = []
    more = False
    cursor = _CURSOR.match(params.get("cursor", ""))
    if form.is_valid():
        claims = form.filter(claims)
        if cursor and cursor.group(1) == "b":
            rows = list(claims.filter(id__gt=cursor.group(2)).order_by("id")[: QUEUE_PAGE_SIZE + 1])
            more = len(rows) > QUEUE_PAGE_SIZE
            rows = rows[:QUEUE_PAGE_SIZE][::-1]
        else:
            if cursor:
                claims = claims.filter(id__lt=cursor.group(2))
            rows = list(claims.order_by("-id")[: QUEUE_PAGE_SIZE + 1])
            more = len(rows) > QUEUE_PAGE_SIZE
            rows = rows[:QUEUE_PAGE_SIZE]
    backwards = bool(cursor and cursor.group(1) == "b")
    kept = params.copy()
    kept.pop("cursor", None)
    base = kept.urlencode()

    def link(value: str) -> str:
        return "?" + "&".join(part for part in (base, urlencode({"cursor": value})) if part)

    next_url = prev_url = None
    if rows and (more if not backwards else True):
        next_url = link(f"a{rows[-1].pk}")
    if rows and (cursor is not None if not backwards else more):
        prev_url = link(f"b{rows[0].pk}")
    selected_speaker = form.cleaned_data.get("speaker") if form.is_valid() else None
    return {
        "form": form,
        "claims": rows,
        "next_url": next_url,
        "prev_url": prev_url,
        "first_url": "?" + base if cursor else None,
        "filters": params.urlencode(),
        # The report of the same selection, whether this answers the queue or a bulk verdict.
        "export_query": kept,
        "selected_speaker": selected_speaker,
        "can_review": can_review(request.user),
        "editors": list(editors()),
        "outlets": Outlet.objects.order_by("name"),
        "verdict_choices": Claim.Verdict.choices,
    }


@require_GET
@_reader
def queue(request: HttpRequest) -> HttpResponse:
    return _page(
        request, "claims/queue.html", _queue_context(request, request.GET), partial="results"
    )


@require_POST
@_editor
def bulk_verdict(request: HttpRequest) -> HttpResponse:
    form = BulkVerdictForm(request.POST)
    params = QueryDict(request.POST.get("filters", ""))
    outcome = []
    if not form.is_valid():
        outcome = [("error", e) for e in _form_errors(form)]
    else:
        verdict = form.cleaned_data["verdict"]
        selected = form.cleaned_data["claim"]
        changed, stale = 0, 0
        for claim in Claim.objects.filter(pk__in=selected).order_by("id"):
            try:
                claim.set_verdict(
                    verdict=verdict,
                    note=form.cleaned_data["note"],
                    by=request.user,
                    expected_version=selected[claim.pk],
                )
            except ClaimConflict:
                stale += 1
            except ValidationError as exc:
                outcome.append(("error", " ".join(exc.messages)))
            else:
                changed += 1
        label = Claim.Verdict(verdict).label.lower()
        outcome.append(("success", f"Marked {changed} claim{'s' * (changed != 1)} {label}."))
        if stale:
            outcome.append(
                (
                    "error",
                    f"{stale} claim{'s were' if stale != 1 else ' was'} changed by someone else "
                    "first and left as they are; review them again.",
                )
            )
    if request.htmx:
        context = _queue_context(request, params)
        context["outcome"] = outcome
        return render(request, "claims/queue.html#results", context)
    for level, text in outcome:
        getattr(messages, level)(request, text)
    return redirect(reverse("claims:queue") + ("?" + params.urlencode() if params else ""))
