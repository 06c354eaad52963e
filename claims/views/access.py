"""What every screen shares: who may see or change what, and page or fragment."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render

READ = "claims.view_claim"
REVIEW = "claims.review_claim"
ADD_ARTICLE = "sources.add_article"
EDIT_REGISTRY = "sources.change_speaker"


def requires(perm: str):
    """Signed in (else to the sign-in page) and holding `perm` (else 403)."""

    def decorate(view):
        return login_required(permission_required(perm, raise_exception=True)(view))

    return decorate


reader = requires(READ)
editor = requires(REVIEW)
adder = requires(ADD_ARTICLE)
registry_editor = requires(EDIT_REGISTRY)


def wants_fragment(request: HttpRequest) -> bool:
    """Whether to answer with the swappable region only: an htmx request that is not
    boosted (a boosted link is htmx following a link in place of the browser, and
    wants a page)."""
    return bool(request.htmx) and not request.htmx.boosted


def render_page(
    request: HttpRequest, template: str, context: dict, *, partial: str, status: int = 200
) -> HttpResponse:
    """The named partial for an htmx request, the whole page otherwise."""
    if wants_fragment(request):
        template = f"{template}#{partial}"
    return render(request, template, context, status=status)


def form_errors(form) -> list[str]:
    return [str(error) for errors in form.errors.values() for error in errors]


def bad_page_link() -> HttpResponse:
    """The answer to a pagination cursor that no page of the list wrote."""
    return HttpResponseBadRequest(
        "This page link is damaged or out of date; go back to the first page.",
        content_type="text/plain",
    )
