"""Extraction in worker processes, fed in small batches.

Each hand-over between the crawling process and a worker needs the crawler's GIL for a moment
(the pool's feeder thread); one page at a time, the worker idles waiting for it while the event
loop runs. A batch of pages per hand-over keeps the worker busy and the event loop free.
Batches fill only while the workers are busy: a worker with nothing queued gets what there is at
once, so it never waits on a timer while pages are ready.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.context
import multiprocessing.forkserver
import os
from concurrent.futures import Future, ProcessPoolExecutor

from crawler.pages import ExtractedArticle, FetchedPage, Rejection, extract_batch

Result = ExtractedArticle | Rejection
_EXTRACTION_MODULE = "crawler.extraction"
# How much lower the workers' CPU priority is than the crawler's (nice values: 0 normal, 19 lowest).
EXTRACTION_NICENESS = 5


class ExtractionPool:
    def __init__(self, workers: int, batch_size: int = 8, max_wait: float = 0.05):
        self.workers = workers
        self.batch_size = batch_size
        # a page waits at most this long for others to fill its batch
        self.max_wait = max_wait
        self._pool: ProcessPoolExecutor | None = None
        self._batch: list[tuple[FetchedPage, asyncio.Future[Result]]] = []
        self._timer: asyncio.TimerHandle | None = None
        # batches submitted and not yet delivered
        self._in_flight = 0

    def warm_up(self) -> None:
        """Fork a worker now, while the first article pages download."""
        self._processes().submit(_ready)

    async def extract(self, page: FetchedPage) -> Result:
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Result] = loop.create_future()
        self._batch.append((page, waiter))
        if len(self._batch) >= self.batch_size or self._worker_free():
            self._send()
        elif self._timer is None:
            self._timer = loop.call_later(self.max_wait, self._send)
        return await waiter

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _send(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._batch = self._batch, []
        if not batch:
            return
        loop = asyncio.get_running_loop()
        done = self._processes().submit(extract_batch, [page for page, _ in batch])
        self._in_flight += 1
        done.add_done_callback(lambda future: loop.call_soon_threadsafe(self._delivered, batch, future))

    def _worker_free(self) -> bool:
        # one batch running and one queued per worker keeps each busy between hand-overs
        return self._in_flight < 2 * self.workers

    def _delivered(self, batch: list[tuple[FetchedPage, asyncio.Future[Result]]], done: Future[list[Result]]) -> None:
        self._in_flight -= 1
        _deliver(batch, done)
        if self._batch and self._worker_free():
            self._send()

    def _processes(self) -> ProcessPoolExecutor:
        """Started with the first article request (or page): a crawl that finds nothing new never forks them."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=_fork_server_context(), initializer=_yield_to_the_crawler
            )
        return self._pool


def start_fork_server() -> None:
    """Start the process that extraction workers are forked from, importing the extraction code now.

    Not fork: forking a process that runs an event loop and threads is unsafe. Not spawn: spawned
    workers import the crawling process's main module (Scrapy, SQLAlchemy: ~90 MB each). The fork
    server imports the extraction code alone, once; each worker forked from it shares those pages
    and has nothing left to import when its first batch arrives. Called when the crawling process
    starts, so that import runs on another core while the crawler imports Scrapy.
    """
    _fork_server_context()
    multiprocessing.forkserver.ensure_running()


def _fork_server_context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([_EXTRACTION_MODULE])
    return context


def _yield_to_the_crawler() -> None:
    """Run in each new worker: a lower CPU priority than the crawling process's.

    The crawler's event loop keeps downloads going; held up behind extraction, it leaves the
    workers without pages. Extraction can wait: with the crawler first, workers take what CPU is left.
    """
    os.nice(EXTRACTION_NICENESS)


def _ready() -> None:
    """A first task for a new worker, so that it is forked before pages arrive."""


def _deliver(batch: list[tuple[FetchedPage, asyncio.Future[Result]]], done: Future[list[Result]]) -> None:
    try:
        results = done.result()
    except Exception as exc:  # noqa: BLE001 - a dead worker fails its batch's pages, not the crawl
        results = [Rejection(page.source_id, page.url, f"extraction failed: {exc!r}") for page, _ in batch]
    for (_, waiter), result in zip(batch, results, strict=True):
        if not waiter.done():
            waiter.set_result(result)
