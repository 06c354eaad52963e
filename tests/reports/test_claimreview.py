"""ClaimReview JSON-LD: every emitted document checked against schema.org's rules."""

import datetime
import json
import re
from typing import Any

import pytest

from claims.models import Claim
from reports.claimreview import claimreview_chunks
from reports.selection import article_report, speaker_report
from sources.ingest.text import content_hash
from sources.models import Article, Outlet, Speaker

NUMERIC_VERDICTS = {"True", "Misleading", "False"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate(document: Any) -> tuple[list[str], list[str]]:
    """(errors, warnings) of one ClaimReview document.

    Errors break the required fields or types; warnings are recommended fields left out.
    """
    errors: list[str] = []
    warnings: list[str] = []

    def need(condition: bool, message: str) -> bool:
        if not condition:
            errors.append(message)
        return condition

    def text(value: Any) -> bool:
        return isinstance(value, str) and value.strip() != ""

    if not need(isinstance(document, dict), "document is not an object"):
        return errors, warnings
    need(document.get("@context") in ("https://schema.org", "http://schema.org"), "@context")
    need(document.get("@type") == "ClaimReview", "@type must be ClaimReview")
    need(text(document.get("claimReviewed")), "claimReviewed must be non-empty text")
    need(
        isinstance(document.get("url"), str)
        and document["url"].startswith(("https://", "http://")),
        "url must be an absolute URL",
    )
    need(
        text(document.get("datePublished")) and _DATE.match(document["datePublished"]),
        "datePublished must be an ISO date",
    )
    author = document.get("author")
    if need(isinstance(author, dict), "author must be an object"):
        need(author.get("@type") in ("Organization", "Person"), "author @type")
        need(text(author.get("name")), "author.name")
        if "url" not in author:
            warnings.append("author.url")

    rating = document.get("reviewRating")
    if need(isinstance(rating, dict), "reviewRating must be an object"):
        need(rating.get("@type") == "Rating", "reviewRating @type must be Rating")
        need(text(rating.get("alternateName")), "reviewRating.alternateName")
        numbers = [rating.get(k) for k in ("ratingValue", "bestRating", "worstRating")]
        if rating.get("alternateName") in NUMERIC_VERDICTS:
            if need(all(isinstance(n, int) for n in numbers), "numeric rating fields"):
                value, best, worst = numbers
                need(worst < best, "worstRating must be below bestRating")
                need(worst <= value <= best, "ratingValue must lie between worst and best")
        else:
            need(all(n is None for n in numbers), "a verdict off the scale has no numbers")
        if "ratingExplanation" in rating:
            need(text(rating["ratingExplanation"]), "ratingExplanation must be text")

    item = document.get("itemReviewed")
    if need(isinstance(item, dict), "itemReviewed must be an object"):
        need(item.get("@type") == "Claim", "itemReviewed @type must be Claim")
        # Recommended, not required: a claim nobody can be named for goes without.
        claim_author = item.get("author")
        if claim_author is None:
            warnings.append("itemReviewed.author")
        elif need(isinstance(claim_author, dict), "itemReviewed.author"):
            need(claim_author.get("@type") in ("Organization", "Person"), "Claim author @type")
            need(text(claim_author.get("name")), "itemReviewed.author.name")
        if "datePublished" in item:
            need(_DATE.match(str(item["datePublished"])), "itemReviewed.datePublished date")
        else:
            warnings.append("itemReviewed.datePublished")
        appearance = item.get("appearance")
        if appearance is None:
            warnings.append("itemReviewed.appearance")
        elif need(isinstance(appearance, list) and appearance, "appearance must be a list"):
            for work in appearance:
                need(work.get("@type") == "CreativeWork", "appearance @type CreativeWork")
                need(str(work.get("url", "")).startswith("http"), "appearance url")
        if "firstAppearance" in item:
            need(item["firstAppearance"] in (appearance or []), "firstAppearance is an appearance")
    return errors, warnings


def _documents(report) -> list[dict]:
    documents = json.loads("".join(claimreview_chunks(report)))
    for document in documents:
        errors, _ = validate(document)
        assert errors == [], (errors, document)
    return documents


def _claim(article, phrase, **fields):
    start = article.text.index(phrase)
    return Claim.objects.create(
        article=article, start=start, end=start + len(phrase), text=phrase, **fields
    )


@pytest.fixture
def lopez(db):
    return Speaker.objects.create(name="Maria Lopez")


@pytest.fixture
def published(article):
    article.outlet = Outlet.objects.create(name="Valley Post")
    article.url = "https://valleypost.example/floods"
    article.published = datetime.date(2024, 5, 6)
    article.save()
    return article


def test_only_claims_with_a_final_verdict_become_claimreviews(published, editor, lopez):
    verdicts = ["verified", "false", "misleading", "unverifiable", "not_a_claim"]
    phrases = ["Floods swept", "At least 12", "dozens were injured", "40 homes", "Police said"]
    for phrase, verdict in zip(phrases, verdicts, strict=True):
        claim = _claim(published, phrase, kind="figure", speaker=lopez)
        claim.set_verdict(verdict=verdict, by=editor, note="Checked against the register.")
    _claim(published, "never seen water", kind="statement")  # still pending
    documents = _documents(article_report(article=published, include_not_a_claim=True))
    assert [d["reviewRating"]["alternateName"] for d in documents] == [
        "True",
        "False",
        "Misleading",
        "Unverifiable",
    ]
    assert [d["reviewRating"].get("ratingValue") for d in documents] == [3, 1, 2, None]
    for document in documents:
        assert validate(document)[1] == []


def test_claimreview_carries_the_speaker_dates_organisation_and_anchor(
    published, editor, lopez, settings
):
    settings.CLAIMREVIEW_ORGANISATION_NAME = "Valley Fact Check"
    settings.CLAIMREVIEW_ORGANISATION_URL = "https://factcheck.example/"
    settings.SITE_URL = "https://factcheck.example"
    claim = _claim(published, "At least 12 people were killed", kind="casualty", speaker=lopez)
    claim.set_verdict(verdict="false", by=editor, note="The morgue lists 9.")
    (document,) = _documents(article_report(article=published))
    # Not published on a page of its own: the claim's anchor in its article's report.
    assert document["url"] == (
        f"https://factcheck.example/reports/articles/{published.pk}/#claim-{claim.pk}"
    )
    assert document["claimReviewed"] == "At least 12 people were killed"
    assert document["author"] == {
        "@type": "Organization",
        "name": "Valley Fact Check",
        "url": "https://factcheck.example/",
    }
    claim.refresh_from_db()
    assert document["datePublished"] == claim.verdict_at.date().isoformat()
    assert document["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 3,
        "worstRating": 1,
        "ratingExplanation": "The morgue lists 9.",
    }
    item = document["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Maria Lopez"}
    assert item["datePublished"] == "2024-05-06"
    assert item["appearance"] == [
        {
            "@type": "CreativeWork",
            "url": "https://valleypost.example/floods",
            "headline": "Floods sweep the valley",
            "datePublished": "2024-05-06",
            "publisher": {"@type": "Organization", "name": "Valley Post"},
        }
    ]


def test_a_claim_quoted_in_several_articles_lists_every_appearance(published, editor, lopez):
    text = "Maria Lopez said: At least 12 people were killed."
    later = Article.objects.create(
        title="Aftermath",
        text=text,
        content_hash=content_hash(text),
        url="https://other.example/aftermath",
        published=datetime.date(2024, 5, 8),
    )
    first = _claim(published, "At least 12 people were killed", kind="casualty", speaker=lopez)
    _claim(later, "At least 12 people were killed", kind="casualty", speaker=lopez)
    first.set_verdict(verdict="false", by=editor, note="Nine.")
    documents = _documents(speaker_report(speaker=lopez))
    assert len(documents) == 1
    assert [w["url"] for w in documents[0]["itemReviewed"]["appearance"]] == [
        "https://valleypost.example/floods",
        "https://other.example/aftermath",
    ]


def test_unattributed_claim_is_credited_to_the_publishing_outlet(published, editor):
    claim = _claim(published, "40 homes were destroyed", kind="damage")
    claim.set_verdict(verdict="verified", by=editor)
    (document,) = _documents(article_report(article=published))
    assert document["itemReviewed"]["author"] == {"@type": "Organization", "name": "Valley Post"}
    assert "ratingExplanation" not in document["reviewRating"]


def test_an_article_without_reviewed_claims_gives_an_empty_list(article, claim):
    assert json.loads("".join(claimreview_chunks(article_report(article=article)))) == []


def test_validator_catches_broken_documents():
    good = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://x.example/#claim-1",
        "claimReviewed": "x",
        "datePublished": "2024-01-01",
        "author": {"@type": "Organization", "name": "X", "url": "https://x.example/"},
        "reviewRating": {"@type": "Rating", "alternateName": "Unverifiable"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Y"}},
    }
    assert validate(good)[0] == []
    assert "itemReviewed.appearance" in validate(good)[1]
    numbers_off_scale = {**good, "reviewRating": {**good["reviewRating"], "ratingValue": 2}}
    assert validate(numbers_off_scale)[0]
    no_numbers = {**good, "reviewRating": {"@type": "Rating", "alternateName": "False"}}
    assert "numeric rating fields" in validate(no_numbers)[0]
    out_of_range = {
        **good,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "True",
            "ratingValue": 5,
            "bestRating": 3,
            "worstRating": 1,
        },
    }
    assert validate(out_of_range)[0]
    assert "itemReviewed.author" in validate({**good, "itemReviewed": {"@type": "Claim"}})[1]
    broken = {"@type": "Claim", "author": {"@type": "Place", "name": "X"}}
    assert validate({**good, "itemReviewed": broken})[0] == ["Claim author @type"]
    assert validate({**good, "url": "/relative"})[0] == ["url must be an absolute URL"]


def test_claimreview_json_can_sit_inside_an_html_script_element(published, editor, lopez):
    claim = _claim(published, "At least 12", kind="figure", speaker=lopez)
    claim.set_verdict(
        verdict="false", by=editor, note='Not 12. </script><script>alert("x")</script> & more'
    )
    output = "".join(claimreview_chunks(article_report(article=published)))
    assert "</" not in output and "<" not in output and "&" not in output
    [document] = json.loads(output)
    assert document["reviewRating"]["ratingExplanation"].startswith("Not 12. </script><script>")


def test_an_unattributed_claim_is_the_outlets_never_the_bylines(article, editor):
    article.byline = "dpa/rjs"
    article.save()
    claim = _claim(article, "At least 12", kind="casualty")
    claim.set_verdict(verdict="verified", by=editor)
    (document,) = _documents(article_report(article=article))
    assert "author" not in document["itemReviewed"]
    article.outlet = Outlet.objects.create(name="Valley Post")
    article.save()
    (document,) = _documents(article_report(article=article))
    assert document["itemReviewed"]["author"] == {"@type": "Organization", "name": "Valley Post"}


def test_an_anonymous_source_is_an_organization(published, editor):
    officials = Speaker.objects.create(name="officials", kind=Speaker.Kind.ANONYMOUS)
    claim = _claim(published, "At least 12", kind="casualty", speaker=officials)
    claim.set_verdict(verdict="verified", by=editor)
    (document,) = _documents(article_report(article=published))
    assert document["itemReviewed"]["author"] == {"@type": "Organization", "name": "officials"}
