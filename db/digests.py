"""What the weekly digest reads from the database, as plain records.

Every query reads only the columns the digest shows (never an article's full text) and uses the
indexes on ``published`` and ``fetched_at``, so a week is read in one pass however long the history is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.crawl_runs import SourceHealth, source_health
from db.engine import Database
from db.models import (
    ArticleCompanyRow,
    ArticleRow,
    FlagEvidenceRow,
    FlagRow,
    MilestoneHistoryRow,
    MilestoneRow,
    SourceRow,
)
from db.review_views import HistoryEntry, history_entry

# Bound parameters per IN (...) query: well under SQLite's limit and PostgreSQL's.
_CHUNK = 900


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    url: str
    published: datetime | None
    fetched_at: datetime
    source_id: str
    source_company: str
    lead: str
    topics: tuple[str, ...]
    # companies the article is about; the source's company until the matcher has run
    companies: tuple[str, ...]


@dataclass(frozen=True)
class WeekArticles:
    listed: tuple[ArticleRecord, ...]
    # fetched in the week but published long before it (a first crawl's history), or undated
    backfilled: int
    backfilled_undated: int


@dataclass(frozen=True)
class EvidenceRecord:
    url: str
    title: str
    sentence: str
    published: datetime | None


@dataclass(frozen=True)
class FlagRecord:
    id: int
    milestone_id: str | None
    candidate: str | None
    company: str | None
    kind: str
    old_status: str | None
    new_status: str | None
    old_window: str | None
    new_window: str | None
    confidence: float
    title: str
    created_at: datetime
    evidence: tuple[EvidenceRecord, ...]
    evidence_count: int


@dataclass(frozen=True)
class PendingFlags:
    shown: tuple[FlagRecord, ...]
    total: int


@dataclass(frozen=True)
class MilestoneRecord:
    id: str
    title: str
    companies: tuple[str, ...]
    status: str
    window_start: str
    window_end: str | None
    achieved_on: str | None


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


_NOT_IRRELEVANT = or_(ArticleRow.relevant.is_(None), ArticleRow.relevant.is_(True))
_ARTICLE_COLUMNS = (
    ArticleRow.id,
    ArticleRow.title,
    ArticleRow.url,
    ArticleRow.published,
    ArticleRow.fetched_at,
    ArticleRow.source_id,
    SourceRow.company,
    ArticleRow.lead,
    ArticleRow.topics,
)


def read_week_articles(database: Database, start: datetime, end: datetime, recent_since: datetime) -> WeekArticles:
    """Articles to list for [start, end): published in it, or fetched in it and published since ``recent_since``.

    Articles the matcher judged irrelevant are left out; not-yet-matched ones are kept.
    """
    published_in_week = and_(ArticleRow.published >= start, ArticleRow.published < end)
    fetched_recent = and_(
        ArticleRow.fetched_at >= start,
        ArticleRow.fetched_at < end,
        ArticleRow.published >= recent_since,
        ArticleRow.published < start,
    )
    with database.sessions() as session:
        rows = []
        for condition in (published_in_week, fetched_recent):
            query = (
                select(*_ARTICLE_COLUMNS)
                .join(SourceRow, SourceRow.id == ArticleRow.source_id)
                .where(condition, _NOT_IRRELEVANT)
            )
            rows.extend(session.execute(query).all())
        companies = _article_companies(session, [row.id for row in rows])
        backfilled, undated = _count_backfill(session, start, end, recent_since)
    listed = tuple(
        ArticleRecord(
            row.id,
            row.title or "",
            row.url or "",
            row.published,
            row.fetched_at,
            row.source_id,
            row.company,
            row.lead or "",
            tuple(row.topics or ()),
            companies.get(row.id) or (row.company,),
        )
        for row in rows
    )
    return WeekArticles(listed, backfilled, undated)


def _article_companies(session: Session, article_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Companies each article is about: role 'about', else role 'source' (before matching)."""
    about: dict[int, list[str]] = defaultdict(list)
    source: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(article_ids):
        query = (
            select(ArticleCompanyRow.article_id, ArticleCompanyRow.company, ArticleCompanyRow.role)
            .where(ArticleCompanyRow.article_id.in_(chunk), ArticleCompanyRow.role.in_(("about", "source")))
            .order_by(ArticleCompanyRow.article_id, ArticleCompanyRow.company)
        )
        for article_id, company, role in session.execute(query):
            (about if role == "about" else source)[article_id].append(company)
    return {
        article_id: tuple(about.get(article_id) or source.get(article_id) or ())
        for article_id in set(about) | set(source)
    }


def _count_backfill(session: Session, start: datetime, end: datetime, recent_since: datetime) -> tuple[int, int]:
    fetched_in_week = and_(ArticleRow.fetched_at >= start, ArticleRow.fetched_at < end)
    older = session.scalar(select(func.count()).where(fetched_in_week, ArticleRow.published < recent_since))
    undated = session.scalar(select(func.count()).where(fetched_in_week, ArticleRow.published.is_(None)))
    return int(older or 0) + int(undated or 0), int(undated or 0)


def read_topic_history(database: Database, start: datetime, end: datetime) -> list[tuple[datetime, tuple[str, ...]]]:
    """(published, topics) of every not-irrelevant article with a topic, published in [start, end)."""
    query = select(ArticleRow.published, ArticleRow.topics).where(
        ArticleRow.published >= start, ArticleRow.published < end, _NOT_IRRELEVANT
    )
    with database.sessions() as session:
        return [(published, tuple(topics)) for published, topics in session.execute(query) if topics]


def read_pending_flags(database: Database, limit: int, evidence_per_flag: int) -> PendingFlags:
    """Flags waiting for a reviewer, most confident first, each with its newest evidence."""
    with database.sessions() as session:
        total = session.scalar(select(func.count()).select_from(FlagRow).where(FlagRow.state == "pending")) or 0
        flags = session.scalars(
            select(FlagRow)
            .where(FlagRow.state == "pending")
            .order_by(FlagRow.confidence.desc(), FlagRow.created_at, FlagRow.id)
            .limit(limit)
        ).all()
        evidence = _flag_evidence(session, [flag.id for flag in flags])
    shown = tuple(
        FlagRecord(
            flag.id,
            flag.milestone_id,
            flag.candidate,
            flag.company,
            flag.kind,
            flag.old_status,
            flag.new_status,
            flag.old_window,
            flag.new_window,
            flag.confidence or 0.0,
            flag.title or "",
            flag.created_at,
            tuple(evidence.get(flag.id, [])[:evidence_per_flag]),
            len(evidence.get(flag.id, [])),
        )
        for flag in flags
    )
    return PendingFlags(shown, int(total))


def _flag_evidence(session: Session, flag_ids: list[int]) -> dict[int, list[EvidenceRecord]]:
    found: dict[int, list[EvidenceRecord]] = defaultdict(list)
    for chunk in _chunks(flag_ids):
        query = (
            select(FlagEvidenceRow)
            .where(FlagEvidenceRow.flag_id.in_(chunk))
            .order_by(FlagEvidenceRow.flag_id, FlagEvidenceRow.confidence.desc(), FlagEvidenceRow.id)
        )
        for row in session.scalars(query):
            found[row.flag_id].append(EvidenceRecord(row.url or "", row.title or "", row.sentence or "", row.published))
    return found


def read_history(database: Database, start: datetime, end: datetime) -> list[HistoryEntry]:
    """Milestone changes a reviewer confirmed in [start, end), oldest first."""
    query = (
        select(MilestoneHistoryRow)
        .where(MilestoneHistoryRow.changed_at >= start, MilestoneHistoryRow.changed_at < end)
        .order_by(MilestoneHistoryRow.changed_at, MilestoneHistoryRow.id)
    )
    with database.sessions() as session:
        return [history_entry(row) for row in session.scalars(query)]


def read_milestones(database: Database) -> list[MilestoneRecord]:
    with database.sessions() as session:
        return [
            MilestoneRecord(
                row.id,
                row.title,
                tuple(row.companies or ()),
                row.status,
                row.window_start,
                row.window_end,
                row.achieved_on,
            )
            for row in session.scalars(select(MilestoneRow).order_by(MilestoneRow.window_start, MilestoneRow.id))
        ]


def read_sources(database: Database, source_ids: Iterable[str] | None = None) -> list[SourceHealth]:
    return source_health(database, source_ids)
