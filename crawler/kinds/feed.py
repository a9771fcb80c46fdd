"""``feed`` sources: RSS, RDF, Atom or JSON Feed; each entry's link is an article to fetch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawler.feeds import FeedEntry, FeedError, read_feed
from crawler.kinds import SourceFailure, SourceKind, content_type, register
from crawler.pages import PageHints


@register
class FeedKind(SourceKind):
    kind = "feed"

    def read_start(self, response: Response) -> Iterable[Any]:
        try:
            feed = read_feed(response.body, response.url, content_type(response))
        except FeedError as exc:
            raise SourceFailure(f"{response.url}: {exc}") from None
        if feed.leniency:
            self.spider.note(self.source.id, f"feed read leniently: {feed.leniency}")
        if not feed.entries:
            self.spider.note(self.source.id, "the feed has no entries")
        links = []
        for entry in feed.entries:
            if not entry.link:
                self.spider.reject(
                    self.source.id, entry.guid or response.url, f"feed entry {entry.title[:80]!r} has no link"
                )
                continue
            links.append((entry.link, entry_hints(entry)))
        return self.spider.article_requests(self.source.id, links)


def entry_hints(entry: FeedEntry) -> PageHints:
    return PageHints(
        title=entry.title,
        published=entry.published,
        text=entry.content or entry.summary,
        language=entry.language,
        guid=entry.guid,
    )
