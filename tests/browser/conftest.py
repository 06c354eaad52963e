"""Chromium through Playwright against a live server, with the seed article and two editors."""

from pathlib import Path

import pytest

from tests.seed import make_seed_claims

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PASSWORD = "a browser test password"


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"needs Chromium at {CHROMIUM} (Debian package chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def browser(monkeypatch):
    """A Chromium per test: Playwright's sync API marks an event loop as running in this
    thread while it is open, which changes how Django finds its database connection, so
    it is open only during the test, after the database is set up for it."""
    from playwright.sync_api import sync_playwright

    # The ORM calls in the tests are synchronous; the running loop is Playwright's.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def seeded(transactional_db):
    """The seed article with its claims, an editor who signs in, and a second editor."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from claims.roles import EDITORS, ensure_roles

    article, claims = make_seed_claims()
    # The flush after an earlier transactional test removes the migrated groups.
    ensure_roles(Group, Permission)
    editors = Group.objects.get(name=EDITORS)
    users = get_user_model().objects
    editor = users.create_user(username="erin-editor", password=PASSWORD)
    second = users.create_user(username="sam-second-editor", password=PASSWORD)
    for user in (editor, second):
        user.groups.add(editors)
    return {"article": article, "claims": claims, "editor": editor, "second_editor": second}


@pytest.fixture
def signed_in(page, live_server, seeded):
    """The editor, signed in through the real sign-in form."""
    page.goto(live_server.url + "/")
    page.get_by_label("Username").fill(seeded["editor"].username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")
    return page
