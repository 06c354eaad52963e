"""Logs say what happened once, in as few lines as it takes."""

import io
import logging

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from reports.pdf import render_pdf
from reports.selection import article_report


def stream_handlers(name: str) -> list[logging.StreamHandler]:
    """The handlers outside pytest's own that a record of logger `name` reaches."""
    found = []
    logger: logging.Logger | None = logging.getLogger(name)
    while logger is not None:
        found += [
            handler
            for handler in logger.handlers
            if isinstance(handler, logging.StreamHandler)
            and not type(handler).__module__.startswith("_pytest")
        ]
        logger = logger.parent if logger.propagate else None
    return found


@pytest.fixture
def console():
    """Everything the project's log handlers print, as one string."""
    sink = io.StringIO()
    handlers = stream_handlers("django.request")
    assert handlers, "the project's console handler is configured"
    previous = [handler.setStream(sink) for handler in handlers]
    yield sink
    for handler, stream in zip(handlers, previous, strict=True):
        handler.setStream(stream)


@pytest.mark.parametrize("debug", [False, True])
def test_a_refused_permission_logs_one_line_without_a_traceback(
    viewer_client, console, settings, debug
):
    settings.DEBUG = debug
    response = viewer_client.get(reverse("claims:article_add"))
    assert response.status_code == 403
    printed = console.getvalue()
    assert printed.count("Forbidden (Permission denied): /articles/add/") == 1
    assert "Traceback" not in printed


def test_a_server_error_still_logs_its_traceback(editor_client, console, monkeypatch):
    import claims.views.dashboard

    def broken(*args, **kwargs):
        raise RuntimeError("kaput")

    monkeypatch.setattr(claims.views.dashboard, "counts_table", broken)
    editor_client.raise_request_exception = False
    response = editor_client.get(reverse("claims:dashboard"))
    assert response.status_code == 500
    assert "Traceback" in console.getvalue() and "kaput" in console.getvalue()


def test_a_pdf_report_logs_no_font_subsetting_lines(claim, caplog, monkeypatch):
    import weasyprint.pdf.fonts

    # Where HarfBuzz cannot subset fonts (older than 4.1), WeasyPrint has fontTools do
    # it, which logs each step at INFO.
    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    with caplog.at_level(logging.INFO):
        render_pdf(article_report(article=claim.article))
    assert [r.getMessage() for r in caplog.records if r.name.startswith("fontTools")] == []


def test_pages_name_their_icon_so_browsers_do_not_ask_for_a_missing_one(editor_client):
    page = editor_client.get(reverse("claims:dashboard")).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg"' in page
    assert finders.find("favicon.svg") is not None


def test_favicon_ico_leads_to_the_icon_without_signing_in(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/favicon.svg"


def test_a_pdf_report_logs_no_warnings(claim, caplog):
    with caplog.at_level(logging.INFO):
        render_pdf(article_report(article=claim.article))
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
