"""Opening a database: the URL chosen, SQLite tuned, the schema upgraded, the universe synced."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def default_database_url() -> str:
    folder = Path(user_data_dir("ssbtrack", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'ssbtrack.db'}"


def database_url(explicit: str | None = None) -> str:
    """``--db``, else ``SSBTRACK_DB``, else a SQLite file in the user's data directory.

    A plain path is taken as a SQLite file.
    """
    url = explicit or os.environ.get("SSBTRACK_DB") or default_database_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def _tune_sqlite(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL: readers (web, digest) never block the crawler's writes, and a kill -9 loses nothing committed
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _tune_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def upgrade_schema(engine: Engine) -> None:
    """Bring any older database up to the newest schema (idempotent)."""
    # imported here: a crawl worker opens an already upgraded database and need not pay for Alembic
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    resolved = database_url(url)
    engine = create_db_engine(resolved)
    if upgrade:
        upgrade_schema(engine)
    return Database(resolved, engine, sessionmaker(engine, expire_on_commit=False))


def has_schema(engine: Engine) -> bool:
    return "alembic_version" in inspect(engine).get_table_names()
