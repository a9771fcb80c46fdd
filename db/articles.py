"""Storing crawled articles in batches, and reading them back.

A batch is one transaction: a process killed mid-crawl leaves every batch either fully stored or
not at all. The unique canonical URL and content hash make a second store of the same article a
no-op (``ON CONFLICT DO NOTHING``), so a crawl after a crash adds no duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Select, exists, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import ArticleCompanyRow, ArticleRow


@dataclass(frozen=True)
class NewArticle:
    """An extracted article on its way into the database."""

    source_id: str
    company: str
    url: str
    canonical_url: str
    title: str
    published: datetime | None
    language: str | None
    text: str
    lead: str
    content_hash: str
    guid: str | None = None


@dataclass(frozen=True)
class StoreResult:
    # canonical URL -> id of each article this batch added
    stored: dict[str, int]
    # articles left out because one with their URL or text was already there (or earlier in the batch)
    duplicates: tuple[NewArticle, ...]
    # for each article of the batch, in order: whether it is the one that was added
    added: tuple[bool, ...] = ()


@dataclass(frozen=True)
class ArticleListing:
    id: int
    url: str
    title: str
    published: datetime | None
    source_id: str
    companies: tuple[str, ...]
    language: str | None
    fetched_at: datetime
    lead: str


def known_canonical_urls(database: Database) -> set[str]:
    """Every stored article's canonical URL: the pages a crawl never requests again."""
    with database.sessions() as session:
        return set(session.scalars(select(ArticleRow.canonical_url)))


def store_articles(
    database: Database, articles: Sequence[NewArticle], fetched_at: datetime | None = None
) -> StoreResult:
    """Add a batch in one transaction, with each article's source company (role ``source``)."""
    if not articles:
        return StoreResult({}, (), ())
    fetched_at = fetched_at or datetime.now(UTC)
    with database.sessions() as session, session.begin():
        if session.get_bind().dialect.name in ("sqlite", "postgresql"):
            stored = _insert_skipping_conflicts(session, articles, fetched_at)
        else:
            stored = _insert_one_by_one(session, articles, fetched_at)
        companies = {article.canonical_url: article.company for article in articles}
        if stored:
            session.execute(
                insert(ArticleCompanyRow.__table__),
                [
                    {"article_id": article_id, "company": companies[url], "role": "source"}
                    for url, article_id in stored.items()
                ],
            )
    added, claimed = [], set()
    for article in articles:
        added.append(article.canonical_url in stored and article.canonical_url not in claimed)
        claimed.add(article.canonical_url)
    duplicates = tuple(article for article, was_added in zip(articles, added, strict=True) if not was_added)
    return StoreResult(stored, duplicates, tuple(added))


def _row(article: NewArticle, fetched_at: datetime) -> dict[str, object]:
    return {
        "canonical_url": article.canonical_url,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "lead": article.lead,
        "content_hash": article.content_hash,
        "guid": article.guid,
        "source_id": article.source_id,
        "fetched_at": fetched_at,
        "topics": [],
    }


def _insert_skipping_conflicts(
    session: Session, articles: Sequence[NewArticle], fetched_at: datetime
) -> dict[str, int]:
    # imported here: the crawling process needs only its own database's dialect, and only once it stores
    if session.get_bind().dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    # one cached statement run over the batch ("insertmanyvalues"), not a new multi-row statement per batch;
    # on the table, not the mapped class: the ORM's bulk-insert layer adds nothing to plain rows but time
    table = ArticleRow.__table__
    statement = dialect_insert(table).on_conflict_do_nothing().returning(table.c.canonical_url, table.c.id)
    result = session.execute(statement, [_row(article, fetched_at) for article in articles])
    return {url: article_id for url, article_id in result}


def _insert_one_by_one(session: Session, articles: Sequence[NewArticle], fetched_at: datetime) -> dict[str, int]:
    """Other databases: a savepoint per row, so one conflict does not undo the batch."""
    stored = {}
    for article in articles:
        try:
            with session.begin_nested():
                row = ArticleRow(**_row(article, fetched_at))
                session.add(row)
                session.flush()
            stored[article.canonical_url] = row.id
        except IntegrityError:
            continue
    return stored


def list_articles(
    database: Database, company: str | None = None, since: datetime | None = None, limit: int | None = None
) -> list[ArticleListing]:
    """Stored articles, newest first (by publication date, else by when they were fetched)."""
    query: Select = select(ArticleRow).order_by(ArticleRow.published.desc().nulls_last(), ArticleRow.id.desc())
    if company:
        query = query.where(
            exists().where(ArticleCompanyRow.article_id == ArticleRow.id, ArticleCompanyRow.company == company)
        )
    if since:
        query = query.where(
            (ArticleRow.published >= since) | (ArticleRow.published.is_(None) & (ArticleRow.fetched_at >= since))
        )
    if limit:
        query = query.limit(limit)
    with database.sessions() as session:
        rows = list(session.scalars(query))
        companies: dict[int, list[str]] = {}
        if rows:
            listed = query.with_only_columns(ArticleRow.id).subquery()
            pairs = session.execute(
                select(ArticleCompanyRow.article_id, ArticleCompanyRow.company)
                .where(ArticleCompanyRow.article_id.in_(select(listed.c.id)))
                .order_by(ArticleCompanyRow.company)
            )
            for article_id, name in pairs:
                if name not in companies.setdefault(article_id, []):
                    companies[article_id].append(name)
    return [
        ArticleListing(
            row.id,
            row.url,
            row.title,
            row.published,
            row.source_id,
            tuple(companies.get(row.id, ())),
            row.language,
            row.fetched_at,
            row.lead,
        )
        for row in rows
    ]
