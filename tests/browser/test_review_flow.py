"""An editor's day on the review screens, in a real browser."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from claims.models import Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def card(page, claim):
    return page.locator(f"#claim-{claim.pk}")


def screenshot(page, name: str) -> None:
    """Save a README screenshot when CLAIMDESK_SCREENSHOTS names a folder."""
    folder = os.environ.get("CLAIMDESK_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / name))


def test_editor_reviews_the_seed_article(signed_in, live_server, seeded):
    page = signed_in
    article, claims = seeded["article"], seeded["claims"]
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()

    # Open the seed article from the article list.
    page.get_by_role("link", name="Articles", exact=True).click()
    page.get_by_role("link", name=article.title).click()
    expect(page.get_by_role("heading", name=article.title)).to_be_visible()

    # Every claim span is highlighted in the text, pending for now.
    for claim in claims:
        expect(page.locator(f'mark[data-claims~="{claim.pk}"]').first).to_be_visible()
    expect(page.locator(f'mark[data-claim="{claims[3].pk}"]')).to_have_text(
        "12 civilians were injured by the shelling"
    )
    # The nested casualty claim shares its segment with the statement around it.
    expect(page.locator("mark.v-pending")).to_have_count(len(claims))

    # Selecting a claim highlights its span; selecting a span selects its claim.
    casualty = claims[1]
    card(page, casualty).locator(".claim-text").click()
    expect(card(page, casualty)).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator(f'mark[data-claim="{casualty.pk}"]')).to_have_class(
        re.compile(r"\bselected\b")
    )
    page.locator(f'mark[data-claim="{claims[4].pk}"]').click()
    expect(card(page, claims[4])).to_have_class(re.compile(r"\bselected\b"))
    expect(card(page, casualty)).not_to_have_class(re.compile(r"\bselected\b"))

    # Back to the casualty claim with k, then v marks it verified; the card and counts update.
    page.keyboard.press("k")
    page.keyboard.press("k")
    page.keyboard.press("k")
    expect(card(page, casualty)).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("v")
    expect(card(page, casualty)).to_have_attribute("data-verdict", "verified")
    expect(card(page, casualty).locator(".badge")).to_have_text("Verified")
    expect(page.locator("#article-counts .v-verified")).to_have_text("1 verified")
    expect(page.locator(f'mark[data-claim="{casualty.pk}"]')).to_have_class(
        re.compile(r"\bv-verified\b")
    )

    # j moves on; u asks for a note first, and Ctrl+Enter saves it.
    page.keyboard.press("j")
    statement = claims[2]
    expect(card(page, statement)).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("u")
    note = card(page, statement).get_by_label("Verdict note")
    expect(note).to_be_focused()
    note.fill("The governor's figure has no second source yet.")
    note.press("Control+Enter")
    expect(card(page, statement)).to_have_attribute("data-verdict", "unverifiable")
    expect(card(page, statement).locator(".verdict-note")).to_contain_text(
        "The governor's figure has no second source yet."
    )
    expect(page.locator("#article-counts .v-unverifiable")).to_have_text("1 unverifiable")

    # Correct the damage claim's speaker through the autocomplete.
    damage = card(page, claims[4])
    damage.get_by_text("Speaker, evidence, assignment").click()
    damage.get_by_placeholder("Type a name or alias").press_sequentially("glad")
    damage.get_by_role("option", name=re.compile("Vyacheslav Gladkov")).click()
    expect(damage.locator(".speaker")).to_contain_text("Vyacheslav Gladkov")
    expect(damage.locator(".attr-state")).to_have_text("speaker set by erin-editor")

    # Add evidence that supports it.
    damage.get_by_text("Speaker, evidence, assignment").click()
    damage.get_by_label("Stance").select_option("supports")
    damage.get_by_label("Evidence link").fill("https://example.org/gladkov-telegram")
    damage.get_by_label("Evidence note").fill("Governor's Telegram post, 23 May")
    damage.get_by_role("button", name="Add evidence").click()
    expect(damage.locator(".evidence")).to_contain_text("https://example.org/gladkov-telegram")
    expect(damage.locator(".evidence")).to_contain_text("Supports")

    # The history shows who changed what, from what to what.
    damage.get_by_text(re.compile(r"History \(\d+\)")).click()
    history = damage.locator(".history ol")
    expect(history).to_contain_text(
        "erin-editor changed the speaker from “Dmitry Peskov” to “Vyacheslav Gladkov”"
    )
    expect(history).to_contain_text("evidence")
    screenshot(page, "review.png")

    # The queue, filtered to verified claims, shows just the one.
    page.get_by_role("link", name="Queue", exact=True).click()
    page.locator(".filters").get_by_label("Verified").check()
    page.locator(".filters").get_by_role("button", name="Filter").click()
    expect(page.locator("table.queue tbody tr")).to_have_count(1)
    expect(page.locator(f"#row-{casualty.pk}")).to_be_visible()
    expect(page).to_have_url(re.compile(r"verdict=verified"))

    claim = Claim.objects.get(pk=casualty.pk)
    assert (claim.verdict, claim.verdict_by) == ("verified", seeded["editor"])


def test_second_editor_save_is_refused_in_place(signed_in, live_server, seeded):
    page = signed_in
    article, claims = seeded["article"], seeded["claims"]
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    target = card(page, claims[3])
    target.locator(".claim-text").click()
    verified = target.get_by_role("button", name="Verified")
    expect(verified).to_be_visible()
    # Another editor saves while this card is open.
    claims[3].set_verdict(verdict="false", note="Hospital says 9", by=seeded["second_editor"])
    verified.click()
    expect(target.locator(".conflict")).to_contain_text(
        "Not saved: sam-second-editor changed this claim first"
    )
    expect(target.locator(".conflict")).to_contain_text("Marked the claim false (was pending)")
    expect(target).to_have_attribute("data-verdict", "false")
    claims[3].refresh_from_db()
    assert claims[3].verdict == "false"


def test_a_long_claim_list_loads_in_chunks_and_links_reach_late_claims(
    signed_in, live_server, seeded, monkeypatch
):
    page = signed_in
    article, claims = seeded["article"], seeded["claims"]
    monkeypatch.setattr("claims.views.articles.REVIEW_CHUNK", 2)
    last = Claim.objects.filter(article=article).order_by("start", "id").last()
    # A link to a claim beyond the first chunk selects it once its chunk has arrived.
    page.goto(f"{live_server.url}/articles/{article.pk}/#claim-{last.pk}")
    expect(page.locator(".claim-list .claim-card")).to_have_count(len(claims))
    expect(page.locator(".more-claims")).to_have_count(0)
    expect(card(page, last)).to_have_class(re.compile(r"\bselected\b"))
    # Every card is there once, and a span selects its card.
    other = claims[1]
    page.locator(f'mark[data-claim="{other.pk}"]').click()
    expect(card(page, other)).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("v")
    expect(card(page, other)).to_have_attribute("data-verdict", "verified")


def test_a_verdict_key_waits_for_its_own_card_while_another_card_is_still_loading(
    signed_in, live_server, seeded
):
    page = signed_in
    article, claims = seeded["article"], seeded["claims"]
    first, second = claims[0], claims[2]
    held = []
    # The first card's full version is slow to come back.
    page.route(f"**/claims/{first.pk}/", lambda route: held.append(route))
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    card(page, first).locator(".claim-text").click()
    page.wait_for_timeout(100)
    assert held, "the first card asked for its full version"
    card(page, second).locator(".claim-text").click()
    card(page, second).press("v", timeout=5_000)
    expect(card(page, second)).to_have_attribute("data-verdict", "verified")
    held[0].continue_()
    expect(card(page, first).get_by_role("button", name="Verified")).to_be_visible()
    assert Claim.objects.get(pk=first.pk).verdict == "pending"


def test_a_verdict_key_pressed_as_the_full_card_comes_in_is_saved_on_the_same_page(
    signed_in, live_server, seeded
):
    page = signed_in
    article, claim = seeded["article"], seeded["claims"][2]
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    # A slow device: the full card sits in the page a while before htmx wires up its forms.
    page.evaluate("htmx.config.defaultSettleDelay = 1500; window.samePage = true")
    card(page, claim).locator(".claim-text").click()
    expect(card(page, claim).locator(".verdict-form")).to_be_attached()
    card(page, claim).press("v")
    expect(card(page, claim)).to_have_attribute("data-verdict", "verified")
    assert page.evaluate("window.samePage === true"), "the verdict was saved by a page load"


def test_queue_screen(signed_in, live_server, seeded):
    """Fills the queue a little and keeps a screenshot of it for the README."""
    page = signed_in
    claims, editor = seeded["claims"], seeded["editor"]
    claims[0].set_verdict(verdict="not_a_claim", by=editor)
    claims[1].set_verdict(verdict="verified", by=editor)
    claims[3].set_verdict(verdict="misleading", note="Counts the border guards", by=editor)
    claims[4].assign(assignee=editor, by=editor)
    page.get_by_role("link", name="Queue", exact=True).click()
    expect(page.locator("table.queue tbody tr")).to_have_count(len(claims))
    page.locator(f'input[name="claim"][value^="{claims[2].pk}:"]').check()
    page.locator(".bulk-actions select").select_option("verified")
    page.get_by_role("button", name="Apply to selected").click()
    expect(page.locator("#queue-results")).to_contain_text("Marked 1 claim verified.")
    expect(page.locator(f"#row-{claims[2].pk} .badge")).to_have_text("Verified")
    screenshot(page, "queue.png")
