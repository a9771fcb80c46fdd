"""Item pipelines, one job each: extract the article from its page, then store it in batches.

Extraction runs in worker processes so the crawler's event loop keeps downloading while
trafilatura reads; storage writes a batch per transaction instead of a commit per article.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from twisted.internet import task

from crawler.extraction_pool import ExtractionPool
from crawler.pages import ExtractedArticle, FetchedPage, Rejection
from crawler.storage import StoreError

if TYPE_CHECKING:
    from crawler.spider import SourcesSpider

logger = logging.getLogger(__name__)
# Buffered articles are written at least this often, so progress shows and a crash loses little.
FLUSH_SECONDS = 1.0


class ExtractPipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.pool: ExtractionPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    @property
    def spider(self) -> SourcesSpider:
        return self.crawler.spider  # type: ignore[return-value]

    def open_spider(self) -> None:
        self.pool = ExtractionPool(self.spider.options.workers())
        self.crawler.signals.connect(self.first_article_scheduled, signal=signals.request_scheduled)

    def first_article_scheduled(self, request: Request) -> None:
        """Workers start with the first article request: a recrawl that finds nothing new never pays for them."""
        role = request.meta.get("ssb")
        if role is None or role.role != "article" or self.pool is None:
            return
        self.crawler.signals.disconnect(self.first_article_scheduled, signal=signals.request_scheduled)
        self.pool.warm_up()

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        assert self.pool is not None
        result = await self.pool.extract(item)
        if isinstance(result, Rejection):
            self.spider.reject(result.source_id, result.url, result.reason)
            self.spider.item_settled(result.source_id)
            raise DropItem(result.reason)
        return result


class StorePipeline:
    """Buffers extracted articles and writes them through the spider's ArticleWriter."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.seen_hashes: set[str] = set()
        self.stored_urls: set[str] = set()
        self.flusher: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    @property
    def spider(self) -> SourcesSpider:
        return self.crawler.spider  # type: ignore[return-value]

    def open_spider(self) -> None:
        self.flusher = task.LoopingCall(self.flush)
        self.flusher.start(FLUSH_SECONDS, now=False)

    def close_spider(self) -> None:
        if self.flusher is not None and self.flusher.running:
            self.flusher.stop()
        self.flush()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ExtractedArticle):
            return item
        if item.content_hash in self.seen_hashes or item.canonical_url in self.stored_urls:
            self.spider.tallies[item.source_id].duplicate += 1
            self.spider.item_settled(item.source_id)
            raise DropItem(f"same article as one stored in this crawl: {item.url}")
        self.seen_hashes.add(item.content_hash)
        self.stored_urls.add(item.canonical_url)
        writer = self.spider.writer
        writer.add(item)
        if writer.pending() >= self.spider.options.store_batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        spider = self.spider
        try:
            written = spider.writer.flush()
        except StoreError as exc:  # the crawl goes on; these pages are fetched again next time
            logger.error("%s", exc.__cause__ or exc)
            for article in exc.articles:
                spider.tallies[article.source_id].errors += 1
                spider.reject(article.source_id, article.url, str(exc), count=False)
                spider.item_settled(article.source_id)
            return
        for article, stored in written:
            tally = spider.tallies[article.source_id]
            if stored:
                tally.new += 1
                spider.known_urls.add(article.canonical_url)
            else:
                tally.duplicate += 1
            spider.item_settled(article.source_id)
