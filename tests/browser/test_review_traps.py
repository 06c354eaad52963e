"""The review screens never trap or mislead an editor: autocomplete, bulk verdicts, the
note box, attribution states, links to a card, the queue's filters."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def card(page, claim):
    return page.locator(f"#claim-{claim.pk}")


def open_card(page, live_server, article, claim):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    target = card(page, claim)
    target.locator(".claim-text").click()
    expect(target.locator(".verdict-form")).to_be_visible()
    return target


def type_slowly(box, text: str) -> None:
    # Slower than the search's debounce, so every key sends its own request.
    box.press_sequentially(text, delay=350)


def test_card_speaker_search_follows_every_key(signed_in, live_server, seeded):
    page = signed_in
    damage = open_card(page, live_server, seeded["article"], seeded["claims"][4])
    damage.get_by_text("Speaker, evidence, assignment").click()
    type_slowly(damage.get_by_placeholder("Type a name or alias"), "pes")
    # "p" alone also matches Prigozhin; "pes" only Peskov.
    options = damage.locator(".speaker-results").get_by_role("option")
    expect(options).to_have_count(1)
    expect(options).to_contain_text("Dmitry Peskov")


def test_queue_speaker_filter_search_follows_every_key(signed_in, live_server, seeded):
    page = signed_in
    page.goto(f"{live_server.url}/claims/")
    type_slowly(page.get_by_label("Find a speaker"), "pes")
    matches = page.locator("#speaker-matches .speaker-option")
    expect(matches).to_have_count(1)
    expect(matches).to_contain_text("Dmitry Peskov")


def test_escape_leaves_the_note_and_disarms_the_verdict(signed_in, live_server, seeded):
    page = signed_in
    claims = seeded["claims"]
    first = open_card(page, live_server, seeded["article"], claims[2])
    page.keyboard.press("f")
    note = first.get_by_label("Verdict note")
    expect(note).to_be_focused()
    # While the note is typed, the card says which verdict it will save.
    expect(first.locator(".verdict-buttons button.armed")).to_have_attribute("value", "false")
    expect(first.locator(".armed-status")).to_contain_text("False is waiting for its note")

    page.keyboard.press("Escape")
    expect(note).not_to_be_focused()
    expect(first.locator(".armed-status")).to_be_hidden()
    expect(first.locator(".verdict-buttons button.armed")).to_have_count(0)
    # The keys are the workbench's again: j moves on instead of typing into the note.
    page.keyboard.press("j")
    expect(card(page, claims[3])).to_have_class(re.compile(r"\bselected\b"))
    expect(note).to_have_value("")
    # Back in the note, Ctrl+Enter no longer saves the verdict let go.
    note.fill("jkv")
    note.press("Control+Enter")
    page.wait_for_timeout(300)
    assert Claim.objects.get(pk=claims[2].pk).verdict == "pending"
    expect(first).to_have_attribute("data-verdict", "pending")


def test_refused_bulk_verdict_keeps_the_ticks_and_the_verdict(signed_in, live_server, seeded):
    page = signed_in
    claims = seeded["claims"]
    page.goto(f"{live_server.url}/claims/")
    boxes = [page.get_by_label(f"Select claim {c.pk}") for c in claims[:2]]
    for box in boxes:
        box.check()
    page.get_by_label("Verdict for the selected claims").select_option("unverifiable")
    page.get_by_role("button", name="Apply to selected").click()
    expect(page.locator("#queue-results")).to_contain_text("a note is required")
    for box in boxes:
        expect(box).to_be_checked()
    expect(page.get_by_label("Verdict for the selected claims")).to_have_value("unverifiable")
    # Typing the note and applying again marks them as the editor chose.
    page.get_by_label("Note for the selected claims").fill("No second source.")
    page.get_by_role("button", name="Apply to selected").click()
    expect(page.locator("#queue-results")).to_contain_text("Marked 2 claims unverifiable.")
    verdicts = set(Claim.objects.filter(pk__in=[c.pk for c in claims[:2]]).values_list("verdict"))
    assert verdicts == {("unverifiable",)}


def test_attribution_form_shows_no_empty_button(signed_in, live_server, seeded):
    page = signed_in
    damage = open_card(page, live_server, seeded["article"], seeded["claims"][4])
    damage.get_by_text("Speaker, evidence, assignment").click()
    form = damage.locator(".attribution-form")
    expect(form.get_by_role("button", name="Confirm Dmitry Peskov")).to_be_visible()
    # The disabled default button that stops Enter from confirming takes no room.
    expect(form.locator("button[hidden]")).to_be_hidden()


def test_speaker_track_record_is_dated_by_publication(signed_in, live_server, seeded):
    page = signed_in
    injured = open_card(page, live_server, seeded["article"], seeded["claims"][3])
    page.keyboard.press("v")
    expect(injured).to_have_attribute("data-verdict", "verified")
    page.goto(f"{live_server.url}/speakers/?q=Gladkov")
    row = page.locator("tr", has_text="Vyacheslav Gladkov")
    expect(row).to_contain_text("23 May 2023")
    row.get_by_role("link", name="Vyacheslav Gladkov").click()
    expect(page.locator(".track-record svg")).to_contain_text("2023")
    expect(page.locator(".track-record")).not_to_contain_text("dated by import date")


def test_card_and_dashboard_say_in_words_who_changed_what(signed_in, live_server, seeded):
    page = signed_in
    editor, claims = seeded["editor"], seeded["claims"]
    named = open_card(page, live_server, seeded["article"], claims[3])
    named.get_by_text("Speaker, evidence, assignment").click()
    named.get_by_label("Assignee").select_option(label=editor.username)
    named.get_by_role("button", name="Assign").click()
    expect(named.locator(".assignee")).to_contain_text(editor.username)
    page.keyboard.press("u")
    named.get_by_label("Verdict note").fill("No second source.")
    named.get_by_label("Verdict note").press("Control+Enter")
    expect(named).to_have_attribute("data-verdict", "unverifiable")
    # A verdict is no check of the speaker (one the extractor added to the registry).
    expect(named.locator(".attr-state")).to_have_text("speaker guessed by the extractor: check")
    named.get_by_text("Speaker, evidence, assignment").click()
    named.get_by_role("button", name="Confirm Vyacheslav Gladkov").click()
    expect(named.locator(".attr-state")).to_have_text("speaker confirmed by erin-editor")
    named.get_by_text(re.compile(r"History \(\d+\)")).click()
    history = named.locator(".history ol")
    expect(history).to_contain_text("erin-editor assigned the claim to erin-editor")
    expect(history).to_contain_text("erin-editor marked the claim unverifiable (was pending)")
    expect(history).to_contain_text("erin-editor confirmed the speaker")

    page.goto(live_server.url + "/")
    mine = page.locator(".panel", has_text="Assigned to me")
    expect(mine).to_contain_text("No pending claim assigned to you.")
    expect(mine).to_contain_text("1 more assigned to you already has a verdict.")
    activity = page.locator(".activity")
    expect(activity).to_contain_text("erin-editor marked the claim unverifiable (was pending)")
    expect(activity.locator("li").first).to_contain_text(f"in {seeded['article'].title[:40]}")


def test_a_claim_link_on_the_open_article_selects_its_card(signed_in, live_server, seeded):
    page = signed_in
    claims = seeded["claims"]
    open_card(page, live_server, seeded["article"], claims[1])
    page.evaluate(f"window.location.hash = '#claim-{claims[4].pk}'")
    expect(card(page, claims[4])).to_have_class(re.compile(r"\bselected\b"))
    expect(card(page, claims[1])).not_to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator(f'mark[data-claim="{claims[4].pk}"]')).to_have_class(
        re.compile(r"\bselected\b")
    )


def test_paste_form_names_an_oversized_text_at_the_top(signed_in, live_server, settings):
    settings.INGEST_MAX_TEXT_BYTES = 2000
    page = signed_in
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(f"{live_server.url}/articles/add/")
    page.get_by_label("Title").fill("A very long report")
    page.get_by_label("Text").fill("Forty homes were damaged. " * 200)
    page.get_by_role("button", name="Add article").click()
    summary = page.get_by_role("alert", name="What to fix")
    expect(summary).to_contain_text("Text:")
    expect(summary).to_be_in_viewport()


def test_url_tab_refuses_each_bad_address_once_with_its_reason(signed_in, live_server, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    page = signed_in
    page.goto(f"{live_server.url}/articles/add/url/")
    page.get_by_label("Address").fill("http://2130706433:8000/")
    page.get_by_role("button", name="Fetch article").click()
    errors = page.locator(".field.invalid .error")
    expect(errors).to_have_count(1)
    expect(errors).to_have_text("Refused: the address resolves to a private network (127.0.0.1).")


def test_claimreview_is_offered_once_a_claim_is_reviewed(signed_in, live_server, seeded):
    page = signed_in
    downloads = page.locator("#downloads")
    casualty = open_card(page, live_server, seeded["article"], seeded["claims"][1])
    expect(downloads).to_contain_text("ClaimReview: no reviewed claims yet")
    expect(downloads.get_by_role("link", name="ClaimReview")).to_have_count(0)
    page.keyboard.press("v")
    expect(casualty).to_have_attribute("data-verdict", "verified")
    expect(downloads.get_by_role("link", name="ClaimReview")).to_be_visible()


def test_queue_filters_apply_as_they_change_and_stay_in_the_address(signed_in, live_server, seeded):
    page = signed_in
    claims = seeded["claims"]
    page.goto(f"{live_server.url}/claims/")
    rows = page.locator("table.queue tbody tr")
    expect(rows).to_have_count(len(claims))
    page.locator(".filters").get_by_label("Damage").check()
    expect(rows).to_have_count(1)
    expect(page.locator(f"#row-{claims[4].pk}")).to_be_visible()
    expect(page).to_have_url(re.compile(r"kind=damage"))
    page.locator(".filters").get_by_label("Damage").uncheck()
    expect(rows).to_have_count(len(claims))
    # Typed text applies once the typing pauses.
    page.get_by_placeholder("Claim text or speaker").press_sequentially("armored")
    expect(rows).to_have_count(1)
    expect(page.locator(f"#row-{claims[1].pk}")).to_be_visible()
    expect(page).to_have_url(re.compile(r"q=armored"))
    # The address is shareable: opened afresh, it shows the same selection.
    page.goto(page.url)
    expect(rows).to_have_count(1)
