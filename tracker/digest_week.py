"""The digest's unit of time: an ISO week (``2026-W48``) in the reader's time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class WeekError(ValueError):
    pass


def reader_zone(name: str) -> ZoneInfo:
    """The ``timezone`` setting as a zone, or a clear error naming the setting."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise WeekError(f"timezone: unknown time zone {name!r} (use an IANA name such as Europe/Berlin)") from None


@dataclass(frozen=True)
class IsoWeek:
    """Monday 00:00 to the next Monday 00:00 in ``zone``; ``start``/``end`` are aware UTC datetimes."""

    year: int
    week: int
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, zone: ZoneInfo) -> IsoWeek:
        match = _WEEK.match(text.strip())
        if not match:
            raise WeekError(f"week {text!r} is not of the form YYYY-Www, e.g. 2026-W48")
        year, week = int(match.group(1)), int(match.group(2))
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise WeekError(f"week {text!r} does not exist: {year} has no ISO week {week}") from None
        return cls(year, week, zone)

    @classmethod
    def containing(cls, moment: datetime, zone: ZoneInfo) -> IsoWeek:
        year, week, _ = moment.astimezone(zone).isocalendar()
        return cls(year, week, zone)

    @classmethod
    def last_complete(cls, now: datetime, zone: ZoneInfo) -> IsoWeek:
        """The week a Monday-morning digest reports on: the last one that has fully ended."""
        return cls.containing(now, zone).previous()

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def first_day(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=6)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first_day, time(), self.zone).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.first_day + timedelta(days=7), time(), self.zone).astimezone(UTC)

    def previous(self, weeks: int = 1) -> IsoWeek:
        year, week, _ = (self.first_day - timedelta(weeks=weeks)).isocalendar()
        return IsoWeek(year, week, self.zone)

    def __str__(self) -> str:
        return self.label
