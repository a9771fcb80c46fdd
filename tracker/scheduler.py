"""``ssbtrack schedule``: crawls every few hours and the weekly digest, in the foreground.

The scheduler only triggers the two ends of the line: it runs ``ssbtrack crawl --source ...`` and
``ssbtrack digest --send`` as child processes, so a crash or a leak in either never takes it down.
Jobs live in the same database (APScheduler's SQLAlchemyJobStore) with their next run times, so a
machine that was off at the digest's hour runs it once when it is back (coalesce + misfire grace);
the digest's sent-once rule makes a second run harmless. A lease in the ``locks`` table keeps it to one
scheduler per database.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from db.engine import Database
from db.leases import acquire_lease, release_lease, renew_lease
from tracker.digest_week import IsoWeek, reader_zone
from tracker.universe import Universe

log = logging.getLogger("ssbtrack.schedule")

LEASE_NAME = "scheduler"
HEARTBEAT = timedelta(seconds=30)
LEASE_STALE_AFTER = timedelta(minutes=2)
JOB_TABLE = "apscheduler_jobs"
DIGEST_JOB = "digest-weekly"
CRAWL_JOB_PREFIX = "crawl-every-"
HEARTBEAT_JOB = "lease-heartbeat"
DIGEST_RETRY_PREFIX = "digest-retry-"
# after the mailer's own retries fail (server down for long), the scheduler tries again this often
DIGEST_RETRY_EVERY = timedelta(hours=1)
DIGEST_RETRIES = 12


class ScheduleError(ValueError):
    """A schedule that cannot run: a bad cron expression or time zone."""


@dataclass(frozen=True)
class PlannedJob:
    id: str
    name: str
    func: str
    args: tuple[Any, ...]
    trigger: BaseTrigger
    misfire_grace_seconds: int

    def signature(self) -> tuple[Any, ...]:
        """What makes two jobs the same job (an interval trigger's start date does not)."""
        return (
            self.func,
            tuple(self.args),
            type(self.trigger).__name__,
            str(self.trigger),
            str(getattr(self.trigger, "timezone", "")),
            self.misfire_grace_seconds,
        )


def crawl_groups(universe: Universe, default_hours: float) -> dict[float, tuple[str, ...]]:
    """Sources by crawl interval: the universe's ``interval_hours`` where set, else ``crawl_every_hours``."""
    groups: dict[float, list[str]] = {}
    for source in universe.sources:
        hours = float(source.interval_hours or default_hours)
        groups.setdefault(hours, []).append(source.id)
    return {hours: tuple(ids) for hours, ids in sorted(groups.items())}


def digest_trigger(settings: dict[str, Any]) -> CronTrigger:
    zone = reader_zone(settings.get("timezone") or "UTC")
    expression = str(settings.get("digest_cron") or "")
    try:
        return CronTrigger.from_crontab(expression, timezone=zone)
    except ValueError as exc:
        raise ScheduleError(
            f"digest_cron: {expression!r} is not a cron expression "
            f"(minute hour day month weekday, e.g. '0 7 * * mon'): {exc}"
        ) from None


def planned_jobs(universe: Universe, settings: dict[str, Any], now: datetime) -> list[PlannedJob]:
    """The jobs the settings and universe ask for, each crawl group first due one interval from ``now``."""
    zone = reader_zone(settings.get("timezone") or "UTC")
    default_hours = float(settings.get("crawl_every_hours") or 6.0)
    if default_hours <= 0:
        raise ScheduleError(f"crawl_every_hours must be positive, not {default_hours}")
    jobs = [
        PlannedJob(
            DIGEST_JOB,
            "weekly digest",
            "tracker.scheduler:run_weekly_digest",
            (),
            digest_trigger(settings),
            int(float(settings.get("digest_misfire_grace_hours") or 0) * 3600) or 1,
        )
    ]
    for hours, source_ids in crawl_groups(universe, default_hours).items():
        interval = timedelta(hours=hours)
        jobs.append(
            PlannedJob(
                f"{CRAWL_JOB_PREFIX}{hours:g}h",
                f"crawl {len(source_ids)} source(s) every {hours:g} h",
                "tracker.scheduler:run_crawl",
                (list(source_ids),),
                IntervalTrigger(hours=hours, start_date=now + interval, timezone=zone),
                max(1, int(interval.total_seconds())),
            )
        )
    return jobs


def reconcile_jobs(scheduler: BaseScheduler, planned: list[PlannedJob], jobstore: str = "default") -> None:
    """Make the stored jobs match the plan, keeping the stored next run time of every unchanged job.

    Keeping it is what lets a missed Monday digest still run: re-adding the job would move it to next week.
    """
    stored = {job.id: job for job in scheduler.get_jobs(jobstore)}
    for job in planned:
        current = stored.pop(job.id, None)
        if current is not None and _stored_signature(current) == job.signature():
            continue
        if current is not None:
            scheduler.remove_job(job.id, jobstore)
        scheduler.add_job(
            job.func,
            job.trigger,
            args=job.args,
            id=job.id,
            name=job.name,
            jobstore=jobstore,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=job.misfire_grace_seconds,
        )
    for obsolete in stored.values():
        if not obsolete.id.startswith(DIGEST_RETRY_PREFIX):  # a pending retry of a failed send stays
            scheduler.remove_job(obsolete.id, jobstore)


def _stored_signature(job: Any) -> tuple[Any, ...]:
    return (
        job.func_ref,
        tuple(job.args),
        type(job.trigger).__name__,
        str(job.trigger),
        str(getattr(job.trigger, "timezone", "")),
        job.misfire_grace_time,
    )


@dataclass
class ChildCommands:
    """Runs ``ssbtrack`` sub-commands as child processes and can stop the ones still running."""

    global_args: list[str]
    env: dict[str, str] | None = None
    stop_timeout: float = 30.0
    _children: set[subprocess.Popen[bytes]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stopping: bool = False

    def command(self, args: list[str]) -> list[str]:
        return [sys.executable, "-c", "from tracker.cli import main; main()", *self.global_args, *args]

    def run(self, args: list[str], timeout: float | None = None) -> int:
        with self._lock:
            if self._stopping:
                return -1
            child = subprocess.Popen(self.command(args), env=self.env)
            self._children.add(child)
        try:
            return child.wait(timeout)
        except subprocess.TimeoutExpired:
            log.error("ssbtrack %s took over %s s; stopping it", " ".join(args), timeout)
            child.terminate()
            return child.wait()
        finally:
            with self._lock:
                self._children.discard(child)

    def stop_all(self) -> None:
        """Ask every running child to stop (SIGTERM), and kill those that do not within ``stop_timeout``."""
        with self._lock:
            self._stopping = True
            children = list(self._children)
        for child in children:
            child.terminate()
        for child in children:
            try:
                child.wait(self.stop_timeout)
            except subprocess.TimeoutExpired:
                child.kill()


@dataclass(frozen=True)
class JobRuntime:
    """What the jobs of the scheduler running in this process use; jobs are stored by reference, not as objects."""

    commands: ChildCommands
    zone: ZoneInfo
    crawl_timeout: float
    now: Callable[[], datetime]
    scheduler: BaseScheduler


_runtime: JobRuntime | None = None


def use_runtime(runtime: JobRuntime | None) -> None:
    global _runtime
    _runtime = runtime


def _current() -> JobRuntime:
    if _runtime is None:
        raise RuntimeError("no scheduler is running in this process")
    return _runtime


def run_crawl(source_ids: list[str]) -> int:
    runtime = _current()
    args = ["crawl"]
    for source_id in source_ids:
        args += ["--source", source_id]
    log.info("crawling %d source(s)", len(source_ids))
    return runtime.commands.run(args, runtime.crawl_timeout)


def run_weekly_digest() -> int:
    """Send the digest of the last complete week as of now; the week is named so a late run sends the right one."""
    runtime = _current()
    return _send_digest(runtime, IsoWeek.last_complete(runtime.now(), runtime.zone).label, DIGEST_RETRIES)


def retry_digest(week: str, retries_left: int) -> int:
    return _send_digest(_current(), week, retries_left)


def _send_digest(runtime: JobRuntime, week: str, retries_left: int) -> int:
    """Run ``ssbtrack digest --send --week``; when it fails, plan one more try (stored, so it survives a restart).

    A sent or already-sent digest exits 0, so a retry never sends a second copy.
    """
    log.info("sending the weekly digest of %s", week)
    code = runtime.commands.run(["digest", "--send", "--week", week], 3600)
    if code > 0 and retries_left > 0:
        retry_at = runtime.now() + DIGEST_RETRY_EVERY
        log.warning("the digest of %s was not sent; trying again at %s", week, retry_at.isoformat())
        runtime.scheduler.add_job(
            "tracker.scheduler:retry_digest",
            "date",
            run_date=retry_at,
            args=(week, retries_left - 1),
            id=f"{DIGEST_RETRY_PREFIX}{week}-{retries_left - 1}",
            name=f"retry the digest of {week}",
            replace_existing=True,
            misfire_grace_time=int(DIGEST_RETRY_EVERY.total_seconds() * DIGEST_RETRIES),
        )
    return code


def lease_holder() -> str:
    return f"{socket.gethostname()} pid {os.getpid()} ({secrets.token_hex(3)})"


class ForegroundScheduler(BlockingScheduler):
    """A BlockingScheduler whose ``start`` returns, so jobs can be reconciled while it is paused;
    ``run_loop`` then processes jobs in the calling thread until ``shutdown``."""

    def start(self, paused: bool = False) -> None:
        if self._event is None or self._event.is_set():
            self._event = threading.Event()
        BaseScheduler.start(self, paused=paused)

    def run_loop(self) -> None:
        self._main_loop()


def build_scheduler(database: Database, settings: dict[str, Any], **options: Any) -> ForegroundScheduler:
    """A scheduler on the database's job table, in the reader's time zone (not started)."""
    return ForegroundScheduler(
        jobstores={
            "default": SQLAlchemyJobStore(engine=database.engine, tablename=JOB_TABLE),
            "memory": MemoryJobStore(),
        },
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=reader_zone(settings.get("timezone") or "UTC"),
        **options,
    )


@dataclass
class ScheduleRun:
    """One foreground run of the scheduler: lease, jobs, heartbeat, and a clean stop on SIGTERM."""

    database: Database
    universe: Universe
    settings: dict[str, Any]
    commands: ChildCommands
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    holder: str = field(default_factory=lease_holder)
    scheduler: ForegroundScheduler | None = None
    stopped_by: str | None = None

    def prepare(self, **scheduler_options: Any) -> ForegroundScheduler:
        """Take the lease (LeaseHeld if another scheduler has it), then load and reconcile the jobs."""
        planned = planned_jobs(self.universe, self.settings, self.now())
        acquire_lease(self.database, LEASE_NAME, self.holder, self.now(), LEASE_STALE_AFTER)
        try:
            scheduler = build_scheduler(self.database, self.settings, **scheduler_options)
            scheduler.start(paused=True)
            reconcile_jobs(scheduler, planned)
            scheduler.add_job(
                self.heartbeat,
                "interval",
                seconds=HEARTBEAT.total_seconds(),
                id=HEARTBEAT_JOB,
                jobstore="memory",
                replace_existing=True,
            )
        except BaseException:
            release_lease(self.database, LEASE_NAME, self.holder)
            raise
        use_runtime(
            JobRuntime(
                self.commands,
                reader_zone(self.settings.get("timezone") or "UTC"),
                float(self.settings.get("crawl_time_limit") or 1800) + 300,
                self.now,
                scheduler,
            )
        )
        self.scheduler = scheduler
        return scheduler

    def heartbeat(self) -> None:
        if not renew_lease(self.database, LEASE_NAME, self.holder, self.now()):
            log.error("another scheduler took over this database's lease; stopping")
            self.stop("lease lost")

    def stop(self, reason: str) -> None:
        self.stopped_by = self.stopped_by or reason
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def run_forever(self) -> None:
        """Run until SIGTERM/SIGINT; then stop the children, wait for the jobs and give up the lease."""
        scheduler = self.scheduler or self.prepare()
        previous = {
            sig: signal.signal(sig, lambda signum, _frame: self.stop(signal.Signals(signum).name))
            for sig in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            scheduler.resume()
            scheduler.run_loop()
        finally:
            self.close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def close(self) -> None:
        """Stop the children, wait for running jobs, give up the lease."""
        self.commands.stop_all()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        release_lease(self.database, LEASE_NAME, self.holder)
        use_runtime(None)
