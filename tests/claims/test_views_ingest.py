"""The add page's three ways in (paste, upload, URL) and every bad input, at the view level."""

import io
import json
import re
import time
from http.server import BaseHTTPRequestHandler

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from weasyprint import HTML

from sources.ingest.text import canonical_url, content_hash, normalise_text
from sources.models import Article, ImportJob
from sources.uploads import GuardedUploadHandler
from tests.http_server import serving
from tests.imports import finished

PASTE = {
    "title": "Shelling in Graivoron",
    "outlet": "Regional Courier",
    "byline": "Olena Petrenko",
    "url": "https://courier.example.org/graivoron",
    "published": "2023-05-24",
    "text": "Belgorod governor Vyacheslav Gladkov said 3 people were injured.",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def paste_url() -> str:
    return reverse("claims:article_add")


def upload_url() -> str:
    return reverse("claims:article_upload")


def fetch_url() -> str:
    return reverse("claims:article_fetch")


def post_upload(client: Client, *files: tuple[str, bytes], **extra):
    uploads = [SimpleUploadedFile(name, data) for name, data in files]
    return client.post(upload_url(), {"files": uploads}, **extra)


def upload(client: Client, *files: tuple[str, bytes], **extra):
    """The upload's answer; for an upload taken, its job's page once the job has run."""
    response = post_upload(client, *files, **extra)
    return finished(client, response) if response.status_code == 302 else response


def fetch(client: Client, data: dict):
    """The fetch form's answer; for an address taken, its job's page once the job has run."""
    response = client.post(fetch_url(), data)
    if response.status_code == 302 and "/imports/" in response.url:
        return finished(client, response)
    return response


def at_field(page: str, field: str) -> str:
    """The markup of one form field, from its input to the next field."""
    start = page.index(f'id="id_{field}"')
    end = page.find('<div class="field', start)
    return page[start : end if end != -1 else None]


def results(page: str) -> list[list[str]]:
    """The import report table as rows of cell markup, without the line numbers."""
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    return [
        [cell.split("</td>")[0] for cell in row.split("<td")[2:]] for row in body.split("<tr")[1:]
    ]


# --- the page -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tab", "form"),
    [
        ("article_add", "Paste", 'name="text"'),
        ("article_upload", "Upload", 'enctype="multipart/form-data"'),
        ("article_fetch", "From a URL", 'name="url"'),
    ],
)
def test_add_page_has_a_tab_per_way_in_each_at_its_own_address(editor_client, name, tab, form):
    page = editor_client.get(reverse(f"claims:{name}")).content.decode()
    assert f'aria-current="page">{tab}</a>' in page
    for other in ("article_add", "article_upload", "article_fetch"):
        assert f'href="{reverse(f"claims:{other}")}"' in page
    assert f'action="{reverse(f"claims:{name}")}"' in page and form in page


@pytest.mark.parametrize("name", ["article_add", "article_upload", "article_fetch"])
def test_viewers_see_no_form_and_cannot_post(viewer_client, name):
    url = reverse(f"claims:{name}")
    page = viewer_client.get(url)
    assert page.status_code == 403 and b'<form method="post" action="/articles' not in page.content
    data = {"files": [SimpleUploadedFile("a.txt", b"Three people died.")], **PASTE}
    assert viewer_client.post(url, data).status_code == 403
    assert not Article.objects.exists()


def test_upload_without_a_csrf_token_is_refused(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = upload(client, ("a.txt", b"Three people died in the fire, police said."))
    assert response.status_code == 403
    assert not Article.objects.exists()


# --- paste ----------------------------------------------------------------------------


def test_pasted_text_is_normalised_like_every_other_way_in(
    editor_client, editor, django_capture_on_commit_callbacks
):
    text = "Cafe\u0301 owner said   \r\n\r\n\r\n\r\n12 people were hurt.  \r\n\ufeff"
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(paste_url(), {**PASTE, "text": text})
    article = Article.objects.get()
    assert response.url == reverse("claims:article_review", args=[article.pk])
    assert article.text == normalise_text(text) == "Café owner said\n\n12 people were hurt."
    assert (article.byline, article.source_name, article.created_by) == (
        "Olena Petrenko",
        "pasted",
        editor,
    )
    assert article.canonical_url == "https://courier.example.org/graivoron"
    assert article.extraction_state == Article.State.QUEUED and len(callbacks) == 1


def test_pasting_a_stored_address_goes_to_the_stored_copy(editor_client):
    editor_client.post(paste_url(), PASTE)
    stored = Article.objects.get()
    again = {
        **PASTE,
        "url": "HTTPS://Courier.example.org/graivoron/?utm_source=newsletter",
        "text": "An updated text of the same report.",
    }
    response = editor_client.post(paste_url(), again, follow=True)
    assert response.redirect_chain == [(reverse("claims:article_review", args=[stored.pk]), 302)]
    assert "already in the workbench (same URL)" in response.content.decode()
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [("   \n\t  ", "Paste the article&#x27;s text."), ("\ufeff \u2028", "The text is empty.")],
)
def test_pasting_empty_or_blank_text_is_refused_at_the_text_field(editor_client, text, message):
    response = editor_client.post(paste_url(), {**PASTE, "text": text})
    assert response.status_code == 422
    assert message in at_field(response.content.decode(), "text")
    assert not Article.objects.exists()


def test_pasting_text_over_the_limit_is_refused_at_the_text_field(editor_client, settings):
    settings.INGEST_MAX_TEXT_BYTES = 100
    response = editor_client.post(paste_url(), {**PASTE, "text": "Nine people died. " * 12})
    assert response.status_code == 422
    field = at_field(response.content.decode(), "text")
    assert "The text is 215 bytes; the limit is 100 bytes." in field
    assert not Article.objects.exists()


def test_pasting_an_unreadable_date_is_refused_at_the_date_field(editor_client):
    response = editor_client.post(paste_url(), {**PASTE, "published": "next Tuesday"})
    assert response.status_code == 422
    field = at_field(response.content.decode(), "published")
    assert "Could not read the date &#x27;next Tuesday&#x27;; use YYYY-MM-DD." in field
    assert not Article.objects.exists()


def test_pasted_markup_is_stored_as_text_and_shown_escaped(editor_client):
    text = 'Police said <script>alert(1)</script> 4 died. <img src=x onerror="alert(2)">'
    response = editor_client.post(paste_url(), {**PASTE, "text": text}, follow=True)
    page = response.content.decode()
    assert Article.objects.get().text == text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page and "<img src=x" not in page


# --- upload ---------------------------------------------------------------------------


def test_uploading_one_file_goes_to_its_review_page_and_queues_extraction(editor_client, editor):
    response = upload(
        editor_client, ("flood_report.txt", b"Floods killed 12 people, officials said.\n")
    )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("claims:article_review", args=[article.pk])
    assert (article.title, article.source_name) == ("flood report", "flood_report.txt")
    assert article.created_by == editor and article.extraction_state == Article.State.QUEUED
    assert article.extraction_queued_at is not None


def test_an_upload_is_stored_and_queued_and_read_by_a_worker_not_the_request(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post_upload(editor_client, ("a.txt", b"Floods killed 12 people."))
    job = ImportJob.objects.get()
    assert response.url == reverse("claims:import_job", args=[job.pk])
    assert (job.state, job.total, job.done) == (ImportJob.State.QUEUED, 1, 0)
    assert len(callbacks) == 1 and not Article.objects.exists()


@pytest.mark.parametrize("kept_in", ["memory", "temporary files"])
def test_uploading_several_files_lists_a_result_for_each_in_order(editor_client, settings, kept_in):
    if kept_in == "temporary files":
        settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100
    response = upload(
        editor_client,
        ("a.txt", b"A fire destroyed 40 homes, the fire service said."),
        ("b.md", b"# Quake\n\nA quake killed 3 people, officials said."),
        ("c.txt", b"A fire destroyed   40 homes, the fire service said.\n"),
        ("chart.txt", PNG),
        ("empty.exe", b""),
        ("empty.txt", b""),
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 100),
    )
    assert response.status_code == 200
    page = response.content.decode()
    first, quake = Article.objects.order_by("id")
    assert "2 imported, 1 duplicate, 4 rejected, 7 in all" in page
    rows = results(page)
    assert [row[0].lstrip(">") for row in rows] == [
        "a.txt",
        "b.md",
        "c.txt",
        "chart.txt",
        "empty.exe",
        "empty.txt",
        "setup.exe",
    ]
    assert [row[1].split(">")[1] for row in rows] == ["imported"] * 2 + ["duplicate"] + [
        "rejected"
    ] * 4
    assert reverse("claims:article_review", args=[first.pk]) in rows[0][2]
    assert reverse("claims:article_review", args=[quake.pk]) in rows[1][2]
    assert reverse("claims:article_review", args=[first.pk]) in rows[2][2]
    assert "already in the workbench (same text)" in rows[2][2]
    assert "This file is a PNG image, not a .txt file." in rows[3][2]
    assert "This file type (.exe) is not supported" in rows[4][2]
    assert "The file is empty." in rows[5][2]
    assert "This file type (.exe) is not supported" in rows[6][2]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("chart.txt", PNG, "This file is a PNG image, not a .txt file."),
        ("setup.exe", b"MZ\x90\x00", "This file type (.exe) is not supported; upload .txt, "),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "not a .docx"),
    ],
)
def test_binary_or_unsupported_files_are_refused(editor_client, name, data, message):
    response = upload(editor_client, (name, data))
    assert response.status_code == 200
    assert "0 imported, 0 duplicate, 1 rejected" in response.content.decode()
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_unsupported_file_types_are_skipped_on_arrival_never_stored(editor_client):
    response = post_upload(editor_client, ("setup.exe", b"MZ" + b"\x00" * 200_000))
    handler = response.wsgi_request.upload_handlers[0]
    assert isinstance(handler, GuardedUploadHandler)
    assert handler.arrivals == [("setup.exe", handler.arrivals[0][1])] and handler.received == 0
    assert not response.wsgi_request.FILES


def test_legacy_encoded_file_shows_no_mojibake_on_the_review_page(editor_client):
    text = (
        "The café’s owner said “12 people” were hurt – the mayor’s office agreed.\n\n"
        "Crème brûlée stalls near the façade were closed, police said."
    )
    response = upload(editor_client, ("statement.txt", text.encode("cp1252")))
    page = editor_client.get(response.url).content.decode()
    assert Article.objects.get().text == text
    assert "The café’s owner said “12 people” were hurt" in page.replace("&#x27;", "'")
    assert "Ã" not in page and "â€" not in page


HOSTILE_HTML = """<html><head><title>Council approves budget</title>
<script>alert("stolen")</script><style>p { color: red }</style></head>
<body onload="alert('x')"><nav>Home | News</nav><article><h1>Council approves budget</h1>
<p onclick="steal()">The council approved a budget of 12 million euros, the mayor said.</p>
<p>Opposition members said the plan was unfunded. <img src="x" onerror="alert(1)">
<a href="javascript:alert(2)">More</a></p></article></body></html>"""


def test_html_upload_never_stores_or_renders_scripts_or_handlers(editor_client):
    response = upload(editor_client, ("council.html", HOSTILE_HTML.encode()))
    article = Article.objects.get()
    assert "12 million euros" in article.text
    for markup in ("<", "alert", "steal", "onerror", "onclick", "javascript"):
        assert markup not in article.text
    page = editor_client.get(response.url).content.decode()
    assert "12 million euros" in page
    for markup in ("steal()", "onerror=", "onclick=", "javascript:alert", 'alert("stolen")'):
        assert markup not in page


def test_jsonl_upload_imports_good_lines_and_reports_bad_ones_by_number(editor_client):
    lines = [
        json.dumps(
            {"title": "Quake", "text": "A quake killed 3 people.", "published": "2024-03-02"}
        ),
        "{not json",
        json.dumps({"title": "Storm", "text": "A storm hit 9 towns.", "published": "soon"}),
        "",
        json.dumps({"title": "Fire", "text": "Fire destroyed 12 homes.", "outlet": "Wire"}),
    ]
    response = upload(editor_client, ("wire.jsonl", "\n".join(lines).encode()))
    assert response.status_code == 200
    rows = results(response.content.decode())
    assert [row[0].lstrip(">") for row in rows] == [
        "wire.jsonl line 1",
        "wire.jsonl line 2",
        "wire.jsonl line 3",
        "wire.jsonl line 5",
    ]
    assert "Line 2: this is not valid JSON." in rows[1][2]
    assert "Line 3: Could not read the date &#x27;soon&#x27;" in rows[2][2]
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Fire", "Quake"]
    assert str(Article.objects.get(title="Quake").published) == "2024-03-02"


def test_uploading_a_stored_article_goes_to_the_stored_copy(editor_client):
    first = upload(editor_client, ("a.txt", b"A fire destroyed 40 homes, the fire service said."))
    again = upload(
        editor_client, ("copy.txt", b"A fire destroyed 40 homes,\nthe fire service said.\n")
    )
    assert again.status_code == 302 and again.url == first.url
    page = editor_client.get(again.url).content.decode()
    assert "already in the workbench (same text)" in page
    assert Article.objects.count() == 1


def test_upload_with_no_file_asks_for_one(editor_client):
    response = editor_client.post(upload_url(), {})
    assert response.status_code == 422
    assert "Choose one or more files." in response.content.decode()


def test_upload_over_the_cap_stops_at_the_chunk_that_crosses_it(editor_client, settings):
    settings.INGEST_MAX_UPLOAD_BYTES = 100_000
    data = b"Twelve people died. " * 7_500  # 150 kB: within the margin, over the cap
    response = upload(editor_client, ("big.txt", data))
    assert response.status_code == 413
    page = response.content.decode()
    assert "files may be up to 100 kB in all. Nothing was imported" in page
    handler = response.wsgi_request.upload_handlers[0]
    assert isinstance(handler, GuardedUploadHandler)
    assert 100_000 < handler.received < len(data)
    assert not response.wsgi_request.FILES and not Article.objects.exists()
    assert not ImportJob.objects.exists()


def test_upload_declaring_more_than_the_cap_is_refused_before_it_is_parsed(editor_client, settings):
    settings.INGEST_MAX_UPLOAD_BYTES = 10_000
    response = upload(editor_client, ("big.txt", b"x" * 200_000))
    assert response.status_code == 413
    page = response.content.decode()
    assert re.search(r"The upload is 200\.\d kB; files may be up to 10 kB in all\.", page)
    assert not hasattr(response.wsgi_request, "_files")
    assert not Article.objects.exists()


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Bridge closed after storm", level=1)
    document.add_paragraph("The storm damaged 14 bridges, the transport ministry said.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf() -> bytes:
    return HTML(
        string="<h1>Harvest falls</h1><p>The harvest fell by 8 percent, the farm office said.</p>"
    ).write_pdf()


def test_docx_and_pdf_made_here_import_through_the_upload_form(editor_client):
    response = upload(editor_client, ("bridges.docx", make_docx()), ("harvest.pdf", make_pdf()))
    assert response.status_code == 200
    assert "2 imported, 0 duplicate, 0 rejected" in response.content.decode()
    bridges = Article.objects.get(source_name="bridges.docx")
    harvest = Article.objects.get(source_name="harvest.pdf")
    assert bridges.title == "Bridge closed after storm"
    assert "damaged 14 bridges" in bridges.text
    assert "fell by 8 percent" in harvest.text


# --- from a URL -----------------------------------------------------------------------

PAGE = """<html><head><title>Port traffic doubles</title>
<meta name="author" content="Li Wei">
<script>alert("x")</script></head>
<body><nav>Menu</nav><article><h1>Port traffic doubles</h1>
<p>Container traffic at the port doubled to 2 million units in 2022, the authority said.</p>
<p onclick="steal()">Dock workers said the new cranes were busy around the clock.</p>
</article></body></html>"""
HITS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        HITS.append(self.path)
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404)
            return
        route(self)

    def log_message(self, *args):
        pass

    def reply(self, body: bytes, content_type="text/html; charset=utf-8"):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def drip(handler):
    """A status line at once, then a header every 0.2 s for 2 s: each read is quick."""
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
    for n in range(10):
        handler.wfile.write(f"X-Drip-{n}: x\r\n".encode())
        handler.wfile.flush()
        time.sleep(0.2)
    handler.close_connection = True


def slow(handler):
    time.sleep(1.5)
    handler.reply(PAGE.encode())


ROUTES = {
    "/article": lambda h: h.reply(PAGE.encode()),
    "/moved": lambda h: h.redirect("/article"),
    "/broken": lambda h: h.send_error(500),
    "/loop-a": lambda h: h.redirect("/loop-b"),
    "/loop-b": lambda h: h.redirect("/loop-a"),
    "/report.pdf": lambda h: h.reply(make_pdf(), content_type="application/pdf"),
    "/slow": slow,
    "/drip": drip,
}


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as url:
        yield url


@pytest.fixture
def local_fetch(settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    settings.INGEST_FETCH_TIMEOUT = 2


def test_fetching_an_address_imports_its_article(editor_client, editor, server, local_fetch):
    response = fetch(editor_client, {"url": f"{server}/moved"})
    article = Article.objects.get()
    assert response.url == reverse("claims:article_review", args=[article.pk])
    assert (article.title, article.byline) == ("Port traffic doubles", "Li Wei")
    assert article.url == f"{server}/article" and article.source_name == f"{server}/article"
    assert "doubled to 2 million units" in article.text
    for markup in ("alert", "steal", "Menu", "<"):
        assert markup not in article.text
    assert article.created_by == editor and article.extraction_state == Article.State.QUEUED
    assert article.extraction_queued_at is not None


def test_a_title_given_with_the_address_replaces_the_pages(editor_client, server, local_fetch):
    fetch(editor_client, {"url": f"{server}/article", "title": "  Port  boom "})
    assert Article.objects.get().title == "Port boom"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/nowhere", "The page answered 404 Not Found."),
        ("/broken", "The page answered 500 Internal Server Error."),
        ("/loop-a", "The page redirects in a loop."),
        ("/report.pdf", "does not lead to a web page (it is application/pdf)"),
    ],
)
def test_fetch_failures_end_the_job_with_the_reason_and_a_way_to_try_again(
    editor_client, server, local_fetch, path, message
):
    response = fetch(editor_client, {"url": f"{server}{path}"})
    assert response.status_code == 200
    failure = re.search(
        r'<p class="error" role="alert">Fetch failed: (.*?)</p>', response.content.decode()
    )
    assert failure and message in failure.group(1)
    assert f'name="url" value="{server}{path}"' in response.content.decode()
    assert not Article.objects.exists()


def test_fetch_request_answers_without_contacting_the_slow_page_which_ends_the_job_timed_out(
    editor_client, server, local_fetch, settings
):
    settings.INGEST_FETCH_TIMEOUT = 0.5
    for path in ("/slow", "/drip"):
        HITS.clear()
        response = editor_client.post(fetch_url(), {"url": f"{server}{path}"})
        # The page answers in 1.5 s, or drips its headers for 2 s: the request does not
        # wait for it, since it never calls the server; the worker does.
        assert response.status_code == 302 and HITS == []
        page = finished(editor_client, response).content.decode()
        assert [path] == HITS
        assert "Fetch failed: The page took longer than 0.5 seconds to answer." in page
    assert not Article.objects.exists()


def test_a_private_address_is_refused_on_the_form_before_any_job(editor_client, server, settings):
    # Written as an address (any form the resolver reads without a lookup), it is
    # vetted at once; nothing is queued and the editor stays on the form.
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    HITS.clear()
    port = server.rsplit(":", 1)[1]
    for url in (f"{server}/article", f"http://2130706433:{port}/article"):
        response = editor_client.post(fetch_url(), {"url": url})
        assert response.status_code == 422
        field = at_field(response.content.decode(), "url")
        assert re.findall(r'<p class="error">(.*?)</p>', field) == [
            "Refused: the address resolves to a private network (127.0.0.1)."
        ]
    assert HITS == [] and not Article.objects.exists() and not ImportJob.objects.exists()


def test_a_name_for_a_private_address_is_refused_by_the_fetch_job(editor_client, server, settings):
    # A name needs the resolver, which may be slow: it is looked up in the job.
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    HITS.clear()
    port = server.rsplit(":", 1)[1]
    page = fetch(editor_client, {"url": f"http://localhost:{port}/article"}).content.decode()
    assert "Fetch failed: Refused: the address resolves to a private network" in page
    assert HITS == [] and not Article.objects.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "Enter the article&#x27;s address."),
        (
            "ftp://files.example.org/a.html",
            "&#x27;ftp://files.example.org/a.html&#x27; is not a web address; "
            "it must start with http:// or https://.",
        ),
        (
            "file:///etc/hosts",
            "&#x27;file:///etc/hosts&#x27; is not a web address; "
            "it must start with http:// or https://.",
        ),
    ],
)
def test_a_missing_non_web_or_private_address_is_refused_once_with_its_reason(
    editor_client, settings, url, message
):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    response = editor_client.post(fetch_url(), {"url": url})
    assert response.status_code == 422
    field = at_field(response.content.decode(), "url")
    assert re.findall(r'<p class="error">(.*?)</p>', field) == [message]


def test_fetching_a_stored_address_goes_to_the_stored_copy_without_fetching(
    editor_client, server, local_fetch
):
    text = "Port traffic doubled."
    stored = Article.objects.create(
        title="Port traffic",
        text=text,
        content_hash=content_hash(text),
        url=f"{server}/article",
        canonical_url=canonical_url(f"{server}/article"),
    )
    HITS.clear()
    response = editor_client.post(fetch_url(), {"url": f"{server}/article/?utm_source=x"})
    assert response.url == reverse("claims:article_review", args=[stored.pk])
    assert HITS == [] and Article.objects.count() == 1
    page = editor_client.get(response.url).content.decode()
    assert "already in the workbench (same URL)" in page


def test_fetching_a_page_whose_final_address_is_stored_goes_to_the_stored_copy(
    editor_client, server, local_fetch
):
    fetch(editor_client, {"url": f"{server}/article"})
    stored = Article.objects.get()
    response = fetch(editor_client, {"url": f"{server}/moved"})
    assert response.url == reverse("claims:article_review", args=[stored.pk])
    assert "already in the workbench" in editor_client.get(response.url).content.decode()
    assert Article.objects.count() == 1


def test_jsonl_upload_rejects_lines_with_nul_or_control_characters_and_goes_on(editor_client):
    lines = [
        json.dumps({"title": "Quake", "text": "A quake killed 3 people."}),
        json.dumps({"title": "Broken", "text": "x", "url": "https://news.example/a\u0000b"}),
        json.dumps({"title": "Storm", "text": "A storm hit 9 towns.", "outlet": "Wire\u001b"}),
        '{"title": "Raw", "text": "A raw \x00 byte."}',
        json.dumps({"title": "Fire", "text": "Fire destroyed 12 homes.\tTabs\r\nstay."}),
    ]
    response = upload(editor_client, ("wire.jsonl", "\n".join(lines).encode()))
    assert response.status_code == 200
    rows = results(response.content.decode())
    assert len(rows) == 5
    assert "Line 2: The address holds a NUL character (U+0000)" in rows[1][2]
    assert "Line 3: The outlet holds a control character (U+001B)" in rows[2][2]
    assert "Line 4: this line holds a NUL byte (U+0000)" in rows[3][2]
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Fire", "Quake"]


def test_pasted_text_with_a_nul_character_is_refused_at_the_field(editor_client):
    response = editor_client.post(
        reverse("claims:article_add"),
        {"title": "Quake", "text": "A quake killed 3 people.", "byline": "Li\u0001 Wei"},
    )
    assert response.status_code == 422
    assert "The byline holds a control character (U+0001)" in response.content.decode()
    assert not Article.objects.exists()


def test_a_chunked_upload_without_a_length_is_refused_with_a_clear_message(editor_client):
    body = (
        b"--b\r\nContent-Disposition: form-data; name=files; filename=a.txt\r\n\r\nx\r\n--b--\r\n"
    )
    response = editor_client.generic(
        "POST",
        upload_url(),
        body,
        content_type="multipart/form-data; boundary=b",
        HTTP_TRANSFER_ENCODING="chunked",
        CONTENT_LENGTH="",
    )
    assert response.status_code == 411
    page = response.content.decode()
    assert "sent in chunks without saying its length" in page
    assert "nothing was imported" in page
    assert not Article.objects.exists()


def test_a_pdf_that_needs_too_much_memory_is_rejected_with_the_reason(editor_client, settings):
    from tests.sources.test_ingest_isolated import compressed_zeros, pdf_with_pages

    settings.INGEST_READ_MEMORY_MB = 256
    bomb = pdf_with_pages(compressed_zeros(400 * 1024 * 1024))
    response = upload(editor_client, ("bomb.pdf", bomb), ("b.txt", b"Two people were hurt."))
    assert response.status_code == 200
    rows = results(response.content.decode())
    assert "This PDF needs more than 256 MB of memory to read" in rows[0][2]
    assert Article.objects.count() == 1
