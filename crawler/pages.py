"""What travels between the spider and the extractor: plain, picklable values.

Kept apart from crawler/extraction.py so that the crawling process never imports trafilatura and
friends: only the extraction processes do (the fork server of crawler/extraction_pool.py imports
it once for all its workers), through ``extract_batch``.
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


def extract_batch(pages: list[FetchedPage]) -> list[ExtractedArticle | Rejection]:
    """Run in an extraction process (the heavy libraries are imported there, by its fork server).

    A page that breaks the extractor becomes a Rejection; the rest of its batch is unaffected.
    """
    from crawler.extraction import extract_article

    results: list[ExtractedArticle | Rejection] = []
    for page in pages:
        try:
            results.append(extract_article(page))
        except Exception as exc:  # noqa: BLE001 - recorded per page, with the reason
            results.append(Rejection(page.source_id, page.url, f"extraction failed: {exc!r}"))
    return results
