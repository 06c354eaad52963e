import datetime
import socket
import ssl
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler

import pytest

from sources.ingest.errors import IngestError
from sources.ingest.fetch import fetch_url, parse_page
from tests.http_server import Server, serving

ARTICLE = """<html><head><title>Port traffic doubles</title>
<meta name="author" content="Li Wei">
<meta property="article:published_time" content="2023-05-23">
<script>alert("x")</script></head>
<body><nav>Menu</nav><article><h1>Port traffic doubles</h1>
<p>Container traffic at the port doubled to 2 million units in 2022, the authority said.</p>
<p>Host was {host}.</p></article></body></html>"""
PUBLIC_IP = "93.184.216.34"  # stands in for a public server; connections go to the test one


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404)
            return
        route(self)

    def log_message(self, *args):
        pass

    def reply(self, body: bytes, content_type="text/html; charset=utf-8", length=True):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status=302):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def slow(handler):
    time.sleep(1.5)
    handler.reply(b"<p>late</p>")


def drip(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(10):
        handler.wfile.write(b"<p>slowly</p>")
        handler.wfile.flush()
        time.sleep(0.2)


def drip_status_line(handler):
    # One byte at a time, well within any per-read timeout, never done within the deadline.
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>late</p>":
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.1)


def drip_headers(handler):
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    for number in range(40):
        handler.wfile.write(f"X-Filler-{number}: x\r\n".encode())
        handler.wfile.flush()
        time.sleep(0.1)
    handler.wfile.write(b"Content-Type: text/html\r\n\r\n<p>late</p>")


ROUTES = {
    "/article": lambda h: h.reply(ARTICLE.format(host=h.headers["Host"]).encode()),
    "/latin": lambda h: h.reply(
        ARTICLE.replace("the authority", "the “café” authority").encode("cp1252"),
        content_type="text/html; charset=windows-1252",
    ),
    "/moved": lambda h: h.redirect("/article", status=301),
    "/broken": lambda h: h.send_error(500),
    "/loop-a": lambda h: h.redirect("/loop-b"),
    "/loop-b": lambda h: h.redirect("/loop-a"),
    "/chain-1": lambda h: h.redirect("/chain-2"),
    "/chain-2": lambda h: h.redirect("/chain-3"),
    "/chain-3": lambda h: h.redirect("/article"),
    "/slow": slow,
    "/drip": drip,
    "/drip-status-line": drip_status_line,
    "/drip-headers": drip_headers,
    "/pdf": lambda h: h.reply(b"%PDF-1.7", content_type="application/pdf"),
    "/big": lambda h: h.reply(b"<p>" + b"x" * 200_000 + b"</p>"),
    "/big-unannounced": lambda h: h.reply(b"<p>" + b"x" * 200_000 + b"</p>", length=False),
    "/to-loopback": lambda h: h.redirect(f"http://127.0.0.1:{h.server.server_port}/article"),
    "/to-metadata": lambda h: h.redirect("http://169.254.169.254/latest/meta-data/"),
    "/caf%C3%A9%20menu?q=a%20b": lambda h: h.reply(ARTICLE.format(host="").encode()),
    "/to-ftp": lambda h: h.redirect("ftp://files.example/a.txt"),
}


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as url:
        yield url


@pytest.fixture
def public_dns(server, monkeypatch):
    """Make *.example names resolve to a public address routed to the test server.

    Returns the list of addresses connections were opened to.
    """
    port = int(server.rsplit(":", 1)[1])
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
    connected: list[str] = []

    def getaddrinfo(host, *args, **kwargs):
        if str(host).endswith(".example"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, 80))]
        return real_getaddrinfo(host, *args, **kwargs)

    def create_connection(address, *args, **kwargs):
        connected.append(address[0])
        if address[0] == PUBLIC_IP:
            address = ("127.0.0.1", port)
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return connected


def fetch_local(url: str, **kwargs):
    return fetch_url(url, allow_private=True, timeout=kwargs.pop("timeout", 2), **kwargs)


# --- the happy path -----------------------------------------------------------------


def test_fetches_and_parses_an_article(server):
    page = fetch_local(f"{server}/article")
    assert page.status == 200
    assert page.content_type.startswith("text/html")
    document = parse_page(page, max_text_bytes=10_000)
    assert "doubled to 2 million units in 2022" in document.text
    assert "alert" not in document.text and "Menu" not in document.text
    assert document.title == "Port traffic doubles"
    assert document.byline == "Li Wei"
    assert document.published == date(2023, 5, 23)
    assert document.url == f"{server}/article"
    assert document.outlet_domain == "127.0.0.1"


def test_follows_redirects_and_reports_the_final_address(server):
    assert fetch_local(f"{server}/moved").url == f"{server}/article"
    assert fetch_local(f"{server}/chain-1").url == f"{server}/article"


def test_decodes_with_the_charset_header(server):
    page = fetch_local(f"{server}/latin")
    assert page.encoding == "cp1252"
    assert "the “café” authority" in parse_page(page, max_text_bytes=10_000).text


def test_parse_page_enforces_the_text_limit(server):
    with pytest.raises(IngestError, match="the limit is 20 bytes"):
        parse_page(fetch_local(f"{server}/article"), max_text_bytes=20)


# --- answers that are not an article ------------------------------------------------


def test_404_is_reported_with_its_status(server):
    with pytest.raises(IngestError, match=r"^The page answered 404 Not Found\.$"):
        fetch_local(f"{server}/nowhere")


def test_500_is_reported_with_its_status(server):
    with pytest.raises(IngestError, match=r"^The page answered 500 Internal Server Error\.$"):
        fetch_local(f"{server}/broken")


def test_redirect_loop_is_refused(server):
    with pytest.raises(IngestError, match="redirects in a loop"):
        fetch_local(f"{server}/loop-a")


def test_too_many_redirects_are_refused(server):
    with pytest.raises(IngestError, match="redirected more than 2 times"):
        fetch_local(f"{server}/chain-1", max_redirects=2)


def test_slow_answer_times_out(server):
    started = time.monotonic()
    with pytest.raises(IngestError, match="took longer than 0.5 seconds"):
        fetch_local(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 1.2


def test_trickling_body_is_cut_off_at_the_overall_deadline(server):
    started = time.monotonic()
    with pytest.raises(IngestError, match="took longer than 0.5 seconds"):
        fetch_local(f"{server}/drip", timeout=0.5)
    assert time.monotonic() - started < 1.2


@pytest.mark.parametrize("path", ["/drip-status-line", "/drip-headers"])
def test_trickling_status_line_or_headers_are_cut_off_at_the_overall_deadline(server, path):
    started = time.monotonic()
    with pytest.raises(IngestError, match="took longer than 0.5 seconds"):
        fetch_local(f"{server}{path}", timeout=0.5)
    assert time.monotonic() - started < 1.2


def test_non_html_content_is_refused(server):
    with pytest.raises(IngestError, match=r"not lead to a web page \(it is application/pdf\)"):
        fetch_local(f"{server}/pdf")


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_oversize_body_is_refused(server, path):
    with pytest.raises(IngestError, match="larger than the 100,000-byte limit"):
        fetch_local(f"{server}{path}", max_bytes=100_000)


def test_unknown_host_is_reported(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(IngestError, match="Could not find the server 'nowhere.example'"):
        fetch_url("https://nowhere.example/")


# --- SSRF defences ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://127.0.0.1/", "127.0.0.1"),
        ("http://localhost/", "127.0.0.1"),
        ("http://[::1]/", "::1"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
        ("http://2130706433/", "127.0.0.1"),
        ("http://0177.0.0.1/", "127.0.0.1"),
        ("http://0x7f.0.0.1/", "127.0.0.1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://10.0.0.5/", "10.0.0.5"),
        ("http://192.168.1.1/", "192.168.1.1"),
        ("http://100.64.0.1/", "100.64.0.1"),
        ("http://0.0.0.0/", "0.0.0.0"),  # noqa: S104 - an address under test, not a bind
        ("http://224.0.0.1/", "224.0.0.1"),
        ("http://[fe80::1]/", "fe80::1"),
        ("http://[fc00::1]/", "fc00::1"),
        ("http://[2002:7f00:1::]/", "2002:7f00:1::"),
    ],
)
def test_internal_addresses_are_refused(url, address):
    with pytest.raises(IngestError) as caught:
        fetch_url(url)
    assert str(caught.value) == f"Refused: the address resolves to a private network ({address})."


def test_refused_when_any_resolved_address_is_private(monkeypatch):
    def mixed(host, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, 80)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 80)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", mixed)
    with pytest.raises(IngestError, match=r"private network \(10.0.0.5\)"):
        fetch_url("http://intranet.example/")


@pytest.mark.parametrize(
    ("path", "address"),
    [("/to-loopback", "127.0.0.1"), ("/to-metadata", "169.254.169.254")],
)
def test_redirect_to_an_internal_address_is_refused(public_dns, path, address):
    with pytest.raises(IngestError, match=rf"private network \({address}\)"):
        fetch_url(f"http://news.example{path}", timeout=2)
    assert public_dns == [PUBLIC_IP]  # the internal address was never contacted


def test_public_host_is_fetched_with_its_name_in_the_host_header(public_dns):
    page = fetch_url("http://news.example/article", timeout=2)
    assert b"Host was news.example." in page.body
    assert public_dns == [PUBLIC_IP]


def test_connection_goes_to_the_vetted_address_not_a_fresh_lookup(public_dns, monkeypatch):
    """DNS rebinding: a second lookup would answer 127.0.0.1, but none is made."""
    resolve = socket.getaddrinfo
    lookups = []

    def rebinding(host, *args, **kwargs):
        if host == "rebind.example":
            lookups.append(host)
            if len(lookups) > 1:
                return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80))]
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = fetch_url("http://rebind.example/article", timeout=2)
    assert page.status == 200
    assert lookups == ["rebind.example"]
    assert public_dns == [PUBLIC_IP]


def test_allow_private_lets_a_local_server_through(server):
    assert fetch_url(f"{server}/article", allow_private=True, timeout=2).status == 200


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://files.example/a.txt", "not ftp:// addresses"),
        ("file:///etc/passwd", "not file:// addresses"),
        ("gopher://x.example/", "not gopher:// addresses"),
        ("news.example/article", "without http:// or https://"),
        ("http://user:secret@news.example/", "user name or password"),
        ("http:///nohost", "has no host name"),
        ("http://news.example:99999/", "invalid port"),
        ("http://news.example/a\x00b", r"holds a NUL character \(U\+0000\)"),
        ("http://news\x07.example/", r"holds a control character \(U\+0007\)"),
    ],
)
def test_unsafe_or_malformed_addresses_are_refused(url, message):
    with pytest.raises(IngestError, match=message):
        fetch_url(url)


def test_redirect_to_another_scheme_is_refused(public_dns):
    with pytest.raises(IngestError, match="not ftp:// addresses"):
        fetch_url("http://news.example/to-ftp", timeout=2)


def test_spaces_and_accents_in_the_path_are_percent_encoded(public_dns):
    assert fetch_url("http://news.example/café menu?q=a b", timeout=2).status == 200


# --- TLS with a pinned address --------------------------------------------------------


def make_certificate(tmp_path, hostname: str) -> tuple[str, str]:
    """A self-signed certificate for `hostname`; returns (cert file, key file)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(cert_file), str(key_file)


@pytest.fixture
def tls_server(tmp_path, monkeypatch):
    """An HTTPS test server whose certificate names secure.example, trusted by the client."""
    cert_file, key_file = make_certificate(tmp_path, "secure.example")
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert_file, key_file)
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.socket = server_context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    trusting = ssl.create_default_context(cafile=cert_file)
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: trusting)
    real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, *a, **k: (
            [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, 443))]
            if host.endswith(".example")
            else real_getaddrinfo(host, *a, **k)
        ),
    )
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda address, *a, **k: real_connect(("127.0.0.1", httpd.server_port), *a, **k),
    )
    yield
    httpd.shutdown()
    httpd.server_close()


def test_https_to_a_pinned_address_verifies_the_certificate_for_the_host_name(tls_server):
    page = fetch_url("https://secure.example/article", timeout=2)
    assert b"Host was secure.example." in page.body


def test_https_certificate_for_another_name_is_refused(tls_server):
    with pytest.raises(IngestError, match="secure connection to other.example failed"):
        fetch_url("https://other.example/article", timeout=2)
