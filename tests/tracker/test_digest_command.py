"""``ssbtrack digest``: the three files of a week, the quiet week, and bad input."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

from click.testing import CliRunner

from db import digest_sends
from db.engine import Database
from tests.tracker.digest_week_data import ON_SQLITE, WEEK, populate_week
from tests.tracker.smtp_server import smtp_environment
from tracker.cli import main


def _run(database: Database, *args: str, **env: str):  # type: ignore[no-untyped-def]
    environment = smtp_environment(25, SSBTRACK_DIGEST_DIR="/nonexistent-never-used", **env)
    return CliRunner().invoke(main, ["--db", database.url, "digest", *args], env=environment)


@ON_SQLITE
def test_digest_writes_html_text_and_eml_and_prints_their_paths(database: Database, tmp_path: Path) -> None:
    facts = populate_week(database)
    result = _run(database, "--week", WEEK, "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.output.splitlines()]
    assert [p.name for p in paths] == ["digest.html", "digest.txt", "digest.eml"]
    html, text = paths[0].read_text(encoding="utf-8"), paths[1].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and f"/flags/{facts.delay_flag}" in html
    assert "CHANGES TO REVIEW (3)" in text and "Also reported by Reuters, Nikkei Asia" in text
    # sections in the order the reader needs them
    order = [
        "CHANGES TO REVIEW",
        "CHANGES CONFIRMED THIS WEEK",
        "OVERDUE AND DUE SOON",
        "NEW ANNOUNCEMENTS",
        "TECHNICAL PROBLEMS WATCH",
        "TIMELINE",
        "SOURCE HEALTH",
    ]
    assert [text.index(heading) for heading in order] == sorted(text.index(heading) for heading in order)
    message = message_from_bytes(paths[2].read_bytes(), policy=policy.default)
    assert message["Subject"] == "SSB tracker, 2026-W48: 3 milestone changes to review, 7 announcements"
    assert message["To"] == "analyst@example.com" and message["Message-ID"].startswith(f"<ssbtrack.{WEEK}.1.")
    record = digest_sends.digest_record(database, WEEK)
    assert record.state == "rendered" and record.message_id == message["Message-ID"]


@ON_SQLITE
def test_a_quiet_week_renders_a_short_digest_that_says_so(database: Database, tmp_path: Path) -> None:
    result = _run(database, "--week", "2026-W10", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "digest.txt").read_text(encoding="utf-8")
    html = (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert "A quiet week" in text and "A quiet week" in html
    assert "NEW ANNOUNCEMENTS" not in text and len(text) < 4000
    message = message_from_bytes((tmp_path / "digest.eml").read_bytes(), policy=policy.default)
    assert message["Subject"] == "SSB tracker, 2026-W10: a quiet week"


@ON_SQLITE
def test_a_bad_week_or_time_zone_is_a_clear_usage_error(database: Database, tmp_path: Path) -> None:
    result = _run(database, "--week", "48/2026", "--out", str(tmp_path))
    assert result.exit_code == 2 and "YYYY-Www" in result.output
    result = _run(database, "--out", str(tmp_path), SSBTRACK_TIMEZONE="Mars/Olympus")
    assert result.exit_code == 2 and "unknown time zone 'Mars/Olympus'" in result.output
