"""Every format words a figure as the article bounded it, and a denial as a denial."""

import csv
import io
import json
from decimal import Decimal

import pytest
from pypdf import PdfReader

from claims.models import Claim
from reports.claimreview import claimreview_chunks
from reports.csv_export import csv_chunks
from reports.html import html_chunks
from reports.json_export import json_chunks
from reports.markdown import markdown_chunks
from reports.pdf import render_pdf
from reports.selection import article_report
from sources.ingest.text import content_hash
from sources.models import Article, Speaker

DAM_TEXT = (
    "At least 23 people were killed when the dam broke, officials said. "
    "The company operating the dam denied that maintenance had been neglected."
)


def _span(article: Article, phrase: str) -> dict:
    start = article.text.index(phrase)
    return {"start": start, "end": start + len(phrase)}


@pytest.fixture
def dam(db, editor):
    """The dam article as an editor left it: a bounded toll and a denial, both reviewed."""
    article = Article.objects.create(
        title="Dam breaks", text=DAM_TEXT, content_hash=content_hash(DAM_TEXT)
    )
    company = Speaker.objects.create(name="the company", kind="organisation")
    toll = Claim.add(
        article=article,
        by=editor,
        kind=Claim.Kind.CASUALTY,
        figures=[
            {
                "value": Decimal(23),
                "lower": Decimal(23),
                "upper": None,
                "approximate": False,
                "qualifier": "At least",
                "category": "killed",
                "subject": "people",
            }
        ],
        **_span(article, "At least 23 people were killed"),
    )
    denial = Claim.add(
        article=article,
        by=editor,
        kind=Claim.Kind.STATEMENT,
        stance=Claim.Stance.DENIES,
        speaker=company,
        **_span(article, "maintenance had been neglected"),
    )
    toll.set_verdict(verdict="verified", by=editor)
    denial.set_verdict(verdict="false", by=editor, note="Inspection reports show neglect.")
    return article


SAID = "The company denies: maintenance had been neglected"


def test_markdown_and_html_keep_the_bound_and_show_the_denial(dam):
    markdown = "".join(markdown_chunks(article_report(article=dam)))
    assert "at least 23 killed \\(people\\)" in markdown
    assert "False: The company denies: maintenance had been neglected" in markdown
    assert "added Words: \\(none\\) → At least 23 people were killed" in markdown
    html = "".join(html_chunks(article_report(article=dam)))
    assert "at least 23 killed (people)" in html
    assert '<p class="denial"><strong>The company denies:</strong> maintenance' in html


def test_pdf_keeps_the_bound_and_the_denial(dam):
    pdf = render_pdf(article_report(article=dam))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "at least 23 killed (people)" in text
    assert "The company denies: maintenance had been neglected" in text


def test_csv_and_json_carry_the_qualifier_the_wording_and_the_stance(dam):
    rows = list(csv.DictReader(io.StringIO("".join(csv_chunks(article_report(article=dam)))[1:])))
    assert [(r["quantity_qualifier"], r["quantity_worded"]) for r in rows] == [
        ("At least", "at least 23 killed"),
        ("", ""),
    ]
    assert [(r["stance"], r["said"]) for r in rows][1] == ("denies", SAID)
    document = json.loads("".join(json_chunks(article_report(article=dam))))
    toll, denial = document["claims"]
    assert toll["quantities"][0]["qualifier"] == "At least"
    assert toll["quantities"][0]["worded"] == "at least 23 killed"
    assert (denial["stance"], denial["text"], denial["said"]) == (
        "denies",
        "maintenance had been neglected",
        SAID,
    )


def test_claimreview_reviews_the_denial_not_the_denied_words(dam):
    documents = json.loads("".join(claimreview_chunks(article_report(article=dam))))
    assert [d["claimReviewed"] for d in documents] == ["At least 23 people were killed", SAID]
    assert documents[1]["itemReviewed"]["author"]["name"] == "the company"
