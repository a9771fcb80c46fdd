"""Reading flags, milestones and their history as plain values (the read side of db/review.py).

Nothing here writes. Windows come out as text ("2027..2028"), statuses as their values, so the CLI's
JSON and the web templates can use them as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import FlagEvidenceRow, FlagRow, MilestoneHistoryRow, MilestoneRow
from tracker.flags import MilestoneState
from tracker.universe import Status, Window

FLAG_STATES = ("pending", "accepted", "rejected", "merged")


class ReviewError(ValueError):
    """A decision that cannot be made as asked, or a flag that is not there; the message says why."""


class FlagNotFound(ReviewError):
    pass


@dataclass(frozen=True)
class EvidenceView:
    article_id: int | None
    url: str
    title: str
    sentence: str
    published: datetime | None
    confidence: float


@dataclass(frozen=True)
class FlagView:
    id: int
    milestone: str | None
    candidate: str | None
    company: str | None
    kind: str
    state: str
    title: str
    old_status: str | None
    new_status: str | None
    old_window: str | None
    new_window: str | None
    confidence: float
    created_at: datetime
    updated_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    note: str
    merged_into: int | None
    change_key: str
    evidence: tuple[EvidenceView, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    milestone: str
    changed_at: datetime
    changed_by: str
    old_status: str | None
    new_status: str | None
    old_window: str | None
    new_window: str | None
    reason: str
    flag_id: int | None
    evidence: tuple[dict[str, Any], ...] = ()

    @property
    def is_change(self) -> bool:
        """A decision that changed nothing (a rejection, a merge) is history but not a change."""
        return (self.old_status, self.old_window) != (self.new_status, self.new_window)

    def as_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    title: str
    companies: tuple[str, ...]
    status: str
    window: str
    achieved_on: str | None
    last_change: HistoryEntry | None
    pending_flags: int

    def as_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def window_text(start: str | None, end: str | None) -> str | None:
    return str(Window.parse(start, end)) if start else None


def milestone_state(row: MilestoneRow) -> MilestoneState:
    return MilestoneState(
        row.id,
        row.title,
        Status(row.status),
        Window.parse(row.window_start, row.window_end),
        tuple(row.companies or ()),
    )


def milestone_states(session: Session, ids: Iterable[str] | None = None) -> dict[str, MilestoneState]:
    query = select(MilestoneRow)
    if ids is not None:
        query = query.where(MilestoneRow.id.in_(list(ids)))
    return {row.id: milestone_state(row) for row in session.scalars(query)}


def _changed_row():  # type: ignore[no-untyped-def]
    # NULL-safe "old differs from new" on status or window: a rejection records old == new
    history = MilestoneHistoryRow
    return or_(
        history.old_status.is_distinct_from(history.new_status), history.old_window.is_distinct_from(history.new_window)
    )


def last_change_at(session: Session, milestone_id: str) -> datetime | None:
    """When a reviewer last changed this milestone's status or window (None: still the universe's baseline)."""
    return session.scalar(
        select(func.max(MilestoneHistoryRow.changed_at)).where(
            MilestoneHistoryRow.milestone_id == milestone_id, _changed_row()
        )
    )


def _evidence(session: Session, flag_ids: list[int]) -> dict[int, tuple[EvidenceView, ...]]:
    found: dict[int, list[EvidenceView]] = defaultdict(list)
    if flag_ids:
        rows = session.scalars(
            select(FlagEvidenceRow)
            .where(FlagEvidenceRow.flag_id.in_(flag_ids))
            .order_by(FlagEvidenceRow.confidence.desc(), FlagEvidenceRow.published, FlagEvidenceRow.id)
        )
        for row in rows:
            found[row.flag_id].append(
                EvidenceView(row.article_id, row.url, row.title, row.sentence, row.published, row.confidence)
            )
    return {flag_id: tuple(items) for flag_id, items in found.items()}


def _flag_view(row: FlagRow, evidence: tuple[EvidenceView, ...]) -> FlagView:
    return FlagView(
        row.id,
        row.milestone_id,
        row.candidate,
        row.company,
        row.kind,
        row.state,
        row.title,
        row.old_status,
        row.new_status,
        row.old_window,
        row.new_window,
        row.confidence,
        row.created_at,
        row.updated_at,
        row.decided_at,
        row.decided_by,
        row.note or "",
        row.merged_into,
        row.change_key,
        evidence,
    )


def list_flags(
    session: Session,
    state: str | None = None,
    *,
    kind: str | None = None,
    milestone: str | None = None,
    company: str | None = None,
    limit: int | None = None,
) -> list[FlagView]:
    """Flags with their evidence, newest first; each filter narrows when given."""
    if state is not None and state not in FLAG_STATES:
        raise ValueError(f"state {state!r}: must be one of {', '.join(FLAG_STATES)}")
    query = select(FlagRow).order_by(FlagRow.created_at.desc(), FlagRow.id.desc())
    for column, value in (
        (FlagRow.state, state),
        (FlagRow.kind, kind),
        (FlagRow.milestone_id, milestone),
        (FlagRow.company, company),
    ):
        if value is not None:
            query = query.where(column == value)
    if limit is not None:
        query = query.limit(limit)
    rows = list(session.scalars(query))
    evidence = _evidence(session, [row.id for row in rows])
    return [_flag_view(row, evidence.get(row.id, ())) for row in rows]


def flag_detail(session: Session, flag_id: int) -> FlagView:
    row = session.get(FlagRow, flag_id, populate_existing=True)
    if row is None:
        raise FlagNotFound(f"no flag {flag_id}")
    return _flag_view(row, _evidence(session, [row.id]).get(row.id, ()))


def history_entry(row: MilestoneHistoryRow) -> HistoryEntry:
    return HistoryEntry(
        row.id,
        row.milestone_id,
        row.changed_at,
        row.changed_by,
        row.old_status,
        row.new_status,
        row.old_window,
        row.new_window,
        row.reason or "",
        row.flag_id,
        tuple(row.evidence or ()),
    )


def milestone_history(session: Session, milestone_id: str) -> list[HistoryEntry]:
    """Every decision about one milestone, newest first."""
    rows = session.scalars(
        select(MilestoneHistoryRow)
        .where(MilestoneHistoryRow.milestone_id == milestone_id)
        .order_by(MilestoneHistoryRow.changed_at.desc(), MilestoneHistoryRow.id.desc())
    )
    return [history_entry(row) for row in rows]


def timeline(session: Session) -> list[TimelineEntry]:
    """The milestones in window order, each with its current state, last change and pending flags."""
    last: dict[str, HistoryEntry] = {}
    changes = session.scalars(
        select(MilestoneHistoryRow)
        .where(_changed_row())
        .order_by(MilestoneHistoryRow.changed_at, MilestoneHistoryRow.id)
    )
    for row in changes:
        last[row.milestone_id] = history_entry(row)
    pending = dict(
        session.execute(
            select(FlagRow.milestone_id, func.count()).where(FlagRow.state == "pending").group_by(FlagRow.milestone_id)
        ).all()
    )
    rows = session.scalars(select(MilestoneRow).order_by(MilestoneRow.window_start, MilestoneRow.id))
    return [
        TimelineEntry(
            row.id,
            row.title,
            tuple(row.companies or ()),
            row.status,
            window_text(row.window_start, row.window_end) or "",
            row.achieved_on,
            last.get(row.id),
            int(pending.get(row.id, 0)),
        )
        for row in rows
    ]
