"""feedparser's own ~2,100 edge-case feeds, served over loopback as feed sources of one crawl: each
is stored or rejected with a logged reason, and none crashes the crawl or stops the others.

Entry links point at hosts such as example.org; a proxy setting sends those requests to the same
loopback server too (which answers 404 for them), so nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import dataclasses
import os
import re

from sqlalchemy import func, select

from crawler.demo.server import SiteServer
from crawler.run import run_crawl
from db.engine import Database
from db.models import ArticleRow, CrawlRunRow
from db.universe_sync import sync_universe
from tests.conftest import shared_path
from tests.crawler.conftest import loopback_options, source
from tracker.universe import Universe


def test_every_corpus_feed_is_stored_or_rejected_with_a_reason(sqlite_database: Database, universe: Universe) -> None:
    corpus = shared_path("corpora", "feedparser-tests")
    files = sorted(
        path.relative_to(corpus).as_posix()
        for path in corpus.rglob("*")
        if path.is_file() and path.suffix in (".xml", ".json")
    )
    assert len(files) > 2000
    with SiteServer(corpus) as server:
        sources = [
            source("corpus-" + re.sub(r"[^a-z0-9]+", "-", name.lower()), "feed", f"{server.base_url}/{name}")
            for name in files
        ]
        assert len({s.id for s in sources}) == len(sources)
        with sqlite_database.sessions() as session:
            sync_universe(session, dataclasses.replace(universe, sources=tuple(sources)))
        environment = {**os.environ, "http_proxy": server.base_url, "https_proxy": server.base_url, "no_proxy": ""}
        log: list[str] = []
        report = run_crawl(
            sqlite_database.url,
            sources,
            loopback_options(
                concurrency=64,
                concurrency_per_domain=64,
                timeout=5.0,
                retry_times=0,
                crawl_time_limit=240.0,
                max_articles_per_source=20,
            ),
            on_log=log.append,
            env=environment,
        )

    assert report.reason == "finished"
    rejecting = {r.source for r in report.rejections}
    # stored (new, or the same article already stored), failed, rejected item by item, or an empty feed noted
    unexplained = [
        name
        for name, r in report.sources.items()
        if not (r.error or r.new or r.duplicate or r.known or name in rejecting or r.notes)
    ]
    assert unexplained == [], [(n, report.sources[n]) for n in unexplained]
    logged = "\n".join(log)
    failed = [name for name, r in report.sources.items() if r.error]
    assert all(f"{name}: source failed: " in logged for name in failed)
    assert all(f"{name}: rejected " in logged for name in rejecting)
    assert all(
        f"{name}: the feed has no entries" in logged
        for name, r in report.sources.items()
        if "the feed has no entries" in r.notes
    )
    # most of the corpus is well-formed: many failed sources would mean feeds wrongly refused
    assert len(failed) < len(files) // 4, len(failed)
    # few entries have links, and many of those share one (http://example.com/...): fewer stored than read
    assert sum(1 for r in report.sources.values() if r.new) >= 10
    with sqlite_database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == report.total("new")
        assert session.scalar(select(CrawlRunRow.status).where(CrawlRunRow.id == report.run_id)) == "finished"
