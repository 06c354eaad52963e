"""A claim's discussion thread, loaded into its card; posting and editing comments."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claims.models import Claim
from claims.roles import can_review
from claims.views.access import editor, reader, render_page
from desk.models import Comment, FactCheck
from desk.services import add_comment, edit_comment


def _thread_context(request: HttpRequest, claim: Claim, **extra) -> dict:
    comments = list(claim.comments.select_related("author"))
    for comment in comments:
        comment.editable = comment.editable_by(request.user)
    return {
        "claim": claim,
        "comments": comments,
        "can_review": can_review(request.user),
        "fact_check": FactCheck.objects.filter(claim=claim).first(),
        **extra,
    }


@require_GET
@reader
def discussion(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)
    return render_page(
        request, "desk/discussion.html", _thread_context(request, claim), partial="thread"
    )


@require_POST
@editor
def comment_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)
    body = request.POST.get("body", "")
    try:
        add_comment(claim=claim, author=request.user, body=body)
    except ValidationError as exc:
        context = _thread_context(request, claim, errors=exc.messages, body=body)
        return render_page(request, "desk/discussion.html", context, partial="thread", status=422)
    if request.htmx:
        return render_page(
            request, "desk/discussion.html", _thread_context(request, claim), partial="thread"
        )
    return redirect(reverse("desk:discussion", args=[pk]))


@require_http_methods(["GET", "POST"])
@editor
def comment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("claim"), pk=pk)
    if not comment.editable_by(request.user):
        raise PermissionDenied("Only its author can edit a comment, and only for ten minutes.")
    context = {"comment": comment, "claim": comment.claim, "body": comment.body}
    if request.method == "POST":
        body = request.POST.get("body", "")
        try:
            edit_comment(comment=comment, by=request.user, body=body)
        except ValidationError as exc:
            context.update(errors=exc.messages, body=body)
            return render_page(
                request, "desk/comment_edit.html", context, partial="form", status=422
            )
        if request.htmx:
            return render_page(
                request,
                "desk/discussion.html",
                _thread_context(request, comment.claim),
                partial="thread",
            )
        return redirect(reverse("desk:discussion", args=[comment.claim_id]))
    return render_page(request, "desk/comment_edit.html", context, partial="form")
