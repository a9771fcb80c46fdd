"""The crawling process: ``python -m crawler.worker --events-fd N`` with a CrawlRequest on stdin.

One crawl is one process and one Twisted reactor run (a reactor cannot be restarted), so the
command line, the scheduler and tests can crawl as often as they like from one process of their
own. Progress goes to the parent as JSON lines on the events pipe; the log goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from dataclasses import asdict, dataclass
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from twisted.internet import task

from crawler.events import EventSink
from crawler.options import CrawlOptions
from crawler.scrapy_settings import scrapy_settings
from crawler.spider import SourcesSpider
from crawler.storage import ArticleWriter
from crawler.tally import SourceTally
from db.articles import known_canonical_urls
from db.crawl_runs import finish_run, source_validators, start_run
from db.engine import Database, open_database
from tracker.universe import Source

PROGRESS_SECONDS = 0.25
_CLOSE_REASONS = {
    "closespider_timeout": "the crawl time limit (crawl_time_limit) was reached before the source was done",
    "shutdown": "the crawl was interrupted before the source was done",
}


@dataclass(frozen=True)
class CrawlRequest:
    """Everything the crawling process needs, sent to it as JSON."""

    db_url: str
    sources: tuple[Source, ...]
    options: CrawlOptions

    def to_json(self) -> str:
        return json.dumps(
            {
                "db_url": self.db_url,
                "sources": [asdict(source) for source in self.sources],
                "options": self.options.as_dict(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> CrawlRequest:
        data = json.loads(text)
        return cls(
            data["db_url"],
            tuple(Source(**source) for source in data["sources"]),
            CrawlOptions.from_dict(data["options"]),
        )


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


class _OurLinesFilter(logging.Filter):
    """Our own log lines at the chosen level; the libraries' only when critical.

    Scrapy reports every retry, drop and dropped item on its own; the crawler's lines say the same
    per source, which is what a user can act on.
    """

    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        ours = record.name == "crawler" or record.name.startswith(("crawler.", "__main__"))
        return record.levelno >= (self.level if ours else logging.CRITICAL)


def _configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(_OurLinesFilter(getattr(logging, level)))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.captureWarnings(True)


def _stop_on_sigterm() -> None:
    """Until Scrapy installs its own handlers, SIGTERM stops us the way Ctrl-C does."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.worker")
    parser.add_argument("--events-fd", type=int, default=None, help="file descriptor to write progress events to")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    args = parser.parse_args(argv)
    _configure_logging(args.log_level)
    _stop_on_sigterm()
    events = EventSink(args.events_fd)
    try:
        crawl(CrawlRequest.from_json(sys.stdin.read()), events)
    finally:
        events.close()
    # Everything is stored and reported; skip the interpreter's teardown of a few hundred modules.
    logging.shutdown()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
