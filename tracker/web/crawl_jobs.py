"""Crawls started from the sources page: ``ssbtrack crawl --source ID`` (or ``--company``) run as a child
process against the same database and universe, remembered so the page can show progress and result.

The crawl itself records its run in the database (crawl_runs); this module only starts the process,
keeps its output in a log file and tells whether it is still running.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

# A module run as ``python -c`` so the child is this very installation, whatever is on PATH.
_ENTRY = "import sys; from tracker.cli import main; sys.exit(main(prog_name='ssbtrack'))"
MAX_RUNNING = 2


class CrawlRefused(ValueError):
    """A crawl that may not start now (already running, too many running, internal address)."""


@dataclass(frozen=True)
class CrawlTarget:
    kind: str  # "source" | "company"
    id: str
    source_ids: tuple[str, ...]
    urls: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.kind} {self.id}"


@dataclass
class CrawlJob:
    id: int
    target: CrawlTarget
    started_at: datetime
    command: tuple[str, ...]
    log_path: Path
    process: subprocess.Popen[bytes] = field(repr=False)
    finished_at: datetime | None = None

    @property
    def returncode(self) -> int | None:
        code = self.process.poll()
        if code is not None and self.finished_at is None:
            self.finished_at = datetime.now(UTC)
        return code

    @property
    def state(self) -> str:
        code = self.returncode
        return "running" if code is None else ("finished" if code == 0 else "failed")

    def output_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def crawl_command(*, universe_path: str, settings_file: str | None, target: CrawlTarget) -> list[str]:
    """The child's command line; the database goes in its environment (see ``child_environment``)."""
    command = [sys.executable, "-c", _ENTRY, "--universe", universe_path]
    if settings_file:
        command += ["--settings", settings_file]
    return command + ["crawl", f"--{target.kind}", target.id]


class CrawlJobs:
    """The crawls this web process started, newest first."""

    def __init__(
        self, log_dir: Path, command_for: Callable[[CrawlTarget], list[str]], env_for: Callable[[], dict[str, str]]
    ):
        self.log_dir = log_dir
        self.command_for = command_for
        self.env_for = env_for
        self._jobs: dict[int, CrawlJob] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def start(self, target: CrawlTarget) -> CrawlJob:
        with self._lock:
            running = [job for job in self._jobs.values() if job.state == "running"]
            if any(job.target == target for job in running):
                raise CrawlRefused(f"a crawl of {target.label} is already running")
            if len(running) >= MAX_RUNNING:
                raise CrawlRefused(f"{len(running)} crawls are running already: wait for one to end")
            job_id = next(self._ids)
            command = self.command_for(target)
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log_path = self.log_dir / f"crawl-{job_id}.log"
            with log_path.open("wb") as log:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=self.env_for(),
                    start_new_session=True,
                )
            job = CrawlJob(job_id, target, datetime.now(UTC), tuple(command), log_path, process)
            self._jobs[job_id] = job
            return job

    def get(self, job_id: int) -> CrawlJob | None:
        return self._jobs.get(job_id)

    def all(self) -> list[CrawlJob]:
        return sorted(self._jobs.values(), key=lambda job: job.id, reverse=True)

    def stop_all(self) -> None:
        """Ends the crawls still running (when the web app stops)."""
        for job in self._jobs.values():
            if job.returncode is None:
                job.process.terminate()
                try:
                    job.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    job.process.kill()
                    job.process.wait()


def child_environment(*, db_url: str, allow_private_urls: bool) -> dict[str, str]:
    env = dict(os.environ)
    # SSBTRACK_DB, not --db: a PostgreSQL URL may hold a password, and command lines are public (ps)
    env["SSBTRACK_DB"] = db_url
    # the crawler may check addresses again after redirects; it must judge them as this app does
    env["SSBTRACK_ALLOW_PRIVATE_URLS"] = "true" if allow_private_urls else "false"
    return env
