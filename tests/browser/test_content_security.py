"""The review screen works under the Content-Security-Policy, which it never trips."""

import pytest

pytestmark = pytest.mark.browser


def test_review_screen_runs_under_the_policy_without_violations(signed_in, live_server, seeded):
    page = signed_in
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    article = seeded["article"]
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.locator(".claim-card").first.click()
    page.keyboard.press("v")
    page.wait_for_timeout(500)
    assert violations == []
    # htmx loaded and was told not to add its own style element.
    assert page.evaluate("typeof htmx") == "object"
    assert page.evaluate("htmx.config.includeIndicatorStyles") is False
    assert page.locator("head style").count() == 0
