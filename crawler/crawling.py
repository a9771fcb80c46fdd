"""One crawl, run to its end in the crawling process: the Scrapy spider on a Twisted reactor, the
run recorded in the database, progress sent as events. ``python -m crawler.worker`` calls ``crawl``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

# Scrapy loads its HTTP download handler when the crawl's engine is built, deep in Twisted's call
# stack; the deprecation shims of that module and its TLS ones call inspect.stack(), which reads
# the source of every frame. Imported here, from a shallow stack, the same import costs half as much.
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from twisted.internet import task

from crawler.events import EventSink
from crawler.scrapy_settings import scrapy_settings
from crawler.spider import SourcesSpider
from crawler.storage import ArticleWriter
from crawler.tally import SourceTally
from db.articles import known_canonical_urls
from db.crawl_runs import finish_run, source_validators, start_run
from db.engine import Database, open_database

if TYPE_CHECKING:
    from crawler.worker import CrawlRequest

PROGRESS_SECONDS = 0.25
_CLOSE_REASONS = {
    "closespider_timeout": "the crawl time limit (crawl_time_limit) was reached before the source was done",
    "shutdown": "the crawl was interrupted before the source was done",
}


def crawl(request: CrawlRequest, events: EventSink) -> str:
    """Run the crawl to its end in this process and record it; returns why it ended."""
    database = open_database(request.db_url, upgrade=False)
    try:
        run_id = start_run(database)
        tallies = {source.id: SourceTally(source.id) for source in request.sources}
        try:
            reason = _run_spider(request, database, events, tallies, run_id)
        except KeyboardInterrupt:  # SIGTERM or Ctrl-C before Scrapy took the signals over
            reason = "shutdown"
        _mark_unfinished(list(tallies.values()), reason, events)
        status = "finished" if reason in ("finished", "closespider_timeout") else "failed"
        outcomes = finish_run(database, run_id, [tally.result() for tally in tallies.values()], status=status)
        events.emit(
            "finished",
            run_id=run_id,
            reason=reason,
            sources=[
                {**tally.snapshot(), "outcome": outcomes.get(tally.source_id), "notes": tally.notes}
                for tally in tallies.values()
            ],
        )
        return reason
    finally:
        database.close()


def _run_spider(
    request: CrawlRequest, database: Database, events: EventSink, tallies: dict[str, SourceTally], run_id: int
) -> str:
    """One Twisted reactor run of the spider; ``tallies`` is filled as it goes."""
    known = known_canonical_urls(database)
    validators = source_validators(database, [source.id for source in request.sources])
    events.emit("started", run_id=run_id, sources=[source.id for source in request.sources], known=len(known))
    process = CrawlerProcess(scrapy_settings(request.options))
    # Scrapy just set its logger to DEBUG; our handler shows the libraries' critical lines only, so
    # the per-page debug records it would make and drop need not be made at all
    logging.getLogger("scrapy").setLevel(logging.CRITICAL)
    crawler = process.create_crawler(SourcesSpider)
    ended: dict[str, str] = {}
    reporter = _ProgressReporter(crawler, events)
    # weak=False: Scrapy holds receivers weakly, and nothing else holds this lambda
    crawler.signals.connect(
        lambda spider, reason: ended.setdefault("reason", reason), signal=signals.spider_closed, weak=False
    )
    writer = ArticleWriter(database, {source.id: source.company for source in request.sources})
    running = process.crawl(
        crawler,
        sources=list(request.sources),
        options=request.options,
        known_urls=known,
        validators=validators,
        events=events,
        writer=writer,
        tallies=tallies,
    )
    running.addErrback(lambda failure: ended.setdefault("reason", f"the crawler failed: {failure.getErrorMessage()}"))
    process.start(install_signal_handlers=True)
    reporter.emit_all()
    return ended.get("reason", "finished")


def _mark_unfinished(tallies: list[SourceTally], reason: str, events: EventSink) -> None:
    for tally in tallies:
        if not tally.done and tally.error is None:
            tally.error = _CLOSE_REASONS.get(reason, f"the crawl ended ({reason}) before the source was done")
            events.emit("source_error", source=tally.source_id, reason=tally.error)


class _ProgressReporter:
    """Sends each source's counts to the parent a few times a second, when they changed."""

    def __init__(self, crawler: Crawler, events: EventSink):
        self.crawler = crawler
        self.events = events
        self.last: dict[str, dict[str, Any]] = {}
        self.loop: task.LoopingCall | None = None  # made once running: making one installs a reactor
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    def opened(self, spider: SourcesSpider) -> None:
        self.loop = task.LoopingCall(self.emit_changed)
        self.loop.start(PROGRESS_SECONDS, now=False)

    def closed(self, spider: SourcesSpider) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()

    def emit_changed(self) -> None:
        spider: SourcesSpider = self.crawler.spider  # type: ignore[assignment]
        for tally in spider.tallies.values():
            snapshot = tally.snapshot()
            if self.last.get(tally.source_id) != snapshot:
                self.last[tally.source_id] = snapshot
                self.events.emit("progress", **snapshot)

    def emit_all(self) -> None:
        if self.crawler.spider is not None:
            self.emit_changed()
