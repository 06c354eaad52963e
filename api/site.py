"""The API under /api/: its routers, its answers to errors, and its OpenAPI document."""

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestInvalid

from api.limits import RateLimited
from api.problems import CONTENT_TYPE, Problem
from api.routes import articles, claims, exports, follows, speakers, stories


class ClaimdeskAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """Ninja documents every answer as application/json; problems are problem+json."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation["responses"].items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content[CONTENT_TYPE] = content.pop("application/json")
        return schema


api = ClaimdeskAPI(
    title="Claimdesk API",
    version="1",
    description=(
        "Articles, claims, evidence, speakers and exports, with the permissions of the "
        "screens. Send a token from the account's API tokens page as "
        "`Authorization: Bearer <token>`. Errors are `application/problem+json`."
    ),
    urls_namespace="api",
)
for module in (articles, claims, speakers, stories, follows, exports):
    api.add_router("", module.router)


@api.exception_handler(Problem)
def _problem(request: HttpRequest, exc: Problem) -> HttpResponse:
    return exc.response()


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return Problem(
        401,
        "Send a valid API token: Authorization: Bearer <token>.",
        headers={"WWW-Authenticate": 'Bearer realm="claimdesk"'},
    ).response()


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    """Ninja's own refusals, such as a body that is not JSON (400)."""
    return Problem(exc.status_code, str(exc)).response()


@api.exception_handler(RateLimited)
def _rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
    return Problem(429, str(exc), headers={"Retry-After": str(exc.retry_after)}).response()


@api.exception_handler(RequestInvalid)
def _invalid(request: HttpRequest, exc: RequestInvalid) -> HttpResponse:
    """Ninja's checks of the request against the schema, by field."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        # ("query", "filters", "verdict", 0) -> "verdict"; ("body", "payload", "note") -> "note";
        # ("path", "claim_id") -> "claim_id"; ("body", "payload", "figures", 1, "value") ->
        # "figures.1.value": the field as the caller sent it, and which of a list's objects.
        place = list(error.get("loc", ()))[1:]
        if len(place) > 1:
            place = place[1:]
        while place and isinstance(place[-1], int):
            place.pop()
        name = ".".join(str(part) for part in place)
        errors.setdefault(name or "__all__", []).append(error.get("msg", "Not valid."))
    detail = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors.items())
    return Problem(422, detail, errors=errors).response()


@api.exception_handler(ValidationError)
def _refused(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return Problem(422, " ".join(exc.messages)).response()


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return Problem(403, "Your role does not allow this.").response()


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return Problem(404, "No such object.").response()


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return Problem(413, "The request is larger than the workbench accepts.").response()
