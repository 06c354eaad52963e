import io
from datetime import date

import docx
import pytest
from weasyprint import HTML

from sources.ingest.documents import parse_upload, validate_fields
from sources.ingest.errors import IngestError

LIMIT = 100_000
# The opening of a file in the sample seed corpus, first line as the scraper wrote it.
SEED = (
    " date 2023-05-23 Home page politics\n\n"
    "Russia responded with heavy blows to the partisan attacks in Belgorod. Will Putin "
    "continue to escalate the war? © Collage: IMAGO / ITAR-TASS // IMAGO / SNA\n\n"
    "Belgorod – “Freedom is near!” With these words the so-called “Legion Freedom for "
    "Russia” addressed the public.\n"
).encode()
HOSTILE_HTML = """<!doctype html>
<html><head><title>Council approves budget</title>
<meta name="author" content="Ana Ruiz">
<meta property="og:site_name" content="The Gazette">
<meta property="article:published_time" content="2023-05-23T09:00:00Z">
<style>body { background: url(javascript:alert(1)) }</style>
<script>document.write("stolen cookies")</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>Council approves budget</h1>
<p>The council approved a budget of 12 million euros on Tuesday, the mayor said.
<img src="x.png" onerror="alert('onerror fired')"></p>
<p>Opposition members said <a href="javascript:alert('link')">the plan</a> was unfunded
and that spending had risen by 8 percent since 2021.</p>
<noscript>Enable JavaScript</noscript>
</article>
<footer>Copyright The Gazette</footer>
<script>var tracking = "pixel";</script>
</body></html>"""


def parse(name: str, data: bytes, **kwargs) -> object:
    return parse_upload(name=name, data=data, max_text_bytes=kwargs.pop("limit", LIMIT), **kwargs)


# --- plain text and encodings -------------------------------------------------


def test_plain_text_upload_becomes_normalised_text_named_after_the_file():
    document = parse("notes.txt", b"Mayor says rents fell.\r\n\r\n\r\n\r\nBy 3%.  \r\n")
    assert document.text == "Mayor says rents fell.\n\nBy 3%."
    assert document.source_name == "notes.txt"


def test_plain_text_title_is_a_short_first_line():
    document = parse("release.txt", b"Rents fall for third year\n\nThe ministry said rents fell.")
    assert document.title == "Rents fall for third year"


def test_plain_text_with_only_a_long_first_paragraph_is_titled_after_the_file():
    document = parse("rent_report.txt", ("The ministry said rents fell. " * 10).encode())
    assert document.title == "rent report"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "The minister said “we will act” on the café budget – again."),
        ("latin-1", "Le ministre a déclaré que le café était prêt à Noël."),
        ("utf-16", "She said “non” to the café’s plan."),
        ("utf-8-sig", "Zürich’s “Straße” plan"),
        ("cp1251", "Министр заявил, что бюджет вырос на 5 процентов."),
    ],
)
def test_legacy_encodings_are_decoded_without_mojibake(encoding, text):
    assert parse("statement.txt", text.encode(encoding)).text == text


def test_seed_format_date_line_gives_published_date_and_is_not_kept_in_text():
    document = parse("belgorod-2023-05-23.txt", SEED)
    assert document.published == date(2023, 5, 23)
    assert not document.text.startswith("date")
    assert "Home page politics" not in document.text
    assert document.text.startswith("Russia responded with heavy blows")


def test_seed_date_line_with_impossible_date_is_refused():
    with pytest.raises(IngestError, match="2023-02-30"):
        parse("seed.txt", b"date 2023-02-30 Politics\n\nText of the article.")


def test_press_release_date_and_headline_are_read_from_the_header():
    release = (
        b"FOR IMMEDIATE RELEASE\n\nMinistry opens 40 new clinics\n\n"
        b"LONDON, 23 May 2023 \xe2\x80\x93 The ministry said it opened 40 clinics this year.\n"
    )
    document = parse("release.txt", release)
    assert document.title == "Ministry opens 40 new clinics"
    assert document.published == date(2023, 5, 23)


def test_press_release_date_label_is_read():
    document = parse("release.txt", b"Date: May 23, 2023\nClinics open\n\nForty clinics opened.")
    assert document.published == date(2023, 5, 23)


# --- markdown -------------------------------------------------------------------


def test_markdown_markup_is_reduced_to_text_and_first_heading_is_the_title():
    markdown = (
        b"# Rents *fall* again\n\n"
        b"The **ministry** said [rents fell](https://example.com/r) by `3%`.\n\n"
        b"- first point\n- second_point stays\n\n> quoted claim\n\n"
        b"<script>alert('x')</script><div onclick=\"steal()\">inline html</div>\n\n"
        b"![chart of rents](chart.png)\n\n---\n"
    )
    document = parse("post.md", markdown)
    assert document.title == "Rents fall again"
    assert document.text == (
        "Rents fall again\n\nThe ministry said rents fell by 3%.\n\n"
        "first point\nsecond_point stays\n\nquoted claim\n\ninline html\n\nchart of rents"
    )


# --- html -----------------------------------------------------------------------


def test_html_upload_keeps_article_text_and_drops_scripts_handlers_and_boilerplate():
    document = parse("page.html", HOSTILE_HTML.encode())
    assert "12 million euros" in document.text
    assert "the plan was unfunded" in " ".join(document.text.split())
    for forbidden in ("<", "alert", "javascript", "onerror", "stolen", "tracking", "Copyright"):
        assert forbidden not in document.text
    assert document.title == "Council approves budget"
    assert document.byline == "Ana Ruiz"
    assert document.outlet_name == "The Gazette"
    assert document.published == date(2023, 5, 23)


def test_html_meta_charset_is_honoured():
    page = (
        '<html><head><meta charset="windows-1252"></head><body><article>'
        "<p>The minister’s “café” budget rose by 4 percent, officials said on Monday.</p>"
        "</article></body></html>"
    )
    assert "minister’s “café” budget" in parse("page.htm", page.encode("cp1252")).text


# --- docx, pdf, eml -------------------------------------------------------------


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Unemployment falls to 4%", level=1)
    document.add_paragraph("The statistics office said unemployment fell to 4% in May.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Region"
    table.rows[0].cells[1].text = "Rate"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_upload_reads_paragraphs_tables_and_heading_title():
    document = parse("report.docx", make_docx())
    assert document.title == "Unemployment falls to 4%"
    assert "unemployment fell to 4% in May" in document.text
    assert "Region\tRate" in document.text


def test_docx_title_comes_from_core_properties_when_set():
    word = docx.Document(io.BytesIO(make_docx()))
    word.core_properties.title = "Labour market bulletin"
    buffer = io.BytesIO()
    word.save(buffer)
    assert parse("report.docx", buffer.getvalue()).title == "Labour market bulletin"


def test_docx_that_is_not_a_word_package_is_refused():
    with pytest.raises(IngestError, match="could not be read"):
        parse("report.docx", b"PK\x03\x04" + b"\x00" * 100)


def test_pdf_upload_reads_the_text_layer_and_title():
    pdf = HTML(
        string="<title>Budget note</title><p>The deficit narrowed to 2.1 percent in 2022.</p>"
    ).write_pdf()
    document = parse("note.pdf", pdf)
    assert "The deficit narrowed to 2.1 percent in 2022." in document.text
    assert document.title == "Budget note"


def test_pdf_without_text_layer_is_refused_as_a_scan():
    pdf = HTML(string='<div style="width:50px;height:50px;background:black"></div>').write_pdf()
    with pytest.raises(IngestError, match="no text layer"):
        parse("scan.pdf", pdf)


def test_damaged_pdf_is_refused():
    with pytest.raises(IngestError, match="could not be read"):
        parse("broken.pdf", b"%PDF-1.7\n" + b"garbage " * 50)


def test_eml_upload_uses_subject_date_sender_and_plain_body():
    message = (
        b"From: Ministry Press Office <press@ministry.example>\r\n"
        b"To: desk@paper.example\r\n"
        b"Subject: =?utf-8?q?Clinics_open_in_Z=C3=BCrich?=\r\n"
        b"Date: Tue, 23 May 2023 10:00:00 +0200\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b'--b\r\nContent-Type: text/plain; charset="iso-8859-1"\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Forty clinics opened in Z=FCrich this year.\r\n"
        b'--b\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
        b"<p>HTML version</p>\r\n--b--\r\n"
    )
    document = parse("release.eml", message)
    assert document.title == "Clinics open in Zürich"
    assert document.published == date(2023, 5, 23)
    assert document.byline == "Ministry Press Office"
    assert document.text == "Forty clinics opened in Zürich this year."


def test_eml_with_only_html_body_is_extracted_without_markup():
    message = (
        b"From: press@ministry.example\r\nSubject: Clinics\r\n"
        b'Content-Type: text/html; charset="utf-8"\r\n\r\n' + HOSTILE_HTML.encode()
    )
    text = parse("release.eml", message).text
    assert "12 million euros" in text
    assert "alert" not in text and "<" not in text


# --- refusals -------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_or_whitespace_file_is_refused(data):
    with pytest.raises(IngestError, match="The file is empty."):
        parse("empty.txt", data)


def test_file_of_invisible_characters_is_refused_as_having_no_text():
    with pytest.raises(IngestError, match="No text could be found"):
        parse("blank.txt", "\ufeff\ufeff\n \ufeff".encode())


def test_oversize_text_is_refused_with_sizes():
    with pytest.raises(IngestError, match=r"The text is 1.5 kB; the limit is 1 kB\."):
        parse("long.txt", b"word " * 300, limit=1_000)


def test_huge_file_is_refused_before_decoding():
    with pytest.raises(IngestError, match="too large for a text limit of 1 kB"):
        parse("huge.txt", b"a" * 5_000, limit=1_000)


def test_png_renamed_txt_is_refused_as_an_image():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20
    with pytest.raises(IngestError, match="This file is a PNG image, not a .txt file."):
        parse("photo.txt", png)


def test_binary_data_named_txt_is_refused():
    with pytest.raises(IngestError, match="does not look like text"):
        parse("program.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff")


def test_executable_is_refused_as_unsupported_type():
    with pytest.raises(IngestError) as caught:
        parse("setup.exe", b"MZ\x90\x00")
    assert str(caught.value) == (
        "This file type (.exe) is not supported; upload .txt, .md, .html, .htm, .docx, "
        ".pdf or .eml."
    )


def test_old_word_document_renamed_docx_is_refused():
    with pytest.raises(IngestError, match="old-format Office document"):
        parse("report.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


def test_content_type_stands_in_for_a_missing_extension():
    document = parse("pasted", b"Rents fell.", content_type="text/plain; charset=utf-8")
    assert document.text == "Rents fell."


# --- paste-form fields ----------------------------------------------------------


def test_validate_fields_builds_a_document():
    document = validate_fields(
        title="  Rents   fall ",
        text="The ministry said rents fell.\r\n",
        max_text_bytes=LIMIT,
        outlet="The Gazette",
        byline="Ana Ruiz",
        url="https://www.gazette.example/rents",
        published="23 May 2023",
    )
    assert document.title == "Rents fall"
    assert document.text == "The ministry said rents fell."
    assert document.outlet_domain == "gazette.example"
    assert document.published == date(2023, 5, 23)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"title": " "}, "title", "A title is required."),
        ({"title": "x" * 301}, "title", "The title is 301 characters; the limit is 300."),
        ({"text": " \n "}, "text", "The text is empty."),
        ({"url": "javascript:alert(1)"}, "url", "is not a web address"),
        ({"published": "32/13/2023"}, "published", "Could not read the date '32/13/2023'"),
    ],
)
def test_validate_fields_names_the_field_at_fault(fields, field, message):
    values = {"title": "Rents fall", "text": "Rents fell.", **fields}
    with pytest.raises(IngestError, match=message.replace("(", r"\(")) as caught:
        validate_fields(max_text_bytes=LIMIT, **values)
    assert caught.value.field == field
