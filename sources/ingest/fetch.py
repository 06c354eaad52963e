"""Fetching article pages without letting the server reach inside our network (SSRF).

Each hop of a fetch resolves the host once, refuses the hop if any resolved address
is internal, then connects to a vetted address itself: the name is never resolved
again, so a DNS answer that changes between check and connect (rebinding) cannot
redirect the request. The URL's host name still goes out as the Host header and as
TLS SNI, and the certificate is verified against it.

Built on the standard library's http.client rather than requests/urllib3: pinning
needs control over how the socket is opened, which http.client gives with one
overridden method, while those libraries would need their connection pools
subclassed to the same end, and they would pick up proxy settings from the
environment that would bypass the address check.
"""

import contextlib
import http.client
import io
import ipaddress
import re
import select
import socket
import ssl
import time
from dataclasses import dataclass, replace
from http import HTTPStatus
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from sources.ingest.decoding import decode_bytes, html_charset
from sources.ingest.documents import ParsedDocument, finish_document
from sources.ingest.errors import IngestError
from sources.ingest.text import clip, refuse_control_characters
from sources.ingest.webpage import read_html

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MAX_URL_LENGTH = 2048
_CHUNK = 64 * 1024
_HEADERS = {
    "User-Agent": "Claimdesk/0.1 (newsroom claim verification)",
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    # Compressed bodies could expand far past max_bytes once inflated.
    "Accept-Encoding": "identity",
    "Connection": "close",
}
_CHARSET = re.compile(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")


@dataclass(frozen=True, kw_only=True)
class FetchedPage:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    encoding: str


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 10,
    max_bytes: int = 5_000_000,
    max_redirects: int = 5,
) -> FetchedPage:
    """GET an HTML page, following redirects, or raise `IngestError` saying why not.

    `timeout` bounds the whole fetch, redirects included (name lookups aside, which
    the system resolver times out on its own). `allow_private` lifts the address
    check, for development and tests against a local server only.
    """
    deadline = time.monotonic() + timeout
    seen: set[str] = set()
    for _hop in range(max_redirects + 1):
        seen.add(url)
        parts = _checked_url(url)
        addresses = _vetted_addresses(parts, allow_private=allow_private)
        status, reason, headers, body = _get(
            parts, addresses, deadline=deadline, timeout=timeout, max_bytes=max_bytes
        )
        if status in _REDIRECTS and headers.get("location"):
            url = urljoin(url, headers["location"].strip())
            if url in seen:
                raise IngestError("The page redirects in a loop.")
            continue
        if status >= 300:
            raise IngestError(f"The page answered {status} {_phrase(status, reason)}.")
        content_type = headers.get("content-type", "")
        media_type = content_type.split(";")[0].strip().lower()
        if media_type not in _HTML_TYPES:
            shown = media_type or "of no stated type"
            raise IngestError(
                f"The address does not lead to a web page (it is {shown}); "
                "download the file and upload it instead."
            )
        return FetchedPage(
            url=url,
            status=status,
            content_type=content_type,
            body=body,
            encoding=_encoding(content_type, body),
        )
    raise IngestError(f"The page redirected more than {max_redirects} times.")


def parse_page(page: FetchedPage, *, max_text_bytes: int) -> ParsedDocument:
    """The article in a fetched page: main text without boilerplate, plus metadata."""
    html = decode_bytes(page.body, declared=page.encoding).text
    document = read_html(html, url=page.url)
    return finish_document(replace(document, source_name=page.url), max_text_bytes=max_text_bytes)


def _checked_url(url: str) -> SplitResult:
    if len(url) > _MAX_URL_LENGTH:
        raise IngestError(f"The address is longer than {_MAX_URL_LENGTH} characters.")
    # Before anything is looked up or sent: a NUL or other control character would
    # reach the resolver, or be stored with the article.
    refuse_control_characters(url.strip(), field="url")
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:// addresses" if scheme else "addresses without http:// or https://"
        raise IngestError(f"Only web pages can be fetched, not {shown}.")
    if parts.username is not None or parts.password is not None:
        raise IngestError("Addresses with a user name or password are refused.")
    if not parts.hostname:
        raise IngestError(f"'{clip(url)}' has no host name.")
    try:
        _ascii_host(parts)
    except UnicodeError:
        raise IngestError(f"'{clip(url)}' has an invalid host name.") from None
    try:
        parts.port  # noqa: B018 - the property raises ValueError for a bad port
    except ValueError:
        raise IngestError(f"'{clip(url)}' has an invalid port number.") from None
    return parts


def check_address(url: str, *, allow_private: bool = False) -> None:
    """Raise `IngestError` for what is wrong with an address before any lookup: its
    form, and a host written as an internal IP address (in any form the resolver reads
    without asking the network, "2130706433" included). A host name is looked up and
    vetted by the fetch itself, which may wait on the resolver: never in a request."""
    parts = _checked_url(url)
    with contextlib.suppress(socket.gaierror):  # a name, not an address
        _vetted_addresses(parts, allow_private=allow_private, numeric_only=True)


def _vetted_addresses(
    parts: SplitResult, *, allow_private: bool, numeric_only: bool = False
) -> list[str]:
    """Resolve the host once; refuse the hop if any of its addresses is internal.

    Every address is checked, not only the one used: a name that answers with one
    public and one private address is refused outright. With `numeric_only`, a host
    that is not an address raises `socket.gaierror` instead of being looked up.
    """
    host = _ascii_host(parts)
    try:
        infos = socket.getaddrinfo(
            host,
            _port(parts),
            type=socket.SOCK_STREAM,
            flags=socket.AI_NUMERICHOST if numeric_only else 0,
        )
    except socket.gaierror:
        if numeric_only:
            raise
        raise IngestError(f"Could not find the server '{clip(host)}'.") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])  # drop an IPv6 zone id
        if not allow_private and _is_internal(ip):
            raise IngestError(f"Refused: the address resolves to a private network ({address}).")
    return addresses


def _is_internal(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, private, link-local (cloud metadata), multicast, reserved and the like."""
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv6 forms that carry an IPv4 address are judged by that address.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return _is_internal(embedded)
    return (
        not ip.is_global
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or ip in _SHARED_ADDRESS_SPACE
    )


class _DeadlineReader(io.RawIOBase):
    """Reads a socket with each wait bounded by what is left of the fetch's deadline.

    http.client reads the status line, headers and body through the file its
    response makes of the socket; with a fixed per-read timeout a server sending a
    byte a second would never trip it. Here every read gets only the time left.
    """

    def __init__(self, owner: "_DeadlineSocket") -> None:
        super().__init__()
        self._owner = owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        sock = self._owner.sock
        sock.settimeout(self._owner.deadline.remaining())
        return sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._owner.reader_closed()
        super().close()


class _DeadlineSocket:
    """A connected socket whose every send and read is bounded by one deadline.

    Like a plain socket, it stays open while a file made from it is: http.client
    closes the connection once a response that ends the connection has its file.
    """

    def __init__(self, sock: socket.socket, deadline: "_Deadline") -> None:
        self.sock = sock
        self.deadline = deadline
        self._readers = 0
        self._closed = False

    def makefile(self, mode: str = "r", *args, **kwargs) -> io.BufferedReader:
        if mode != "rb":
            raise ValueError(f"unsupported mode {mode!r}")
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def sendall(self, data) -> None:
        self.sock.settimeout(self.deadline.remaining())
        self.sock.sendall(data)

    def close(self) -> None:
        self._closed = True
        if self._readers <= 0:
            self.sock.close()

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closed and self._readers <= 0:
            self.sock.close()

    def __getattr__(self, name: str):
        return getattr(self.sock, name)


@dataclass(frozen=True)
class _Deadline:
    at: float
    timeout: float

    def remaining(self) -> float:
        """Seconds left, or the fetch's timeout error once none are."""
        return _remaining(self.at, self.timeout)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Sends `host` in the Host header but connects to an address checked beforehand."""

    def __init__(self, host: str, port: int, *, address: str, deadline: _Deadline) -> None:
        super().__init__(host, port, timeout=deadline.timeout)
        self.pinned_address = address
        self.deadline = deadline

    def connect(self) -> None:
        sock = socket.create_connection((self.pinned_address, self.port), self.deadline.remaining())
        self.sock = _DeadlineSocket(sock, self.deadline)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS: SNI and certificate checks use the host name, not the address."""

    def __init__(self, host: str, port: int, *, address: str, deadline: _Deadline) -> None:
        super().__init__(host, port, timeout=deadline.timeout, context=ssl.create_default_context())
        self.pinned_address = address
        self.deadline = deadline

    def connect(self) -> None:
        sock = socket.create_connection((self.pinned_address, self.port), self.deadline.remaining())
        tls = self._context.wrap_socket(
            sock, server_hostname=self.host, do_handshake_on_connect=False
        )
        try:
            _handshake(tls, self.deadline)
        except BaseException:
            tls.close()
            raise
        self.sock = _DeadlineSocket(tls, self.deadline)


def _handshake(tls: ssl.SSLSocket, deadline: _Deadline) -> None:
    """The TLS handshake, its every wait bounded by the deadline (a blocking handshake
    would give each of its reads the full timeout)."""
    tls.setblocking(False)
    while True:
        try:
            tls.do_handshake()
        except ssl.SSLWantReadError:
            ready = select.select([tls], [], [], deadline.remaining())[0]
        except ssl.SSLWantWriteError:
            ready = select.select([], [tls], [], deadline.remaining())[1]
        else:
            return
        if not ready:
            raise TimeoutError


def _get(
    parts: SplitResult,
    addresses: list[str],
    *,
    deadline: float,
    timeout: float,
    max_bytes: int,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, str, dict[str, str], bytes]:
    """One request (a GET unless told otherwise) to the pinned addresses; the answer's
    body only for a 2xx answer and up to `max_bytes` (redirects and errors need none)."""
    https = parts.scheme.lower() == "https"
    connection_type = _PinnedHTTPSConnection if https else _PinnedHTTPConnection
    host = _ascii_host(parts)
    last_error: OSError | None = None
    # One deadline for connecting, the TLS handshake, the request, the status line,
    # the headers and the body: each wait on the socket gets only the time left.
    bound = _Deadline(deadline, timeout)
    for address in addresses:
        connection = connection_type(host, _port(parts), address=address, deadline=bound)
        try:
            connection.request(
                method, _request_target(parts), body=body, headers={**_HEADERS, **(headers or {})}
            )
            with contextlib.closing(connection.getresponse()) as response:
                answer = {name.lower(): value for name, value in response.getheaders()}
                content = b""
                if 200 <= response.status < 300 and max_bytes:
                    content = _read_body(response, max_bytes=max_bytes)
                return response.status, response.reason, answer, content
        except TimeoutError:
            raise _timed_out(timeout) from None
        except ssl.SSLError as error:
            raise IngestError(f"The secure connection to {host} failed ({error.reason}).") from None
        except http.client.HTTPException:
            raise IngestError(f"The server at {host} did not answer in valid HTTP.") from None
        except OSError as error:
            last_error = error  # try the host's next address, as browsers do
        finally:
            connection.close()
    raise IngestError(f"Could not connect to {host} ({last_error}).")


def _read_body(response: http.client.HTTPResponse, *, max_bytes: int) -> bytes:
    too_big = IngestError(f"The page is larger than the {max_bytes:,}-byte limit.")
    if response.length is not None and response.length > max_bytes:
        raise too_big
    if response.headers.get("content-encoding", "identity").lower() != "identity":
        raise IngestError("The server sent a compressed page although asked not to.")
    chunks: list[bytes] = []
    size = 0
    while True:
        # Each read waits only for what is left of the deadline (see _DeadlineReader).
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise too_big
        chunks.append(chunk)


def _request_target(parts: SplitResult) -> str:
    # Browsers percent-encode spaces and non-ASCII characters in what they send;
    # http.client refuses them outright. Existing %XX escapes are kept as they are.
    path = quote(parts.path or "/", safe="/%;:@&=+$,!~*'()")
    query = quote(parts.query, safe="/%;:@&=+$,!~*'()?")
    return f"{path}?{query}" if query else path


def _ascii_host(parts: SplitResult) -> str:
    # Checked in _checked_url, so the IDNA encoding cannot fail here.
    return (parts.hostname or "").encode("idna").decode("ascii")


def _remaining(deadline: float, timeout: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timed_out(timeout)
    return min(remaining, timeout)


def _timed_out(timeout: float) -> IngestError:
    return IngestError(f"The page took longer than {timeout:g} seconds to answer.")


def _phrase(status: int, reason: str) -> str:
    if reason:
        return reason
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "(an unknown status)"


def _port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme.lower() == "https" else 80)


def _encoding(content_type: str, body: bytes) -> str:
    """The charset from the Content-Type header, else a <meta> tag, else detection."""
    match = _CHARSET.search(content_type)
    declared = match.group(1) if match else html_charset(body)
    return decode_bytes(body, declared=declared).encoding


# Posting to a receiver the desk configured (a webhook), behind the same guard.


def post_bytes(
    url: str,
    *,
    body: bytes,
    headers: dict[str, str],
    allow_private: bool = False,
    timeout: float = 10,
) -> int:
    """POST `body` to `url` and return the answer's status, or raise `IngestError`.

    The address is checked and pinned as for a fetch, under the same one deadline,
    so a configured URL cannot reach inside the network or hold a worker. Redirects
    are not followed: a receiver answers where it was configured.
    """
    deadline = time.monotonic() + timeout
    parts = _checked_url(url)
    addresses = _vetted_addresses(parts, allow_private=allow_private)
    status, _, _, _ = _get(
        parts,
        addresses,
        deadline=deadline,
        timeout=timeout,
        max_bytes=0,
        method="POST",
        body=body,
        headers={"Accept": "*/*", **headers},
    )
    return status
