"""What every command works with: the settings, the universe and the database, opened lazily once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.engine import Database, open_database
from db.universe_sync import sync_universe
from tracker.universe import Universe, load_universe


@dataclass
class App:
    settings: dict[str, Any]
    _universe: Universe | None = field(default=None, repr=False)
    _database: Database | None = field(default=None, repr=False)

    @property
    def universe(self) -> Universe:
        if self._universe is None:
            self._universe = load_universe(self.settings.get("universe") or None)
        return self._universe

    @property
    def db(self) -> Database:
        """The database, upgraded to the newest schema and synced with the universe."""
        if self._database is None:
            universe = self.universe  # refuse a broken universe before touching the database
            database = open_database(self.settings.get("db") or None)
            with database.sessions() as session:
                sync_universe(session, universe)
            self._database = database
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
