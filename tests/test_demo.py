"""`ssbtrack demo` runs the whole line on the bundled newsrooms: crawl, match, flag, digest."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tracker.cli import main


def test_demo_crawls_matches_flags_and_renders_the_digest(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'demo.db'}"
    out = tmp_path / "digest"
    result = CliRunner().invoke(main, ["demo", "--db", database, "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output
    for name in ("digest.html", "digest.txt", "digest.eml"):
        assert (out / name).stat().st_size > 1000, name
    assert str(out / "digest.html") in result.output.replace("\n", "")
    text = (out / "digest.txt").read_text(encoding="utf-8")
    assert "CHANGES TO REVIEW" in text and "NEW ANNOUNCEMENTS" in text

    flags = CliRunner().invoke(main, ["--db", database, "flags", "--format", "json"])
    assert flags.exit_code == 0, flags.output
    raised = json.loads(flags.output)
    # the demo newsrooms report a delay of Samsung SDI's mass production to 2028
    delayed = [f for f in raised if f["milestone"] == "samsung-sdi-assb-mass-production" and f["kind"] == "delayed"]
    assert delayed and delayed[0]["new_window"].startswith("2028")
    assert any(f["kind"] == "overdue" for f in raised)
