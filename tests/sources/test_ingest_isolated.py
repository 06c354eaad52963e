"""PDF and Word files are read in a child process bounded in time and memory."""

import io
import resource
import time
import zlib

import docx
import pytest

from sources.ingest.documents import ReadLimits, parse_upload
from sources.ingest.errors import IngestError

LIMIT = 1_000_000


def pdf_with_pages(*streams: bytes) -> bytes:
    """A PDF with one page per content stream (each already Flate-compressed)."""
    count = len(streams)
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count)), count),
    ]
    for index, stream in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * index, font)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def compressed_zeros(size: int) -> bytes:
    """`size` zero bytes, deflated a megabyte at a time (never held whole here)."""
    compressor = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join(parts) + compressor.flush()


def text_stream(lines: int) -> bytes:
    ops = b"".join(
        b"BT /F1 10 Tf 20 %d Td (Line %d of many words) Tj ET\n" % (i % 700, i)
        for i in range(lines)
    )
    return zlib.compress(ops)


def peak_rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def reset_peak_rss() -> None:
    # Linux: "5" resets the process's peak resident set size to the current one.
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def test_a_pdf_that_inflates_past_the_memory_limit_is_refused_and_the_parent_stays_small():
    bomb = pdf_with_pages(compressed_zeros(400 * 1024 * 1024))
    assert len(bomb) < 1_000_000
    reset_peak_rss()
    before = peak_rss_kb()
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"This PDF needs more than 256 MB of memory to read"):
        parse_upload(
            name="bomb.pdf",
            data=bomb,
            max_text_bytes=LIMIT,
            limits=ReadLimits(seconds=20, memory_bytes=256 * 1024 * 1024),
        )
    assert time.monotonic() - started < 15
    # The 400 MB were inflated, if at all, in the child: this process did not grow.
    assert peak_rss_kb() - before < 50_000


def test_a_pdf_that_takes_too_long_is_refused_within_the_time_limit():
    # Far more text-drawing operators than can be laid out in half a second.
    slow = pdf_with_pages(text_stream(200_000))
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"This PDF took longer than 0.5 s to read"):
        parse_upload(
            name="slow.pdf", data=slow, max_text_bytes=10**8, limits=ReadLimits(seconds=0.5)
        )
    assert time.monotonic() - started < 3


def test_a_pdf_with_more_text_than_the_limit_is_refused_naming_the_limit():
    # 40 lines a page, some 1 kB; reading stops at the eleventh of 100 pages.
    long = pdf_with_pages(*[text_stream(40)] * 100)
    with pytest.raises(IngestError, match=r"This PDF's text is longer than the 10 kB limit\."):
        parse_upload(name="long.pdf", data=long, max_text_bytes=10_000)


def test_a_word_file_with_more_text_than_the_limit_is_refused_naming_the_limit():
    document = docx.Document()
    for number in range(500):
        document.add_paragraph(f"Paragraph {number} says that 3 people were hurt.")
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(
        IngestError, match=r"This Word file's text is longer than the 10 kB limit\."
    ):
        parse_upload(name="long.docx", data=buffer.getvalue(), max_text_bytes=10_000)


def test_a_pdf_within_the_limits_is_read_in_the_child():
    document = parse_upload(
        name="short.pdf", data=pdf_with_pages(text_stream(3)), max_text_bytes=LIMIT
    )
    assert "Line 2 of many words" in document.text
