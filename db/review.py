"""Flags in the database: raising them (one change, one flag, many pieces of evidence) and deciding them.

Every decision (accept, reject, merge) commits itself and writes a milestone history row saying who,
when, why and on what evidence; accepting also updates the milestone's current state. A decision
starts by claiming the flag with a conditional UPDATE, so two reviewers clicking at once cannot both
decide it, and SQLite takes its write lock before anything is read.

The read side (list_flags, flag_detail, timeline, milestone_history) lives in db/review_views.py and
is re-exported here, so callers need one import.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import FlagEvidenceRow, FlagRow, MilestoneHistoryRow, MilestoneRow
from db.review_views import (  # noqa: F401 - re-exported: the one import callers need
    FLAG_STATES,
    EvidenceView,
    FlagNotFound,
    FlagView,
    HistoryEntry,
    ReviewError,
    TimelineEntry,
    flag_detail,
    last_change_at,
    list_flags,
    milestone_history,
    milestone_state,
    milestone_states,
    timeline,
    window_text,
)
from tracker.flags import FlagKind, FlagProposal, Sighting, combined_confidence, still_a_change
from tracker.universe import Status, Window

DECIDED = ("accepted", "rejected", "merged")


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


# --- raising -----------------------------------------------------------------------------------------


def raise_flag(session: Session, proposal: FlagProposal, *, now: datetime | None = None) -> str:
    """Fold a proposal into the flags; returns what happened: created | updated | absorbed | unchanged.

    A pending flag with the same change key gets the new evidence. A decided flag with that key, when
    the milestone has not changed since it was decided, takes the evidence silently (a rejected change
    is not raised again by more copies of the story; a merged one feeds the flag it was merged into).
    Otherwise a new pending flag is raised. Does not commit: it runs inside the caller's transaction.
    """
    now = _now(now)
    pending = _pending_flag(session, proposal.change_key)
    if pending is not None:
        return "updated" if _add_evidence(session, pending, proposal, now, refresh=True) else "unchanged"
    decided = _standing_decision(session, proposal)
    if decided is not None:
        return "absorbed" if _add_evidence(session, decided, proposal, now, refresh=False) else "unchanged"
    flag = _insert_pending(session, proposal, now)
    if flag is None:  # another process raised it between our look and our insert
        flag = _pending_flag(session, proposal.change_key)
        if flag is None:
            raise RuntimeError(f"flag {proposal.change_key!r} could not be inserted, and no pending one exists")
        return "updated" if _add_evidence(session, flag, proposal, now, refresh=True) else "unchanged"
    _add_evidence(session, flag, proposal, now, refresh=True)
    return "created"


def _pending_flag(session: Session, change_key: str) -> FlagRow | None:
    return session.scalar(select(FlagRow).where(FlagRow.change_key == change_key, FlagRow.state == "pending"))


def _standing_decision(session: Session, proposal: FlagProposal) -> FlagRow | None:
    """The latest decided flag of this change, if nothing changed the milestone after it was decided."""
    decided = session.scalar(
        select(FlagRow)
        .where(FlagRow.change_key == proposal.change_key, FlagRow.state.in_(DECIDED))
        .order_by(FlagRow.decided_at.desc(), FlagRow.id.desc())
        .limit(1)
    )
    if decided is None:
        return None
    if proposal.milestone is not None:
        changed = last_change_at(session, proposal.milestone)
        if changed is not None and decided.decided_at is not None and changed > decided.decided_at:
            return None
    seen = {decided.id}
    while decided.state == "merged" and decided.merged_into is not None and decided.merged_into not in seen:
        seen.add(decided.merged_into)
        decided = session.get(FlagRow, decided.merged_into)
    return decided


def _insert_pending(session: Session, proposal: FlagProposal, now: datetime) -> FlagRow | None:
    flag = FlagRow(
        milestone_id=proposal.milestone,
        candidate=proposal.candidate,
        company=proposal.company,
        kind=proposal.kind.value,
        state="pending",
        title=proposal.title,
        change_key=proposal.change_key,
        confidence=proposal.confidence,
        created_at=now,
        updated_at=now,
        note="",
    )
    _set_proposed_state(flag, proposal)
    try:
        with session.begin_nested():
            session.add(flag)
    except IntegrityError:
        return None
    return flag


def _set_proposed_state(flag: FlagRow, proposal: FlagProposal) -> None:
    flag.old_status = proposal.old_status.value if proposal.old_status else None
    flag.new_status = proposal.new_status.value if proposal.new_status else None
    flag.old_window = str(proposal.old_window) if proposal.old_window else None
    flag.new_window = str(proposal.new_window) if proposal.new_window else None


def _add_evidence(session: Session, flag: FlagRow, proposal: FlagProposal, now: datetime, *, refresh: bool) -> bool:
    """Add the sightings this flag lacks; a pending flag also takes the proposal's (fresher) old -> new state."""
    changed = _insert_evidence(session, flag.id, proposal.evidence)
    if refresh:
        before = (flag.old_status, flag.new_status, flag.old_window, flag.new_window)
        _set_proposed_state(flag, proposal)
        changed = changed or before != (flag.old_status, flag.new_status, flag.old_window, flag.new_window)
    if changed:
        _refresh_confidence(session, flag)
        flag.updated_at = now
        session.flush()
    return changed


def _refresh_confidence(session: Session, flag: FlagRow) -> None:
    rows = session.execute(
        select(FlagEvidenceRow.url, FlagEvidenceRow.confidence).where(FlagEvidenceRow.flag_id == flag.id)
    ).all()
    if rows:  # an overdue flag has no articles behind it and keeps its own confidence
        flag.confidence = combined_confidence((url, confidence) for url, confidence in rows)


def _insert_evidence(session: Session, flag_id: int, sightings: tuple[Sighting, ...]) -> bool:
    existing = set(session.scalars(select(FlagEvidenceRow.article_id).where(FlagEvidenceRow.flag_id == flag_id)))
    rows = [
        {
            "flag_id": flag_id,
            "article_id": s.article_id,
            "url": s.url,
            "title": s.title,
            "sentence": s.match.evidence,
            "published": s.published,
            "confidence": s.match.confidence,
        }
        for s in {s.article_id: s for s in sightings if s.article_id is not None}.values()
        if s.article_id not in existing
    ]
    if not rows:
        return False
    try:
        with session.begin_nested():
            session.execute(insert(FlagEvidenceRow), rows)
        return True
    except IntegrityError:  # another process added some of these to the same flag meanwhile: one by one
        pass
    added = False
    for row in rows:
        try:
            with session.begin_nested():
                session.execute(insert(FlagEvidenceRow), [row])
            added = True
        except IntegrityError:
            continue
    return added


# --- deciding ----------------------------------------------------------------------------------------


def accept_flag(
    session: Session,
    flag_id: int,
    *,
    reviewer: str,
    note: str = "",
    window: Window | str | None = None,
    status: Status | str | None = None,
) -> FlagView:
    """Accept a pending flag: the milestone takes its new status and window (or the ones given) with history.

    Accepting a new-milestone candidate adds it to the timeline as a milestone of its own.
    """
    window, status = _parse_window(window), _parse_status(status)
    now = datetime.now(UTC)
    flag = _claim(session, flag_id, "accepted", reviewer, note, now)
    try:
        milestone = _milestone_for(session, flag, window)
    except ReviewError:
        session.rollback()
        raise
    old_status, old_window = milestone.status, window_text(milestone.window_start, milestone.window_end)
    new_status = status or Status(flag.new_status or milestone.status)
    new_window = window or (Window.from_text(flag.new_window) if flag.new_window else None)
    milestone.status = new_status.value
    if new_window is not None:
        milestone.window_start = str(new_window.start)
        milestone.window_end = str(new_window.end) if new_window.end else None
    if new_status is Status.ACHIEVED and not milestone.achieved_on:
        milestone.achieved_on = _achieved_on(session, flag.id, now)
    milestone.updated_at = now
    reason = note or f"accepted flag {flag.id}: {flag.kind}"
    _write_history(
        session,
        flag,
        milestone.id,
        reviewer,
        now,
        reason,
        (old_status, milestone.status),
        (old_window, window_text(milestone.window_start, milestone.window_end)),
    )
    _close_covered(session, flag, milestone, reviewer, now)
    session.commit()
    return flag_detail(session, flag_id)


def _close_covered(session: Session, accepted: FlagRow, milestone: MilestoneRow, reviewer: str, now: datetime) -> None:
    """Pending flags of this milestone that the accepted change made moot are merged into it, with history,
    so the reviewer is not asked about a 'started' once 'achieved' is accepted."""
    state = milestone_state(milestone)
    others = session.scalars(
        select(FlagRow).where(
            FlagRow.milestone_id == milestone.id, FlagRow.state == "pending", FlagRow.id != accepted.id
        )
    )
    for other in list(others):
        old = Window.from_text(other.old_window) if other.old_window else None
        new = Window.from_text(other.new_window) if other.new_window else None
        if still_a_change(state, FlagKind(other.kind), old, new, now.date()):
            continue
        other.state, other.merged_into, other.decided_at, other.decided_by = "merged", accepted.id, now, reviewer
        other.note, other.updated_at = f"covered by flag {accepted.id}", now
        _history_without_change(
            session, other, reviewer, now, f"flag {other.id} ({other.kind}) covered by flag {accepted.id}, accepted"
        )


def reject_flag(session: Session, flag_id: int, *, reviewer: str, note: str = "") -> FlagView:
    """Reject a pending flag; later copies of the same story add to it silently."""
    now = datetime.now(UTC)
    flag = _claim(session, flag_id, "rejected", reviewer, note, now)
    _history_without_change(session, flag, reviewer, now, note or f"rejected flag {flag.id}: {flag.kind}")
    session.commit()
    return flag_detail(session, flag_id)


def merge_flag(session: Session, flag_id: int, into_id: int, *, reviewer: str, note: str = "") -> FlagView:
    """Merge a pending flag into another (the same change told differently); returns the flag merged into."""
    if flag_id == into_id:
        raise ReviewError(f"flag {flag_id} cannot be merged into itself")
    now = datetime.now(UTC)
    flag = _claim(session, flag_id, "merged", reviewer, note, now)
    target = session.get(FlagRow, into_id)
    if target is None or target.state == "merged":
        session.rollback()
        raise FlagNotFound(
            f"no flag {into_id} to merge into"
            if target is None
            else f"flag {into_id} was itself merged into flag {target.merged_into}; merge into that"
        )
    if flag.milestone_id and target.milestone_id and flag.milestone_id != target.milestone_id:
        session.rollback()
        raise ReviewError(
            f"flag {flag_id} is about {flag.milestone_id} and flag {into_id} about "
            f"{target.milestone_id}: only flags of one milestone (or a new-milestone candidate) merge"
        )
    flag.merged_into = target.id
    _copy_evidence(session, flag.id, target.id)
    _refresh_confidence(session, target)
    target.updated_at = now
    _history_without_change(session, flag, reviewer, now, note or f"merged flag {flag.id} into flag {target.id}")
    session.commit()
    return flag_detail(session, into_id)


def _claim(session: Session, flag_id: int, state: str, reviewer: str, note: str, now: datetime) -> FlagRow:
    claimed = session.execute(
        update(FlagRow)
        .where(FlagRow.id == flag_id, FlagRow.state == "pending")
        .values(state=state, decided_at=now, decided_by=reviewer, note=note, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    flag = session.get(FlagRow, flag_id, populate_existing=True)
    if not claimed:
        session.rollback()
        if flag is None:
            raise FlagNotFound(f"no flag {flag_id}")
        raise ReviewError(
            f"flag {flag_id} is already {flag.state} (by {flag.decided_by or 'unknown'}); "
            "only a pending flag can be decided"
        )
    assert flag is not None
    return flag


def _milestone_for(session: Session, flag: FlagRow, window: Window | None) -> MilestoneRow:
    if flag.milestone_id is not None:
        milestone = session.get(MilestoneRow, flag.milestone_id)
        if milestone is None:
            raise ReviewError(f"flag {flag.id}: milestone {flag.milestone_id!r} is not in the database")
        return milestone
    start = window or (Window.from_text(flag.new_window) if flag.new_window else None)
    if start is None:
        raise ReviewError(f"flag {flag.id} is a new milestone with no window: accept it with a window (e.g. 2027)")
    milestone_id = _candidate_milestone_id(flag)
    if session.get(MilestoneRow, milestone_id) is not None:
        raise ReviewError(
            f"milestone {milestone_id!r} already exists: merge flag {flag.id} into one of its flags or reject it"
        )
    milestone = MilestoneRow(
        id=milestone_id,
        title=flag.title or milestone_id,
        companies=[flag.company] if flag.company else [],
        status=flag.new_status or "planned",
        window_start=str(start.start),
        window_end=str(start.end) if start.end else None,
    )
    session.add(milestone)
    session.flush()
    flag.milestone_id = milestone_id
    return milestone


def _candidate_milestone_id(flag: FlagRow) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", (flag.candidate or f"candidate-{flag.id}").lower()).strip("-._")
    company = flag.company or ""
    return slug if not company or slug.startswith(company) else f"{company}-{slug}"


def _achieved_on(session: Session, flag_id: int, now: datetime) -> str:
    """When the event happened: the earliest report of it, else today."""
    published = [
        p for p in session.scalars(select(FlagEvidenceRow.published).where(FlagEvidenceRow.flag_id == flag_id)) if p
    ]
    return (min(published) if published else now).date().isoformat()


def _history_without_change(session: Session, flag: FlagRow, reviewer: str, now: datetime, reason: str) -> None:
    if flag.milestone_id is None or session.get(MilestoneRow, flag.milestone_id) is None:
        return  # a candidate has no milestone yet: the flag row itself records the decision
    milestone = session.get(MilestoneRow, flag.milestone_id)
    assert milestone is not None
    window = window_text(milestone.window_start, milestone.window_end)
    _write_history(
        session, flag, milestone.id, reviewer, now, reason, (milestone.status, milestone.status), (window, window)
    )


def _write_history(
    session: Session,
    flag: FlagRow,
    milestone_id: str,
    reviewer: str,
    now: datetime,
    reason: str,
    status: tuple[str | None, str | None],
    window: tuple[str | None, str | None],
) -> None:
    evidence = [
        {
            "url": row.url,
            "title": row.title,
            "sentence": row.sentence,
            "published": row.published.isoformat() if row.published else None,
        }
        for row in session.scalars(
            select(FlagEvidenceRow)
            .where(FlagEvidenceRow.flag_id == flag.id)
            .order_by(FlagEvidenceRow.confidence.desc(), FlagEvidenceRow.id)
        )
    ]
    session.add(
        MilestoneHistoryRow(
            milestone_id=milestone_id,
            changed_at=now,
            changed_by=reviewer,
            old_status=status[0],
            new_status=status[1],
            old_window=window[0],
            new_window=window[1],
            reason=reason,
            flag_id=flag.id,
            evidence=evidence,
        )
    )


def _parse_window(window: Window | str | None) -> Window | None:
    if window is None or isinstance(window, Window):
        return window
    try:
        return Window.from_text(window)
    except ValueError as exc:
        raise ReviewError(f"window {window!r}: {exc} (write 2028, 2027..2028, 2028-06 or 2027..)") from exc


def _parse_status(status: Status | str | None) -> Status | None:
    if status is None or isinstance(status, Status):
        return status
    try:
        return Status(status)
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise ReviewError(f"status {status!r}: must be one of {allowed}") from None


def _copy_evidence(session: Session, from_id: int, to_id: int) -> None:
    have = set(session.scalars(select(FlagEvidenceRow.article_id).where(FlagEvidenceRow.flag_id == to_id)))
    for row in list(session.scalars(select(FlagEvidenceRow).where(FlagEvidenceRow.flag_id == from_id))):
        if row.article_id is None or row.article_id not in have:
            session.add(
                FlagEvidenceRow(
                    flag_id=to_id,
                    article_id=row.article_id,
                    url=row.url,
                    title=row.title,
                    sentence=row.sentence,
                    published=row.published,
                    confidence=row.confidence,
                )
            )
    session.flush()
