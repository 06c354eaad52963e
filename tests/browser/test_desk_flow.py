"""A verdict through the desk in a real browser: proposed, approved by a second editor,
discussed, published for readers, and corrected."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, user):
    page.goto(live_server.url + "/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/")


def test_propose_approve_publish_and_correct(signed_in, browser, live_server, seeded, settings):
    settings.VERDICT_SIGN_OFF = True
    settings.SITE_URL = live_server.url
    claim = seeded["claims"][1]
    card_url = f"{live_server.url}/claims/{claim.pk}/"

    # The first editor proposes "false"; the card says it waits for a second editor.
    page = signed_in
    page.goto(card_url)
    card = page.locator(f"#claim-{claim.pk}")
    card.get_by_label("Verdict note").fill("The regional health office counts 9.")
    card.locator('button[value="false"]').click()
    expect(card.locator(".sign-off")).to_contain_text("Awaiting sign-off")
    expect(card.locator(".sign-off")).to_contain_text("erin-editor")
    expect(card.get_by_role("button", name="Approve")).to_have_count(0)

    # The second editor approves it from the same card.
    other = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    sign_in(other, live_server, seeded["second_editor"])
    other.goto(card_url)
    other_card = other.locator(f"#claim-{claim.pk}")
    other_card.get_by_role("button", name="Approve").click()
    expect(other_card.locator(".card-head .badge")).to_have_text("False")
    expect(other_card.locator(".sign-off")).to_have_count(0)

    # They discuss it in the thread the card loads, mentioning the first editor.
    thread = other_card.locator(".thread")
    thread.get_by_label("Comment").fill("Approved; **publish** it, @erin-editor")
    thread.get_by_role("button", name="Comment").click()
    expect(thread.locator(".comment-body strong")).to_have_text("publish")
    # The proposer hears of the approval and of the mention.
    page.reload()
    expect(page.locator(".bell .count")).to_have_text("2")

    # The first editor publishes it for readers.
    page.locator(f"#claim-{claim.pk} .thread").get_by_role("link", name="Publishing").click()
    page.get_by_label("Public explanation").fill("Nine deaths are recorded, not twelve.")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".verdict .badge")).to_have_text("False")
    public_url = page.url
    assert re.search(r"/fact-checks/[\w-]+/$", public_url)

    # A reader who never signed in sees it.
    reader = browser.new_context().new_page()
    reader.goto(public_url)
    expect(reader.locator(".explanation")).to_contain_text("Nine deaths are recorded")

    # New figures arrive: the editor corrects the verdict with a note readers see.
    page.goto(f"{live_server.url}/desk/claims/{claim.pk}/publishing/")
    page.locator(".correct-form select[name=verdict]").select_option("misleading")
    page.get_by_label("Verdict note").fill("Nine confirmed, three missing.")
    page.get_by_label("Correction note (shown to readers)").fill("Three more were found.")
    page.get_by_role("button", name="Correct").click()
    expect(page.locator(".messages")).to_contain_text("Corrected.")
    reader.reload()
    expect(reader.locator(".verdict .badge")).to_have_text("Misleading")
    expect(reader.locator(".corrections")).to_contain_text(
        "verdict changed from False to Misleading. Three more were found."
    )
