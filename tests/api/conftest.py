"""API clients: each persona with a token made the way the account page makes one."""

import pytest
from django.test import Client

from api.models import ApiToken
from api.services import create_token


def token_client(user, scope: str = ApiToken.Scope.WRITE, name: str = "tests") -> Client:
    _, secret = create_token(user=user, name=name, scope=scope)
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    client.secret = secret
    return client


@pytest.fixture
def editor_api(editor):
    return token_client(editor)


@pytest.fixture
def second_editor_api(second_editor):
    return token_client(second_editor)


@pytest.fixture
def editor_read_api(editor):
    return token_client(editor, ApiToken.Scope.READ, name="read only")


@pytest.fixture
def viewer_api(viewer):
    return token_client(viewer, ApiToken.Scope.READ)


@pytest.fixture
def outsider_api(outsider):
    return token_client(outsider, ApiToken.Scope.READ)


def problem(response, status: int) -> dict:
    """The problem+json body of an error answer, after checking its status and type."""
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    return body
