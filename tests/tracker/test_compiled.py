"""The compiled matcher: Python must never run a compiled module older than its source."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from tracker.compiled import SHARED_LIBRARY, compiled_files, stale_sources

PACKAGE = Path(__file__).resolve().parents[2] / "tracker"
SUFFIX = EXTENSION_SUFFIXES[0]


def _fake_package(tmp_path: Path, source_age: int, compiled_age: int) -> Path:
    """A package with the tracker's start-up code and one 'compiled' windows module beside its source."""
    package = tmp_path / "tracker"
    package.mkdir()
    for name in ("__init__.py", "compiled.py"):
        shutil.copy(PACKAGE / name, package / name)
    (package / "windows.py").write_text("")
    (package / f"windows{SUFFIX}").write_bytes(b"")
    (package / f"{SHARED_LIBRARY}__mypyc{SUFFIX}").write_bytes(b"")
    now = 1_700_000_000
    os.utime(package / "windows.py", (now - source_age, now - source_age))
    os.utime(package / f"windows{SUFFIX}", (now - compiled_age, now - compiled_age))
    return package


def test_compiled_files_include_the_shared_library(tmp_path: Path) -> None:
    package = _fake_package(tmp_path, source_age=100, compiled_age=10)
    assert {p.name for p in compiled_files(package)} == {f"windows{SUFFIX}", f"{SHARED_LIBRARY}__mypyc{SUFFIX}"}
    assert stale_sources(package) == []


def test_a_source_changed_after_compiling_is_stale(tmp_path: Path) -> None:
    assert stale_sources(_fake_package(tmp_path, source_age=10, compiled_age=100)) == ["windows.py"]


def test_the_package_refuses_to_start_with_a_stale_compiled_module(tmp_path: Path) -> None:
    _fake_package(tmp_path, source_age=10, compiled_age=100)
    run = subprocess.run([sys.executable, "-c", "import tracker"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode != 0
    assert "tracker/windows.py changed after the matcher was compiled: run `make compile`" in run.stderr


def test_the_package_starts_with_fresh_compiled_modules(tmp_path: Path) -> None:
    _fake_package(tmp_path, source_age=100, compiled_age=10)
    run = subprocess.run([sys.executable, "-c", "import tracker"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_the_compiled_modules_type_check_as_mypyc_needs(tmp_path: Path) -> None:
    """mypyc compiles only code mypy accepts; a type error would leave the matcher pure Python, slower, with only a
    warning in the build's output."""
    pytest.importorskip("mypy", reason="mypy comes with the 'compile' extra (make installs it)")
    from tracker.compiled import COMPILED_MODULES

    sources = [str(PACKAGE / f"{name}.py") for name in COMPILED_MODULES]
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "--ignore-missing-imports", *sources],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
