"""The scheduler on a controllable clock: the weekly digest at its hour in the reader's zone, a missed
Monday sent once when the machine is back, crawl intervals, one scheduler per database, SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import apscheduler.executors.base
import apscheduler.schedulers.base
import apscheduler.triggers.interval
import pytest
from apscheduler.events import EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
from apscheduler.executors.debug import DebugExecutor

from db.engine import Database
from db.leases import LeaseHeld, read_lease
from tests.tracker.digest_week_data import BERLIN, ON_SQLITE, digest_settings, populate_week
from tests.tracker.smtp_server import smtp_environment, smtp_server
from tracker.scheduler import (
    DIGEST_JOB,
    DIGEST_RETRY_PREFIX,
    LEASE_NAME,
    ChildCommands,
    ScheduleRun,
    planned_jobs,
)
from tracker.universe import Universe

SUNDAY_NOON = datetime(2026, 11, 29, 12, tzinfo=BERLIN)
MONDAY_SEVEN = datetime(2026, 11, 30, 7, tzinfo=BERLIN)


class Clock:
    def __init__(self, start: datetime):
        self.value = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.value

    def set(self, moment: datetime) -> None:
        self.value = moment.astimezone(UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """One clock for APScheduler's internals and for the scheduler's own lease and week choices."""
    clock = Clock(SUNDAY_NOON)

    class ClockDatetime(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return clock.value.astimezone(tz) if tz else clock.value.replace(tzinfo=None)

        @classmethod
        def fromtimestamp(cls, *args, **kwargs):  # type: ignore[no-untyped-def, override]
            return datetime.fromtimestamp(*args, **kwargs)  # a plain datetime, so jobs can be pickled

    for module in (apscheduler.schedulers.base, apscheduler.executors.base, apscheduler.triggers.interval):
        monkeypatch.setattr(module, "datetime", ClockDatetime)
    return clock


class RecordingCommands(ChildCommands):
    """Stands in for the child processes where only the command line matters (the crawl belongs to the crawler)."""

    def __init__(self, exit_codes: list[int] | None = None) -> None:
        super().__init__([])
        self.calls: list[list[str]] = []
        self.exit_codes = list(exit_codes or [])  # of the digest runs, in turn; then 0

    def run(self, args: list[str], timeout: float | None = None) -> int:
        self.calls.append(args)
        return self.exit_codes.pop(0) if self.exit_codes and args[0] == "digest" else 0


def _run(
    database: Database,
    universe: Universe,
    clock: Clock,
    commands: ChildCommands,
    holder: str = "test",
    **settings: object,
) -> ScheduleRun:
    run = ScheduleRun(database, universe, digest_settings(**settings), commands, now=clock, holder=holder)
    run.prepare(executors={"default": DebugExecutor()})
    run.scheduler.resume()
    return run


def _events(run: ScheduleRun) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    run.scheduler.add_listener(
        lambda event: seen.append(("missed" if event.code == EVENT_JOB_MISSED else "ran", event.job_id)),
        EVENT_JOB_EXECUTED | EVENT_JOB_MISSED,
    )
    return seen


def _without_sources(universe: Universe) -> Universe:
    """The universe the scheduler plans from when a test runs real children: no crawl job, so no crawl."""
    return replace(universe, sources=())


def _digest_commands(database: Database, port: int, tmp_path: Path) -> ChildCommands:
    env = {**os.environ, **smtp_environment(port, SSBTRACK_DIGEST_DIR=str(tmp_path / "digests"))}
    return ChildCommands(["--db", database.url], env=env)


@ON_SQLITE
def test_the_weekly_digest_is_sent_at_its_hour_in_the_readers_zone(
    database: Database, universe: Universe, clock: Clock, tmp_path: Path
) -> None:
    populate_week(database)
    with smtp_server() as inbox:
        run = _run(database, _without_sources(universe), clock, _digest_commands(database, inbox.port, tmp_path))
        try:
            events = _events(run)
            assert run.scheduler.get_job(DIGEST_JOB).next_run_time == MONDAY_SEVEN
            clock.set(MONDAY_SEVEN - timedelta(minutes=1))
            run.scheduler._process_jobs()
            assert not inbox.messages
            clock.set(MONDAY_SEVEN + timedelta(seconds=5))
            run.scheduler._process_jobs()
            assert ("ran", DIGEST_JOB) in events
            assert [m["Subject"] for m in inbox.messages] == [
                "SSB tracker, 2026-W48: 3 milestone changes to review, 7 announcements"
            ]
            assert run.scheduler.get_job(DIGEST_JOB).next_run_time == MONDAY_SEVEN + timedelta(days=7)
        finally:
            run.close()


@ON_SQLITE
def test_a_monday_missed_while_off_is_sent_once_when_back(
    database: Database, universe: Universe, clock: Clock, tmp_path: Path
) -> None:
    with smtp_server() as inbox:
        commands = _digest_commands(database, inbox.port, tmp_path)
        # Sunday: scheduled, then the machine goes off
        _run(database, _without_sources(universe), clock, commands).close()
        clock.set(datetime(2026, 12, 1, 9, tzinfo=BERLIN))  # back on Tuesday morning
        run = _run(database, _without_sources(universe), clock, _digest_commands(database, inbox.port, tmp_path))
        try:
            events = _events(run)
            assert run.scheduler.get_job(DIGEST_JOB).next_run_time == MONDAY_SEVEN, "the missed run was kept"
            run.scheduler._process_jobs()
            run.scheduler._process_jobs()
            assert events.count(("ran", DIGEST_JOB)) == 1
            assert len(inbox.messages) == 1 and "2026-W48" in inbox.messages[0]["Subject"]
            # the same week asked again (a person at the command line, a second wake-up): not sent twice
            again = subprocess.run(
                _digest_commands(database, inbox.port, tmp_path).command(["digest", "--send", "--week", "2026-W48"]),
                env=commands.env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert again.returncode == 0 and "already sent" in again.stdout
            assert len(inbox.messages) == 1
        finally:
            run.close()


@ON_SQLITE
def test_two_missed_mondays_coalesce_and_a_run_too_late_is_skipped(
    database: Database, universe: Universe, clock: Clock
) -> None:
    commands = RecordingCommands()
    _run(database, universe, clock, commands).close()
    clock.set(datetime(2026, 12, 8, 10, tzinfo=BERLIN))  # off for over a week: Mondays 30 Nov and 7 Dec missed
    run = _run(database, universe, clock, commands)
    try:
        run.scheduler._process_jobs()
        assert [call for call in commands.calls if call[0] == "digest"] == [
            ["digest", "--send", "--week", "2026-W49"]
        ], "one run, for the latest week"
        run.scheduler._process_jobs()
    finally:
        run.close()
    commands.calls.clear()
    clock.set(datetime(2026, 12, 18, 9, tzinfo=BERLIN))  # Friday: Monday's run is 98 h late, past the 72 h grace
    run = _run(database, universe, clock, commands)
    try:
        events = _events(run)
        run.scheduler._process_jobs()
        assert ("missed", DIGEST_JOB) in events and not [c for c in commands.calls if c[0] == "digest"]
        assert run.scheduler.get_job(DIGEST_JOB).next_run_time == datetime(2026, 12, 21, 7, tzinfo=BERLIN)
    finally:
        run.close()


@ON_SQLITE
def test_a_digest_that_could_not_be_sent_is_tried_again_later_even_after_a_restart(
    database: Database, universe: Universe, clock: Clock
) -> None:
    commands = RecordingCommands(exit_codes=[1, 1])  # the SMTP server is down for two tries
    run = _run(database, universe, clock, commands)
    clock.set(MONDAY_SEVEN + timedelta(seconds=1))
    run.scheduler._process_jobs()
    retries = [job for job in run.scheduler.get_jobs() if job.id.startswith(DIGEST_RETRY_PREFIX)]
    assert len(retries) == 1
    retry = retries[0]
    assert retry.args == ("2026-W48", 11) and retry.next_run_time == MONDAY_SEVEN + timedelta(hours=1, seconds=1)
    run.close()  # the machine restarts; the planned retry is kept
    run = _run(database, universe, clock, commands)
    try:
        for hours in (1, 2):
            clock.set(MONDAY_SEVEN + timedelta(hours=hours, seconds=2))
            run.scheduler._process_jobs()
        digests = [call for call in commands.calls if call[0] == "digest"]
        assert digests == [["digest", "--send", "--week", "2026-W48"]] * 3, "sent on the third try"
        assert not [job for job in run.scheduler.get_jobs() if job.id.startswith(DIGEST_RETRY_PREFIX)], "done"
    finally:
        run.close()


@ON_SQLITE
def test_crawls_run_per_source_interval(database: Database, universe: Universe, clock: Clock) -> None:
    slow = {"prologium-newsroom", "catl-news-search-zh"}
    custom = replace(
        universe, sources=tuple(replace(s, interval_hours=24) if s.id in slow else s for s in universe.sources)
    )
    jobs = {job.id: job for job in planned_jobs(custom, digest_settings(crawl_every_hours=4.0), clock())}
    assert set(jobs) == {DIGEST_JOB, "crawl-every-4h", "crawl-every-24h"}
    assert sorted(jobs["crawl-every-24h"].args[0]) == sorted(slow)
    commands = RecordingCommands()
    run = ScheduleRun(database, custom, digest_settings(crawl_every_hours=4.0), commands, now=clock)
    run.prepare(executors={"default": DebugExecutor()})
    try:
        run.scheduler.resume()
        clock.set(SUNDAY_NOON + timedelta(hours=4, seconds=1))
        run.scheduler._process_jobs()
        assert len(commands.calls) == 1 and commands.calls[0][0] == "crawl"
        crawled = commands.calls[0][2::2]
        assert commands.calls[0][1::2] == ["--source"] * len(crawled)
        assert len(crawled) == len(universe.sources) - 2 and not slow & set(crawled)
        clock.set(SUNDAY_NOON + timedelta(hours=24, seconds=1))
        run.scheduler._process_jobs()
        assert sorted(commands.calls[-1][2::2]) == sorted(slow)
        assert sum(1 for call in commands.calls if len(call) > 5) == 2, "missed 4-hourly runs coalesce into one"
    finally:
        run.close()


def test_one_scheduler_per_database(database: Database, universe: Universe, clock: Clock) -> None:
    first = _run(database, universe, clock, RecordingCommands(), holder="host-a pid 1")
    try:
        with pytest.raises(LeaseHeld) as held:
            _run(database, universe, clock, RecordingCommands(), holder="host-b pid 2")
        assert held.value.lease.holder == "host-a pid 1"
        clock.set(clock() + timedelta(seconds=30))
        first.heartbeat()
        assert read_lease(database, LEASE_NAME).heartbeat_at == clock()
        clock.set(clock() + timedelta(minutes=3))  # host-a hangs: no heartbeat for 3 minutes
        second = _run(database, universe, clock, RecordingCommands(), holder="host-b pid 2")
        try:
            assert read_lease(database, LEASE_NAME).holder == "host-b pid 2"
            first.heartbeat()
            assert first.stopped_by == "lease lost" and not first.scheduler.running
        finally:
            second.close()
    finally:
        first.close()
    assert read_lease(database, LEASE_NAME) is None


@ON_SQLITE
def test_schedule_command_refuses_a_second_instance_and_stops_cleanly_on_sigterm(
    database: Database, tmp_path: Path
) -> None:
    command = [sys.executable, "-c", "from tracker.cli import main; main()", "--db", database.url, "schedule"]
    env = {**os.environ, "SSBTRACK_DIGEST_DIR": str(tmp_path)}
    scheduler = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        lines = []
        for line in scheduler.stdout:  # ends when the child exits, so this cannot hang past the child
            lines.append(line)
            if "scheduler running" in line:
                break
        assert any(line.startswith("scheduled: weekly digest, next at") for line in lines), lines
        second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert second.returncode == 1
        assert "another scheduler is running on this database" in second.stderr
        scheduler.send_signal(signal.SIGTERM)
        rest, _ = scheduler.communicate(timeout=60)
    finally:
        if scheduler.poll() is None:
            scheduler.kill()
    assert scheduler.returncode == 0, rest
    assert "scheduler stopped (SIGTERM)" in rest
    assert read_lease(database, LEASE_NAME) is None
