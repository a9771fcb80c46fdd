"""Running a crawl from any process: the crawl itself runs in a child process (crawler/worker.py),
this side feeds it the request, relays its progress events and log, and returns a report.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from crawler.events import parse_event
from crawler.options import CrawlOptions
from crawler.worker import CrawlRequest
from tracker.universe import Source

EventHandler = Callable[[dict[str, Any]], None]
LogHandler = Callable[[str], None]
# Beyond the crawl's own time limit, how long the crawling process gets to store and report.
SHUTDOWN_GRACE_SECONDS = 120.0
_LOG_TAIL_LINES = 200


class CrawlFailed(RuntimeError):
    """The crawling process ended without finishing its run; the message carries its last log lines."""


@dataclass
class SourceReport:
    source: str
    fetched: int = 0
    new: int = 0
    duplicate: int = 0
    errors: int = 0
    known: int = 0
    rejected: int = 0
    error: str | None = None
    not_modified: bool = False
    done: bool = False
    outcome: str | None = None
    notes: list[str] = field(default_factory=list)

    def update(self, event: dict[str, Any]) -> None:
        for name in (
            "fetched",
            "new",
            "duplicate",
            "errors",
            "known",
            "rejected",
            "error",
            "not_modified",
            "done",
            "outcome",
            "notes",
        ):
            if name in event:
                setattr(self, name, event[name])


@dataclass(frozen=True)
class Rejected:
    source: str
    url: str
    reason: str


@dataclass
class CrawlReport:
    run_id: int | None = None
    sources: dict[str, SourceReport] = field(default_factory=dict)
    rejections: list[Rejected] = field(default_factory=list)
    reason: str | None = None
    seconds: float = 0.0

    @property
    def every_source_failed(self) -> bool:
        return bool(self.sources) and all(report.error for report in self.sources.values())

    def total(self, name: str) -> int:
        return sum(getattr(report, name) for report in self.sources.values())

    def apply(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "started":
            self.run_id = event.get("run_id")
            for source in event.get("sources", []):
                self.sources.setdefault(source, SourceReport(source))
        elif kind in ("progress", "source_done"):
            self._source(event).update(event)
        elif kind == "source_error":
            self._source(event).error = self._source(event).error or event.get("reason")
        elif kind == "rejected":
            self.rejections.append(Rejected(event.get("source", ""), event.get("url", ""), event.get("reason", "")))
        elif kind == "note":
            self._source(event).notes.append(event.get("message", ""))
        elif kind == "finished":
            self.reason = event.get("reason")
            for final in event.get("sources", []):
                self._source(final).update(final)

    def _source(self, event: dict[str, Any]) -> SourceReport:
        source = str(event.get("source"))
        return self.sources.setdefault(source, SourceReport(source))


def run_crawl(
    db_url: str,
    sources: Sequence[Source],
    options: CrawlOptions,
    on_event: EventHandler | None = None,
    on_log: LogHandler | None = None,
    env: dict[str, str] | None = None,
) -> CrawlReport:
    """Crawl ``sources`` into the database at ``db_url`` (already at the newest schema) and report.

    Raises CrawlFailed when the crawling process dies before recording its run. Ctrl-C and SIGTERM
    are passed on to it: it stops, records its run as failed, and KeyboardInterrupt follows here.
    """
    report = CrawlReport()
    started = time.monotonic()
    process, read_fd = _start_worker(env)
    log_tail: deque[str] = deque(maxlen=_LOG_TAIL_LINES)
    log_thread = threading.Thread(target=_relay_log, args=(process, log_tail, on_log), daemon=True)
    log_thread.start()
    watchdog = threading.Timer(options.crawl_time_limit + SHUTDOWN_GRACE_SECONDS, process.kill)
    watchdog.daemon = True
    watchdog.start()
    try:
        with _passing_on_termination(process):
            assert process.stdin is not None
            process.stdin.write(CrawlRequest(db_url, tuple(sources), options).to_json())
            process.stdin.close()
            interrupted = _read_events(read_fd, process, report, on_event)
            process.wait()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
        log_thread.join(timeout=5)
    report.seconds = time.monotonic() - started
    if interrupted:
        raise KeyboardInterrupt
    if report.reason is None:
        tail = "\n".join(log_tail) or "(no log output)"
        raise CrawlFailed(
            f"the crawling process ended (exit status {process.returncode}) without finishing its run:\n{tail}"
        )
    return report


def _start_worker(env: dict[str, str] | None) -> tuple[subprocess.Popen[str], int]:
    read_fd, write_fd = os.pipe()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.worker", "--events-fd", str(write_fd)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(write_fd,),
            env=env,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    finally:
        os.close(write_fd)  # the child holds the only write end: its exit ends our reading
    return process, read_fd


def _read_events(
    read_fd: int, process: subprocess.Popen[str], report: CrawlReport, on_event: EventHandler | None
) -> bool:
    """Apply the worker's events until it closes the pipe; True when Ctrl-C came meanwhile."""
    interrupted = False
    with os.fdopen(read_fd, encoding="utf-8", errors="replace") as events:
        while True:
            try:
                for line in events:
                    event = parse_event(line)
                    if event is not None:
                        report.apply(event)
                        if on_event is not None:
                            on_event(event)
                return interrupted
            except KeyboardInterrupt:
                # the first Ctrl-C asks the crawler to stop and record its run; a second one kills it
                if interrupted:
                    process.kill()
                else:
                    process.send_signal(signal.SIGINT)
                interrupted = True


@contextmanager
def _passing_on_termination(process: subprocess.Popen[str]) -> Iterator[None]:
    """SIGTERM to us (a scheduler or web app stopping us) goes on to the crawler, which stops cleanly."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: process.send_signal(signal.SIGTERM))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _relay_log(process: subprocess.Popen[str], tail: deque[str], on_log: LogHandler | None) -> None:
    assert process.stderr is not None
    for line in process.stderr:
        line = line.rstrip("\n")
        tail.append(line)
        if on_log is not None:
            on_log(line)
