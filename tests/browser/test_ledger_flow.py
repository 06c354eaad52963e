"""A story's figure ledger in a real browser: the figures as reported, a conflict an
editor explains in place, and following the story."""

import datetime

import pytest
from playwright.sync_api import expect

from claims.services import extract_articles
from sources.models import Outlet
from sources.services import create_article
from tracking import follows, stories
from tracking.models import FigureConflict

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def filed(story, editor, *, text: str, outlet: str):
    """An article extracted and filed under the story, its figures checked as the
    worker checks them."""
    article = create_article(
        title="Blast at the market",
        text=text,
        outlet=Outlet.objects.create(name=outlet),
        published=datetime.date(2023, 5, 23),
    )
    extract_articles(article_ids=[article.pk])
    stories.file_articles(story=story, article_ids=[article.pk], by=editor)
    follows.figures_entered(article_id=article.pk)
    return article


def test_editor_explains_a_conflict_and_follows_the_story(signed_in, live_server, seeded):
    page = signed_in
    editor = seeded["editor"]
    story = stories.create_story(title="Blast at the market", by=editor)
    filed(story, editor, text="Police said at least 40 people were killed.", outlet="Reuters")
    filed(story, editor, text="The health ministry said 12 people were killed.", outlet="AP")

    page.goto(f"{live_server.url}/tracking/stories/{story.pk}/")
    killed = page.locator("#ledger-killed")
    expect(killed.locator("svg.ledger-chart .mark")).to_have_count(2)
    expect(killed.locator("tbody tr").first).to_contain_text("at least 40")
    expect(killed.locator("tbody tr").nth(1)).to_contain_text("AP")
    conflict = page.locator(".conflicts.open .conflict")
    expect(conflict).to_contain_text("Disagreement")

    conflict.locator("input[name=note]").fill("Police count the market only.")
    conflict.locator("button", has_text="Mark explained").click()
    expect(page.locator(".conflicts.explained")).to_contain_text("Police count the market only.")
    expect(page.locator(".conflicts.open .conflict")).to_have_count(0)
    assert FigureConflict.objects.get().note == "Police count the market only."

    page.locator("#ledger button", has_text="Follow this story").click()
    expect(page.locator("#ledger button", has_text="Stop following")).to_be_visible()
    assert follows.follows(user=editor, story=story)


def test_more_figures_brings_the_next_page_of_the_ledger_in_place(
    signed_in, live_server, seeded, monkeypatch
):
    monkeypatch.setattr("tracking.views.ledger.LEDGER_ROWS_SHOWN", 2)
    page = signed_in
    editor = seeded["editor"]
    story = stories.create_story(title="Blast at the market", by=editor)
    for outlet, figure in (("Reuters", "12"), ("AP", "at least 15"), ("BBC", "about 20")):
        filed(story, editor, text=f"Police said {figure} people were killed.", outlet=outlet)

    page.goto(f"{live_server.url}/tracking/stories/{story.pk}/")
    killed = page.locator("#ledger-killed")
    expect(killed.locator(".ledger-summary")).to_contain_text("3 figures from 1 source")
    expect(killed.locator("tbody tr[id^=figure-]")).to_have_count(2)
    killed.locator("a", has_text="More figures").click()
    expect(killed.locator("tbody tr[id^=figure-]")).to_have_count(3)
    expect(killed.locator("tbody tr").nth(2)).to_contain_text("about 20")
    expect(killed.locator("a", has_text="More figures")).to_have_count(0)
    # The page stayed the story page: the rows came in place.
    assert page.url.endswith(f"/tracking/stories/{story.pk}/")
