"""A claim repeated across articles, on the review page in a real browser: where else it
appears, and the repeated claim's verdict accepted with one key."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from claims.models import Claim, ClaimEvent
from claims.services import extract_articles
from sources.models import Outlet
from sources.services import create_article
from tracking.models import RepeatedClaim
from tracking.repeats import group_article, set_group_verdict

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIRE = (
    "Belgorod governor Vyacheslav Gladkov said 12 civilians were injured by the shelling "
    "on Monday. The regional administration said 40 homes were destroyed in Shebekino."
)


def report(outlet: str, day: int):
    """An outlet's copy of the wire report, extracted and grouped as the worker would."""
    article = create_article(
        title=f"{outlet}: shelling injures 12 in Belgorod region",
        text=f"{outlet.upper()} - {WIRE}",
        outlet=Outlet.objects.create(name=outlet),
        published=datetime.date(2023, 5, day),
    )
    extract_articles(article_ids=[article.pk])
    group_article(article_id=article.pk)
    return Claim.objects.get(article=article, quantities__category="injured")


def test_editor_accepts_the_repeated_claims_verdict_with_one_key(signed_in, live_server, seeded):
    page = signed_in
    first = report("Reuters", 23)
    report("AP", 24)
    set_group_verdict(
        group=RepeatedClaim.objects.get(members__claim=first),
        verdict="verified",
        by=seeded["editor"],
        expected_version=1,
    )
    late = report("Ledger", 25)

    page.goto(f"{live_server.url}/articles/{late.article_id}/")
    card = page.locator(f"#claim-{late.pk}")
    expect(card.locator(".also-in")).to_contain_text("Also in 2 articles")
    expect(card.locator(".also-in")).to_contain_text("first: Reuters, 23 May 2023")
    expect(card.locator(".repeat-accept button")).to_contain_text("Verified")

    card.locator(".claim-text").click()
    expect(card).to_have_class(re.compile(r"\bselected\b"))
    page.keyboard.press("a")

    expect(card).to_have_attribute("data-verdict", "verified")
    expect(card.locator(".repeat-accept")).to_have_count(0)
    late.refresh_from_db()
    assert late.verdict == "verified"
    event = ClaimEvent.objects.get(claim=late, field="verdict")
    assert event.user == seeded["editor"]
    assert event.note == "Accepted from the repeated claim"
