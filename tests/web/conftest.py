"""Fixtures of the web tests: an App on a fresh database with seeded flags, its Flask app and client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.web.seed import seed
from tracker.app import App
from tracker.settings import SETTINGS
from tracker.web import create_app


def settings_for(db_url: str, **overrides: Any) -> dict[str, Any]:
    """Defaults (never the user's own settings file) with the test's database."""
    return {**{s.name: s.default for s in SETTINGS}, "db": db_url, "reviewer": "tester", **overrides}


@dataclass
class Web:
    app: App
    flask: Flask
    flags: dict[str, int] = field(default_factory=dict)

    def client(self) -> FlaskClient:
        return self.flask.test_client()


MakeWeb = Callable[..., Web]


@pytest.fixture
def make_web(tmp_path: Path) -> Iterator[MakeWeb]:
    made: list[Web] = []

    def make(
        db_url: str | None = None,
        *,
        fixtures: tuple[str, ...] = ("review-seed.json",),
        password: str | None = None,
        host: str = "127.0.0.1",
        **settings: Any,
    ) -> Web:
        app = App(settings_for(db_url or f"sqlite:///{tmp_path / 'web.db'}", **settings))
        flask_app = create_app(app, password=password, host=host, crawl_log_dir=tmp_path / "crawls")
        flask_app.config["TESTING"] = True
        flags: dict[str, int] = {}
        noon = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
        for name in fixtures:
            flags.update(seed(app.db, name, now=noon))
        web = Web(app, flask_app, flags)
        made.append(web)
        return web

    yield make
    for web in made:
        web.flask.extensions["ssbtrack_crawl_jobs"].stop_all()
        web.app.close()


def csrf_of(client: FlaskClient, path: str = "/") -> str:
    """The CSRF token a page hands out (GETting it starts the session)."""
    client.get(path)
    with client.session_transaction() as session:
        return session["csrf"]
