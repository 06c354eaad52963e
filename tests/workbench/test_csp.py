"""A Content-Security-Policy on every response, and nothing inline that it would refuse."""

import re
from pathlib import Path

from django.test import Client

from tests.workbench.test_security import all_urls, objects  # noqa: F401 - a fixture

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
# A <script> with a body, or without a src: code the policy's script-src refuses. A
# JSON-LD data block (a fact-check's ClaimReview) is never run, so the policy allows it.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))[^>]*>", re.IGNORECASE
)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=|\shx-on", re.IGNORECASE)


def test_templates_hold_no_inline_script_style_or_event_handler():
    assert TEMPLATES
    found = [
        (path.relative_to(ROOT).as_posix(), match.group())
        for path in TEMPLATES
        for pattern in (INLINE_SCRIPT, INLINE_STYLE, EVENT_HANDLER)
        for match in pattern.finditer(path.read_text())
    ]
    assert found == []


def test_every_page_and_answer_carries_the_policy(editor_client, objects):  # noqa: F811
    missing = []
    for _, path in all_urls():
        response = editor_client.get(path)
        policy = response.get("Content-Security-Policy", "")
        if "script-src 'self'" not in policy or "style-src 'self'" not in policy:
            missing.append((path, response.status_code))
    assert missing == []


def test_anonymous_pages_carry_the_policy_too(client, db):
    for path in ("/accounts/login/", "/healthz", "/no-such-page/"):
        assert "default-src 'self'" in client.get(path)["Content-Security-Policy"]


def test_the_policy_allows_nothing_inline():
    policy = Client().get("/accounts/login/")["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy


def test_htmx_is_told_not_to_inject_its_indicator_style(editor_client):
    page = editor_client.get("/").content.decode()
    assert """<meta name="htmx-config" content='{"includeIndicatorStyles": false}'>""" in page
    assert '<script src="/static/django_htmx/htmx-2.min.js" defer></script>' in page
