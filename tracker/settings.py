"""Every setting, declared once as (name, default, help), read once from the environment or the
settings file and passed down. Environment ``SSBTRACK_<NAME>`` beats the file, which beats the default.

The settings file is TOML (``--settings FILE``, ``SSBTRACK_SETTINGS``, else ``settings.toml`` in the
user's config directory) with the same names in lower case, e.g. ``smtp_host = "mail.example.com"``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "", "SQLAlchemy URL or SQLite path of the database (default: a file in the user data dir)"),
    Setting("universe", "", "the universe YAML file (default: the shipped one)"),
    Setting("contact", "ssbtrack-operator@example.invalid", "contact address sent in the User-Agent"),
    Setting(
        "user_agent", "ssbtrack/{version} (+https://github.com/ssbtrack/ssbtrack; {contact})", "User-Agent template"
    ),
    Setting("obey_robots", True, "respect robots.txt"),
    Setting("concurrency_per_domain", 2, "parallel requests to one domain"),
    Setting("download_delay", 1.0, "seconds between requests to one domain (AutoThrottle starts here)"),
    Setting("timeout", 30, "seconds before a request is given up"),
    Setting("max_page_bytes", 10 * 1024 * 1024, "largest response kept, after decompression"),
    Setting("max_listing_pages", 20, "pagination pages followed per newsroom or sitemap"),
    Setting("max_articles_per_source", 500, "article pages fetched per source and crawl"),
    Setting("crawl_time_limit", 1800, "seconds a whole crawl may take"),
    Setting(
        "allow_private_urls", False, "allow crawling URLs on private, loopback or link-local addresses from the web app"
    ),
    Setting("crawl_every_hours", 6.0, "scheduler: hours between crawls of a source without its own interval"),
    Setting("digest_cron", "0 7 * * mon", "scheduler: when the weekly digest is sent (cron)"),
    Setting("timezone", "UTC", "the reader's time zone, for the digest week and schedule"),
    Setting("smtp_host", "", "SMTP server of the digest"),
    Setting("smtp_port", 0, "SMTP port (default: 25, 587 for starttls, 465 for ssl)"),
    Setting("smtp_security", "starttls", "none | starttls | ssl"),
    Setting("smtp_user", "", "SMTP user"),
    Setting("smtp_password", "", "SMTP password (environment or settings file only)"),
    Setting("digest_from", "", "From: address of the digest"),
    Setting("digest_to", "", "comma-separated recipients of the digest"),
    Setting("base_url", "http://127.0.0.1:8750", "where the review web app is reached, for links in the digest"),
    Setting("web_password", "", "password of the review web app (required off loopback)"),
    Setting("reviewer", "", "name recorded as who accepted or rejected a flag (default: the OS user)"),
    Setting(
        "digest_unsubscribe",
        "",
        "List-Unsubscribe of the digest: mailto: or https: addresses, comma-separated (default: mailto:<digest_from>)",
    ),
    Setting(
        "digest_dir",
        "",
        "where `ssbtrack digest` writes its files without --out (default: digests/WEEK in the user data dir)",
    ),
    Setting(
        "digest_misfire_grace_hours",
        72.0,
        "scheduler: how late a missed weekly digest is still sent (the machine was off)",
    ),
    Setting("smtp_attempts", 4, "tries of one digest send before it is left failed, to be sent on the next run"),
    Setting(
        "smtp_retry_delay", 30.0, "seconds before the first retry of a failed send; each next pause is 4 times longer"
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


class SettingsError(ValueError):
    pass


def settings_path(explicit: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> Path:
    chosen = explicit or (os.environ if environ is None else environ).get("SSBTRACK_SETTINGS")
    return Path(chosen) if chosen else Path(user_config_dir("ssbtrack", appauthor=False)) / "settings.toml"


def _coerce(setting: Setting, value: Any, where: str) -> Any:
    kind = type(setting.default)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if kind is bool:
                if text.lower() in ("1", "true", "yes", "on"):
                    return True
                if text.lower() in ("0", "false", "no", "off", ""):
                    return False
                raise ValueError(text)
            if kind is int:
                return int(text)
            if kind is float:
                return float(text)
        except ValueError:
            raise SettingsError(f"{where}: {setting.name} must be a {kind.__name__}, got {value!r}") from None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise SettingsError(f"{where}: {setting.name} must be a {kind.__name__}, got {value!r}")


def load_settings(
    path: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None, **overrides: Any
) -> dict[str, Any]:
    """The settings in force: defaults < settings file < environment < explicit overrides (CLI)."""
    environ = dict(os.environ if environ is None else environ)
    values = {s.name: s.default for s in SETTINGS}
    file = settings_path(path, environ)
    if file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError) as exc:
            raise SettingsError(f"{file}: {exc}") from exc
        for key, value in data.items():
            if key not in _BY_NAME:
                raise SettingsError(f"{file}: unknown setting {key!r}")
            values[key] = _coerce(_BY_NAME[key], value, str(file))
    elif path is not None or "SSBTRACK_SETTINGS" in environ:
        raise SettingsError(f"{file}: settings file not found")
    for setting in SETTINGS:
        env_name = f"SSBTRACK_{setting.name.upper()}"
        if env_name in environ:
            values[setting.name] = _coerce(setting, environ[env_name], env_name)
    for key, value in overrides.items():
        if value is not None:
            values[key] = value
    return values
