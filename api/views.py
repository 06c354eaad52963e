"""The account's API tokens page: make a token (its secret shown once), revoke one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from api.forms import TokenForm
from api.models import ApiToken
from api.services import create_token


def _page(request: HttpRequest, form: TokenForm, *, secret: str = "", status: int = 200):
    context = {
        "form": form,
        "tokens": ApiToken.objects.filter(user=request.user),
        "secret": secret,
    }
    return render(request, "api/tokens.html", context, status=status)


@require_GET
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    return _page(request, TokenForm(user=request.user))


@require_POST
@login_required
def token_create(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST, user=request.user)
    if not form.is_valid():
        return _page(request, form, status=422)
    try:
        _, secret = create_token(
            user=request.user, name=form.cleaned_data["name"], scope=form.cleaned_data["scope"]
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _page(request, form, status=422)
    # Answered, not redirected: the secret is in this page only and is never stored.
    return _page(request, TokenForm(user=request.user), secret=secret)


@require_POST
@login_required
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    token.revoke()
    messages.success(request, f"Revoked \u201c{token.name}\u201d: it no longer works.")
    return redirect("tokens:list")
