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


@pytest.mark.django_db
def test_changing_password_is_locked_after_repeated_wrong_old_passwords(
    editor_client, editor, settings
):
    url = "/accounts/password/"
    new = {
        "new_password1": "a fresh long passphrase 42",
        "new_password2": "a fresh long passphrase 42",
    }
    for _ in range(settings.AXES_FAILURE_LIMIT):
        failed = editor_client.post(url, {"old_password": "wrong guess", **new})
        assert failed.status_code in (200, 429)
    locked = editor_client.post(url, {"old_password": PASSWORD, **new})
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)


@pytest.mark.django_db
def test_changing_password_with_the_right_old_password_works(editor_client, editor):
    new = "a fresh long passphrase 42"
    response = editor_client.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new)


@pytest.mark.django_db
def test_a_wrong_old_password_is_said_to_be_wrong(editor_client):
    response = editor_client.post(
        "/accounts/password/",
        {
            "old_password": "nope",
            "new_password1": "x long pass 12345",
            "new_password2": "x long pass 12345",
        },
    )
    assert response.status_code == 200
    assert b"Your old password was entered incorrectly" in response.content
