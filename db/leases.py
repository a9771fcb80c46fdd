"""Named leases in the ``locks`` table: one holder at a time, kept alive by a heartbeat.

A lease whose heartbeat is older than ``stale_after`` belongs to a process that died or hung, and the
next one to ask takes it over. Taking and renewing are conditional writes, safe between processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.models import LockRow


@dataclass(frozen=True)
class Lease:
    name: str
    holder: str
    acquired_at: datetime
    heartbeat_at: datetime


class LeaseHeld(Exception):
    def __init__(self, lease: Lease):
        super().__init__(f"lease {lease.name!r} is held by {lease.holder}")
        self.lease = lease


def read_lease(database: Database, name: str) -> Lease | None:
    with database.sessions() as session:
        row = session.get(LockRow, name)
        return Lease(row.name, row.holder, row.acquired_at, row.heartbeat_at) if row else None


def acquire_lease(database: Database, name: str, holder: str, now: datetime, stale_after: timedelta) -> Lease:
    """Take the lease, or raise LeaseHeld naming the live holder."""
    with database.sessions() as session:
        session.add(LockRow(name=name, holder=holder, acquired_at=now, heartbeat_at=now))
        try:
            session.commit()
            return Lease(name, holder, now, now)
        except IntegrityError:
            session.rollback()
        taken = session.execute(
            update(LockRow)
            .where(LockRow.name == name, or_(LockRow.holder == holder, LockRow.heartbeat_at < now - stale_after))
            .values(holder=holder, acquired_at=now, heartbeat_at=now)
        )
        session.commit()
    if taken.rowcount == 1:
        return Lease(name, holder, now, now)
    current = read_lease(database, name)
    if current is None:  # released between our two statements: try once more
        return acquire_lease(database, name, holder, now, stale_after)
    raise LeaseHeld(current)


def renew_lease(database: Database, name: str, holder: str, now: datetime) -> bool:
    """Beat the heart; False when the lease is no longer ours (taken over after we stalled)."""
    with database.sessions() as session:
        result = session.execute(
            update(LockRow).where(LockRow.name == name, LockRow.holder == holder).values(heartbeat_at=now)
        )
        session.commit()
    return result.rowcount == 1


def release_lease(database: Database, name: str, holder: str) -> None:
    with database.sessions() as session:
        session.execute(delete(LockRow).where(LockRow.name == name, LockRow.holder == holder))
        session.commit()
