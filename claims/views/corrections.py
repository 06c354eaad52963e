"""An editor's corrections of what the extractor read: a claim's span, kind, stance,
hedge and figures; a claim it missed; splitting one claim, merging two.

Each form opens in the claim's card (GET) and is saved by a POST answered like
every card change: the card in place for htmx (with the article text redrawn,
and the claim list when claims were added or removed), else back to the page.
"""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import reswap, trigger_client_event

from claims.correction_forms import (
    AddClaimForm,
    CorrectionForm,
    MergeForm,
    QuantityFormSet,
    SplitForm,
    figure_initial,
)
from claims.models import Claim, ClaimConflict
from claims.views.access import editor, form_errors, render_page
from claims.views.articles import review_context
from claims.views.cards import (
    after_change,
    card_claim,
    card_context,
    card_response,
    conflict_of,
)
from sources.models import Article

# The client event that asks the review page to select a claim after it was redrawn.
FOCUS_EVENT = "claims:focus"


def _article_text(claim: Claim) -> str:
    return Article.objects.values_list("text", flat=True).get(pk=claim.article_id)


def _on_review_page(request: HttpRequest, article_id: int) -> bool:
    current = request.htmx.current_url_abs_path or ""
    return bool(request.htmx) and current.startswith(
        reverse("claims:article_review", args=[article_id])
    )


def _correcting(
    request: HttpRequest, claim: Claim, *, status: int = 200, **forms_context
) -> HttpResponse:
    """The card with a correction form open: the fragment for htmx, else the claim page."""
    context = card_context(request, claim, article=claim.article, **forms_context)
    if request.htmx:
        return card_response(request, claim, status=status, **forms_context)
    return render_page(request, "claims/claim_page.html", context, partial="card", status=status)


def _redrawn(request: HttpRequest, claim: Claim) -> HttpResponse:
    """After a change that moved spans or added or removed claims: on the review page,
    the article text, the counts and the claim list redrawn, and the claim selected."""
    if not _on_review_page(request, claim.article_id):
        return after_change(request, claim)
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=claim.article_id)
    context = {**review_context(request, article), "oob": True}
    response = render(request, "claims/review_redrawn.html", context)
    # Everything arrives out of band; the card the form sat in is inside the list.
    reswap(response, "none")
    return trigger_client_event(response, FOCUS_EVENT, {"claim": claim.pk}, after="settle")


# Correct a claim


@require_GET
@editor
def claim_edit_form(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    return _correcting(
        request,
        claim,
        correction=CorrectionForm(
            initial=CorrectionForm.initial_for(claim), article_text=_article_text(claim)
        ),
        figures=QuantityFormSet(initial=figure_initial(claim), prefix="q"),
    )


@require_POST
@editor
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    form = CorrectionForm(request.POST, article_text=_article_text(claim))
    figures = QuantityFormSet(request.POST, initial=figure_initial(claim), prefix="q")
    if not (form.is_valid() and figures.is_valid()):
        return _correcting(request, claim, status=422, correction=form, figures=figures)
    data = form.cleaned_data
    try:
        claim = claim.correct(
            by=request.user,
            expected_version=data["version"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            stance=data["stance"],
            hedged=data["hedged"],
            hedge=data["hedge"],
            figures=figures.figures(),
        )
    except ClaimConflict as exc:
        return after_change(request, exc.current, status=409, conflict=conflict_of(exc.current))
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return _correcting(request, claim, status=422, correction=form, figures=figures)
    return _redrawn(request, claim)


# Add a claim the extractor missed


@require_GET
@editor
def claim_add_form(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    initial = {
        "start": request.GET.get("start"),
        "end": request.GET.get("end"),
        "kind": Claim.Kind.STATEMENT,
        "stance": Claim.Stance.ASSERTS,
    }
    return _adding(
        request,
        article,
        form=AddClaimForm(initial=initial, article_text=article.text),
        figures=QuantityFormSet(prefix="q"),
    )


def _adding(request, article: Article, *, status: int = 200, **forms_context) -> HttpResponse:
    start, end = forms_context["form"]["start"].value(), forms_context["form"]["end"].value()
    try:
        selected = article.text[int(start) : int(end)]
    except (TypeError, ValueError):
        selected = ""
    context = {"article": article, "selected": selected, **forms_context}
    return render_page(request, "claims/claim_add.html", context, partial="form", status=status)


@require_POST
@editor
def claim_add(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    form = AddClaimForm(request.POST, article_text=article.text)
    figures = QuantityFormSet(request.POST, prefix="q")
    if not (form.is_valid() and figures.is_valid()):
        return _adding(request, article, status=422, form=form, figures=figures)
    data = form.cleaned_data
    try:
        claim = Claim.add(
            article=article,
            by=request.user,
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            stance=data["stance"],
            speaker=data["speaker"],
            hedged=data["hedged"],
            hedge=data["hedge"],
            figures=figures.figures(),
        )
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return _adding(request, article, status=422, form=form, figures=figures)
    if _on_review_page(request, article.pk):
        return _redrawn(request, claim)
    return redirect(f"{reverse('claims:article_review', args=[article.pk])}#claim-{claim.pk}")


# Split a claim, merge two


@require_GET
@editor
def claim_split_form(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    form = SplitForm(initial={"version": claim.version}, claim=claim)
    return _correcting(request, claim, split=form)


@require_POST
@editor
def claim_split(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    form = SplitForm(request.POST, claim=claim)
    if not form.is_valid():
        return _correcting(request, claim, status=422, split=form)
    try:
        first, _ = claim.split(
            by=request.user,
            expected_version=form.cleaned_data["version"],
            at=form.cleaned_data["at"],
            second_figures=form.cleaned_data["second_figures"],
        )
    except ClaimConflict as exc:
        return after_change(request, exc.current, status=409, conflict=conflict_of(exc.current))
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return _correcting(request, claim, status=422, split=form)
    return _redrawn(request, first)


def _next_claim(claim: Claim) -> Claim | None:
    return (
        Claim.objects.filter(article_id=claim.article_id, start__gt=claim.start)
        .exclude(pk=claim.pk)
        .order_by("start", "pk")
        .first()
    )


@require_GET
@editor
def claim_merge_form(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    following = _next_claim(claim)
    form = None
    if following is not None:
        form = MergeForm(
            initial={
                "version": claim.version,
                "other": following.pk,
                "other_version": following.version,
            }
        )
    return _correcting(
        request,
        claim,
        merging=True,
        merge=form,
        following=following,
        merge_problem=Claim.merge_problem(claim, following) if following else "",
    )


@require_POST
@editor
def claim_merge(request: HttpRequest, pk: int) -> HttpResponse:
    claim = card_claim(pk)
    form = MergeForm(request.POST)
    if not form.is_valid():
        return after_change(request, claim, status=422, errors=form_errors(form))
    try:
        merged = claim.merge_with(
            other=form.cleaned_data["other"],
            by=request.user,
            expected_version=form.cleaned_data["version"],
            other_version=form.cleaned_data["other_version"],
        )
    except Claim.DoesNotExist:
        raise Http404("No such claim.") from None
    except ClaimConflict as exc:
        # Either claim may have changed: the card shows this one, and what the other
        # editor did to whichever it was.
        current = exc.current if exc.current.pk == claim.pk else card_claim(pk)
        return after_change(request, current, status=409, conflict=conflict_of(exc.current))
    except ValidationError as exc:
        return after_change(request, claim, status=422, errors=exc.messages)
    return _redrawn(request, merged)
