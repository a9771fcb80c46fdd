"""A loopback HTTP server for directory trees of static sites: the bundled demo and test fixtures.

``with SiteServer(root) as server:`` serves ``root`` on ``server.base_url`` (127.0.0.1, a free
port) from a background thread until the block ends. Several sites live side by side as folders
of ``root`` and are reached by path prefix (``/toyota/...``, ``/catl/...``).

What it does, and why:

- ``TCP_NODELAY`` on every accepted socket, and each response written in one send: otherwise a
  client that waits for one page before asking for the next stalls about 40 ms per page
  (Nagle's algorithm meeting delayed ACKs).
- HTTP/1.1 keep-alive with a ``Content-Length`` on every response; ``HEAD`` answered without a body.
- ``Content-Type`` carries the charset the file itself declares (``<meta charset>``, the
  ``http-equiv`` form, or the ``<?xml encoding?>`` declaration), so Shift_JIS, GB18030 and EUC-KR
  pages are served as what they are, never forced to UTF-8. An HTML page that declares nothing is
  served as bare ``text/html``.
- A ``_headers.json`` beside files overrides their response headers: ``{"page.html":
  {"Content-Type": "text/html; charset=euc-kr"}}`` (the way to serve a charset only the header
  states, or a deliberately wrong one). Names starting with ``_`` or ``.`` are never served.
- ``ETag`` (a hash of the body) and ``Last-Modified`` (the file's mtime), with ``304 Not Modified``
  for a matching ``If-None-Match``, or else a satisfied ``If-Modified-Since``.
- A folder is answered by its ``index.html`` (``/site`` redirects to ``/site/``); the query string
  is ignored for files, so ``/a.html?utm_source=x`` is the same page as ``/a.html``. A
  ``robots.txt`` at the root of ``root`` is served like any file.
- Placeholders, so files need not know the port and the demo always has recent news: in any
  served file ``{{base_url}}`` becomes ``http://127.0.0.1:PORT`` (feeds and sitemaps need
  absolute links), and ``{{days_ago:N}}`` the date N days before today, ``2026-11-22``; a format
  may follow a bar: ``|iso`` ``2026-11-22T09:30:00+00:00``, ``|rfc822`` ``Sun, 22 Nov 2026
  09:30:00 +0000``, ``|long`` ``November 22, 2026``, ``|slash`` ``2026/11/22``, ``|dots``
  ``2026.11.22``, ``|dmy`` ``22.11.2026``. Every output is ASCII, so the substitution is safe
  in any ASCII-compatible encoding (Shift_JIS, GB18030, EUC-KR). A file with a date placeholder
  has a ``Last-Modified`` of at least midnight (UTC) of the serving day. ``today=`` pins the day.
- ``routes={"/path": callable}`` adds dynamic endpoints for tests (status codes, delays,
  redirects, bombs): the callable gets the request handler, reads ``handler.query`` and answers
  with ``handler.send_body(...)`` or by writing the response itself. Output is buffered so a
  response leaves in one send; a route that drips or stalls mid-body calls ``handler.wfile.flush()``.
- ``server.requests`` records every answered request (method, path with query, status), so a
  test can tell what a crawler fetched. Logging is quiet (``logging`` at DEBUG).
"""

from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import re
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

logger = logging.getLogger(__name__)

Route = Callable[["SiteRequestHandler"], None]

HEADERS_SIDECAR = "_headers.json"
_CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".shtml": "text/html",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/json",
    ".txt": "text/plain",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".gz": "application/gzip",
}
_ALWAYS_UTF8 = ("application/json", "text/plain", "text/css", "text/javascript")
_XML_TYPES = ("application/xml", "application/rss+xml", "application/atom+xml", "image/svg+xml")
# The HTML standard's prescan looks at the first 1024 bytes; allow a little more for long heads.
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PLACEHOLDER = re.compile(rb"\{\{(?:base_url|days_ago:(\d{1,5})(?:\|([a-z0-9]+))?)\}\}")
_LIVE_TIME = time(9, 30, tzinfo=UTC)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)  # not %B: that follows the process locale


@dataclass(frozen=True)
class ServedRequest:
    method: str
    path: str
    status: int


class SiteServer:
    """Serves the directory tree ``root`` over HTTP on loopback while the ``with`` block runs."""

    def __init__(
        self,
        root: Path | str,
        host: str = "127.0.0.1",
        port: int = 0,
        routes: Mapping[str, Route] | None = None,
        today: date | None = None,
    ):
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise NotADirectoryError(f"site root {self.root} is not a directory")
        self.routes = dict(routes or {})
        self.today = today
        self.requests: list[ServedRequest] = []
        self._httpd = _LoopbackHTTPServer((host, port), SiteRequestHandler, site=self)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    def start(self) -> SiteServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name=f"SiteServer {self.base_url}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def serving_day(self) -> date:
        return self.today or datetime.now(UTC).date()


class _LoopbackHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # crawlers and benchmarks open many connections at once

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], site: SiteServer):
        self.site = site
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, tuple[str, int]]:
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address


class SiteRequestHandler(BaseHTTPRequestHandler):
    """Answers one connection: static files from the site root, or a route registered by a test."""

    protocol_version = "HTTP/1.1"
    server_version = "ssbtrack-sites/1"
    timeout = 30  # an idle keep-alive connection is closed instead of holding a thread forever
    wbufsize = 64 * 1024  # headers and a small body leave in one send (handle_one_request flushes)
    server: _LoopbackHTTPServer

    @property
    def url_path(self) -> str:
        return urlsplit(self.path).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        self._dispatch()

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch()

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/plain; charset=utf-8",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """A complete response; the body is left out for HEAD."""
        self.send_response(status)
        merged = {"Content-Type": content_type, "Content-Length": str(len(body)), **(headers or {})}
        for name, value in merged.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        status = int(code) if isinstance(code, int) else 0
        self.server.site.requests.append(ServedRequest(self.command, self.path, status))

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        logger.debug("%s %s", self.address_string(), format % args)

    def _dispatch(self) -> None:
        route = self.server.site.routes.get(self.url_path)
        if route is not None:
            route(self)
        elif self.command == "POST":
            self.close_connection = True  # its unread body would otherwise be taken for the next request
            self.send_body(405, b"method not allowed\n", headers={"Allow": "GET, HEAD", "Connection": "close"})
        else:
            self._serve_file()

    def _serve_file(self) -> None:
        site = self.server.site
        found = resolve_file(site.root, self.url_path)
        if isinstance(found, str):
            self.send_body(301, b"", headers={"Location": found})
            return
        if found is None:
            self.send_body(
                404, b"<!doctype html><title>Not found</title><h1>Not found</h1>\n", "text/html; charset=utf-8"
            )
            return
        body = found.read_bytes()
        modified = datetime.fromtimestamp(int(found.stat().st_mtime), UTC)
        try:
            if b"{{" in body and _PLACEHOLDER.search(body):
                if b"{{days_ago:" in body:
                    modified = max(modified, datetime.combine(site.serving_day(), time(0), tzinfo=UTC))
                body = render_placeholders(body, site.serving_day(), site.base_url)
            headers = {
                "Content-Type": content_type(found, body),
                "ETag": '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"',
                "Last-Modified": format_datetime(modified, usegmt=True),
                **sidecar_headers(found),
            }
        except ValueError as exc:  # a broken fixture: say which and why instead of dropping the connection
            self.send_body(500, f"{exc}\n".encode())
            return
        if self._not_modified(headers["ETag"], modified):
            self.send_response(304)  # no body and no Content-Length: a 304 never has one
            for name in ("ETag", "Last-Modified"):
                self.send_header(name, headers[name])
            self.end_headers()
            return
        self.send_body(200, body, headers["Content-Type"], headers)

    def _not_modified(self, etag: str, modified: datetime) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:  # it wins over If-Modified-Since (RFC 9110, 13.2.2)
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        return since.tzinfo is not None and modified <= since


def resolve_file(root: Path, url_path: str) -> Path | str | None:
    """The file a URL path names under ``root``; a redirect target (str) for a folder without its
    slash; None when there is nothing servable (missing, hidden, or outside the root)."""
    parts = [part for part in unquote(url_path).split("/") if part]
    if any(part in ("..", ".") or part.startswith((".", "_")) or "\\" in part or "\0" in part for part in parts):
        return None
    target = root.joinpath(*parts)
    if target.is_dir():
        if not url_path.endswith("/"):
            return url_path + "/"
        target = target / "index.html"
    if not target.is_file() or not target.resolve().is_relative_to(root):
        return None
    return target


def content_type(path: Path, body: bytes) -> str:
    """The media type by file suffix, with the charset the file itself declares."""
    media_type = _CONTENT_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    media_type = media_type or "application/octet-stream"
    if media_type == "text/html":
        declared = _META_CHARSET.search(body[:2048])
    elif media_type in _XML_TYPES:
        declared = _XML_ENCODING.search(body[:200])
    elif media_type in _ALWAYS_UTF8:
        return f"{media_type}; charset=utf-8"
    else:
        declared = None
    return f"{media_type}; charset={declared.group(1).decode('ascii').lower()}" if declared else media_type


def sidecar_headers(path: Path) -> dict[str, str]:
    """Headers a ``_headers.json`` beside the file sets for it (an error there is the fixture's bug)."""
    sidecar = path.parent / HEADERS_SIDECAR
    if not sidecar.is_file():
        return {}
    try:
        table = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{sidecar}: not a JSON object of file name -> headers: {exc}") from exc
    return {str(name): str(value) for name, value in table.get(path.name, {}).items()}


def render_placeholders(body: bytes, today: date, base_url: str) -> bytes:
    """Replace ``{{base_url}}`` and ``{{days_ago:N|format}}`` (the date N days before ``today``)."""

    def replace(match: re.Match[bytes]) -> bytes:
        if match.group(1) is None:
            return base_url.encode("ascii")
        day = datetime.combine(today - timedelta(days=int(match.group(1))), _LIVE_TIME)
        style = (match.group(2) or b"date").decode("ascii")
        if style not in _LIVE_FORMATS:
            raise ValueError(f"unknown date format {style!r} in placeholder {match.group(0).decode()!r}")
        return _LIVE_FORMATS[style](day).encode("ascii")

    return _PLACEHOLDER.sub(replace, body)


_LIVE_FORMATS: dict[str, Callable[[datetime], str]] = {
    "date": lambda day: day.date().isoformat(),
    "iso": lambda day: day.isoformat(),
    "rfc822": lambda day: format_datetime(day),
    "long": lambda day: f"{_MONTHS[day.month - 1]} {day.day}, {day.year}",
    "slash": lambda day: f"{day:%Y/%m/%d}",
    "dots": lambda day: f"{day:%Y.%m.%d}",
    "dmy": lambda day: f"{day:%d.%m.%Y}",
}
