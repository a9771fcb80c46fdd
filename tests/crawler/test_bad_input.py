"""Bad input of every kind the issue lists, in one crawl beside good sources: each bad source ends
marked with a clear error, the others are read, the crawl stays within its time bound, and nothing
stored before is lost or duplicated."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.articles import list_articles
from db.crawl_runs import source_health
from db.engine import Database
from db.models import ArticleRow
from tests.crawler.conftest import crawl_sources, served_paths, source
from tracker.universe import Universe

# source id -> words its recorded error must contain
EXPECTED_ERRORS = {
    "dead-host": "connection refused",
    "hanging-server": "no answer within 3 s",
    "http-404": "HTTP 404",
    "http-500": "HTTP 500 (after 1 retries)",
    "retry-after-too-long": "asked to come back after 86400 s",
    "redirect-loop": "redirections",
    "page-over-size-limit": "size",
    "gzip-bomb": "size",
    "brotli-bomb": "size",
    "not-a-feed": "not a feed",
    "broken-xml": "XML error at line",
    "entity-bomb": "declares XML entity 'lol'",
    "external-entity": "external entity 'secret'",
    "empty-feed-body": "empty response",
    "file-url-in-config": "url scheme 'file' is not allowed",
    "gopher-url-in-config": "url scheme 'gopher' is not allowed",
}


def _stored(database: Database) -> dict[str, int]:
    with database.sessions() as session:
        return {url: article_id for article_id, url in session.execute(select(ArticleRow.id, ArticleRow.canonical_url))}


def test_bad_sources_fail_clearly_and_harm_nothing(
    database: Database, universe: Universe, site_server, hanging_url: str, dead_url: str, canary_file: Path
) -> None:
    base = site_server.base_url
    good = [
        source("acme-news", "newsroom", f"{base}/acme/news/", max_pages=1),
        source("feedco-rss", "feed", f"{base}/feeds/rss20.xml", company="quantumscape"),
    ]
    crawl_sources(database, universe, good)
    before = _stored(database)
    assert len(before) == 5

    bad = [
        source("dead-host", "newsroom", dead_url),
        source("hanging-server", "feed", hanging_url),
        source("http-404", "feed", f"{base}/bad/status?n=404"),
        source("http-500", "newsroom", f"{base}/bad/status?n=500"),
        source("retry-after-ok", "feed", f"{base}/bad/retry-after"),
        source("retry-after-too-long", "feed", f"{base}/bad/too-patient"),
        source("redirect-loop", "newsroom", f"{base}/bad/redirect-loop"),
        source("page-over-size-limit", "newsroom", f"{base}/bad/big-page"),
        source("gzip-bomb", "newsroom", f"{base}/bad/gzip-bomb"),
        source("brotli-bomb", "feed", f"{base}/bad/brotli-bomb"),
        source("calendar-trap", "newsroom", f"{base}/bad/calendar?month=1"),
        source("not-a-feed", "feed", f"{base}/bad/not-a-feed.xml"),
        source("broken-xml", "feed", f"{base}/bad/broken.xml"),
        source("entity-bomb", "feed", f"{base}/bad/entity-bomb.xml"),
        source("external-entity", "feed", f"{base}/bad/xxe.xml"),
        source("empty-feed-body", "feed", f"{base}/bad/empty-body.xml"),
        source("reused-guid", "feed", f"{base}/feeds/reused-guid.xml", company="catl"),
        source("unsafe-links", "feed", f"{base}/feeds/unsafe-links.xml", company="catl"),
        source("file-url-in-config", "feed", "file:///etc/passwd"),
        source("gopher-url-in-config", "feed", "gopher://127.0.0.1:70/1/"),
    ]
    log: list[str] = []
    report = crawl_sources(database, universe, good + bad, log=log, max_listing_pages=4, max_page_bytes=10_000_000)

    errors = {name: (r.error or "") for name, r in report.sources.items()}
    for name, words in EXPECTED_ERRORS.items():
        assert words in errors[name], (name, errors[name])
    health = {row.id: row for row in source_health(database)}
    for name in EXPECTED_ERRORS:
        assert health[name].last_outcome == "error" and health[name].consecutive_failures == 1
        assert health[name].last_error == errors[name]
    for name in ("acme-news", "feedco-rss", "retry-after-ok", "calendar-trap", "reused-guid", "unsafe-links"):
        assert errors[name] == "", (name, errors[name])
    assert report.seconds < 60  # bounded by timeouts, retries and the crawl time limit, never hanging

    # the server's Retry-After was honoured and the retry succeeded
    assert served_paths(site_server).count("/bad/retry-after") == 2
    titles = {article.title: article for article in list_articles(database)}
    assert "Patientco completes its electrolyte plant" in titles
    # an endless calendar is followed only up to max_listing_pages
    assert sum(path.startswith("/bad/calendar") for path in served_paths(site_server)) == 4
    # two different articles under one GUID are both kept
    twins = {"Feedco reports first-half revenue growth", "Feedco breaks ground on a second separator line"}
    assert twins <= set(titles)
    # file:, gopher:, javascript: and data: links in a feed are rejected with a reason; the web page is kept
    rejected = {r.url.split(":")[0]: r.reason for r in report.rejections if r.source == "unsafe-links"}
    assert set(rejected) == {"file", "gopher", "javascript", "data"}
    assert all("is not allowed (only http and https)" in reason for reason in rejected.values())
    assert "Feedco publishes its sustainability report" in titles
    assert any("unsafe-links: rejected file:" in line and "not allowed" in line for line in log), "\n".join(log)

    # nothing stored before was lost, changed id or stored again
    after = _stored(database)
    assert all(after.get(url) == article_id for url, article_id in before.items())
    added = {url.split("/", 3)[3] for url in set(after) - set(before)}
    assert added == {
        "bad/articles/patientco-completes-electrolyte-plant.html",
        "feeds/articles/guid-first.html",
        "feeds/articles/guid-second.html",
        "feeds/articles/unsafe-good.html",
    }
    # the local file behind the external entity was never read
    secret = canary_file.read_text(encoding="utf-8").strip()
    assert not any(secret in (a.title + a.lead) for a in list_articles(database))
    assert not any(secret in line for line in log) and secret not in str(report)


def test_the_crawl_time_limit_ends_a_crawl_that_would_hang(
    sqlite_database: Database, universe: Universe, site_server, hanging_url: str
) -> None:
    base = site_server.base_url
    report = crawl_sources(
        sqlite_database,
        universe,
        [
            source("hanging-server", "feed", hanging_url),
            source("feedco-atom", "feed", f"{base}/feeds/atom.xml"),
        ],
        timeout=60.0,
        crawl_time_limit=4.0,
    )
    assert "crawl time limit" in (report.sources["hanging-server"].error or "")
    assert report.sources["feedco-atom"].error is None and report.sources["feedco-atom"].new == 1
    assert report.seconds < 20  # the limit, not the 60 s timeout, ended it
    health = {row.id: row for row in source_health(sqlite_database)}
    assert health["hanging-server"].last_outcome == "error"
