import io
import json
from datetime import date

from sources.ingest.errors import IngestError
from sources.ingest.jsonl import read_jsonl
from sources.ingest.parsed import ParsedDocument

LIMIT = 10_000
GOOD = {
    "title": "Rents fall",
    "text": "The ministry said rents fell by 3%.",
    "outlet": "The Gazette",
    "byline": "Ana Ruiz",
    "url": "https://gazette.example/rents",
    "published": "2023-05-23",
}


def lines(*rows: object) -> io.BytesIO:
    encoded = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    return io.BytesIO("\n".join(encoded).encode())


def test_each_line_becomes_a_document_with_the_paste_form_fields():
    [(number, document)] = list(read_jsonl(lines(GOOD), max_text_bytes=LIMIT))
    assert number == 1
    assert isinstance(document, ParsedDocument)
    assert document.title == "Rents fall"
    assert document.published == date(2023, 5, 23)
    assert document.outlet_name == "The Gazette"
    assert document.outlet_domain == "gazette.example"


def test_malformed_line_is_reported_by_number_while_other_lines_parse():
    results = list(read_jsonl(lines(GOOD, "{not json", "", GOOD), max_text_bytes=LIMIT))
    assert [number for number, _ in results] == [1, 2, 4]
    assert isinstance(results[0][1], ParsedDocument)
    assert isinstance(results[1][1], IngestError)
    assert str(results[1][1]) == "Line 2: this is not valid JSON."
    assert isinstance(results[2][1], ParsedDocument)


def test_missing_title_is_reported_with_line_and_field():
    [(_, error)] = read_jsonl(lines({"text": "Rents fell."}), max_text_bytes=LIMIT)
    assert isinstance(error, IngestError)
    assert str(error) == "Line 1: A title is required."
    assert error.field == "title"


def test_unparseable_date_in_a_line_is_reported():
    row = {**GOOD, "published": "32/13/2023"}
    [(_, error)] = read_jsonl(lines(row), max_text_bytes=LIMIT)
    assert str(error) == "Line 1: Could not read the date '32/13/2023'; use YYYY-MM-DD."


def test_non_object_and_non_string_values_are_refused():
    results = dict(read_jsonl(lines([1, 2], {**GOOD, "title": 7}), max_text_bytes=LIMIT))
    assert "expected a JSON object" in str(results[1])
    assert str(results[2]) == "Line 2: 'title' must be a string."


def test_misspelt_field_is_refused_rather_than_dropped():
    [(_, error)] = read_jsonl(lines({**GOOD, "pubished": "2023-05-23"}), max_text_bytes=LIMIT)
    assert "unknown field(s) pubished" in str(error)


def test_invalid_utf8_line_is_reported():
    stream = io.BytesIO(json.dumps(GOOD).encode() + b"\n\xff\xfe\n")
    results = dict(read_jsonl(stream, max_text_bytes=LIMIT))
    assert str(results[2]) == "Line 2 is not valid UTF-8."


def test_reads_from_a_path_and_names_the_file_in_the_source(tmp_path):
    path = tmp_path / "import.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    [(_, document)] = read_jsonl(path, max_text_bytes=LIMIT)
    assert document.source_name == "import.jsonl line 1"


def test_reads_from_a_text_stream():
    [(_, document)] = read_jsonl(io.StringIO(json.dumps(GOOD)), max_text_bytes=LIMIT)
    assert document.text == GOOD["text"]
