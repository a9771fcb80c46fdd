"""Which sources the digest warns about: failing ones, and ones that have brought nothing new for long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from db import digests as queries
from db.engine import Database
from tracker.universe import Universe
from tracker.untrusted_text import clean_line, safe_url


@dataclass(frozen=True)
class SourceProblem:
    id: str
    company: str
    url: str | None
    problem: str
    detail: str


def _local_date(moment: datetime | None, zone: ZoneInfo) -> date | None:
    return moment.astimezone(zone).date() if moment else None


def source_problems(
    database: Database,
    universe: Universe,
    week_end: datetime,
    silent_days: int,
    zone: ZoneInfo,
    companies: dict[str, str],
) -> tuple[SourceProblem, ...]:
    """Sources whose last crawls failed, and sources that have brought nothing new for ``silent_days``."""
    silent_before = week_end - timedelta(days=silent_days)
    problems = []
    for source in queries.read_sources(database, [s.id for s in universe.sources]):
        company = companies.get(source.company, source.company)
        if source.last_outcome == "error" or source.consecutive_failures > 0:
            since = _local_date(source.last_success_at, zone)
            detail = (
                f"{source.consecutive_failures} failed crawl(s) in a row, last success "
                f"{since.isoformat() if since else 'never'}: {clean_line(source.last_error, 160) or 'no detail'}"
            )
            problems.append(SourceProblem(source.id, company, safe_url(source.url), "failing", detail))
        elif source.last_success_at and (
            source.last_new_article_at is None or source.last_new_article_at < silent_before
        ):
            newest = _local_date(source.last_new_article_at, zone)
            detail = f"nothing new since {newest.isoformat()}" if newest else "no article found yet"
            problems.append(SourceProblem(source.id, company, safe_url(source.url), "silent", detail))
    return tuple(sorted(problems, key=lambda p: (p.problem != "failing", p.company.casefold(), p.id)))


def never_fetched(database: Database, universe: Universe) -> tuple[str, ...]:
    return tuple(
        s.id for s in queries.read_sources(database, [s.id for s in universe.sources]) if s.last_fetch_at is None
    )
