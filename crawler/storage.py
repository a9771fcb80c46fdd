"""The crawler's side of storage: extracted articles buffered and written a batch at a time."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from crawler.pages import ExtractedArticle
from db.articles import NewArticle, store_articles
from db.engine import Database

logger = logging.getLogger(__name__)


class StoreError(RuntimeError):
    """A batch could not be written; its articles are not stored and will be fetched next time."""

    def __init__(self, message: str, articles: list[ExtractedArticle]):
        super().__init__(message)
        self.articles = articles


class ArticleWriter:
    def __init__(self, database: Database, companies: dict[str, str]):
        self.database = database
        # source id -> the company that publishes it, recorded with each article (role "source")
        self.companies = companies
        self._buffer: list[ExtractedArticle] = []

    def add(self, article: ExtractedArticle) -> None:
        self._buffer.append(article)

    def pending(self) -> int:
        return len(self._buffer)

    def flush(self) -> list[tuple[ExtractedArticle, bool]]:
        """Write the buffer in one transaction; each article with True when it was added."""
        batch, self._buffer = self._buffer, []
        if not batch:
            return []
        rows = [self._new_article(article) for article in batch]
        try:
            result = store_articles(self.database, rows, datetime.now(UTC))
        except Exception as exc:
            raise StoreError(f"could not store {len(batch)} articles: {exc}", batch) from exc
        return list(zip(batch, result.added, strict=True))

    def _new_article(self, article: ExtractedArticle) -> NewArticle:
        return NewArticle(
            source_id=article.source_id,
            company=self.companies[article.source_id],
            url=article.url,
            canonical_url=article.canonical_url,
            title=article.title,
            published=article.published,
            language=article.language,
            text=article.text,
            lead=article.lead,
            content_hash=article.content_hash,
            guid=article.guid,
        )
