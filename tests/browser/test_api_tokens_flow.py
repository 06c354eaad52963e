"""An editor makes an API token, copies it once, uses it, and revokes it, in Chromium."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _claims_status(page, base: str, token: str) -> int:
    # The browser's session rides along too; the API answers to the token alone.
    response = page.request.get(base + "/api/claims", headers={"Authorization": f"Bearer {token}"})
    return response.status


def test_editor_makes_uses_and_revokes_a_token(signed_in, live_server):
    page = signed_in
    page.get_by_role("link", name="API tokens").click()
    page.get_by_label("Name").fill("CMS import")
    page.get_by_label("Read and write").check()
    page.get_by_role("button", name="Create token").click()
    secret = page.locator("#new-token").inner_text()
    assert secret.startswith("cdk_")
    assert _claims_status(page, live_server.url, secret) == 200

    page.goto(live_server.url + "/accounts/tokens/")
    expect(page.locator("#new-token")).to_have_count(0)
    row = page.get_by_role("row", name="CMS import")
    expect(row).to_contain_text("Read and write")
    row.get_by_role("button", name="Revoke").click()
    expect(page.get_by_text("Revoked “CMS import”")).to_be_visible()
    assert _claims_status(page, live_server.url, secret) == 401
