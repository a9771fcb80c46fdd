"""Crawl runs and source health: what each crawl did per source, and how each source is doing.

Like a urlwatch job, every source ends a crawl labelled: ``new`` (its first successful crawl),
``changed`` (new articles stored), ``unchanged`` (nothing new, or 304 Not Modified) or ``error``
(with the reason kept in ``last_error`` and the failures counted until the next success).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import CrawlRunRow, CrawlRunSourceRow, SourceRow


@dataclass(frozen=True)
class Validators:
    """HTTP cache validators of a source's first page, sent back for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class SourceCrawlResult:
    source_id: str
    fetched: int = 0
    new: int = 0
    duplicate: int = 0
    errors: int = 0
    # why the source failed, or None when it was read
    error: str | None = None
    # validators to keep for the next conditional GET; None keeps the stored ones
    validators: Validators | None = None


@dataclass(frozen=True)
class SourceHealth:
    id: str
    company: str
    kind: str
    url: str
    last_fetch_at: datetime | None
    last_success_at: datetime | None
    last_new_article_at: datetime | None
    consecutive_failures: int
    last_outcome: str | None
    last_error: str | None


def source_validators(database: Database, source_ids: Iterable[str]) -> dict[str, Validators]:
    wanted = list(source_ids)
    with database.sessions() as session:
        rows = session.scalars(select(SourceRow).where(SourceRow.id.in_(wanted))) if wanted else []
        return {row.id: Validators(row.etag, row.last_modified) for row in rows}


def start_run(database: Database, started_at: datetime | None = None) -> int:
    """A run row committed at once: a crawl killed before it ends stays visible as ``running``."""
    with database.sessions() as session, session.begin():
        run = CrawlRunRow(
            started_at=started_at or datetime.now(UTC), status="running", fetched=0, new=0, duplicate=0, errors=0
        )
        session.add(run)
        session.flush()
        return run.id


def finish_run(
    database: Database,
    run_id: int,
    results: Sequence[SourceCrawlResult],
    status: str = "finished",
    finished_at: datetime | None = None,
) -> dict[str, str]:
    """Record each source's counts and health, and the run's totals, in one transaction.

    Returns each source's outcome (new, changed, unchanged or error).
    """
    now = finished_at or datetime.now(UTC)
    with database.sessions() as session, session.begin():
        run = session.get(CrawlRunRow, run_id)
        if run is None:
            raise ValueError(f"no crawl run {run_id}")
        sources = {
            row.id: row
            for row in session.scalars(
                select(SourceRow).where(SourceRow.id.in_([result.source_id for result in results]))
            )
        }
        outcomes = {}
        for result in results:
            outcome = outcomes[result.source_id] = _update_health(sources.get(result.source_id), result, now)
            session.add(
                CrawlRunSourceRow(
                    run_id=run_id,
                    source_id=result.source_id,
                    fetched=result.fetched,
                    new=result.new,
                    duplicate=result.duplicate,
                    errors=result.errors,
                    outcome=outcome,
                    error=result.error,
                )
            )
        run.fetched = sum(result.fetched for result in results)
        run.new = sum(result.new for result in results)
        run.duplicate = sum(result.duplicate for result in results)
        run.errors = sum(result.errors + (1 if result.error else 0) for result in results)
        run.status, run.finished_at = status, now
    return outcomes


def _update_health(row: SourceRow | None, result: SourceCrawlResult, now: datetime) -> str:
    if result.error:
        outcome = "error"
    elif row is not None and row.last_success_at is None:
        outcome = "new"
    else:
        outcome = "changed" if result.new else "unchanged"
    if row is None:  # a source that left the universe mid-crawl: its run row is enough
        return outcome
    row.last_fetch_at = now
    row.last_outcome = outcome
    if result.error:
        row.consecutive_failures = (row.consecutive_failures or 0) + 1
        row.last_error = result.error
        return outcome
    row.last_success_at, row.consecutive_failures, row.last_error = now, 0, None
    if result.new:
        row.last_new_article_at = now
    if result.validators is not None:
        row.etag, row.last_modified = result.validators.etag, result.validators.last_modified
    return outcome


def source_health(database: Database, source_ids: Iterable[str] | None = None) -> list[SourceHealth]:
    with database.sessions() as session:
        return read_source_health(session, source_ids)


def read_source_health(session: Session, source_ids: Iterable[str] | None = None) -> list[SourceHealth]:
    """Every source's health (or those of ``source_ids``), by company: the one read model the crawl table, the
    digest and the sources page share."""
    query = select(SourceRow).order_by(SourceRow.company, SourceRow.id)
    if source_ids is not None:
        query = query.where(SourceRow.id.in_(list(source_ids)))
    return [
        SourceHealth(
            row.id,
            row.company,
            row.kind,
            row.url,
            row.last_fetch_at,
            row.last_success_at,
            row.last_new_article_at,
            row.consecutive_failures or 0,
            row.last_outcome,
            row.last_error,
        )
        for row in session.scalars(query)
    ]


def crawl_run_sources(database: Database, run_id: int) -> list[SourceCrawlResult]:
    """What one run recorded per source (for reports and tests)."""
    with database.sessions() as session:
        rows = session.scalars(
            select(CrawlRunSourceRow).where(CrawlRunSourceRow.run_id == run_id).order_by(CrawlRunSourceRow.source_id)
        )
        return [
            SourceCrawlResult(row.source_id, row.fetched, row.new, row.duplicate, row.errors, row.error) for row in rows
        ]
