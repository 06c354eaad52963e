"""Every URL the project serves, crawled as an anonymous user, a viewer and a forger."""

import re
import uuid

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from claims.models import Claim, Evidence
from sources.models import Article, Outlet, Speaker, SpeakerAlias

# Every object the crawl needs has this id, so any <int:...> in a URL finds one.
OBJECT_ID = 987_654
# Sign-in pages, the health check a load balancer polls, and the site's icon.
# Published fact-checks are for readers: tests/desk/test_public_pages.py crawls them.
FACT_CHECKS = {
    "/fact-checks/",
    "/fact-checks/feed/",
    "/fact-checks/oembed/",
    "/fact-checks/x/",
    "/fact-checks/x/embed/",
}
PUBLIC = {"/accounts/login/", "/admin/login/", "/healthz", "/favicon.ico", *FACT_CHECKS}
# A user's own account, not newsroom data: every role may change its password, manage
# its API tokens and mark its own notifications read.
OWN_ACCOUNT = {
    "/accounts/logout/",
    "/accounts/password/",
    "/accounts/password/done/",
    "/accounts/tokens/",
    "/accounts/tokens/new/",
    f"/accounts/tokens/{OBJECT_ID}/revoke/",
    "/desk/notifications/read/",
}
# The API's documentation, behind sign-in like every page.
API_DOCS = {"/api/", "/api/docs", "/api/openapi.json"}
# Viewers export too: asking for a large PDF queues a job and changes no claim.
EXPORTS = {"/reports/jobs/new/"}


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            yield namespace, prefix + str(entry.pattern)


def _concrete(pattern: str) -> str | None:
    if pattern.startswith("^") or "(?P" in pattern:
        return None  # regex routes are the admin's and static files'
    path = re.sub(r"<int:\w+>", str(OBJECT_ID), pattern)
    path = re.sub(r"<uuid:\w+>", str(uuid.uuid4()), path)
    path = re.sub(r"<(?:str|slug|path):\w+>|<\w+>", "x", path)
    return "/" + path


def token_only(path: str) -> bool:
    """An API endpoint: it takes a bearer token, never the session, and answers 401
    without one, so neither a signed-in browser nor a forged form can reach it."""
    return path.startswith("/api/") and path not in API_DOCS


def all_urls():
    seen = set()
    for namespace, pattern in _walk(get_resolver().url_patterns):
        path = _concrete(pattern)
        if path and path not in seen:
            seen.add(path)
            yield namespace, path


@pytest.fixture
def objects(db, editor):
    outlet = Outlet.objects.create(pk=OBJECT_ID, name="Wire")
    article = Article.objects.create(
        pk=OBJECT_ID,
        title="t",
        text="Five people died, police said.",
        content_hash="h",
        outlet=outlet,
    )
    speaker = Speaker.objects.create(pk=OBJECT_ID, name="Police")
    SpeakerAlias.objects.create(pk=OBJECT_ID, speaker=speaker, name="Police")
    claim = Claim.objects.create(
        pk=OBJECT_ID,
        article=article,
        start=0,
        end=17,
        text="Five people died,"[:17],
        kind="casualty",
        speaker=speaker,
    )
    Evidence.objects.create(pk=OBJECT_ID, claim=claim, note="n", added_by=editor)


def test_anonymous_users_are_sent_to_sign_in_everywhere_but_sign_in(client, objects):
    answered = []
    for _, path in all_urls():
        if path in PUBLIC:
            continue
        response = client.get(path)
        redirected_to_login = response.status_code == 302 and "login" in response["Location"]
        if token_only(path) and response.status_code in (401, 405):
            continue
        if not redirected_to_login:
            answered.append((path, response.status_code))
    assert answered == []


def test_viewers_are_refused_every_state_change(viewer_client, objects):
    allowed = []
    for namespace, path in all_urls():
        # The admin refuses non-staff users itself, by sending them to its sign-in.
        if namespace == "admin" or path in PUBLIC | OWN_ACCOUNT | EXPORTS:
            continue
        response = viewer_client.post(path, {"verdict": "verified", "note": "x"})
        refused = (401, 403, 405) if token_only(path) else (403, 405)
        if response.status_code not in refused:
            allowed.append((path, response.status_code))
    assert allowed == []


def test_posts_without_a_csrf_token_are_refused(editor, objects):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    accepted = []
    for _, path in all_urls():
        response = client.post(path, {"verdict": "verified"})
        refused = (401, 405) if token_only(path) else (403,)
        if response.status_code not in refused:
            accepted.append((path, response.status_code))
    assert accepted == []
