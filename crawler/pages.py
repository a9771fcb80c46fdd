"""What travels between the spider and the extractor: plain, picklable values.

Kept apart from crawler/extraction.py so that the crawling process never imports trafilatura and
friends: only the extraction worker processes do, through ``extract_in_worker``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PageHints:
    """What a feed entry or sitemap said about the article before its page was fetched."""

    title: str = ""
    published: datetime | None = None
    text: str = ""
    language: str | None = None
    guid: str | None = None


@dataclass(frozen=True)
class FetchedPage:
    source_id: str
    url: str
    body: bytes | None
    content_type: str | None = None
    hints: PageHints | None = None
    # why the page itself could not be fetched, when the article is built from its hints alone
    fetch_error: str | None = None


@dataclass(frozen=True)
class ExtractedArticle:
    source_id: str
    url: str
    canonical_url: str
    title: str
    published: datetime | None
    language: str | None
    text: str
    lead: str
    content_hash: str
    guid: str | None


@dataclass(frozen=True)
class Rejection:
    source_id: str
    url: str
    reason: str


def extract_in_worker(page: FetchedPage) -> ExtractedArticle | Rejection:
    """Run in an extraction process: the heavy libraries are imported there, on first use."""
    from crawler.extraction import extract_article

    return extract_article(page)

