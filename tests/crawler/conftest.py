"""Crawler fixtures: the fixture sites on a loopback server (with failure endpoints), a hanging
socket, and a helper that crawls given sources into a test database."""

from __future__ import annotations

import dataclasses
import gzip
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest

from crawler.demo.server import SiteRequestHandler, SiteServer
from crawler.options import CrawlOptions
from crawler.run import CrawlReport, run_crawl
from db.engine import Database, open_database
from db.universe_sync import sync_universe
from tracker.universe import Source, Universe

FIXTURE_SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"
# Politeness relaxed for our own loopback server only; timeouts short so failures show fast.
LOOPBACK = {
    "download_delay": 0.0,
    "autothrottle": False,
    "concurrency": 32,
    "concurrency_per_domain": 16,
    "timeout": 3.0,
    "retry_times": 1,
    "max_retry_after": 5.0,
    "crawl_time_limit": 90.0,
    "extraction_workers": 1,
}
BOMB_BYTES = 40 * 1024 * 1024


def loopback_options(**overrides: object) -> CrawlOptions:
    return CrawlOptions(**{**LOOPBACK, **overrides})  # type: ignore[arg-type]


def source(source_id: str, kind: str, url: str, company: str = "toyota", **fields: object) -> Source:
    return Source(source_id, company, kind, url, **fields)  # type: ignore[arg-type]


def crawl_sources(
    database: Database, universe: Universe, sources: list[Source], log: list[str] | None = None, **overrides: object
) -> CrawlReport:
    """Register the sources in the database as the universe would, then crawl them."""
    with database.sessions() as session:
        sync_universe(session, dataclasses.replace(universe, sources=tuple(sources)))
    return run_crawl(
        database.url, sources, loopback_options(**overrides), on_log=log.append if log is not None else None
    )


def served_paths(server: SiteServer) -> list[str]:
    return [request.path for request in server.requests]


class _Calls:
    """Counts requests per route, for endpoints that answer differently the second time."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()

    def next(self, key: str) -> int:
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1
            return self.counts[key]


def failure_routes(canary_file: Path) -> dict[str, object]:
    """Dynamic endpoints for the bad-input tests, like Scrapy's mock server's."""
    calls = _Calls()
    gzip_bomb = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)
    brotli_bomb = brotli.compress(b"\0" * BOMB_BYTES, quality=5)

    def status(handler: SiteRequestHandler) -> None:
        code = int(handler.query.get("n", ["500"])[0])
        handler.send_body(code, f"status {code}\n".encode())

    def retry_after(handler: SiteRequestHandler) -> None:
        if calls.next("retry-after") == 1:
            handler.send_body(429, b"slow down\n", headers={"Retry-After": "1"})
        else:
            handler.send_body(200, (FIXTURE_SITES / "bad" / "patient-feed.xml").read_bytes(), "application/rss+xml")

    def too_patient(handler: SiteRequestHandler) -> None:
        handler.send_body(429, b"come back tomorrow\n", headers={"Retry-After": "86400"})

    def redirect_loop(handler: SiteRequestHandler) -> None:
        handler.send_body(302, b"", headers={"Location": "/bad/redirect-loop-back"})

    def redirect_loop_back(handler: SiteRequestHandler) -> None:
        handler.send_body(302, b"", headers={"Location": "/bad/redirect-loop"})

    def big_page(handler: SiteRequestHandler) -> None:
        handler.send_body(200, b"<html><body>" + b"x" * (11 * 1024 * 1024) + b"</body></html>", "text/html")

    def gzip_bomb_page(handler: SiteRequestHandler) -> None:
        handler.send_body(200, gzip_bomb, "text/html", headers={"Content-Encoding": "gzip"})

    def brotli_bomb_page(handler: SiteRequestHandler) -> None:
        handler.send_body(200, brotli_bomb, "application/rss+xml", headers={"Content-Encoding": "br"})

    def calendar(handler: SiteRequestHandler) -> None:
        month = int(handler.query.get("month", ["0"])[0])
        page = (
            f'<!doctype html><html><body><main><ul class="news-list"><li><a href="/bad/events/'
            f'event-number-{month}-of-the-endless-calendar.html">Event number {month} of the endless '
            f'calendar trap</a></li></ul><a href="/bad/calendar?month={month + 1}">Next ›</a>'
            f"</main></body></html>"
        )
        handler.send_body(200, page.encode(), "text/html; charset=utf-8")

    def external_entity(handler: SiteRequestHandler) -> None:
        feed = (
            f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{canary_file}">]>\n'
            '<rss version="2.0"><channel><title>&secret;</title><link>http://xxe.example/</link>'
            "<description>&secret;</description><item><title>&secret;</title>"
            "<link>/feeds/articles/rss-one.html</link><description>&secret;</description></item>"
            "</channel></rss>"
        )
        handler.send_body(200, feed.encode(), "application/rss+xml")

    return {
        "/bad/status": status,
        "/bad/retry-after": retry_after,
        "/bad/too-patient": too_patient,
        "/bad/redirect-loop": redirect_loop,
        "/bad/redirect-loop-back": redirect_loop_back,
        "/bad/big-page": big_page,
        "/bad/gzip-bomb": gzip_bomb_page,
        "/bad/brotli-bomb": brotli_bomb_page,
        "/bad/calendar": calendar,
        "/bad/xxe.xml": external_entity,
    }


@pytest.fixture
def sqlite_database(sqlite_url: str, universe: Universe) -> Iterator[Database]:
    """For crawl tests whose point is not storage: the SQLite backend only, to keep the suite quick."""
    opened = open_database(sqlite_url)
    with opened.sessions() as session:
        sync_universe(session, universe)
    yield opened
    opened.close()


@pytest.fixture
def canary_file(tmp_path: Path) -> Path:
    """A local file an external XML entity points at; its content must never show up anywhere."""
    path = tmp_path / "canary-secret.txt"
    path.write_text("CANARY-7f3a9c-LOCAL-FILE-CONTENT\n", encoding="utf-8")
    return path


@pytest.fixture
def site_server(canary_file: Path) -> Iterator[SiteServer]:
    with SiteServer(FIXTURE_SITES, routes=failure_routes(canary_file)) as server:  # type: ignore[arg-type]
        yield server


@pytest.fixture
def hanging_url() -> Iterator[str]:
    """A server that accepts connections and never answers (proves timeouts for real)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
                accepted.append(connection)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


@pytest.fixture
def dead_url() -> str:
    """A port nothing listens on."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}/news/"
