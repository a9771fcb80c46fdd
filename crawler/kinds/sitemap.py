"""``sitemap`` sources: a sitemap, sitemap index or news sitemap; newest URLs are taken first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from scrapy.http import Response
from scrapy.utils.gz import gunzip

from crawler.kinds import SourceFailure, SourceKind, register
from crawler.pages import PageHints
from crawler.sitemaps import SitemapError, read_sitemap

_GZIP_MAGIC = b"\x1f\x8b"


@register
class SitemapKind(SourceKind):
    kind = "sitemap"

    def read_start(self, response: Response) -> Iterable[Any]:
        return self.read_sitemap(response)

    def read_sitemap(self, response: Response) -> list[Any]:
        body = response.body
        if body[:2] == _GZIP_MAGIC:
            try:
                body = gunzip(body, max_size=self.spider.options.max_page_bytes)
            except Exception as exc:  # noqa: BLE001 - gzip and size errors alike make the sitemap unreadable
                raise SourceFailure(f"{response.url}: cannot unpack gzip sitemap: {exc}") from None
        try:
            sitemap = read_sitemap(body)
        except SitemapError as exc:
            raise SourceFailure(f"{response.url}: {exc}") from None
        if sitemap.is_index:
            return self._child_sitemaps(response, sitemap.newest_first())
        links = [
            (
                urljoin(response.url, entry.url),
                PageHints(title=entry.title or "", published=entry.published, language=entry.language),
            )
            for entry in sitemap.newest_first()
        ]
        return self.spider.article_requests(self.source.id, links)

    def _child_sitemaps(self, response: Response, entries: list[Any]) -> list[Any]:
        depth = response.meta.get("sitemap_depth", 0)
        if depth >= 2:
            self.spider.note(self.source.id, f"{response.url}: sitemap index nested too deep, skipped")
            return []
        limit = self.source.max_pages or self.spider.options.max_listing_pages
        if len(entries) > limit:
            self.spider.note(self.source.id, f"read the newest {limit} of {len(entries)} sitemaps (max pages)")
        requests = []
        for entry in entries[:limit]:
            url = urljoin(response.url, entry.url)
            request = self.spider.listing_request(self.source.id, url, self.read_sitemap, sitemap_depth=depth + 1)
            if request is not None:
                requests.append(request)
        return requests
