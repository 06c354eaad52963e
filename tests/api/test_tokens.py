"""Tokens: hashed, shown once, named, revocable, scoped; viewers hold read-only ones."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client

from api.models import ApiToken, digest
from api.services import create_token
from tests.api.conftest import problem


def test_token_is_stored_only_as_its_hash(editor):
    token, secret = create_token(user=editor, name="CMS", scope=ApiToken.Scope.WRITE)
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret.startswith("cdk_")
    assert stored.key_hash == digest(secret)
    assert secret not in {stored.key_hash, stored.shown, stored.name}
    assert secret.startswith(stored.shown)


def test_viewer_cannot_hold_a_read_write_token(viewer):
    with pytest.raises(ValidationError, match="Only editors"):
        create_token(user=viewer, name="dashboard", scope=ApiToken.Scope.WRITE)
    token, _ = create_token(user=viewer, name="dashboard", scope=ApiToken.Scope.READ)
    assert not token.writes


def test_two_active_tokens_cannot_share_a_name_but_a_revoked_name_is_free(editor):
    token, _ = create_token(user=editor, name="CMS", scope=ApiToken.Scope.READ)
    with pytest.raises(ValidationError, match="already have a token"):
        create_token(user=editor, name=" CMS ", scope=ApiToken.Scope.READ)
    token.revoke()
    create_token(user=editor, name="CMS", scope=ApiToken.Scope.READ)


def test_request_without_token_gets_401_problem(client, seed):
    body = problem(client.get("/api/claims"), 401)
    assert "token" in body["detail"]


def test_session_sign_in_does_not_authenticate_the_api(editor_client, seed):
    problem(editor_client.get("/api/claims"), 401)


def test_unknown_and_revoked_tokens_get_401(editor, seed):
    token, secret = create_token(user=editor, name="CMS", scope=ApiToken.Scope.READ)
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert client.get("/api/claims").status_code == 200
    token.revoke()
    problem(client.get("/api/claims"), 401)
    forged = Client(headers={"Authorization": f"Bearer {secret}x"})
    problem(forged.get("/api/claims"), 401)


def test_inactive_users_token_gets_401(editor, editor_api, seed):
    editor.is_active = False
    editor.save()
    problem(editor_api.get("/api/claims"), 401)


def test_token_records_when_it_was_last_used(editor, editor_api, seed):
    assert editor_api.get("/api/claims").status_code == 200
    assert ApiToken.objects.get(user=editor).last_used_at is not None


def test_tokens_page_shows_a_new_secret_once(editor_client, editor):
    response = editor_client.post("/accounts/tokens/new/", {"name": "CMS", "scope": "write"})
    assert response.status_code == 200
    token = ApiToken.objects.get(user=editor)
    secret = response.context["secret"]
    assert token.key_hash == digest(secret)
    assert secret in response.content.decode()
    again = editor_client.get("/accounts/tokens/")
    assert secret not in again.content.decode()
    assert token.shown in again.content.decode()


def test_tokens_page_offers_viewers_read_only_and_refuses_a_forged_write(viewer_client, viewer):
    page = viewer_client.get("/accounts/tokens/")
    assert 'value="write"' not in page.content.decode()
    response = viewer_client.post("/accounts/tokens/new/", {"name": "x", "scope": "write"})
    assert response.status_code == 422
    assert not ApiToken.objects.filter(user=viewer).exists()


def test_tokens_page_needs_sign_in_and_csrf(client, editor):
    assert client.get("/accounts/tokens/").status_code == 302
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    response = csrf_client.post("/accounts/tokens/new/", {"name": "CMS", "scope": "read"})
    assert response.status_code == 403
    assert not ApiToken.objects.exists()


def test_revoking_from_the_page_stops_the_token(editor_client, editor, seed):
    token, secret = create_token(user=editor, name="CMS", scope=ApiToken.Scope.READ)
    response = editor_client.post(f"/accounts/tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    problem(client.get("/api/claims"), 401)


def test_nobody_revokes_another_users_token(second_editor_client, editor):
    token, _ = create_token(user=editor, name="CMS", scope=ApiToken.Scope.READ)
    assert second_editor_client.post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_create_token_command_prints_a_working_secret(editor, seed):
    out = io.StringIO()
    call_command(
        "create_token", editor.username, "--name", "wire import", stdout=out, stderr=io.StringIO()
    )
    secret = out.getvalue().strip()
    token = ApiToken.objects.get(user=editor, name="wire import")
    assert token.writes and token.key_hash == digest(secret)
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert client.get("/api/claims").status_code == 200


def test_create_token_command_read_only_and_refusals(viewer):
    call_command(
        "create_token",
        viewer.username,
        "--name",
        "d",
        "--read-only",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert not ApiToken.objects.get(user=viewer).writes
    with pytest.raises(CommandError, match="Only editors"):
        call_command("create_token", viewer.username, "--name", "w", stdout=io.StringIO())
    with pytest.raises(CommandError, match="No user"):
        call_command("create_token", "nobody", "--name", "w", stdout=io.StringIO())


def test_token_names_are_shown_escaped(editor_client, editor):
    create_token(user=editor, name="<script>alert(1)</script>", scope=ApiToken.Scope.READ)
    page = editor_client.get("/accounts/tokens/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
