"""Downloader middlewares: only http(s) leaves the crawler, and retries wait as the server asks."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.utils.response import response_status_message

from crawler.urls import url_problem

logger = logging.getLogger(__name__)
_MAX_BACKOFF = 30.0


class OnlyHttpMiddleware:
    """Refuses any request that is not http(s), wherever it came from (a feed, a redirect, a bug)."""

    def process_request(self, request: Request) -> None:
        problem = url_problem(request.url)
        if problem:
            raise IgnoreRequest(problem)


class CrawlDeadlineMiddleware:
    """Keeps every download inside the crawl's time limit.

    Scrapy's own time limit (CLOSESPIDER_TIMEOUT) closes the spider but then waits for the
    downloads in flight; a server that never answers would hold the crawl for a whole timeout.
    So no request starts after the deadline, and none may take longer than the time left.
    """

    def __init__(self, deadline: float):
        self.deadline = deadline

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDeadlineMiddleware:
        return cls(crawler.settings.getfloat("CRAWL_DEADLINE") or float("inf"))

    def process_request(self, request: Request) -> None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise IgnoreRequest("the crawl time limit (crawl_time_limit) was reached")
        timeout = float(request.meta.get("download_timeout") or left)
        if left < timeout:
            request.meta["download_timeout"] = left
            request.meta["cut_by_deadline"] = True


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but each one waits: Retry-After when the server sends it (up to a bound),
    else an exponential back-off. A server asking for more than the bound is not retried now."""

    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.max_retry_after = settings.getfloat("POLITE_RETRY_MAX_AFTER", 120.0)
        self.base_delay = settings.getfloat("POLITE_RETRY_BASE_DELAY", 1.0)
        self.deadline = settings.getfloat("CRAWL_DEADLINE") or float("inf")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PoliteRetryMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    async def process_request(self, request: Request) -> None:
        delay = request.meta.pop("retry_delay", None)
        if delay:
            await asyncio.sleep(max(0.0, min(delay, self.deadline - time.monotonic())))

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if (
            request.meta.get("dont_retry", False)
            or response.status not in self.retry_http_codes
            or _is_robots_txt(request)
        ):
            return response
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is not None and asked > self.max_retry_after:
            request.meta["retry_refused"] = (
                f"the server asked to come back after {asked:.0f} s (more than {self.max_retry_after:.0f} s)"
            )
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        retry.meta["retry_delay"] = asked if asked is not None else self._backoff(retry.meta["retry_times"])
        return retry

    def process_exception(self, request: Request, exception: Exception) -> Any:  # type: ignore[override]
        if _is_robots_txt(request):
            return None  # an unreachable robots.txt counts as "allow all"; retrying it only doubles the wait
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            retry.meta["retry_delay"] = self._backoff(retry.meta["retry_times"])
        return retry

    def _backoff(self, attempt: int) -> float:
        return min(_MAX_BACKOFF, self.base_delay * 2 ** (attempt - 1))


def _is_robots_txt(request: Request) -> bool:
    return bool(request.meta.get("dont_obey_robotstxt")) and request.url.endswith("/robots.txt")


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
