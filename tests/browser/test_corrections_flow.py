"""Editors correct the extractor in a real browser: add, correct and split claims."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Selects article characters [start, end) in the text pane, as a mouse drag would,
# and lets go of the mouse there.
SELECT_WORDS = """([start, end]) => {
  const text = document.getElementById("article-text");
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0, node;
  while ((node = walker.nextNode())) {
    const length = node.textContent.length;
    if (seen <= start && start < seen + length) range.setStart(node, start - seen);
    if (seen < end && end <= seen + length) { range.setEnd(node, end - seen); break; }
    seen += length;
  }
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  range.startContainer.parentElement.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
}"""


def select_words(page, article, words: str) -> None:
    start = article.text.index(words)
    page.evaluate(SELECT_WORDS, [start, start + len(words)])


def review(page, live_server, article):
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    expect(page.locator("#article-text")).to_be_visible()


def test_editor_selects_words_and_adds_a_claim_with_the_keyboard(signed_in, live_server, seeded):
    page, article = signed_in, seeded["article"]
    review(page, live_server, article)
    words = "The information cannot be verified independently."
    select_words(page, article, words)

    page.keyboard.press("a")
    form = page.locator("form.add-claim-form")
    expect(form.locator("blockquote")).to_have_text(words)
    expect(form.get_by_label("Kind")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    added = page.locator(".claim-list .claim-card.selected")
    expect(added).to_contain_text(words)
    claim = Claim.objects.get(article=article, text=words)
    expect(page.locator(f'mark[data-claims~="{claim.pk}"]')).to_have_text(words)
    expect(page.locator("#article-counts .total")).to_have_text(
        f"{len(seeded['claims']) + 1} claims"
    )
    expect(page.locator(f"#claim-{claim.pk} .history")).to_contain_text("added")


def test_editor_corrects_a_bound_and_the_span_and_every_view_follows(
    signed_in, live_server, seeded
):
    page, article = signed_in, seeded["article"]
    toll = seeded["claims"][1]
    review(page, live_server, article)
    card = page.locator(f"#claim-{toll.pk}")
    card.locator(".claim-text").click()
    expect(card.locator('a[data-key="e"]')).to_be_visible()
    page.keyboard.press("e")

    form = card.locator("form.correction-form")
    expect(form).to_be_visible()
    words = "More than 70 Ukrainian terrorists"
    select_words(page, article, words)
    start = article.text.index(words)
    expect(form.locator('input[name="end"]')).to_have_value(str(start + len(words)))
    form.locator('input[name="q-0-qualifier"]').fill("at least")
    form.get_by_role("button", name="Save correction").click()

    card = page.locator(f"#claim-{toll.pk}")
    expect(card.locator(".quantities")).to_contain_text("at least 70 killed")
    expect(card.locator(".claim-text")).to_have_text(words)
    expect(page.locator(f'mark[data-claim="{toll.pk}"]')).to_have_text(words)
    markdown = page.request.get(f"{live_server.url}/reports/articles/{article.pk}/?format=md")
    assert "**Quantity:** at least 70 killed" in markdown.text()
    assert "**Quantity:** more than 70 killed" not in markdown.text()


def test_editor_splits_a_claim_that_mixes_two(signed_in, live_server, seeded):
    page, article = signed_in, seeded["article"]
    toll = seeded["claims"][1]
    review(page, live_server, article)
    card = page.locator(f"#claim-{toll.pk}")
    card.locator(".claim-text").click()
    card.get_by_role("link", name="Split").click()

    form = card.locator("form.split-form")
    expect(form).to_be_visible()
    select_words(page, article, "four armored vehicles")
    expect(form.locator('input[name="at"]')).to_have_value(
        str(article.text.index("four armored vehicles"))
    )
    # The figure belongs to the first part: its box stays unticked.
    expect(form.get_by_label("more than 70 killed")).not_to_be_checked()
    form.get_by_role("button", name="Split").click()

    second = page.locator(".claim-list .claim-card", has_text="four armored vehicles and five")
    expect(second).to_have_count(1)
    expect(page.locator(f"#claim-{toll.pk} .claim-text")).to_have_text(
        "More than 70 Ukrainian terrorists,"
    )
    new = Claim.objects.get(article=article, text__startswith="four armored")
    expect(page.locator(f'mark[data-claim="{new.pk}"]')).to_have_text(
        "four armored vehicles and five SUVs were killed"
    )
    expect(page.locator(f"#claim-{toll.pk}")).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator(f"#claim-{toll.pk} .quantities")).to_contain_text("more than 70 killed")
