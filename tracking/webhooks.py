"""Alerts posted to the desk's webhooks: signed JSON, delivered once per webhook and
alert, retried by the task on failure, every attempt told in the delivery log."""

import hashlib
import hmac
import json
import time

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from sources.ingest.errors import IngestError
from sources.ingest.fetch import post_bytes
from tracking.models import Alert, WebhookDelivery

SIGNATURE_HEADER = "X-Claimdesk-Signature"
TIMESTAMP_HEADER = "X-Claimdesk-Timestamp"
TIMEOUT = 10


class DeliveryFailed(Exception):
    """The receiver could not be reached or did not answer 2xx; worth trying again."""


def payload(alert: Alert) -> dict:
    return {
        "id": alert.pk,
        "kind": alert.kind,
        "text": alert.text,
        "story_id": alert.story_id,
        "claim_id": alert.claim_id,
        "article_id": alert.article_id,
        "created_at": alert.created_at.isoformat(),
    }


def signature(*, secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 of "<timestamp>.<body>": a receiver checks it and the timestamp's age,
    so a captured delivery cannot be replayed later."""
    message = timestamp.encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def deliver(*, delivery_id: int) -> None:
    """Post the alert to the webhook; mark it delivered on a 2xx answer.

    A delivery already delivered or given up is left alone, so a task run twice
    posts once. Raises DeliveryFailed, with the attempt logged, otherwise.
    """
    delivery = (
        WebhookDelivery.objects.select_related("webhook", "alert")
        .filter(pk=delivery_id, state=WebhookDelivery.State.PENDING)
        .first()
    )
    if delivery is None:
        return
    body = json.dumps(payload(delivery.alert), separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: signature(secret=delivery.webhook.secret, timestamp=timestamp, body=body),
    }
    status, error = None, ""
    try:
        status = post_bytes(
            delivery.webhook.url,
            body=body,
            headers=headers,
            allow_private=settings.INGEST_ALLOW_PRIVATE_URLS,
            timeout=TIMEOUT,
        )
    except IngestError as exc:
        error = str(exc)
    else:
        if not 200 <= status < 300:
            error = f"The receiver answered {status}."
    pending = WebhookDelivery.objects.filter(pk=delivery.pk, state=WebhookDelivery.State.PENDING)
    if not error:
        pending.update(
            state=WebhookDelivery.State.DELIVERED,
            attempts=F("attempts") + 1,
            status_code=status,
            error="",
            delivered_at=timezone.now(),
        )
        return
    pending.update(attempts=F("attempts") + 1, status_code=status, error=error[:300])
    raise DeliveryFailed(error)


def give_up(*, delivery_id: int) -> None:
    """The last retry failed: the log says so, with the last error kept."""
    WebhookDelivery.objects.filter(pk=delivery_id, state=WebhookDelivery.State.PENDING).update(
        state=WebhookDelivery.State.FAILED
    )
