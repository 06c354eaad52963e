import pytest

from sources.ingest.errors import IngestError
from sources.ingest.text import canonical_url, check_text_size, content_hash, normalise_text


def test_normalise_unifies_newlines_and_strips_trailing_spaces():
    assert normalise_text("one  \r\ntwo\t\rthree\u2028four") == "one\ntwo\nthree\nfour"


def test_normalise_collapses_three_or_more_blank_lines_to_one():
    assert normalise_text("a\n\n\n\n\nb\n\nc") == "a\n\nb\n\nc"


def test_normalise_composes_to_nfc():
    assert normalise_text("cafe\u0301") == "caf\u00e9"


def test_normalise_drops_nuls_and_control_characters_but_keeps_tabs():
    assert normalise_text("a\x00b\x07c\td\x1be\ufeff") == "abc\tde"


def test_normalise_treats_form_feed_as_line_break():
    assert normalise_text("page one\fpage two") == "page one\npage two"


def test_content_hash_ignores_whitespace_differences():
    assert content_hash("The  mayor\nsaid  500.\n\n") == content_hash(" The mayor said 500.")


def test_content_hash_differs_for_different_words():
    assert content_hash("The mayor said 500.") != content_hash("The mayor said 600.")


def test_content_hash_matches_composed_and_decomposed_accents():
    assert content_hash("café") == content_hash("cafe\u0301")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.COM:443/a/b/?b=2&a=1#top", "https://news.example.com/a/b?a=1&b=2"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/x/", "http://example.com:8080/x"),
        (
            "https://example.com/x?utm_source=t&fbclid=1&gclid=2&UTM_Medium=m&id=7",
            "https://example.com/x?id=7",
        ),
        ("https://user:pw@example.com/x", "https://example.com/x"),
        ("http://[2001:DB8::1]:80/", "http://[2001:db8::1]/"),
    ],
)
def test_canonical_url_normalises_equivalent_addresses(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["ftp://example.com/", "javascript:alert(1)", "example.com/x"])
def test_canonical_url_refuses_non_web_addresses(url):
    with pytest.raises(IngestError, match="not a web address"):
        canonical_url(url)


def test_size_check_names_size_and_limit():
    with pytest.raises(IngestError, match=r"The text is 1.4 MB; the limit is 1 MB\."):
        check_text_size("x" * 1_400_000, max_text_bytes=1_000_000)


def test_size_check_shows_bytes_when_rounding_would_hide_the_excess():
    with pytest.raises(IngestError, match=r"1,000,001 bytes; the limit is 1,000,000 bytes"):
        check_text_size("x" * 1_000_001, max_text_bytes=1_000_000)


def test_size_check_counts_utf8_bytes_not_characters():
    with pytest.raises(IngestError):
        check_text_size("é" * 600, max_text_bytes=1_000)
