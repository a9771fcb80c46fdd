"""The crawling process: ``python -m crawler.worker --events-fd N`` with a CrawlRequest on stdin.

One crawl is one process and one Twisted reactor run (a reactor cannot be restarted), so the
command line, the scheduler and tests can crawl as often as they like from one process of their
own. Progress goes to the parent as JSON lines on the events pipe; the log goes to stderr.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import signal
import sys
from dataclasses import asdict, dataclass

from crawler.events import EventSink
from crawler.extraction_pool import start_fork_server
from crawler.options import CrawlOptions
from tracker.universe import Source

GC_THRESHOLDS = (50_000, 20, 20)


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
    # Scrapy and Twisted allocate a few dozen container objects per request; at the default
    # threshold (700) the cyclic collector runs thousands of times a crawl and took a sixth of the
    # process's CPU. Collecting ~70 times less often costs a few MB of garbage waiting longer.
    gc.set_threshold(*GC_THRESHOLDS)
    # The extraction workers' fork server imports trafilatura and friends on the other core while
    # this process imports Scrapy; workers forked from it later are ready at once.
    start_fork_server()
    from crawler.crawling import crawl  # Scrapy, Twisted, SQLAlchemy: a second and more of imports

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
