"""Scrapy settings of every crawl: polite by default, each choice with the reason for it.

The values come from CrawlOptions (themselves from the user's settings); the rest is fixed here
so that no crawl can forget one of them.
"""

from __future__ import annotations

import time
from typing import Any

from scrapy.settings import default_settings

from crawler.options import CrawlOptions

_OUR = "crawler.middlewares"
_UNUSED_EXTENSIONS = (
    "scrapy.extensions.feedexport.FeedExporter",
    "scrapy.extensions.memusage.MemoryUsage",
    "scrapy.extensions.logcount.LogCount",
    "scrapy.extensions.remote_control.RemoteControl",
    "scrapy.extensions.telnet.TelnetConsole",
)
_UNUSED_MIDDLEWARES = (
    # replaced by PoliteRetryMiddleware
    "scrapy.downloadermiddlewares.retry.RetryMiddleware",
    # COOKIES_ENABLED and HTTPCACHE_ENABLED are off: they would only be imported to say so
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware",
)


def scrapy_settings(options: CrawlOptions) -> dict[str, Any]:
    """The settings of one crawl starting now (its deadline is counted from this call)."""
    return {
        # Say who we are and how to reach the operator, so a site owner can complain instead of block.
        "USER_AGENT": options.user_agent,
        # A site's robots.txt is its owner's wish about crawlers; we follow it by default.
        "ROBOTSTXT_OBEY": options.obey_robots,
        # Few parallel requests per site, and a delay between them: newsrooms are not built for load.
        "CONCURRENT_REQUESTS": options.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": options.concurrency_per_domain,
        "DOWNLOAD_DELAY": options.download_delay,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        # AutoThrottle slows down for a site that answers slowly (a sign it is struggling), never
        # below DOWNLOAD_DELAY.
        "AUTOTHROTTLE_ENABLED": options.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(options.download_delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(max(1, options.concurrency_per_domain)),
        # A server that accepts and never answers must not hold the crawl: give up after the timeout.
        "DOWNLOAD_TIMEOUT": options.timeout,
        "DNS_TIMEOUT": min(options.timeout, 30),
        # A page over this (after decompression, so gzip/brotli bombs too) is dropped, not read.
        "DOWNLOAD_MAXSIZE": options.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        # Retry what may pass (429, 5xx, timeouts) a few times with growing pauses, honouring
        # Retry-After up to a bound; our middleware replaces Scrapy's, which retries at once.
        "RETRY_ENABLED": True,
        "RETRY_TIMES": options.retry_times,
        "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 522, 524, 408],
        "POLITE_RETRY_MAX_AFTER": options.max_retry_after,
        "POLITE_RETRY_BASE_DELAY": max(options.download_delay, 0.5),
        # Redirect chains longer than this are loops or traps.
        "REDIRECT_MAX_TIMES": 5,
        "METAREFRESH_MAXDELAY": 5,
        # Only http and https are ever fetched: no file:, ftp:, s3: or data: handler exists at all.
        "DOWNLOAD_HANDLERS": {"file": None, "ftp": None, "s3": None, "data": None},
        "DOWNLOADER_MIDDLEWARES": {
            f"{_OUR}.OnlyHttpMiddleware": 50,
            f"{_OUR}.PoliteRetryMiddleware": 550,
            # after the retry pause (550) and the default timeout (350): it caps both
            f"{_OUR}.CrawlDeadlineMiddleware": 560,
        },
        # Newsrooms need no session; cookies only make crawls differ from one run to the next.
        "COOKIES_ENABLED": False,
        # The overall bound of a crawl: what is not done by then is recorded as not done. Downloads
        # in flight are cut at the same moment (CrawlDeadlineMiddleware), or closing would wait for them.
        "CLOSESPIDER_TIMEOUT": options.crawl_time_limit,
        "CRAWL_DEADLINE": time.monotonic() + options.crawl_time_limit,
        # Our own per-crawl seen-set replaces the request fingerprint filter (see spider.py).
        "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter",
        "TELNETCONSOLE_ENABLED": False,
        # Extensions and middlewares that would only cost time: we export no feeds, set no memory limit,
        # read no log counts (LogCount sees every record Scrapy makes, one or two per page), keep no
        # cookies or HTTP cache, and run no remote control or telnet console. They are left out of the
        # *_BASE lists rather than set to None: Scrapy imports every module named in EXTENSIONS or
        # DOWNLOADER_MIDDLEWARES, even a disabled one, and the remote control alone imports aiohttp
        # (a third of a second of every crawl, even one that finds nothing new).
        "EXTENSIONS_BASE": _without(default_settings.EXTENSIONS_BASE, _UNUSED_EXTENSIONS),
        "DOWNLOADER_MIDDLEWARES_BASE": _without(default_settings.DOWNLOADER_MIDDLEWARES_BASE, _UNUSED_MIDDLEWARES),
        # The crawling process logs through its own handler (crawler/worker.py), not Scrapy's.
        "LOG_ENABLED": False,
        "LOG_INSTALL_ROOT_HANDLER": False,
        "LOGSTATS_INTERVAL": 0,
        "STATS_DUMP": False,
        # A page yields one article or a few dozen links; Scrapy starts this many tasks per page to
        # process them, and its default of 100 costs more than the page itself.
        "CONCURRENT_ITEMS": 8,
        # Responses waiting for extraction are bounded in memory; downloads pause beyond this.
        "SCRAPER_SLOT_MAX_ACTIVE_SIZE": 20_000_000,
        # Article pages go from the spider to crawler/article_flow.py directly, not as items.
        "ITEM_PIPELINES": {},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    }


def _without(components: dict[str, int], unused: tuple[str, ...]) -> dict[str, int]:
    return {path: order for path, order in components.items() if path not in unused}
