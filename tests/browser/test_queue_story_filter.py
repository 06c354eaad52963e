"""The claim queue filtered by story in a real browser: choosing a story narrows the
list in place, and the one-row-per-repeated-claim view follows the same story."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim
from claims.services import extract_articles
from sources.models import Outlet
from sources.services import create_article
from tracking import stories
from tracking.repeats import group_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIRE = (
    "Belgorod governor Vyacheslav Gladkov said {n} civilians were injured by the shelling "
    "on Monday."
)


def report(outlet: str, injured: int) -> Claim:
    article = create_article(
        title=f"{outlet}: shelling injures {injured} in Belgorod region",
        text=f"{outlet.upper()} - {WIRE.format(n=injured)}",
        outlet=Outlet.objects.create(name=outlet),
        published=datetime.date(2023, 5, 23),
    )
    extract_articles(article_ids=[article.pk])
    group_article(article_id=article.pk)
    return Claim.objects.get(article=article, quantities__category="injured")


def test_editor_narrows_the_queue_to_a_story(signed_in, live_server, seeded):
    page = signed_in
    filed = [report("Reuters", 12), report("AP", 12)]
    other = report("Ledger", 15)
    story = stories.create_story(title="Belgorod incursion", by=seeded["editor"])
    stories.file_articles(
        story=story, article_ids=[c.article_id for c in filed], by=seeded["editor"]
    )

    page.goto(f"{live_server.url}/claims/")
    expect(page.locator(f"#row-{other.pk}")).to_have_count(1)
    page.locator("select[name=story]").select_option(label="Belgorod incursion")

    expect(page.locator(f"#row-{other.pk}")).to_have_count(0)
    for claim in filed:
        expect(page.locator(f"#row-{claim.pk}")).to_have_count(1)
    expect(page).to_have_url(re.compile(rf"/claims/\?(.*&)?story={story.pk}(&|$)"))

    page.get_by_role("link", name="One row per repeated claim").click()
    expect(page.locator("h1")).to_contain_text("Repeated claims in “Belgorod incursion”")
    expect(page.locator("#repeat-results tbody tr")).to_have_count(1)
