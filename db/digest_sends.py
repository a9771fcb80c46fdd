"""A week's digest through its states: rendered -> sending -> sent (or failed, to be tried again).

The move to ``sending`` is a conditional UPDATE, so of two processes sending the same week (the
scheduler and a person at the command line) exactly one wins. A digest left ``sending`` by a process
that died may or may not have reached the server; it is never resent without ``force``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.models import DigestRow

RENDERED, SENDING, SENT, FAILED = "rendered", "sending", "sent", "failed"


@dataclass(frozen=True)
class DigestRecord:
    week: str
    state: str
    message_id: str | None
    recipients: tuple[str, ...]
    attempts: int
    last_error: str | None
    rendered_at: datetime | None
    sent_at: datetime | None


class AlreadySent(Exception):
    def __init__(self, record: DigestRecord):
        super().__init__(f"the digest of {record.week} was already sent")
        self.record = record


class SendInProgress(Exception):
    def __init__(self, record: DigestRecord):
        super().__init__(f"a send of the digest of {record.week} is under way or was interrupted")
        self.record = record


def _record(row: DigestRow) -> DigestRecord:
    return DigestRecord(
        row.week,
        row.state,
        row.message_id,
        tuple(row.recipients or ()),
        row.attempts or 0,
        row.last_error,
        row.rendered_at,
        row.sent_at,
    )


def digest_record(database: Database, week: str) -> DigestRecord | None:
    with database.sessions() as session:
        row = session.get(DigestRow, week)
        return _record(row) if row else None


def record_rendered(
    database: Database, week: str, new_message_id: Callable[[str | None], str], now: datetime
) -> DigestRecord:
    """Note that the week was rendered, giving it a Message-ID; a sent digest keeps its state."""
    with database.sessions() as session:
        row = session.get(DigestRow, week)
        if row is None:
            session.add(
                DigestRow(
                    week=week,
                    state=RENDERED,
                    message_id=new_message_id(None),
                    recipients=[],
                    attempts=0,
                    rendered_at=now,
                )
            )
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
        else:
            row.rendered_at = now
            session.commit()
    record = digest_record(database, week)
    assert record is not None
    return record


def claim_send(
    database: Database,
    week: str,
    recipients: Sequence[str],
    *,
    force: bool,
    new_message_id: Callable[[str | None], str],
    now: datetime,
) -> DigestRecord:
    """Move the week to ``sending`` for this process, or raise AlreadySent / SendInProgress.

    A forced resend of a sent digest gets a new Message-ID (it is a new message); a forced resend of an
    interrupted one keeps it, so a mail client that did receive the first copy can tell it is the same.
    """
    record_rendered(database, week, new_message_id, now)
    for _ in range(3):
        record = digest_record(database, week)
        assert record is not None
        if record.state == SENT and not force:
            raise AlreadySent(record)
        if record.state == SENDING and not force:
            raise SendInProgress(record)
        message_id = new_message_id(record.message_id) if record.state == SENT else record.message_id
        with database.sessions() as session:
            result = session.execute(
                update(DigestRow)
                .where(DigestRow.week == week, DigestRow.state == record.state, DigestRow.attempts == record.attempts)
                .values(
                    state=SENDING,
                    message_id=message_id or new_message_id(None),
                    recipients=list(recipients),
                    last_error=None,
                )
            )
            session.commit()
        if result.rowcount == 1:
            claimed = digest_record(database, week)
            assert claimed is not None
            return claimed
    raise SendInProgress(digest_record(database, week))  # type: ignore[arg-type]


def record_attempt(database: Database, week: str, error: str | None) -> None:
    with database.sessions() as session:
        session.execute(
            update(DigestRow).where(DigestRow.week == week).values(attempts=DigestRow.attempts + 1, last_error=error)
        )
        session.commit()


def record_sent(database: Database, week: str, now: datetime, note: str | None = None) -> None:
    with database.sessions() as session:
        session.execute(
            update(DigestRow).where(DigestRow.week == week).values(state=SENT, sent_at=now, last_error=note)
        )
        session.commit()


def record_failed(database: Database, week: str, error: str) -> None:
    with database.sessions() as session:
        session.execute(
            update(DigestRow)
            .where(DigestRow.week == week, DigestRow.state == SENDING)
            .values(state=FAILED, last_error=error)
        )
        session.commit()


def sent_weeks(database: Database) -> list[DigestRecord]:
    with database.sessions() as session:
        return [_record(row) for row in session.scalars(select(DigestRow).order_by(DigestRow.week))]
