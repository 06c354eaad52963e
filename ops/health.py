"""/healthz: 200 only when the database and the broker both answer."""

from celery import current_app as celery_app
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return f"failed: {type(exc).__name__}"
    return "ok"


def _broker() -> str:
    if not settings.REDIS_URL:
        return "ok (tasks run in-process)"
    try:
        with celery_app.connection_for_write() as conn:
            # One attempt, bounded by the broker's connect timeout. A retry sleeps 2 s
            # first, and while Redis is down every probe would hold a web worker that
            # long: at a probe a second, most of the workers.
            conn.ensure_connection(max_retries=0)
    except Exception as exc:  # noqa: BLE001 - any failure means the broker is not usable
        return f"failed: {type(exc).__name__}"
    return "ok"


@login_not_required
@never_cache
@require_GET
def healthz(request):
    checks = {"database": _database(), "broker": _broker()}
    healthy = all(state.startswith("ok") for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failed", **checks}, status=200 if healthy else 503
    )
