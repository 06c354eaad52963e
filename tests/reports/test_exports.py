"""Every export format says exactly what the stored claims say."""

import csv
import datetime
import io
import json
import re
from decimal import Decimal

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from claims.filters import ClaimFilterForm
from claims.models import Claim, Quantity
from reports.csv_export import COLUMNS, csv_chunks
from reports.html import html_chunks
from reports.json_export import json_chunks
from reports.markdown import markdown_chunks
from reports.pdf import render_pdf
from reports.selection import article_report, selection_report, speaker_report
from sources.models import Outlet, Speaker

SCRIPT = "<script>alert('x')</script>"
FORMULA = '=HYPERLINK("http://evil.example","click")'


def _claim(article, phrase: str, kind: str, **fields) -> Claim:
    start = article.text.index(phrase)
    return Claim.objects.create(
        article=article, start=start, end=start + len(phrase), text=phrase, kind=kind, **fields
    )


@pytest.fixture
def reviewed(article, editor, second_editor):
    """The flood article with a false, a verified, a pending and a not-a-claim passage."""
    article.outlet = Outlet.objects.create(name="Valley Post")
    article.url = "https://valleypost.example/floods"
    article.published = datetime.date(2024, 5, 6)
    article.byline = "Ann Reporter"
    article.save()
    lopez = Speaker.objects.create(name="Maria Lopez", role="Regional governor")

    killed = _claim(
        article,
        "At least 12 people were killed and dozens were injured",
        Claim.Kind.CASUALTY,
        speaker=lopez,
        speaker_text="Maria Lopez",
        attribution="the regional governor, Maria Lopez, said",
    )
    # Shaped as the extractor reads "At least 12 people" and "dozens".
    Quantity.objects.create(
        claim=killed,
        value=Decimal("12"),
        lower=Decimal("12"),
        qualifier="At least",
        category="killed",
        subject="people",
        position=0,
    )
    Quantity.objects.create(
        claim=killed, approximate=True, qualifier="dozens", category="injured", position=1
    )
    killed.set_attribution(speaker=lopez, by=editor)
    killed.add_evidence(
        by=editor, stance="refutes", url="https://morgue.example/list", note="Morgue lists 9."
    )
    killed.assign(assignee=second_editor, by=editor)
    killed.set_verdict(verdict="false", by=editor, note=f"Morgue count is 9. {SCRIPT}")

    quote = _claim(
        article,
        "We have never seen water this high",
        Claim.Kind.STATEMENT,
        speaker=lopez,
        speaker_text="Maria Lopez",
        attribution="she told reporters",
        hedged=True,
        hedge="never",
    )
    quote.set_verdict(verdict="verified", by=second_editor, note=FORMULA)

    homes = _claim(article, "40 homes were destroyed", Claim.Kind.DAMAGE, speaker_text="Police")
    Quantity.objects.create(
        claim=homes, value=Decimal("40"), category="destroyed", subject="homes", position=0
    )

    floods = _claim(article, "Floods swept through the valley on Monday", Claim.Kind.STATEMENT)
    floods.set_verdict(verdict="not_a_claim", by=editor)
    return {"article": article, "killed": killed, "quote": quote, "homes": homes,
            "floods": floods, "lopez": lopez}  # fmt: skip


def _text(chunks) -> str:
    return "".join(chunks)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(pdf: bytes) -> str:
    return _squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def test_article_report_lists_claims_in_reading_order_without_not_a_claim(reviewed):
    report = article_report(article=reviewed["article"])
    assert [c.pk for c in report.iter_claims()] == [
        reviewed["killed"].pk,
        reviewed["quote"].pk,
        reviewed["homes"].pk,
    ]
    assert report.summary.total == 3 and report.summary.reviewed == 2
    asked = article_report(article=reviewed["article"], include_not_a_claim=True)
    assert reviewed["floods"].pk in [c.pk for c in asked.iter_claims()]


def test_claims_come_with_their_sentence_as_context(reviewed):
    claims = {c.pk: c for c in article_report(article=reviewed["article"]).iter_claims()}
    killed = claims[reviewed["killed"].pk]
    assert killed.context_before == ""
    assert killed.context_after == ", the regional governor, Maria Lopez, said."
    quote = claims[reviewed["quote"].pk]
    assert quote.context_before == "\u201c"
    assert quote.context_after.startswith(",\u201d she told reporters.")


def test_report_queries_do_not_grow_with_the_number_of_claims(reviewed, django_assert_num_queries):
    def run() -> None:
        _text(html_chunks(article_report(article=reviewed["article"])))

    # summary, claims, and one query each for articles, speakers, quantities, evidence, history.
    with django_assert_num_queries(7):
        run()
    article = reviewed["article"]
    for position in range(30):
        more = Claim.objects.create(
            article=article,
            start=position,
            end=position + 1,
            text=article.text[position],
            kind=Claim.Kind.FIGURE,
        )
        Quantity.objects.create(claim=more, value=position, category="other")
        more.add_evidence(by=None, stance="context", note=f"more {position}")
    with django_assert_num_queries(7):
        run()


def test_html_report_has_every_field_and_keeps_notes_inert(reviewed):
    page = _text(html_chunks(article_report(article=reviewed["article"])))
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    for expected in [
        "Floods sweep the valley",
        "Valley Post",
        "https://valleypost.example/floods",
        "2024-05-06",
        "At least 12 people were killed and dozens were injured",
        "at least 12 killed (people)",
        "dozens injured",
        "Maria Lopez",
        "the regional governor, Maria Lopez, said",
        "Confirmed",
        "Morgue lists 9.",
        "Refutes",
        "sam-second-editor",
        "erin-editor",
        "verdict pending → false",
        "Hedged",
        f'id="claim-{reviewed["killed"].pk}"',
    ]:
        assert expected in page, expected
    assert "Floods swept through the valley on Monday</mark>" not in page


def test_markdown_escapes_article_text_and_notes(reviewed):
    text = _text(markdown_chunks(article_report(article=reviewed["article"])))
    assert not re.search(r"(?<!\\)<", text)
    assert r"\<script\>alert\('x'\)\</script\>" in text
    rendered = MarkdownIt("commonmark").render(text)
    assert "<script" not in rendered
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in rendered
    assert "**At least 12 people were killed and dozens were injured**" in text
    assert r"- **Verdict:** False" in text
    assert r"https://morgue\.example/list Morgue lists 9\." in text
    assert "| False | 1 |" in text


def test_pdf_text_contains_every_claim_and_verdict(reviewed):
    report = article_report(article=reviewed["article"])
    pdf = render_pdf(report)
    text = _pdf_text(pdf)
    for claim in report.iter_claims():
        assert _squash(claim.text) in text
        assert claim.get_verdict_display() in text
    assert "<script>alert('x')</script>" in text  # shown as text, never run
    assert "Page 1 of" in text and "generated" in text


def test_pdf_embeds_its_fonts(reviewed):
    reader = PdfReader(io.BytesIO(render_pdf(article_report(article=reviewed["article"]))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        descriptor = (
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in font
            else font["/FontDescriptor"]
        )
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object())
        assert "DejaVu" in str(font["/BaseFont"])


def _csv_rows(report) -> list[dict[str, str]]:
    text = _text(csv_chunks(report))
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_has_one_row_per_claim_quantity_and_round_trips_values(reviewed):
    rows = _csv_rows(article_report(article=reviewed["article"]))
    assert list(rows[0]) == COLUMNS
    killed, quote, homes = reviewed["killed"], reviewed["quote"], reviewed["homes"]
    assert [int(r["claim_id"]) for r in rows] == [killed.pk, killed.pk, quote.pk, homes.pk]
    first, second = rows[0], rows[1]
    assert first["text"] == killed.text
    assert first["verdict"] == "false" and first["verdict_by"] == "erin-editor"
    assert first["verdict_note"] == f"Morgue count is 9. {SCRIPT}"
    assert (first["quantity_value"], first["quantity_category"]) == ("12", "killed")
    assert first["quantity_qualifier"] == "At least"
    assert first["quantity_worded"] == "at least 12 killed"
    assert (second["quantity_lower"], second["quantity_approximate"]) == ("", "true")
    assert second["quantity_worded"] == "dozens injured"
    assert (first["stance"], first["said"]) == ("asserts", killed.text)
    assert first["speaker_name"] == "Maria Lopez" and first["attribution_state"] == "confirmed"
    assert first["assignee"] == "sam-second-editor"
    assert first["evidence"] == "refutes: https://morgue.example/list Morgue lists 9."
    assert "verdict verdict: pending -> false" in first["history"]
    assert first["article_published"] == "2024-05-06"
    assert rows[2]["quantity_value"] == "" and rows[2]["hedge"] == "never"
    assert rows[3]["speaker_name"] == "" and rows[3]["speaker_text"] == "Police"


def test_csv_neutralises_cells_a_spreadsheet_would_run(reviewed, editor):
    reviewed["homes"].add_evidence(by=editor, stance="context", note="+1 555 0100")
    reviewed["homes"].set_verdict(verdict="unverifiable", by=editor, note="@SUM(A1:A9)")
    rows = _csv_rows(article_report(article=reviewed["article"]))
    by_id = {int(r["claim_id"]): r for r in rows}
    assert by_id[reviewed["quote"].pk]["verdict_note"] == "'" + FORMULA
    assert by_id[reviewed["homes"].pk]["verdict_note"] == "'@SUM(A1:A9)"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_json_is_one_valid_document_with_a_version_and_the_stored_values(reviewed):
    document = json.loads(_text(json_chunks(article_report(article=reviewed["article"]))))
    assert document["version"] == 2
    assert document["summary"] == {
        "total": 3,
        "reviewed": 2,
        "by_verdict": {"pending": 1, "verified": 1, "false": 1},
        "by_kind": {"casualty": 1, "damage": 1, "statement": 1},
    }
    killed = document["claims"][0]
    stored = reviewed["killed"]
    stored.refresh_from_db()
    assert killed["id"] == stored.pk and killed["text"] == stored.text
    assert killed["article"] == {
        "id": stored.article_id,
        "title": "Floods sweep the valley",
        "outlet": "Valley Post",
        "url": "https://valleypost.example/floods",
        "published": "2024-05-06",
    }
    assert killed["quantities"][0]["value"] == 12
    assert killed["quantities"][1] == {
        "position": 1,
        "value": None,
        "lower": None,
        "upper": None,
        "approximate": True,
        "category": "injured",
        "subject": "",
        "qualifier": "dozens",
        "worded": "dozens injured",
    }
    assert killed["quantities"][0]["worded"] == "at least 12 killed"
    assert (killed["stance"], killed["said"]) == ("asserts", stored.text)
    assert killed["speaker"] == {
        "id": reviewed["lopez"].pk,
        "name": "Maria Lopez",
        "kind": "person",
    }
    assert killed["verdict_at"] == stored.verdict_at.isoformat()
    assert [e["action"] for e in killed["history"]] == [
        "attribution",
        "evidence",
        "assignment",
        "verdict",
    ]
    assert killed["evidence"][0]["stance"] == "refutes"
    assert killed["version"] == stored.version


def test_json_of_an_empty_selection_is_still_valid(db):
    form = ClaimFilterForm({"verdict": ["false"]})
    document = json.loads(_text(json_chunks(selection_report(form=form))))
    assert document["claims"] == [] and document["summary"]["total"] == 0


def test_report_of_an_article_with_no_reviewed_claims_says_so(article, claim):
    report = article_report(article=article)
    assert "No claim in this report has been reviewed yet." in _text(html_chunks(report))
    assert "No claim in this report has been reviewed yet." in _text(markdown_chunks(report))
    assert "No claim in this report has been reviewed yet." in _pdf_text(render_pdf(report))


def test_report_of_an_article_with_no_claims_says_so(article):
    report = article_report(article=article)
    assert "There are no claims in this report." in _text(html_chunks(report))
    assert "There are no claims in this report." in _pdf_text(render_pdf(report))


def test_selection_report_groups_claims_by_article_and_describes_its_filters(reviewed, editor):
    from sources.ingest.text import content_hash
    from sources.models import Article

    text = "Officials said 3 bridges were damaged."
    other = Article.objects.create(
        title="Bridges damaged", text=text, content_hash=content_hash(text)
    )
    bridges = _claim(other, "3 bridges were damaged", Claim.Kind.DAMAGE)
    bridges.set_verdict(verdict="false", by=editor, note="Only one bridge.")
    form = ClaimFilterForm({"verdict": ["false"]})
    report = selection_report(form=form)
    assert [c.pk for c in report.iter_claims()] == [reviewed["killed"].pk, bridges.pk]
    page = _text(html_chunks(report))
    assert page.count('class="article-head"') == 2
    assert "<p><b>Verdict</b> False</p>" in page
    assert re.search(
        r"Floods sweep the valley.*At least 12.*Bridges damaged.*3 bridges", page, re.S
    )


def test_speaker_report_shows_the_track_record(reviewed):
    report = speaker_report(speaker=reviewed["lopez"])
    page = _text(html_chunks(report))
    assert "Track record" in page and "Regional governor" in page
    assert report.track_record == {
        "articles": 1,
        "first": datetime.date(2024, 5, 6),
        "last": datetime.date(2024, 5, 6),
    }
    assert {c.pk for c in report.iter_claims()} == {reviewed["killed"].pk, reviewed["quote"].pk}
