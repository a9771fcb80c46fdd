"""Settings: declared once, file < environment < command line, wrong values named with where."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.settings import SettingsError, load_settings


def test_precedence_file_then_environment_then_overrides(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    file.write_text('smtp_host = "mail.example.com"\nsmtp_port = 2525\ncrawl_every_hours = 3\ncontact = "file@x"\n')
    settings = load_settings(file, environ={"SSBTRACK_SMTP_PORT": "587", "SSBTRACK_OBEY_ROBOTS": "no"}, contact="cli@x")
    assert settings["smtp_host"] == "mail.example.com"
    assert settings["smtp_port"] == 587
    assert settings["crawl_every_hours"] == 3.0
    assert settings["obey_robots"] is False
    assert settings["contact"] == "cli@x"


def test_wrong_values_say_where(tmp_path: Path) -> None:
    file = tmp_path / "settings.toml"
    file.write_text("smtp_prot = 25\n")
    (tmp_path / "empty.toml").write_text("")
    with pytest.raises(SettingsError, match=r"settings.toml: unknown setting 'smtp_prot'"):
        load_settings(file, environ={})
    with pytest.raises(SettingsError, match=r"SSBTRACK_TIMEOUT: timeout must be a int, got 'soon'"):
        load_settings(None, environ={"SSBTRACK_TIMEOUT": "soon", "SSBTRACK_SETTINGS": str(tmp_path / "empty.toml")})
    with pytest.raises(SettingsError, match="settings file not found"):
        load_settings(tmp_path / "missing.toml", environ={})
