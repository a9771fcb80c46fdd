"""Crawling each kind of source from the fixture sites over loopback, on SQLite and PostgreSQL:
what is stored, what is never fetched, and what a second crawl does (conditional GET, no refetch)."""

from __future__ import annotations

import time
from collections import Counter

from sqlalchemy import func, select

from crawler.demo.server import SiteServer
from db.articles import list_articles
from db.crawl_runs import crawl_run_sources, source_health
from db.engine import Database
from db.models import ArticleCompanyRow, ArticleRow, CrawlRunRow
from tests.crawler.conftest import FIXTURE_SITES, crawl_sources, failure_routes, served_paths, source
from tracker.universe import Universe


def _by_title(database: Database) -> dict[str, object]:
    return {article.title: article for article in list_articles(database)}


def test_newsroom_feeds_and_sitemap_are_stored_then_recrawled_without_refetching(
    database: Database, universe: Universe, site_server
) -> None:
    base = site_server.base_url
    sources = [
        source("acme-news", "newsroom", f"{base}/acme/news/", max_pages=2),
        source("feed-rss20", "feed", f"{base}/feeds/rss20.xml", company="quantumscape"),
        source("feed-rss091", "feed", f"{base}/feeds/rss091.xml", company="quantumscape"),
        source("feed-rdf", "feed", f"{base}/feeds/rdf.xml", company="quantumscape"),
        source("feed-atom", "feed", f"{base}/feeds/atom.xml", company="quantumscape"),
        source("feed-json", "feed", f"{base}/feeds/feed.json", company="quantumscape"),
        source("press-sitemap", "sitemap", f"{base}/sitemaps/sitemap_index.xml", company="catl"),
    ]
    first = crawl_sources(database, universe, sources)

    assert {name: report.error for name, report in first.sources.items()} == dict.fromkeys(first.sources)
    articles = _by_title(database)
    # newsroom: pages 1 and 2 of the listing (max_pages=2), without navigation, sidebar or robots-denied links
    assert {
        "Acme starts its all-solid-state battery pilot line in Aichi",
        "Acme and Partner Kosan sign a sulfide electrolyte supply deal",
        "Acme reports fourth-quarter and full-year 2023 results",
        "Acme opens a research center for solid electrolytes",
        "Acme joins the European battery recycling alliance",
    } <= set(articles)
    paths = served_paths(site_server)
    assert "/acme/news/page/3/" not in paths
    assert not any(
        p.startswith(
            (
                "/acme/careers",
                "/acme/products",
                "/acme/news/category",
                "/acme/news/tag",
                "/acme/login",
                "/acme/privacy",
                "/acme/private",
                "/acme/news/2023/06",
            )
        )
        for p in paths
    ), paths
    assert first.sources["acme-news"].new == 5
    pilot = articles["Acme starts its all-solid-state battery pilot line in Aichi"]
    assert pilot.published.isoformat() == "2024-03-12T00:00:00+00:00"
    assert pilot.language == "en"
    assert pilot.lead.startswith("AICHI, Japan — Acme Battery Corporation today started production")
    assert pilot.companies == ("toyota",)
    # the tracking parameters of the listing's link are not part of the stored URL
    deal = articles["Acme and Partner Kosan sign a sulfide electrolyte supply deal"]
    assert deal.url.endswith("/acme/news/2024/02/acme-and-partner-sign-electrolyte-supply-deal.html")

    # feeds of every format; the feed's date fills a page without one
    for title, when in [
        ("Feedco ships ceramic separators to a European cell maker", "2024-03-12T14:30:00+00:00"),
        ("Feedco opens an office in Seoul", None),
        ("Feedco raises 80 million dollars in a series C round", "2024-02-01T08:00:00+00:00"),
        ("Feedco and a carmaker test separators in prototype packs", "2024-01-20T10:00:00+00:00"),
        ("Feedco names a plant manager for its Ohio factory", "2024-01-05T12:00:00+00:00"),
    ]:
        assert title in articles, title
        assert (articles[title].published.isoformat() if articles[title].published else None) == when
    # an entry whose page is gone is stored from the feed's own title and text
    munich = articles["Feedco to present at a battery conference in Munich"]
    assert munich.lead.startswith("Feedco's chief technology officer will present")
    assert first.sources["feed-rss20"].errors == 1

    # sitemap index -> news sitemap (titles and dates from <news:news>) and a plain sitemap
    assert (
        articles["Sitemapco begins B-sample deliveries of its solid-state cells"].published.isoformat()
        == "2024-05-02T10:00:00+00:00"
    )
    assert "Sitemapco plans a gigafactory for 2027" in articles
    assert first.sources["press-sitemap"].new == 3

    with database.sessions() as session:
        stored = session.scalar(select(func.count()).select_from(ArticleRow))
        roles = Counter(session.scalars(select(ArticleCompanyRow.role)))
        run = session.get(CrawlRunRow, first.run_id)
    assert roles == {"source": stored}
    assert run.status == "finished" and run.new == stored == first.total("new")
    assert {row.source_id: row.new for row in crawl_run_sources(database, first.run_id)}["acme-news"] == 5
    health = {row.id: row for row in source_health(database)}
    assert health["acme-news"].last_outcome == "new" and health["acme-news"].consecutive_failures == 0

    # second crawl: the listing and feeds answer 304 (conditional GET); no article page is fetched again
    before = len(site_server.requests)
    second = crawl_sources(database, universe, sources)
    again = [r for r in site_server.requests[before:] if r.path != "/robots.txt"]
    assert second.total("new") == 0
    assert not any("/articles/" in r.path or "/acme/news/20" in r.path or "/press/" in r.path for r in again), again
    statuses = {r.path: r.status for r in again}
    assert statuses["/acme/news/"] == 304
    assert statuses["/feeds/atom.xml"] == 304
    # rss20 had an article error (its missing page), so it is read again; both entries are stored, so skipped
    assert statuses["/feeds/rss20.xml"] == 200 and second.sources["feed-rss20"].known == 2
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == stored
    health = {row.id: row for row in source_health(database)}
    assert health["acme-news"].last_outcome == "unchanged"


def test_a_newsroom_pages_on_when_a_feed_of_the_same_crawl_asked_for_its_first_page_first(
    sqlite_database: Database, universe: Universe, canary_file
) -> None:
    """The listing's 'nothing new here, stop paging' rule counts only articles stored before the crawl:
    a feed that lists the newsroom's newest releases, read first, must not hide the older page."""
    # the listing's first page without its robots-denied link: every article on it can be stored
    first_page = b"\n".join(
        line
        for line in (FIXTURE_SITES / "acme" / "news" / "index.html").read_bytes().splitlines()
        if b"/acme/private/" not in line
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Acme releases</title><link>/acme/news/</link>'
        + "".join(
            f"<item><title>{title}</title><link>/acme/{path}</link></item>"
            for title, path in [
                ("Pilot line", "news/2024/03/acme-starts-solid-state-pilot-line.html"),
                ("Electrolyte deal", "news/2024/02/acme-and-partner-sign-electrolyte-supply-deal.html"),
                ("Results", "news/2024/01/acme-reports-fourth-quarter-results.html"),
            ]
        )
        + "</channel></rss>"
    ).encode()
    served: dict[str, SiteServer] = {}
    articles = {
        "/acme/news/2024/03/acme-starts-solid-state-pilot-line.html",
        "/acme/news/2024/02/acme-and-partner-sign-electrolyte-supply-deal.html",
        "/acme/news/2024/01/acme-reports-fourth-quarter-results.html",
    }

    def releases_feed(handler) -> None:
        handler.send_body(200, feed, "application/rss+xml")

    def slow_listing(handler) -> None:
        # answered once the feed's articles are fetched and stored: this crawl's own articles are not "stored before"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (
            articles <= set(served_paths(served["server"])) and len(list_articles(sqlite_database)) >= 3
        ):
            time.sleep(0.1)
        handler.send_body(200, first_page, "text/html; charset=utf-8")

    routes = {**failure_routes(canary_file), "/acme/releases.xml": releases_feed, "/acme/listing/": slow_listing}
    with SiteServer(FIXTURE_SITES, routes=routes) as server:  # type: ignore[arg-type]
        served["server"] = server
        base = server.base_url
        report = crawl_sources(
            sqlite_database,
            universe,
            [
                source("acme-feed", "feed", f"{base}/acme/releases.xml"),
                source("acme-news", "newsroom", f"{base}/acme/listing/", max_pages=2),
            ],
        )
        paths = served_paths(server)
    assert "/acme/news/page/2/" in paths
    assert "Acme opens a research center for solid electrolytes" in _by_title(sqlite_database)
    assert report.sources["acme-feed"].new == 3 and report.sources["acme-news"].new == 2
