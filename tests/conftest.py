"""Shared fixtures: temporary SQLite and PostgreSQL databases, the shared corpora."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.engine import Database, open_database
from db.universe_sync import sync_universe
from tracker.universe import Universe, load_universe

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_POSTGRES = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"


def shared_path(*parts: str) -> Path:
    """A file of ../shared, or a skip saying why when this checkout has none beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared is not beside this checkout")
    return path


def _postgres_admin_url() -> str | None:
    url = os.environ.get("SSBTRACK_TEST_POSTGRES", DEFAULT_POSTGRES)
    try:
        engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(sa.text("select 1"))
        engine.dispose()
        return url
    except Exception:  # noqa: BLE001 - any failure means "no server here"
        return None


_PG_ADMIN = _postgres_admin_url()


@pytest.fixture(scope="session")
def universe() -> Universe:
    return load_universe()


def _fresh_postgres() -> Iterator[str]:
    if _PG_ADMIN is None:
        pytest.skip("PostgreSQL is not answering at SSBTRACK_TEST_POSTGRES or 127.0.0.1:5432")
    name = f"ssbtrack_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(_PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ssbtrack.db'}"
    else:
        yield from _fresh_postgres()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ssbtrack.db'}"


@pytest.fixture
def database(db_url: str, universe: Universe) -> Iterator[Database]:
    """An upgraded database holding the shipped universe, on SQLite and on PostgreSQL."""
    opened = open_database(db_url)
    with opened.sessions() as session:
        sync_universe(session, universe)
    yield opened
    opened.close()
