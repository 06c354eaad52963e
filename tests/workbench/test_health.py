import kombu.utils.functional
import pytest
from django.db import DatabaseError

from workbench.celery import app as celery_app


@pytest.mark.django_db
def test_healthz_answers_without_sign_in_when_database_and_broker_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"].startswith("ok")
    assert response.json()["broker"].startswith("ok")


@pytest.mark.django_db
def test_healthz_names_the_database_when_it_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("ops.health.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"].startswith("failed")
    assert response.json()["broker"].startswith("ok")


@pytest.mark.django_db
def test_healthz_names_the_broker_when_it_is_unreachable(client, settings, monkeypatch):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"].startswith("failed")
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_healthz_with_the_broker_down_answers_at_once_without_waiting_to_retry(
    client, settings, monkeypatch
):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    pauses = []
    monkeypatch.setattr(kombu.utils.functional, "sleep", pauses.append)
    assert client.get("/healthz").status_code == 503
    assert pauses == []


@pytest.mark.django_db
def test_every_response_carries_a_request_id_and_keeps_a_safe_incoming_one(client):
    assert len(client.get("/healthz").headers["X-Request-ID"]) == 32
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="proxy-1234abcd")
    assert kept.headers["X-Request-ID"] == "proxy-1234abcd"
    forged = client.get("/healthz", HTTP_X_REQUEST_ID="bad id\nlevel=ERROR")
    assert forged.headers["X-Request-ID"] != "bad id\nlevel=ERROR"
