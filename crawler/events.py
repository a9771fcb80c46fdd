"""Progress of a crawl as JSON lines, from the crawling process to whoever started it."""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import Any


class EventSink:
    """Writes one JSON object per line to a file descriptor (a pipe to the parent process)."""

    def __init__(self, fd: int | None = None):
        self._stream = os.fdopen(fd, "w", encoding="utf-8", buffering=1) if fd is not None else None

    def emit(self, event: str, **fields: Any) -> None:
        if self._stream is None:
            return
        line = json.dumps({"event": event, **fields}, default=_plain, ensure_ascii=False)
        try:
            self._stream.write(line + "\n")
        except (BrokenPipeError, ValueError):  # the parent went away: keep crawling, stop reporting
            self._stream = None

    def close(self) -> None:
        if self._stream is not None:
            try:
                self._stream.close()
            except BrokenPipeError:
                pass
            self._stream = None


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"cannot send {type(value).__name__} as an event field")


def parse_event(line: str) -> dict[str, Any] | None:
    """One event from one line, or None for a line that is not one (never an exception)."""
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) and "event" in value else None
