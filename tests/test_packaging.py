"""A wheel (not an editable install) works from any directory, with its templates and universe."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_wheel_carries_data_and_runs_from_elsewhere(tmp_path: Path) -> None:
    wheel_dir, target, elsewhere = tmp_path / "wheel", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(REPO), "-w", str(wheel_dir)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("ssbtrack-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "tracker/universe.yaml" in names
    assert "db/migrations/versions/0001_initial_schema.py" in names
    assert any(n.startswith("templates/") and n.endswith(".html") for n in names), "no HTML template in the wheel"
    assert any(n.startswith("crawler/demo/sites/") for n in names), "no demo site in the wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "SSBTRACK_DB": str(elsewhere / "t.db")}
    env.pop("SSBTRACK_UNIVERSE", None)
    code = "import tracker, sys; from tracker.cli import main; print(tracker.__file__); main()"
    result = subprocess.run(
        [sys.executable, "-c", code, "init"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(str(target)), "ran the checkout, not the wheel"
    assert "16 companies, 36 sources, 16 milestones" in result.stdout
