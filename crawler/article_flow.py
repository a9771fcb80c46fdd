"""From a fetched article page to a stored article: extraction in worker processes, duplicates of this
crawl dropped, then buffered writes, a batch per transaction.

The spider hands each page here straight from its callback, not as a Scrapy item: the item
machinery (spider middlewares, pipelines, signals) would cost the event loop more than the page
itself. The callback's output is ``process(page)``, a coroutine Scrapy awaits: the response stays
in Scrapy's scraper slot until its article is extracted, so SCRAPER_SLOT_MAX_ACTIVE_SIZE bounds the
pages waiting for extraction (downloads pause beyond it) and the crawl does not end before the
last one is read.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from twisted.internet import task

from crawler.extraction_pool import ExtractionPool
from crawler.pages import ExtractedArticle, FetchedPage, Rejection
from crawler.storage import StoreError

if TYPE_CHECKING:
    from crawler.spider import SourcesSpider

logger = logging.getLogger(__name__)
# Buffered articles are written at least this often, so progress shows and a crash loses little.
FLUSH_SECONDS = 1.0


class ArticleFlow:
    def __init__(self, spider: SourcesSpider):
        self.spider = spider
        self.pool = ExtractionPool(spider.options.workers())
        self.seen_hashes: set[str] = set()
        self.stored_urls: set[str] = set()
        self.flusher: task.LoopingCall | None = None

    def warm_up(self) -> None:
        """Start the extraction workers, while the first article pages download.

        Called with the first article request: a recrawl that finds nothing new never pays for them.
        """
        if self.flusher is None:
            self.pool.warm_up()
            self.flusher = task.LoopingCall(self.flush)
            self.flusher.start(FLUSH_SECONDS, now=False)

    async def process(self, page: FetchedPage) -> list[Any]:
        """Extract the page's article and buffer it for storage; nothing for Scrapy to follow."""
        self.warm_up()
        try:
            result = await self.pool.extract(page)
        except Exception as exc:  # noqa: BLE001 - one page's failure must not reach Scrapy as a spider error
            result = Rejection(page.source_id, page.url, f"extraction failed: {exc!r}")
        if isinstance(result, Rejection):
            self.spider.reject(result.source_id, result.url, result.reason)
            self.spider.item_settled(result.source_id)
        else:
            self._keep(result)
        return []

    def close(self) -> None:
        """Write what is buffered and stop the workers (the spider is closing)."""
        if self.flusher is not None and self.flusher.running:
            self.flusher.stop()
        self.flush()
        self.pool.close()

    def _keep(self, article: ExtractedArticle) -> None:
        spider = self.spider
        if article.content_hash in self.seen_hashes or article.canonical_url in self.stored_urls:
            spider.tallies[article.source_id].duplicate += 1
            logger.debug("same article as one stored in this crawl: %s", article.url)
            spider.item_settled(article.source_id)
            return
        self.seen_hashes.add(article.content_hash)
        self.stored_urls.add(article.canonical_url)
        spider.writer.add(article)
        if spider.writer.pending() >= spider.options.store_batch_size:
            self.flush()

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
