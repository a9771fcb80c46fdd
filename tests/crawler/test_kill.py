"""``kill -9`` in the middle of a crawl: the database stays consistent, and the next crawl stores
the rest without a duplicate and without fetching again what was stored."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psutil
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from crawler.demo.server import SiteServer
from crawler.worker import CrawlRequest
from db.engine import Database, open_database
from db.models import ArticleCompanyRow, ArticleRow, CrawlRunRow
from db.universe_sync import sync_universe
from tests.crawler.conftest import crawl_sources, loopback_options, source
from tracker.universe import Universe

ARTICLES = 300


def _write_site(root: Path) -> None:
    """A newsroom listing ARTICLES distinct press releases."""
    news = root / "big" / "news"
    news.mkdir(parents=True)
    items = []
    for number in range(ARTICLES):
        slug = f"bigco-press-release-number-{number}-on-battery-progress"
        items.append(
            f'<li><a href="/big/news/{slug}.html">Bigco press release number {number} on battery progress</a></li>'
        )
        paragraphs = "".join(
            f"<p>Paragraph {k} of release {number}: Bigco reports step {number * 7 + k} of its "
            f"solid-state programme, with cells tested at {20 + k} degrees.</p>"
            for k in range(12)
        )
        (news / f"{slug}.html").write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Release {number}</title></head>'
            f"<body><main><article><h1>Bigco press release number {number}</h1>{paragraphs}</article></main>"
            f"</body></html>",
            encoding="utf-8",
        )
    (news / "index.html").write_text(
        f'<!doctype html><html><body><main><ul class="news-list">{"".join(items)}</ul></main></body></html>',
        encoding="utf-8",
    )


def _count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(ArticleRow)) or 0


def _wait_for_articles(database: Database, minimum: int, process: subprocess.Popen[bytes], bound: float) -> int:
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline:
        count = _count(database)
        if count >= minimum:
            return count
        assert process.poll() is None, "the crawl ended before it could be killed"
        time.sleep(0.05)  # polling the database with a bound, not waiting for a worker
    raise AssertionError(f"fewer than {minimum} articles stored after {bound} s")


def test_kill_9_mid_crawl_leaves_a_consistent_database(database: Database, universe: Universe, tmp_path: Path) -> None:
    _write_site(tmp_path / "site")
    with SiteServer(tmp_path / "site") as server:
        newsroom = source("bigco-news", "newsroom", f"{server.base_url}/big/news/")
        # slow enough to be caught in the middle: one request at a time, a pause between them
        slow = loopback_options(concurrency_per_domain=1, download_delay=0.03, store_batch_size=20)
        with database.sessions() as session:
            sync_universe(session, dataclasses.replace(universe, sources=(newsroom,)))
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        assert process.stdin is not None
        process.stdin.write(CrawlRequest(database.url, (newsroom,), slow).to_json().encode())
        process.stdin.close()
        stored = _wait_for_articles(database, 40, process, bound=60)
        os.killpg(process.pid, signal.SIGKILL)  # the crawler and its extraction processes, as a crash would
        process.wait()
        assert stored < ARTICLES

        killed_at = len(server.requests)
        with database.sessions() as session:
            if database.url.startswith("sqlite"):
                assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            articles = session.scalar(select(func.count()).select_from(ArticleRow))
            with_company = session.scalar(select(func.count(func.distinct(ArticleCompanyRow.article_id))))
            run = session.scalars(select(CrawlRunRow).order_by(CrawlRunRow.id.desc())).first()
            stored_urls = set(session.scalars(select(ArticleRow.url)))
        assert articles == with_company  # every batch came whole: no article without its company row
        assert run.status == "running" and run.finished_at is None  # the killed run stays visible as such

        report = crawl_sources(database, universe, [newsroom])
        assert report.sources["bigco-news"].error is None
        assert _count(database) == ARTICLES
        assert report.sources["bigco-news"].new == ARTICLES - articles
        refetched = {r.path for r in server.requests[killed_at:]} & {urlsplit(url).path for url in stored_urls}
        assert not refetched
        with database.sessions() as session:
            assert session.scalar(select(func.count(func.distinct(ArticleRow.content_hash)))) == ARTICLES


def test_sigterm_stops_a_crawl_cleanly_and_records_it(tmp_path: Path, site_server, hanging_url: str) -> None:
    universe_file = tmp_path / "universe.yaml"
    universe_file.write_text(
        "companies:\n  - {id: toyota, name: Toyota, aliases: [Toyota]}\nsources:\n"
        f'  - {{id: hanging, company: toyota, kind: feed, url: "{hanging_url}"}}\n'
        f'  - {{id: acme-news, company: toyota, kind: newsroom, url: "{site_server.base_url}/acme/news/"}}\n'
        "milestones: []\ntopics: []\n",
        encoding="utf-8",
    )
    settings = tmp_path / "settings.toml"
    settings.write_text("download_delay = 0.0\ntimeout = 3\n", encoding="utf-8")
    database_url = f"sqlite:///{tmp_path / 'term.db'}"
    command = [
        sys.executable,
        "-c",
        "import sys; from tracker.cli import main; sys.exit(main())",
        "--db",
        database_url,
        "--universe",
        str(universe_file),
        "--settings",
        str(settings),
        "crawl",
    ]
    crawl = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    database = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # poll, with a bound, until the crawl has stored something
        if (tmp_path / "term.db").exists():
            database = database or open_database(database_url, upgrade=False)
            with database.sessions() as session, contextlib.suppress(OperationalError):  # not migrated yet
                if session.scalar(select(func.count()).select_from(ArticleRow)):
                    break
        time.sleep(0.05)
    workers = psutil.Process(crawl.pid).children(recursive=True)
    crawl.send_signal(signal.SIGTERM)
    assert crawl.wait(timeout=60) != 0
    assert database is not None
    with database.sessions() as session:
        run = session.scalars(select(CrawlRunRow)).one()
    database.close()
    assert run.status == "failed" and run.finished_at is not None  # stopped, and said so
    # nothing left running (the fork server of the extraction workers leaves when its parent has gone)
    _gone, alive = psutil.wait_procs(workers, timeout=15)
    assert workers and not alive
