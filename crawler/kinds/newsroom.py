"""``newsroom`` sources: a listing page of press releases, followed through its pagination.

Pagination stops at the first page that brings no article not stored yet (the rest is older),
at ``max_pages`` of the source or ``max_listing_pages`` of the settings, or when a page points
back to one already read (a calendar or listing trap).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.kinds import SourceFailure, SourceKind, content_type, register
from crawler.links import article_links, next_page
from crawler.urls import canonical_url


@register
class NewsroomKind(SourceKind):
    kind = "newsroom"

    def read_start(self, response: Response) -> Iterable[Any]:
        return self.read_listing(response)

    def read_listing(self, response: Response) -> list[Any]:
        number = response.meta.get("page_number", 1)
        if not isinstance(response, TextResponse):
            raise SourceFailure(f"{response.url}: listing page is not HTML ({content_type(response) or 'no type'})")
        links = article_links(response.selector, response.url, self.source.article_links)
        if not links and number == 1:
            hint = "check the selector" if self.source.article_links else "set article_links for this source"
            raise SourceFailure(f"{response.url}: no article links found on the listing page ({hint})")
        tally = self.spider.tallies[self.source.id]
        requests: list[Any] = self.spider.article_requests(self.source.id, [(url, None) for url in links])
        following = next_page(response.selector, response.url, number, self.source.next_page)
        # a page without a single article stored before this crawl means the older pages hold none either;
        # one another source of this crawl asked for first (a feed of the same newsroom) is still news
        lacking = any(canonical_url(url) not in self.spider.stored_before for url in links)
        if following and lacking and not tally.truncated:
            if number >= self.max_pages():
                self.spider.note(self.source.id, f"stopped after {number} listing pages (max pages)")
            else:
                request = self.spider.listing_request(
                    self.source.id, following, self.read_listing, page_number=number + 1
                )
                if request is None:
                    self.spider.note(self.source.id, f"{following}: listing points back to a page already read")
                else:
                    requests.append(request)
        return requests

    def max_pages(self) -> int:
        return self.source.max_pages or self.spider.options.max_listing_pages
