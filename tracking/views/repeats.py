"""Repeated claims: one row per repeated claim (optionally within a story), a repeated
claim's page with its members, and verifying it once for all of them."""

import re

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from claims.models import Claim
from claims.pagination import BadCursor, Keyset
from claims.roles import can_review
from claims.views.access import bad_page_link, editor, form_errors, reader, render_page
from tracking import repeats
from tracking.forms import GroupVerdictForm, JoinForm, SplitForm
from tracking.models import RepeatedClaim, Story

REPEATS_PER_PAGE = 50
REPEAT_KEYSET = Keyset(order=("-pk",))


@require_GET
@reader
def repeat_list(request: HttpRequest) -> HttpResponse:
    """Every claim repeated in two articles or more, once, newest group first."""
    groups = RepeatedClaim.objects.annotate(size=Count("members")).filter(size__gt=1)
    story = None
    if re.fullmatch(r"[0-9]{1,18}", request.GET.get("story", "")):
        story = get_object_or_404(Story, pk=int(request.GET["story"]))
        groups = groups.filter(members__claim__article__filings__story=story).distinct()
    try:
        page = REPEAT_KEYSET.page(groups, request.GET, size=REPEATS_PER_PAGE)
    except BadCursor:
        return bad_page_link()
    context = {
        "page": page,
        "groups": page.rows,
        "story": story,
        "stories": Story.objects.open().only("pk", "title")[:200],
    }
    return render_page(request, "tracking/repeat_list.html", context, partial="results")


def repeat_context(request: HttpRequest, group: RepeatedClaim, **extra) -> dict:
    members = list(
        Claim.objects.filter(repeat__group=group)
        .select_related("article__outlet", "verdict_by")
        .defer("article__text")
        .prefetch_related(Prefetch("quantities", to_attr="quantity_list"))
        .order_by("article__published", "article_id", "pk")
    )
    for member in members:
        member.disagrees = group.disagrees(member.verdict)
    return {
        "group": group,
        "members": members,
        "figures": members[0].quantity_list if members else [],
        "disagreeing": sum(m.disagrees for m in members),
        "pending": sum(m.verdict == Claim.Verdict.PENDING for m in members),
        "can_review": can_review(request.user),
        "verdict_choices": Claim.Verdict.choices,
        **extra,
    }


@require_GET
@reader
def repeat_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(RepeatedClaim.objects.select_related("verdict_by"), pk=pk)
    return render_page(
        request, "tracking/repeat.html", repeat_context(request, group), partial="group"
    )


@require_POST
@editor
def repeat_verdict(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(RepeatedClaim, pk=pk)
    form = GroupVerdictForm(request.POST)
    if not form.is_valid():
        return _answer(request, group, status=422, errors=form_errors(form))
    try:
        applied = repeats.set_group_verdict(
            group=group,
            verdict=form.cleaned_data["verdict"],
            note=form.cleaned_data["note"],
            by=request.user,
            expected_version=form.cleaned_data["version"],
        )
    except repeats.GroupConflict as exc:
        return _answer(request, exc.current, status=409, errors=[str(exc)])
    outcome = f"Set on {applied.applied} pending member{'s' * (applied.applied != 1)}."
    if applied.disagreeing:
        outcome += (
            f" {applied.disagreeing} member{'s' * (applied.disagreeing != 1)} with a verdict "
            "of their own left as they are: they disagree."
        )
    return _answer(request, applied.group, done=outcome)


@require_POST
@editor
def repeat_split(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(RepeatedClaim, pk=pk)
    form = SplitForm(request.POST)
    claim = None
    if form.is_valid():
        claim = Claim.objects.filter(pk=form.cleaned_data["claim"], repeat__group=group).first()
    if claim is None:
        return _answer(request, group, status=422, errors=["That claim is not in this group."])
    repeats.split_claim(claim=claim, by=request.user)
    return _answer(request, group, done="Split the claim out into a repeated claim of its own.")


@require_POST
@editor
def repeat_join(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(RepeatedClaim, pk=pk)
    form = JoinForm(request.POST)
    if not form.is_valid():
        return _answer(request, group, status=422, errors=form_errors(form))
    try:
        group = repeats.join_groups(keep=group, drop=form.cleaned_data["other"], by=request.user)
    except ValidationError as exc:
        return _answer(request, group, status=422, errors=exc.messages)
    return _answer(request, group, done="Joined the two repeated claims.")


def _answer(request: HttpRequest, group: RepeatedClaim, *, status=200, errors=(), done=""):
    """The group's region in place for htmx; otherwise back to its page with a message."""
    if request.htmx:
        group.refresh_from_db()
        context = repeat_context(request, group, errors=errors, done=done)
        return render_page(request, "tracking/repeat.html", context, partial="group", status=status)
    for error in errors:
        messages.error(request, error)
    if done:
        messages.success(request, done)
    return redirect("tracking:repeat", group.pk)
