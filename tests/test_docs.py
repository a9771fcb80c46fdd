"""The README documents every command and every setting (a test fails when one is undocumented)."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli import main
from tracker.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _command_paths(group: click.Group, prefix: str = "ssbtrack") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        paths.append(path)
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, path))
    return paths


def test_every_command_is_in_the_readme() -> None:
    missing = [path for path in _command_paths(main) if path not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_every_setting_is_in_the_readme() -> None:
    missing = [s.name for s in SETTINGS if f"| `{s.name}` |" not in README]
    assert not missing, f"undocumented settings: {missing}"
