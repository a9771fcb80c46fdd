"""Read-only queries the review web app needs beyond db.review: source health, crawl runs, the articles
of a milestone, the article text around evidence, the choices of the queue's filters, merge targets.

Plain frozen dataclasses come out; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.crawl_runs import SourceHealth, read_source_health
from db.models import (
    ArticleMatchRow,
    ArticleRow,
    CrawlRunRow,
    CrawlRunSourceRow,
    FlagRow,
    MilestoneRow,
)


@dataclass(frozen=True)
class SourceStatus(SourceHealth):
    """A source's health as the sources page shows it: with its stored articles counted."""

    articles: int

    @property
    def health(self) -> str:
        """ok | failing | never crawled: what the sources page colours a row by."""
        if self.consecutive_failures or self.last_outcome == "error":
            return "failing"
        return "never crawled" if self.last_fetch_at is None else "ok"


@dataclass(frozen=True)
class CrawlRunSource:
    source_id: str
    fetched: int
    new: int
    duplicate: int
    errors: int
    outcome: str | None
    error: str | None


@dataclass(frozen=True)
class CrawlRun:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    fetched: int
    new: int
    duplicate: int
    errors: int
    sources: tuple[CrawlRunSource, ...]


@dataclass(frozen=True)
class MilestoneArticle:
    article_id: int
    title: str
    url: str
    published: datetime | None
    source_id: str
    signal: str
    window: str | None
    confidence: float
    evidence: str


@dataclass(frozen=True)
class QueueFilterChoices:
    companies: tuple[str, ...]
    milestones: tuple[str, ...]
    kinds: tuple[str, ...]


def source_health(session: Session) -> list[SourceStatus]:
    counts = dict(session.execute(select(ArticleRow.source_id, func.count()).group_by(ArticleRow.source_id)).all())
    return [SourceStatus(**asdict(h), articles=int(counts.get(h.id, 0))) for h in read_source_health(session)]


def _crawl_run(session: Session, row: CrawlRunRow) -> CrawlRun:
    sources = tuple(
        CrawlRunSource(s.source_id, s.fetched, s.new, s.duplicate, s.errors, s.outcome, s.error)
        for s in session.scalars(
            select(CrawlRunSourceRow).where(CrawlRunSourceRow.run_id == row.id).order_by(CrawlRunSourceRow.source_id)
        )
    )
    return CrawlRun(
        row.id, row.started_at, row.finished_at, row.status, row.fetched, row.new, row.duplicate, row.errors, sources
    )


def recent_crawl_runs(session: Session, limit: int = 10) -> list[CrawlRun]:
    rows = session.scalars(
        select(CrawlRunRow).order_by(CrawlRunRow.started_at.desc(), CrawlRunRow.id.desc()).limit(limit)
    )
    return [_crawl_run(session, row) for row in rows]


def crawl_run_since(session: Session, source_ids: Iterable[str], since: datetime) -> CrawlRun | None:
    """The first crawl run started at or after ``since`` that touched one of these sources.

    A run whose per-source rows are not written yet counts too when no other run started since, so a
    crawl shows its progress while it is still going.
    """
    wanted = set(source_ids)
    rows = list(
        session.scalars(
            select(CrawlRunRow).where(CrawlRunRow.started_at >= since).order_by(CrawlRunRow.started_at, CrawlRunRow.id)
        )
    )
    runs = [_crawl_run(session, row) for row in rows]
    for run in runs:
        if wanted & {s.source_id for s in run.sources}:
            return run
    unattributed = [run for run in runs if not run.sources]
    return unattributed[0] if len(runs) == 1 and unattributed else None


def article_texts(session: Session, article_ids: Iterable[int | None]) -> dict[int, str]:
    ids = {i for i in article_ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(select(ArticleRow.id, ArticleRow.text).where(ArticleRow.id.in_(ids))).all())


def _window_text(start: str | None, end: str | None) -> str | None:
    if not start:
        return None
    if end is None:
        return f"{start}.."
    return start if end == start else f"{start}..{end}"


def milestone_articles(session: Session, milestone_id: str, limit: int = 200) -> list[MilestoneArticle]:
    """The articles the matcher linked to this milestone, newest first."""
    query = (
        select(ArticleMatchRow, ArticleRow)
        .join(ArticleRow, ArticleRow.id == ArticleMatchRow.article_id)
        .where(ArticleMatchRow.milestone_id == milestone_id)
        .order_by(ArticleRow.published.desc(), ArticleRow.id.desc())
        .limit(limit)
    )
    return [
        MilestoneArticle(
            article.id,
            article.title,
            article.url,
            article.published,
            article.source_id,
            match.signal,
            _window_text(match.window_start, match.window_end),
            match.confidence,
            match.evidence,
        )
        for match, article in session.execute(query).all()
    ]


def queue_filter_choices(session: Session) -> QueueFilterChoices:
    """The companies, milestones and kinds that pending flags have, for the queue's filter menus."""
    pending = FlagRow.state == "pending"

    def distinct(column) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
        return tuple(v for v in session.scalars(select(column).where(pending).distinct().order_by(column)) if v)

    return QueueFilterChoices(distinct(FlagRow.company), distinct(FlagRow.milestone_id), distinct(FlagRow.kind))


def milestone_titles(session: Session) -> dict[str, str]:
    return dict(session.execute(select(MilestoneRow.id, MilestoneRow.title)).all())


def merge_targets(
    session: Session, flag_id: int, milestone_id: str | None, company: str | None, limit: int = 30
) -> list[tuple[int, str]]:
    """Other pending flags a flag could be merged into: same milestone, else same company."""
    query = select(FlagRow).where(FlagRow.state == "pending", FlagRow.id != flag_id)
    if milestone_id:
        query = query.where(FlagRow.milestone_id == milestone_id)
    elif company:
        query = query.where(FlagRow.company == company)
    else:
        return []
    rows = session.scalars(query.order_by(FlagRow.created_at.desc()).limit(limit))
    return [(r.id, f"#{r.id} {r.kind} {r.new_status or ''} {r.new_window or ''}".strip()) for r in rows]


def articles_stored_since(session: Session, source_ids: Iterable[str], since: datetime) -> int:
    """Articles of these sources stored at or after ``since``: a crawl's progress while it runs."""
    wanted = list(source_ids)
    if not wanted:
        return 0
    query = (
        select(func.count())
        .select_from(ArticleRow)
        .where(ArticleRow.source_id.in_(wanted), ArticleRow.fetched_at >= since)
    )
    return int(session.scalar(query) or 0)
