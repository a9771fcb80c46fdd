"""``ssbtrack match / flags / review / timeline`` through click's CliRunner against a temporary database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from click.testing import CliRunner, Result

from db.engine import Database, open_database
from tests.review_fixtures import TOYOTA, ScriptedMatcher, add_article, classification, said
from tracker.cli import main
from tracker.match_store import match_pending


@pytest.fixture
def db(sqlite_url: str, universe) -> Iterator[Database]:
    assert CliRunner().invoke(main, ["--db", sqlite_url, "init"]).exit_code == 0
    database = open_database(sqlite_url)
    yield database
    database.close()


def run(db: Database, *args: str, reviewer: str = "ana") -> Result:
    return CliRunner().invoke(main, ["--db", db.url, *args], env={"SSBTRACK_REVIEWER": reviewer})


def raise_delay(db: Database, universe, outlets: int = 3, window: str = "2028") -> None:
    script = {}
    for i in range(outlets):
        title = f"Toyota delay {window} {i}"
        add_article(
            db, url=f"https://outlet{i}.example/{window}", title=title, published=datetime(2026, 3, 1 + i, tzinfo=UTC)
        )
        script[title] = classification(
            said(TOYOTA, "delayed", window, 0.8, evidence=f"Toyota [bold]pushed[/bold] mass production to {window}.")
        )
    match_pending(db, universe, matcher=ScriptedMatcher(script), as_of=date(2025, 1, 1))


def flags_json(db: Database, *args: str) -> list[dict]:
    result = run(db, "flags", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_flags_lists_old_and_new_state_confidence_and_evidence(db: Database, universe) -> None:
    assert run(db, "flags").output.strip() == "no flags"
    assert flags_json(db) == []
    raise_delay(db, universe)
    [flag] = flags_json(db, "--state", "pending")
    assert {
        k: flag[k] for k in ("milestone", "kind", "state", "old_status", "new_status", "old_window", "new_window")
    } == {
        "milestone": TOYOTA,
        "kind": "delayed",
        "state": "pending",
        "old_status": "planned",
        "new_status": "delayed",
        "old_window": "2027..2028",
        "new_window": "2028",
    }
    assert flag["confidence"] > 0.99
    assert [e["url"] for e in flag["evidence"]] == [f"https://outlet{i}.example/2028" for i in range(3)]
    assert flags_json(db, "--state", "rejected") == []
    table = run(db, "flags").output
    assert TOYOTA in table and "planned -> delayed" in table and "2027..2028 -> 2028" in table
    assert "https://outlet0.example/2028 (+2 more)" in table


def test_review_show_prints_scraped_text_as_it_is(db: Database, universe) -> None:
    raise_delay(db, universe, outlets=1)
    [flag] = flags_json(db)
    result = run(db, "review", "show", str(flag["id"]))
    assert result.exit_code == 0, result.output
    assert "Toyota [bold]pushed[/bold] mass production to 2028." in result.output  # not eaten as markup
    assert "status:     planned -> delayed" in result.output
    assert "https://outlet0.example/2028" in result.output
    shown = json.loads(run(db, "review", "show", str(flag["id"]), "--format", "json").output)
    assert shown["id"] == flag["id"] and len(shown["evidence"]) == 1
    missing = run(db, "review", "show", "999")
    assert missing.exit_code == 1 and "no flag 999" in missing.output


def test_accept_with_a_window_updates_the_timeline_with_who_and_why(db: Database, universe) -> None:
    raise_delay(db, universe)
    [flag] = flags_json(db)
    result = run(db, "review", "accept", str(flag["id"]), "--window", "2028..2029", "--note", "per the IR call")
    assert result.exit_code == 0, result.output
    assert f"accepted flag {flag['id']} (delayed): {TOYOTA} is now delayed, 2028..2029" in result.output
    [accepted] = flags_json(db, "--state", "accepted")
    assert (accepted["decided_by"], accepted["note"]) == ("ana", "per the IR call")
    timeline = json.loads(run(db, "timeline", "--format", "json").output)
    [toyota] = [entry for entry in timeline if entry["id"] == TOYOTA]
    assert (toyota["status"], toyota["window"]) == ("delayed", "2028..2029")
    change = toyota["last_change"]
    assert (change["changed_by"], change["reason"], change["old_window"], change["new_window"]) == (
        "ana",
        "per the IR call",
        "2027..2028",
        "2028..2029",
    )
    assert len(change["evidence"]) == 3
    table = run(db, "timeline").output
    assert "by ana: planned -> delayed 2027..2028 -> 2028..2029 (per the IR call)" in table
    assert "as in the universe file" in table  # the others
    again = run(db, "review", "accept", str(flag["id"]))
    assert again.exit_code == 1 and "already accepted (by ana)" in again.output


def test_bad_decisions_are_refused_with_a_clear_message(db: Database, universe) -> None:
    raise_delay(db, universe)
    [flag] = flags_json(db)
    bad_window = run(db, "review", "accept", str(flag["id"]), "--window", "late 2028")
    assert bad_window.exit_code == 1 and "window 'late 2028'" in bad_window.output
    bad_status = run(db, "review", "accept", str(flag["id"]), "--status", "soon")
    assert bad_status.exit_code == 2 and "soon" in bad_status.output
    assert run(db, "review", "merge", str(flag["id"]), str(flag["id"])).exit_code == 1
    assert flags_json(db)[0]["state"] == "pending"


def test_reject_and_merge(db: Database, universe) -> None:
    raise_delay(db, universe, outlets=2, window="2028")
    raise_delay(db, universe, outlets=1, window="2029")
    later, earlier = flags_json(db)
    merged = run(db, "review", "merge", str(later["id"]), str(earlier["id"]), "--note", "one delay")
    assert merged.exit_code == 0, merged.output
    assert f"merged flag {later['id']} into flag {earlier['id']} (delayed, 3 pieces of evidence)" in merged.output
    rejected = run(db, "review", "reject", str(earlier["id"]), "--note", "rumour", reviewer="bob")
    assert rejected.exit_code == 0 and f"rejected flag {earlier['id']}" in rejected.output
    states = {f["id"]: (f["state"], f["decided_by"]) for f in flags_json(db)}
    assert states == {later["id"]: ("merged", "ana"), earlier["id"]: ("rejected", "bob")}


def test_match_checks_overdue_milestones_as_of_a_day(db: Database) -> None:
    result = run(db, "match", "--as-of", "2026-01-15")
    assert result.exit_code == 0, result.output
    assert "matched 0 articles" in result.output and "2 overdue" in result.output
    overdue = flags_json(db, "--state", "pending")
    assert sorted(f["milestone"] for f in overdue) == ["changan-assb-pilot", "gac-assb-pilot"]
    assert all(f["kind"] == "overdue" and f["new_status"] == "delayed" for f in overdue)
    assert "0 overdue" in run(db, "match", "--as-of", "2026-02-01").output
    bad = run(db, "match", "--as-of", "next week")
    assert bad.exit_code == 2 and "--as-of" in bad.output
