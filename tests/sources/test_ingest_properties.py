"""Whatever arrives, ingestion answers with a document or an IngestError, nothing else."""

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sources.ingest.dates import parse_date
from sources.ingest.documents import SUPPORTED_EXTENSIONS, parse_upload
from sources.ingest.errors import IngestError
from sources.ingest.jsonl import read_jsonl
from sources.ingest.parsed import ParsedDocument
from sources.ingest.text import canonical_url, content_hash, normalise_text

LIMIT = 50_000
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

extensions = st.sampled_from([*SUPPORTED_EXTENSIONS, ".exe", ".png", ""])
# Bytes that get past the signature check, to reach each format's own reader.
format_prefixes = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"])


def assert_document_or_ingest_error(**upload) -> None:
    try:
        document = parse_upload(max_text_bytes=LIMIT, **upload)
    except IngestError as error:
        assert str(error).strip()
    else:
        assert isinstance(document, ParsedDocument)
        assert document.text and document.text == normalise_text(document.text)


@FAST
@given(text=st.text(), extension=extensions)
def test_any_text_upload_parses_or_is_refused_clearly(text, extension):
    assert_document_or_ingest_error(name=f"upload{extension}", data=text.encode())


@FAST
@given(data=st.binary(), prefix=format_prefixes, extension=extensions)
def test_any_bytes_upload_parses_or_is_refused_clearly(data, prefix, extension):
    assert_document_or_ingest_error(name=f"upload{extension}", data=prefix + data)


@FAST
@given(text=st.text(), encoding=st.sampled_from(["utf-16", "utf-8-sig", "cp1252"]))
def test_any_text_in_a_legacy_encoding_parses_or_is_refused_clearly(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    assert_document_or_ingest_error(name="upload.txt", data=data)


@FAST
@given(st.text())
def test_normalise_text_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@FAST
@given(
    words=st.lists(st.text(min_size=1).filter(lambda w: not any(c.isspace() for c in w))),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\n\n\n", " \r\n"]), min_size=1),
)
def test_content_hash_ignores_how_words_are_spaced(words, gaps):
    spaced = "".join(word + gaps[i % len(gaps)] for i, word in enumerate(words))
    assert content_hash(spaced) == content_hash(" ".join(words))


@FAST
@given(st.text())
def test_parse_date_reads_or_refuses_anything(value):
    try:
        parse_date(value)
    except IngestError as error:
        assert "use YYYY-MM-DD" in str(error)


@FAST
@given(st.text())
def test_canonical_url_is_stable_or_refuses(value):
    try:
        once = canonical_url(value)
    except IngestError as error:
        assert str(error).strip()
    else:
        assert canonical_url(once) == once


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
jsonl_lines = st.one_of(
    st.binary(max_size=60),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.fixed_dictionaries(
        {"title": st.text(), "text": st.text()},
        optional={"published": st.text(), "url": st.text(), "outlet": st.text()},
    ).map(lambda value: json.dumps(value).encode()),
)


@FAST
@given(st.lists(jsonl_lines, max_size=5))
def test_any_jsonl_yields_a_document_or_a_numbered_error_per_line(lines):
    stream = io.BytesIO(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    for number, result in read_jsonl(stream, max_text_bytes=LIMIT):
        if isinstance(result, IngestError):
            assert str(result).startswith(f"Line {number}")
        else:
            assert isinstance(result, ParsedDocument)
