"""Request ids: one per web request, carried into the logs of the tasks it queues.

The id lives in a context variable; a logging filter stamps it on every record,
Celery's publish hook copies it into the task headers, and the worker's prerun
hook restores it, so a request and its extraction can be followed in the logs.
"""

import logging
import re
import uuid
from contextvars import ContextVar

from celery.signals import before_task_publish, task_postrun, task_prerun

request_id: ContextVar[str] = ContextVar("request_id", default="")

# A proxy's id is kept only if it is short and plain, so logs cannot be forged through it.
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class OneLineClientErrors(logging.Filter):
    """Drop the traceback from a 4xx response's log line: a refused permission or a
    missing page is an answer, not a failure, and one line says all of it."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and 400 <= status < 500:
            record.exc_info = None
            record.exc_text = None
        return True


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        rid = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        token = request_id.set(rid)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = rid
        return response


@before_task_publish.connect
def _send_request_id(headers=None, **kwargs) -> None:
    rid = request_id.get()
    if rid and headers is not None:
        headers["request_id"] = rid


@task_prerun.connect
def _restore_request_id(task=None, **kwargs) -> None:
    rid = getattr(task.request, "request_id", None) or ""
    task.request.request_id_token = request_id.set(rid)


@task_postrun.connect
def _forget_request_id(task=None, **kwargs) -> None:
    token = getattr(task.request, "request_id_token", None)
    if token is not None:
        request_id.reset(token)
