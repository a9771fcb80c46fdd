"""Dates as feeds, sitemaps and pages write them, read into aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, date, datetime


def iso_datetime(text: str | None) -> datetime | None:
    """An ISO 8601 / W3C date or date-time (``2024-03-01``, ``2024-03-01T10:00:00+09:00``) in UTC.

    A date without a zone is taken as UTC; text that is no such date gives None, never an error.
    """
    if not text or not isinstance(text, str):
        return None
    value = text.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    if not 1990 <= parsed.year <= 2100:  # a "date" outside this range is a placeholder or a typo
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
