"""Screens of the speaker registry, the attribution queue and outlets."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims.models import Claim
from claims.views import cards_context, claims_for_cards
from sources.forms import (
    AliasForm,
    AttributionQueueForm,
    MergeForm,
    SpeakerForm,
    SpeakerSearchForm,
    SplitForm,
)
from sources.models import Article, Outlet, Speaker, SpeakerAlias, SpeakerMerge
from sources.names import name_key
from sources.services import (
    ATTRIBUTION_REASONS,
    SPEAKER_SORTS,
    TRACKED_VERDICTS,
    add_alias,
    attribution_queue,
    attribution_reasons,
    merge_speakers,
    possible_duplicates,
    search_speakers,
    split_alias,
    track_record,
    update_speaker,
)
from sources.svg import track_chart

SPEAKERS_PER_PAGE = 50
CLAIMS_PER_PAGE = 50
CARDS_PER_PAGE = 25
ARTICLES_PER_PAGE = 50


def _render(request: HttpRequest, template: str, partial: str, context: dict, **kwargs):
    """The whole page, or only its swappable region for an htmx request."""
    name = f"{template}#{partial}" if request.htmx else template
    return render(request, name, context, **kwargs)


def _require_perm(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _require_registry_editor(request: HttpRequest) -> None:
    _require_perm(request, "sources.change_speaker")


def _get_speaker_for_user(request: HttpRequest, pk: int) -> Speaker:
    _require_perm(request, "sources.view_speaker")
    return get_object_or_404(Speaker.objects.select_related("affiliation", "merged_into"), pk=pk)


@require_GET
def speaker_list(request: HttpRequest) -> HttpResponse:
    _require_perm(request, "sources.view_speaker")
    form = SpeakerSearchForm(request.GET)
    form.is_valid()
    q = form.cleaned_data.get("q") or ""
    sort = form.cleaned_data.get("sort") or "claims"
    page = form.cleaned_data.get("page") or 1
    speakers = search_speakers(Speaker.objects.live().select_related("affiliation"), q=q).order_by(
        *SPEAKER_SORTS[sort]
    )
    offset = (page - 1) * SPEAKERS_PER_PAGE
    rows = list(speakers[offset : offset + SPEAKERS_PER_PAGE + 1])
    context = {
        "form": form,
        "speakers": rows[:SPEAKERS_PER_PAGE],
        "q": q,
        "sort": sort,
        "page": page,
        "previous_page": page - 1 if page > 1 else None,
        "next_page": page + 1 if len(rows) > SPEAKERS_PER_PAGE else None,
    }
    return _render(request, "sources/speaker_list.html", "results", context)


@require_GET
def speaker_detail(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker_for_user(request, pk)
    if speaker.merged_into_id:
        messages.info(request, f"{speaker.name} was merged into {speaker.merged_into.name}.")
        return redirect("sources:speaker", pk=speaker.merged_into_id)
    verdict = request.GET.get("verdict", "")
    if verdict not in TRACKED_VERDICTS:
        verdict = ""
    before = request.GET.get("before", "")
    claims = (
        Claim.objects.filter(
            speaker=speaker, verdict__in=[verdict] if verdict else TRACKED_VERDICTS
        )
        .select_related("article__outlet")
        .order_by("-pk")
    )
    if before.isdigit():
        claims = claims.filter(pk__lt=int(before))
    page = list(claims[: CLAIMS_PER_PAGE + 1])
    context = {
        "speaker": speaker,
        "claims": page[:CLAIMS_PER_PAGE],
        "older": page[CLAIMS_PER_PAGE - 1].pk if len(page) > CLAIMS_PER_PAGE else None,
        "verdict": verdict,
    }
    if request.htmx:
        return render(request, "sources/speaker_detail.html#claims", context)
    aliases = list(speaker.aliases.all())
    record = track_record(claims=Claim.objects.filter(speaker=speaker))
    labels = dict(Claim.Verdict.choices)
    context.update(
        aliases=aliases,
        own_key=name_key(speaker.name),
        record=record,
        chart=track_chart(
            record.months, labels=labels, title=f"Claims by {speaker.name} per month, by verdict"
        ),
        members=list(speaker.members.live().order_by("name")[:50]),
        duplicates=list(possible_duplicates(speaker=speaker, keys=[a.key for a in aliases])),
        history=list(
            SpeakerMerge.objects.filter(Q(source=speaker) | Q(target=speaker)).select_related(
                "source", "target", "by"
            )[:20]
        ),
        can_edit=request.user.has_perm("sources.change_speaker"),
        edit_form=SpeakerForm(
            initial={
                "name": speaker.name,
                "kind": speaker.kind,
                "role": speaker.role,
                "affiliation": speaker.affiliation.name if speaker.affiliation else "",
            }
        ),
        alias_form=AliasForm(),
        merge_form=MergeForm(),
    )
    return render(request, "sources/speaker_detail.html", context)


def _back_to(speaker: Speaker) -> HttpResponse:
    return redirect("sources:speaker", pk=speaker.pk)


def _form_errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@require_POST
def speaker_edit(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker_for_user(request, pk)
    _require_registry_editor(request)
    form = SpeakerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return _back_to(speaker)
    try:
        update_speaker(speaker=speaker, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Speaker saved.")
    return _back_to(speaker)


@require_POST
def alias_add(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker_for_user(request, pk)
    _require_registry_editor(request)
    form = AliasForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return _back_to(speaker)
    try:
        alias = add_alias(speaker=speaker, name=form.cleaned_data["name"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"\u201c{alias.name}\u201d now resolves to {speaker.name}.")
    return _back_to(speaker)


@require_POST
def speaker_merge(request: HttpRequest, pk: int) -> HttpResponse:
    keep = _get_speaker_for_user(request, pk)
    _require_registry_editor(request)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return _back_to(keep)
    drop = form.cleaned_data["speaker"]
    try:
        merge = merge_speakers(keep=keep, drop=drop, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"Merged {drop.name} into {keep.name}: {merge.claim_count} claims moved.",
        )
    return _back_to(keep)


@require_POST
def alias_split(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = _get_speaker_for_user(request, pk)
    _require_registry_editor(request)
    form = SplitForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return _back_to(speaker)
    alias = get_object_or_404(SpeakerAlias, pk=form.cleaned_data["alias"], speaker=speaker)
    try:
        split = split_alias(alias=alias, by=request.user, name=form.cleaned_data["name"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _back_to(speaker)
    messages.success(
        request,
        f"Split \u201c{alias.name}\u201d out to {split.target.name}: "
        f"{split.claim_count} claims moved.",
    )
    return _back_to(speaker)


@require_GET
def speaker_options(request: HttpRequest) -> HttpResponse:
    """Suggestions for a speaker name field, as <option>s of a <datalist>."""
    _require_perm(request, "sources.view_speaker")
    q = request.GET.get("name", "")[:200]
    speakers = search_speakers(Speaker.objects.live(), q=q)[:10] if q.strip() else []
    return render(request, "sources/_speaker_options.html", {"speakers": speakers})


def _queue_counts() -> dict[str, int]:
    return {key: attribution_queue(reason=key).count() for key in ["", *ATTRIBUTION_REASONS]}


@require_GET
def attribution_list(request: HttpRequest) -> HttpResponse:
    _require_perm(request, "claims.view_claim")
    form = AttributionQueueForm(request.GET)
    form.is_valid()
    reason = form.cleaned_data.get("reason") or ""
    before = form.cleaned_data.get("before")
    cards = claims_for_cards().select_related("article__outlet").defer("article__text")
    claims = attribution_queue(reason=reason, claims=cards)
    if before:
        claims = claims.filter(pk__lt=before)
    page = list(claims[: CARDS_PER_PAGE + 1])
    counts = _queue_counts()
    context = {
        **cards_context(request),
        # The attribution actions are what this page is for: they start unfolded.
        "attribution_open": True,
        "form": form,
        "reason": reason,
        "cards": [(claim, attribution_reasons(claim)) for claim in page[:CARDS_PER_PAGE]],
        "older": page[CARDS_PER_PAGE - 1].pk if len(page) > CARDS_PER_PAGE else None,
        "tabs": [
            (key, label, counts[key])
            for key, label in [("", "All"), *((k, v[0]) for k, v in ATTRIBUTION_REASONS.items())]
        ],
        "total": counts[""],
    }
    return _render(request, "sources/attribution_queue.html", "cards", context)


@require_GET
def outlet_list(request: HttpRequest) -> HttpResponse:
    _require_perm(request, "sources.view_outlet")
    outlets = Outlet.objects.annotate(article_count=Count("articles")).order_by("name")
    return render(request, "sources/outlet_list.html", {"outlets": outlets})


@require_GET
def outlet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_perm(request, "sources.view_outlet")
    outlet = get_object_or_404(Outlet, pk=pk)
    articles = Article.objects.filter(outlet=outlet).defer("text").order_by("-pk")
    before = request.GET.get("before", "")
    if before.isdigit():
        articles = articles.filter(pk__lt=int(before))
    page = list(
        articles.only("pk", "title", "url", "published", "outlet_id")[: ARTICLES_PER_PAGE + 1]
    )
    page_articles = page[:ARTICLES_PER_PAGE]
    per_article: dict[int, dict[str, int]] = {a.pk: {} for a in page_articles}
    for row in (
        Claim.objects.filter(article__in=page_articles)
        .values("article_id", "verdict")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        per_article[row["article_id"]][row["verdict"]] = row["n"]
    record = track_record(claims=Claim.objects.filter(article__outlet=outlet))
    verdicts = [*TRACKED_VERDICTS, Claim.Verdict.NOT_A_CLAIM]
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
        "older": page[ARTICLES_PER_PAGE - 1].pk if len(page) > ARTICLES_PER_PAGE else None,
        "verdict_labels": [(v, labels[v]) for v in verdicts],
    }
    return _render(request, "sources/outlet_detail.html", "articles", context)
