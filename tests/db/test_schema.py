"""The database: created and upgraded by Alembic, idempotent init, WAL on SQLite, both backends."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from click.testing import CliRunner

from db.engine import MIGRATIONS, create_db_engine, open_database
from db.models import MilestoneRow, SourceRow
from db.universe_sync import sync_universe
from tracker.cli import main
from tracker.universe import Universe


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _revision(url: str) -> str | None:
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text("select version_num from alembic_version")).scalar()
    finally:
        engine.dispose()


def test_init_creates_the_schema_and_is_idempotent(db_url: str) -> None:
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(main, ["--db", db_url, "init"])
        assert result.exit_code == 0, result.output
        assert "database ready" in result.output
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert _revision(db_url) == head
    database = open_database(db_url)
    with database.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(SourceRow)) == 36
        assert session.scalar(sa.select(sa.func.count()).select_from(MilestoneRow)) == 16
    database.close()


def test_an_older_database_is_upgraded_by_any_command(db_url: str) -> None:
    """A database left at the first revision, with data in it, is brought to head and keeps its data."""
    engine = create_db_engine(db_url)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "insert into milestones (id, title, companies, status, window_start, window_end)"
                " values ('toyota-assb-mass-production', 'kept title', '[]', 'delayed', '2028', '2028')"
            )
        )
    engine.dispose()
    result = CliRunner().invoke(main, ["--db", db_url, "init"])
    assert result.exit_code == 0, result.output
    assert _revision(db_url) == ScriptDirectory.from_config(config).get_current_head()
    database = open_database(db_url)
    with database.sessions() as session:
        row = session.get(MilestoneRow, "toyota-assb-mass-production")
        # reviewed state survives: the universe baseline does not overwrite it
        assert (row.status, row.window_start, row.window_end) == ("delayed", "2028", "2028")
    database.close()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "plain-path.db"))
    with database.engine.connect() as connection:
        assert connection.execute(sa.text("pragma journal_mode")).scalar() == "wal"
    assert database.url == f"sqlite:///{tmp_path / 'plain-path.db'}"
    database.close()


def test_sync_keeps_source_health(database, universe: Universe) -> None:  # type: ignore[no-untyped-def]
    with database.sessions() as session:
        session.get(SourceRow, "toyota-newsroom").consecutive_failures = 3
        session.commit()
        sync_universe(session, universe)
        assert session.get(SourceRow, "toyota-newsroom").consecutive_failures == 3


def test_models_and_migrations_agree(db_url: str) -> None:
    """A model changed without a migration (or the reverse) fails here, on both backends."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    database = open_database(db_url)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.close()
    assert differences == []
