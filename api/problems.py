"""Errors as `application/problem+json` (RFC 9457): a title, the status, what went wrong,
and for a form the messages per field, worded as the screens word them."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse

CONTENT_TYPE = "application/problem+json"

TITLES = {
    400: "Bad request",
    401: "Not signed in",
    403: "Not allowed",
    404: "Not found",
    409: "Conflict",
    413: "Too large",
    422: "Not valid",
    429: "Too many requests",
}


class Problem(Exception):
    """An answer other than success, raised anywhere below an endpoint."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        errors: dict[str, list[str]] | None = None,
        extra: dict | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or {}
        self.extra = extra or {}
        self.headers = headers or {}

    def response(self) -> HttpResponse:
        body = {
            "title": TITLES.get(self.status, "Error"),
            "status": self.status,
            "detail": self.detail,
            "errors": self.errors,
            **self.extra,
        }
        response = HttpResponse(
            json.dumps(body, cls=DjangoJSONEncoder), status=self.status, content_type=CONTENT_TYPE
        )
        for name, value in self.headers.items():
            response[name] = value
        return response


def form_problem(form, *, status: int = 422) -> Problem:
    """A form's errors by field; errors about the whole form under "__all__"."""
    errors = {field: [str(e) for e in messages] for field, messages in form.errors.items()}
    detail = " ".join(message for messages in errors.values() for message in messages)
    return Problem(status, detail, errors=errors)
