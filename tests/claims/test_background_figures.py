"""Counts of another incident the article recalls are kept, shown as background on
the claim card, and can be corrected like any figure."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Quantity
from claims.services import extract_articles
from sources.models import Article

REPORT = (
    "Two men were wounded in a shooting outside a bar on Friday night, police said.\n\n"
    "Earlier this month, three people were killed in a separate shooting on the same street."
)
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def report(db):
    article = Article.objects.create(title="Bar shooting", text=REPORT, content_hash="bar")
    extract_articles(article_ids=[article.pk])
    return article


def figure(article, category: str) -> Quantity:
    return Quantity.objects.get(claim__article=article, category=category)


def test_a_count_of_another_incident_is_stored_as_background(report):
    assert figure(report, "injured").background is False
    assert figure(report, "killed").background is True


@pytest.mark.parametrize("headers", [HX, {}], ids=["fragment", "page"])
def test_the_claim_card_marks_a_background_figure(report, editor_client, headers):
    lead = figure(report, "injured").claim
    other = figure(report, "killed").claim
    lead_card = editor_client.get(reverse("claims:claim_card", args=[lead.pk]), **headers)
    other_card = editor_client.get(reverse("claims:claim_card", args=[other.pk]), **headers)
    assert 'class="tag background"' not in lead_card.content.decode()
    assert 'class="tag background"' in other_card.content.decode()


def test_an_editor_who_clears_the_mark_makes_it_the_incident_s_figure(report, editor):
    claim = figure(report, "killed").claim
    figures = [
        {name: getattr(q, name) for name in Quantity.EDITABLE} | {"background": False}
        for q in claim.quantities.all()
    ]
    claim.correct(
        by=editor,
        expected_version=claim.version,
        start=claim.start,
        end=claim.end,
        kind=claim.kind,
        stance=claim.stance,
        hedged=claim.hedged,
        figures=figures,
    )
    assert figure(report, "killed").background is False
    event = ClaimEvent.objects.filter(claim=claim, field="figure").get()
    assert (event.old_value, event.new_value) == (
        "3 killed (people) · background",
        "3 killed (people)",
    )
    assert not Claim.objects.untouched().filter(pk=claim.pk).exists()
