"""Webhooks: signed posts to a local receiver, retries, the private-address guard, the
delivery log, and who may manage them."""

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.http_server import serving
from tracking import follows, webhooks
from tracking.models import Alert, Webhook, WebhookDelivery
from tracking.tasks import deliver_webhook_task
from workbench.celery import app as celery_app

HX = {"HTTP_HX_REQUEST": "true"}


class Receiver(BaseHTTPRequestHandler):
    """Keeps every post; answers 500 to each call whose number is in `fail_calls`."""

    received: list[tuple[dict, bytes]] = []
    fail_calls: set[int] = set()
    calls = 0
    lock = threading.Lock()

    def do_POST(self):  # noqa: N802 - the http.server name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with Receiver.lock:
            Receiver.calls += 1
            failing = Receiver.calls in Receiver.fail_calls
            if not failing:
                Receiver.received.append((dict(self.headers), body))
        self.send_response(500 if failing else 204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def _retries_run_in_process():
    """In-process tasks retry at once, as a worker would after the countdown, only when
    their failures are not raised to the caller."""
    previous = celery_app.conf.task_eager_propagates
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = previous


@pytest.fixture
def receiver():
    Receiver.received, Receiver.fail_calls, Receiver.calls = [], set(), 0
    with serving(Receiver) as url:
        yield url


def _delivery(url, alert_text="New figure: 12 killed", *, captured) -> WebhookDelivery:
    webhook = Webhook.objects.create(url=url)
    with captured(execute=True):
        follows.raise_alert(kind=Alert.Kind.FIGURE, text=alert_text, user_ids=[])
    return WebhookDelivery.objects.get(webhook=webhook)


def test_a_delivery_is_signed_over_the_timestamp_and_the_body(
    receiver, settings, db, django_capture_on_commit_callbacks
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    delivery = _delivery(f"{receiver}/hook", captured=django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.DELIVERED and delivery.status_code == 204
    ((headers, body),) = Receiver.received
    timestamp = headers[webhooks.TIMESTAMP_HEADER]
    assert abs(int(timestamp) - time.time()) < 60
    expected = hmac.new(
        delivery.webhook.secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    ).hexdigest()
    assert headers[webhooks.SIGNATURE_HEADER] == f"sha256={expected}"
    event = json.loads(body)
    assert event["text"] == "New figure: 12 killed" and event["kind"] == "figure"


def test_a_tampered_body_does_not_match_the_signature():
    signed = webhooks.signature(secret="s3cret", timestamp="1700000000", body=b'{"id":1}')
    assert signed != webhooks.signature(secret="s3cret", timestamp="1700000000", body=b'{"id":2}')
    assert signed != webhooks.signature(secret="s3cret", timestamp="1700000001", body=b'{"id":1}')


def test_a_failing_receiver_is_tried_again_and_logged_once(
    receiver, settings, db, django_capture_on_commit_callbacks
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    Receiver.fail_calls = {1, 2}
    delivery = _delivery(f"{receiver}/hook", captured=django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.DELIVERED
    assert delivery.attempts == 3 and Receiver.calls == 3
    assert len(Receiver.received) == 1
    deliver_webhook_task.delay(delivery.pk)  # a duplicate task posts nothing more
    assert Receiver.calls == 3


def test_a_receiver_that_never_answers_2xx_is_given_up_with_its_error(
    receiver, settings, db, django_capture_on_commit_callbacks
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    Receiver.fail_calls = set(range(1, 100))
    delivery = _delivery(f"{receiver}/hook", captured=django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert delivery.state == WebhookDelivery.State.FAILED
    assert delivery.attempts == 1 + deliver_webhook_task.max_retries
    assert delivery.error == "The receiver answered 500."


def test_a_webhook_on_a_private_address_is_refused(
    receiver, settings, db, django_capture_on_commit_callbacks
):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    delivery = _delivery(f"{receiver}/hook", captured=django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert Receiver.calls == 0
    assert delivery.state == WebhookDelivery.State.FAILED
    assert "private network" in delivery.error


@pytest.fixture
def desk_admin(editor):
    editor.user_permissions.add(
        Permission.objects.get(codename="add_webhook", content_type__app_label="tracking")
    )
    return editor


def test_only_those_allowed_manage_webhooks(editor_client, viewer_client, db):
    for client in (editor_client, viewer_client):
        assert client.get(reverse("tracking:webhooks")).status_code == 403
        add = client.post(reverse("tracking:webhook_add"), {"url": "https://example.org/h"})
        assert add.status_code == 403
    assert not Webhook.objects.exists()


@pytest.mark.parametrize("htmx", [True, False])
def test_the_webhook_page_shows_its_delivery_log(
    desk_admin, editor_client, receiver, settings, django_capture_on_commit_callbacks, htmx
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    response = editor_client.post(reverse("tracking:webhook_add"), {"url": f"{receiver}/hook"})
    webhook = Webhook.objects.get()
    assert response["Location"] == reverse("tracking:webhook", args=[webhook.pk])
    with django_capture_on_commit_callbacks(execute=True):
        follows.raise_alert(kind=Alert.Kind.FIGURE, text="New <b>figure</b>", user_ids=[])
    page = editor_client.get(response["Location"], **(HX if htmx else {})).content.decode()
    assert ("<html" in page) is not htmx
    assert "New &lt;b&gt;figure&lt;/b&gt;" in page and "Delivered" in page
