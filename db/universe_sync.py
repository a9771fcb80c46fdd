"""Keeping the database's sources and milestones in step with the universe file."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import MilestoneRow, SourceRow
from tracker.universe import Universe


def sync_universe(session: Session, universe: Universe) -> None:
    """Add what the universe has and the database lacks; health and reviewed state are kept.

    A milestone's status and window are taken from the universe only when it is first seen:
    afterwards they change through review, with history.
    """
    sources = {row.id: row for row in session.scalars(select(SourceRow))}
    for source in universe.sources:
        row = sources.get(source.id)
        if row is None:
            session.add(
                SourceRow(
                    id=source.id, company=source.company, kind=source.kind, url=source.url, consecutive_failures=0
                )
            )
        else:
            row.company, row.kind, row.url = source.company, source.kind, source.url
    milestones = {row.id: row for row in session.scalars(select(MilestoneRow))}
    for milestone in universe.milestones:
        row = milestones.get(milestone.id)
        if row is None:
            session.add(
                MilestoneRow(
                    id=milestone.id,
                    title=milestone.title,
                    companies=list(milestone.companies),
                    status=milestone.status.value,
                    window_start=str(milestone.expected.start),
                    window_end=str(milestone.expected.end) if milestone.expected.end else None,
                    updated_at=datetime.now(UTC),
                )
            )
        else:
            row.title, row.companies = milestone.title, list(milestone.companies)
    session.commit()
