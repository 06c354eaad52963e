"""The figure ledger's screens: a story's ledger and conflicts, explaining a conflict,
following a story or a speaker, the alerts a user follows, and the desk's webhooks."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from claims.models import Quantity
from claims.pagination import BadCursor, Keyset
from claims.views.access import bad_page_link, editor, reader, render_page, requires
from sources.models import Speaker
from tracking import follows
from tracking.forms import ExplainForm, WebhookForm
from tracking.ledger import category_page, figure_entry
from tracking.models import Alert, FigureConflict, Story, Webhook
from tracking.overview import story_overview

ALERTS_PER_PAGE = 25
ALERT_KEYSET = Keyset(order=("-pk",))
DELIVERIES_SHOWN = 100
# Figures of a category the story page lists at a time, in publication order; "More
# figures" brings the next ones, the chart draws them all and the story report lists
# them all.
LEDGER_ROWS_SHOWN = 50
manage_webhooks = requires("tracking.add_webhook")


def ledger_context(story: Story, user) -> dict:
    """The story's ledger by category (its overview: summary line and chart, and a
    page of its figures), its conflicts, and whether the user follows it, whatever
    the number of figures."""
    ledger = [
        (
            overview,
            *category_page(story.pk, overview.category, size=LEDGER_ROWS_SHOWN, days=overview.days),
        )
        for overview in story_overview(story)
    ]
    conflicts = list(
        FigureConflict.objects.filter(story=story)
        .select_related("figure", "explained_by")
        .prefetch_related("claims")
        .order_by("explained_at", "pk")
    )
    return {
        "ledger": ledger,
        "open_conflicts": [c for c in conflicts if not c.explained],
        "explained_conflicts": [c for c in conflicts if c.explained],
        "following": follows.follows(user=user, story=story),
    }


@require_GET
@reader
def story_ledger_view(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    context = {"story": story, **ledger_context(story, request.user)}
    return render_page(request, "tracking/ledger.html", context, partial="ledger")


@require_GET
@reader
def ledger_figures(request: HttpRequest, pk: int, category: str) -> HttpResponse:
    """The next figures of a category of the story's ledger, after the figure `after`."""
    story = get_object_or_404(Story, pk=pk)
    if category not in Quantity.Category.values:
        raise Http404("No such category of figures.")
    days = next((o.days for o in story_overview(story) if o.category == category), {})
    after = None
    if "after" in request.GET:
        figure_id = request.GET["after"]
        if figure_id.isascii() and figure_id.isdigit() and len(figure_id) <= 18:
            after = figure_entry(story.pk, category, int(figure_id))
        if after is None:
            return bad_page_link()
    rows, more = category_page(story.pk, category, size=LEDGER_ROWS_SHOWN, days=days, after=after)
    context = {
        "story": story,
        "category": category,
        "label": Quantity.Category(category).label,
        "rows": rows,
        "more": more,
    }
    return render_page(request, "tracking/ledger_figures.html", context, partial="rows")


@require_POST
@editor
def conflict_explain(request: HttpRequest, pk: int) -> HttpResponse:
    conflict = get_object_or_404(FigureConflict.objects.select_related("story"), pk=pk)
    form = ExplainForm(request.POST)
    if form.is_valid():
        try:
            conflict.explain(note=form.cleaned_data["note"], by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    else:
        messages.error(request, "Say how the figures are explained: a note is required.")
    return _back_to_ledger(request, conflict.story)


@require_POST
@editor
def story_follow(request: HttpRequest, pk: int) -> HttpResponse:
    story = get_object_or_404(Story, pk=pk)
    if request.POST.get("follow") == "no":
        follows.unfollow(user=request.user, story=story)
    else:
        follows.follow(user=request.user, story=story)
    return _back_to_ledger(request, story)


@require_POST
@editor
def speaker_follow(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = get_object_or_404(Speaker, pk=pk)
    if request.POST.get("follow") == "no":
        follows.unfollow(user=request.user, speaker=speaker)
        messages.success(request, f"You no longer follow {speaker.name}.")
    else:
        follows.follow(user=request.user, speaker=speaker)
        messages.success(request, f"You follow {speaker.name}: new figures and verdicts alert you.")
    return redirect("tracking:alerts")


@require_GET
@reader
def alert_list(request: HttpRequest) -> HttpResponse:
    """The alerts of what the user follows, newest first, and what they follow."""
    found = Alert.objects.filter(followers=request.user).select_related("story", "claim")
    try:
        page = ALERT_KEYSET.page(found, request.GET, size=ALERTS_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    followed = request.user.follows.select_related("story", "speaker").order_by("pk")
    context = {"page": page, "alerts": page.rows, "followed": followed}
    return render_page(request, "tracking/alerts.html", context, partial="results")


@require_GET
@manage_webhooks
def webhook_list(request: HttpRequest) -> HttpResponse:
    context = {"webhooks": Webhook.objects.all(), "form": WebhookForm()}
    return render_page(request, "tracking/webhooks.html", context, partial="webhooks")


@require_POST
@manage_webhooks
def webhook_add(request: HttpRequest) -> HttpResponse:
    form = WebhookForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("url", []):
            messages.error(request, error)
        return redirect("tracking:webhooks")
    webhook = Webhook.objects.create(url=form.cleaned_data["url"], created_by=request.user)
    return redirect("tracking:webhook", webhook.pk)


@require_GET
@manage_webhooks
def webhook_detail(request: HttpRequest, pk: int) -> HttpResponse:
    webhook = get_object_or_404(Webhook, pk=pk)
    deliveries = webhook.deliveries.select_related("alert")[:DELIVERIES_SHOWN]
    context = {"webhook": webhook, "deliveries": deliveries}
    return render_page(request, "tracking/webhook.html", context, partial="deliveries")


def _back_to_ledger(request: HttpRequest, story: Story) -> HttpResponse:
    """The ledger region again for htmx (messages included), the story page otherwise."""
    if request.htmx:
        context = {"story": story, **ledger_context(story, request.user)}
        return render_page(request, "tracking/ledger.html", context, partial="ledger")
    return redirect("tracking:story", story.pk)
