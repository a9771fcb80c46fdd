"""The one spider of a crawl: it starts every selected source through its kind, keeps each
source's tally, and turns every failure into a recorded reason instead of a stopped crawl.

Requests are deduplicated here on canonical URLs (Scrapy's fingerprint filter is off): an article
already stored is never requested, and one linked from two sources is fetched once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.article_flow import ArticleFlow
from crawler.events import EventSink
from crawler.kinds import SOURCE_KINDS, SourceFailure
from crawler.options import CrawlOptions
from crawler.pages import FetchedPage, PageHints
from crawler.storage import ArticleWriter
from crawler.tally import SourceTally
from crawler.urls import canonical_url, url_problem
from db.crawl_runs import Validators
from tracker.universe import Source

logger = logging.getLogger(__name__)

Handler = Callable[[Response], Iterable[Any]]
# what a callback gives Scrapy: requests to follow, or an article page's processing to await
CallbackOutput = list[Any] | Coroutine[Any, Any, list[Any]]


@dataclass(frozen=True)
class RequestRole:
    """Why a request was made: the source's first page, a further listing page, or an article."""

    source_id: str
    role: str  # start | listing | article
    handler: Handler | None = None
    hints: PageHints | None = None


class SourcesSpider(scrapy.Spider):
    name = "ssbtrack"
    custom_settings: dict[str, Any] = {}

    def __init__(
        self,
        sources: list[Source],
        options: CrawlOptions,
        known_urls: set[str],
        validators: dict[str, Validators],
        events: EventSink,
        writer: ArticleWriter,
        tallies: dict[str, SourceTally] | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        # carried for ArticleFlow: the spider itself only finds pages, it never writes
        self.writer = writer
        self.sources = {source.id: source for source in sources}
        self.options = options
        self.known_urls = known_urls
        # what was stored before this crawl began (known_urls grows as this crawl stores articles)
        self.stored_before: frozenset[str] = frozenset(known_urls)
        self.validators = validators
        self.events = events
        # the caller's, when given, so it keeps them after the reactor is gone
        self.tallies = tallies if tallies is not None else {}
        for source in sources:
            self.tallies.setdefault(source.id, SourceTally(source.id))
        self.requested: set[str] = set()
        self.articles = ArticleFlow(self)

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            for request in self._start_source(source):
                yield request

    def _start_source(self, source: Source) -> list[scrapy.Request]:
        problem = url_problem(source.url)
        kind = SOURCE_KINDS.get(source.kind)
        if problem or kind is None:
            self.fail(source.id, problem or f"unknown source kind {source.kind!r}")
            self._settle(source.id)
            return []
        return kind(source, self).start_requests()

    # -- requests ---------------------------------------------------------------------------------

    def start_request(self, source: Source, handler: Handler) -> scrapy.Request:
        """The source's first page, conditional on what the last complete crawl saw of it."""
        headers = {}
        stored = self.validators.get(source.id)
        if stored and stored.etag:
            headers["If-None-Match"] = stored.etag
        if stored and stored.last_modified:
            headers["If-Modified-Since"] = stored.last_modified
        return self._request(
            source.url,
            RequestRole(source.id, "start", handler),
            headers=headers,
            meta={"handle_httpstatus_list": [304]},
        )

    def listing_request(self, source_id: str, url: str, handler: Handler, **meta: Any) -> scrapy.Request | None:
        """A further listing or sitemap page, unless it was requested already in this crawl."""
        canonical = canonical_url(url)
        if canonical in self.requested:
            return None
        return self._request(canonical, RequestRole(source_id, "listing", handler), meta=meta)

    def article_requests(self, source_id: str, links: Iterable[tuple[str, PageHints | None]]) -> list[scrapy.Request]:
        """Requests for the article links not stored, not requested yet, and within the source's limit."""
        tally = self.tallies[source_id]
        requests = []
        for link, hints in links:
            problem = url_problem(link)
            if problem:
                self.reject(source_id, link, problem)
                continue
            canonical = canonical_url(link)
            if canonical in self.known_urls or canonical in self.requested:
                tally.known += 1
                continue
            if tally.articles_requested >= self.options.max_articles_per_source:
                if not tally.truncated:
                    tally.truncated = True
                    self.note(
                        source_id,
                        f"stopped at {self.options.max_articles_per_source} articles "
                        "(max_articles_per_source); the rest wait for the next crawl",
                    )
                continue
            tally.articles_requested += 1
            self.articles.warm_up()
            requests.append(self._request(canonical, RequestRole(source_id, "article", hints=hints), priority=1))
        return requests

    def _request(
        self,
        url: str,
        role: RequestRole,
        priority: int = 0,
        headers: dict[str, str] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> scrapy.Request:
        self.requested.add(canonical_url(url))
        self.tallies[role.source_id].pending += 1
        return scrapy.Request(
            url,
            callback=self._on_response,
            errback=self._on_error,
            dont_filter=True,
            priority=priority,
            headers=headers,
            meta={**(meta or {}), "ssb": role},
        )

    # -- answers ----------------------------------------------------------------------------------

    def _on_response(self, response: Response) -> CallbackOutput:
        role: RequestRole = response.meta["ssb"]
        tally = self.tallies[role.source_id]
        tally.fetched += 1
        try:
            if role.role == "article":
                return self._article_page(role, response)
            if response.status == 304:
                tally.not_modified = True
                return []
            if role.role == "start":
                tally.validators = _validators(response)
            return list(role.handler(response)) if role.handler else []
        except SourceFailure as exc:
            self.fail(role.source_id, str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad page must not end the crawl of the others
            logger.exception("%s: reading %s failed", role.source_id, response.url)
            self.fail(role.source_id, f"internal error reading {response.url}: {exc!r}")
        finally:
            tally.pending -= 1
            self._settle(role.source_id)
        return []

    def _article_page(self, role: RequestRole, response: Response) -> CallbackOutput:
        if canonical_url(response.url) in self.known_urls:  # redirected to an article stored before
            self.tallies[role.source_id].duplicate += 1
            return []
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        page = FetchedPage(role.source_id, response.url, response.body, content_type, role.hints)
        self.tallies[role.source_id].in_pipeline += 1
        return self.articles.process(page)

    def _on_error(self, failure: Failure) -> CallbackOutput:
        request = failure.request  # type: ignore[attr-defined]
        role: RequestRole = request.meta["ssb"]
        tally = self.tallies[role.source_id]
        reason = f"{request.url}: {describe_failure(failure, request.meta, self.options)}"
        try:
            if role.role != "start" and _forbidden_by_robots(failure):
                self.reject(role.source_id, request.url, "disallowed by the site's robots.txt")
            elif role.role == "start":
                self.fail(role.source_id, reason)
            elif role.role == "article" and role.hints and (role.hints.title or role.hints.text):
                tally.errors += 1
                tally.article_errors += 1
                logger.info("%s: %s; storing what the feed said of it", role.source_id, reason)
                tally.in_pipeline += 1
                return self.articles.process(
                    FetchedPage(role.source_id, request.url, None, None, role.hints, fetch_error=reason)
                )
            else:
                tally.errors += 1
                tally.article_errors += role.role == "article"
                self.reject(role.source_id, request.url, reason, count=False)
        finally:
            tally.pending -= 1
            self._settle(role.source_id)
        return []

    # -- bookkeeping --------------------------------------------------------------------------------

    def fail(self, source_id: str, reason: str) -> None:
        tally = self.tallies[source_id]
        if tally.error is None:
            tally.error = reason
        logger.warning("%s: source failed: %s", source_id, reason)
        self.events.emit("source_error", source=source_id, reason=reason)

    def reject(self, source_id: str, url: str, reason: str, count: bool = True) -> None:
        if count:
            self.tallies[source_id].rejected += 1
        logger.warning("%s: rejected %s: %s", source_id, url, reason)
        self.events.emit("rejected", source=source_id, url=url, reason=reason)

    def note(self, source_id: str, message: str) -> None:
        self.tallies[source_id].notes.append(message)
        logger.info("%s: %s", source_id, message)
        self.events.emit("note", source=source_id, message=message)

    def closed(self, reason: str) -> None:
        self.articles.close()

    def item_settled(self, source_id: str) -> None:
        """A page left the article flow (stored, duplicate or rejected)."""
        self.tallies[source_id].in_pipeline -= 1
        self._settle(source_id)

    def _settle(self, source_id: str) -> None:
        tally = self.tallies[source_id]
        if not tally.busy and not tally.done:
            tally.done = True
            self.events.emit("source_done", **tally.snapshot())


def _validators(response: Response) -> Validators | None:
    etag = response.headers.get("ETag")
    modified = response.headers.get("Last-Modified")
    if not etag and not modified:
        return None
    return Validators(etag.decode("latin-1") if etag else None, modified.decode("latin-1") if modified else None)


def _forbidden_by_robots(failure: Failure) -> bool:
    """A page the site asked crawlers to leave alone: skipped by choice, not a failure."""
    return bool(failure.check(IgnoreRequest)) and "robots.txt" in str(failure.value)


def describe_failure(failure: Failure, meta: dict[str, Any], options: CrawlOptions) -> str:
    """A failed request in words a user can act on."""
    error = failure.value
    if isinstance(error, HttpError):
        status = error.response.status
        refused = meta.get("retry_refused")
        retried = meta.get("retry_times")
        text = f"HTTP {status}"
        if refused:
            text += f"; {refused}"
        elif retried:
            text += f" (after {retried} retries)"
        return text
    name = type(error).__name__
    if "Timeout" in name or "TimedOut" in name:
        if meta.get("cut_by_deadline"):
            return "no answer before the crawl time limit (crawl_time_limit) was reached"
        return f"no answer within {options.timeout:g} s (timeout)"
    if "ConnectionRefused" in name:
        return "connection refused (dead host or port)"
    if "DNSLookup" in name:
        return "host name not found (DNS)"
    message = str(error).strip()
    if "maxsize" in message.lower().replace("_", "").replace(" ", "") or "max size" in message.lower():
        return (
            f"the response is larger than the size limit (max_page_bytes: {options.max_page_bytes} bytes, "
            "after decompression)"
        )
    return f"{message} ({name})" if message else name
