import pytest

from tests.conftest import PASSWORD


@pytest.mark.django_db
def test_pages_send_anonymous_users_to_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    response = client.get("/")
    assert response.status_code == 302


@pytest.mark.django_db
def test_sign_in_works_with_the_right_password(client, editor):
    response = client.post("/accounts/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(editor.pk)


@pytest.mark.django_db
def test_sign_in_is_locked_after_repeated_failures(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        failed = client.post("/accounts/login/", {"username": editor.username, "password": "x"})
        assert failed.status_code in (200, 429)
    locked = client.post("/accounts/login/", {"username": editor.username, "password": PASSWORD})
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_session_cookie_is_http_only(client, editor):
    response = client.post("/accounts/login/", {"username": editor.username, "password": PASSWORD})
    assert response.cookies["sessionid"]["httponly"]
