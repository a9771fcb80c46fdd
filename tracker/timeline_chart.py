"""The milestone timeline as a grid of half-years, for table-based bars that any mail client draws.

Each row is a milestone; each cell says what the half-year holds for it (expected window, a window a
pending flag proposes, the date it was achieved). No script and no image: a table with cell colours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from tracker.universe import Window, WindowPoint

YEARS_BACK = 3
YEARS_AHEAD = 6

EMPTY, EXPECTED, PROPOSED, BOTH, ACHIEVED, CANCELLED = "", "expected", "proposed", "both", "achieved", "cancelled"


@dataclass(frozen=True)
class TimelineInput:
    """One milestone as the chart needs it; ``proposed`` is the window a pending flag would set."""

    id: str
    title: str
    status: str
    window: Window
    achieved_on: str | None = None
    proposed: Window | None = None
    # "pending" (a change waits for review) or "confirmed" (changed this week), else None
    change: str | None = None


@dataclass(frozen=True)
class TimelineRow:
    id: str
    title: str
    status: str
    window: str
    proposed: str | None
    change: str | None
    cells: tuple[str, ...]


@dataclass(frozen=True)
class TimelineChart:
    years: tuple[int, ...]
    # index of the half-year column holding "today", or -1 when it is off the chart
    now_column: int
    rows: tuple[TimelineRow, ...]

    @property
    def columns(self) -> int:
        return 2 * len(self.years)


def parse_window(start: str | None, end: str | None) -> Window | None:
    try:
        return Window.parse(start, end) if start else None
    except ValueError:
        return None


def parse_window_text(text: str | None) -> Window | None:
    """A window as flags and history write it (``2027..2028``, ``2027-05``, ``2024..``), or None."""
    try:
        return Window.from_text(text) if text else None
    except ValueError:
        return None


def _half(point: WindowPoint, first: bool) -> int:
    year, month = point.first_month() if first else point.last_month()
    return year * 2 + (month - 1) // 6


def _achieved_half(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return _half(WindowPoint.parse(text[:7]), first=True)
    except ValueError:
        return None


def _span(window: Window | None, open_end: int) -> range:
    if window is None:
        return range(0)
    last = _half(window.end, first=False) if window.end else open_end
    return range(_half(window.start, first=True), last + 1)


def _cells(item: TimelineInput, first: int, last: int) -> tuple[str, ...]:
    expected = set(_span(item.window, last))
    proposed = set(_span(item.proposed, last))
    achieved = _achieved_half(item.achieved_on) if item.status == "achieved" else None
    cells = []
    for half in range(first, last + 1):
        if achieved is not None and half == achieved:
            cells.append(ACHIEVED)
        elif half in expected and half in proposed:
            cells.append(BOTH)
        elif half in proposed:
            cells.append(PROPOSED)
        elif half in expected:
            cells.append(
                CANCELLED
                if item.status == "cancelled"
                else ACHIEVED
                if item.status == "achieved" and achieved is None
                else EXPECTED
            )
        else:
            cells.append(EMPTY)
    return tuple(cells)


def build_timeline(items: Iterable[TimelineInput], today: date) -> TimelineChart:
    """The chart from a few years back to several ahead of ``today``; windows outside it are clipped."""
    ordered = sorted(items, key=lambda item: (item.window.start.first_month(), item.id))
    years = tuple(range(today.year - YEARS_BACK, today.year + YEARS_AHEAD + 1))
    first, last = years[0] * 2, years[-1] * 2 + 1
    rows = tuple(
        TimelineRow(
            item.id,
            item.title,
            item.status,
            str(item.window),
            str(item.proposed) if item.proposed else None,
            item.change,
            _cells(item, first, last),
        )
        for item in ordered
    )
    now_half = today.year * 2 + (today.month - 1) // 6
    return TimelineChart(years, now_half - first if first <= now_half <= last else -1, rows)


def timeline_inputs(
    milestones: Iterable, proposed: Mapping[str, Window], changes: Mapping[str, str]
) -> list[TimelineInput]:
    """Chart inputs from milestone records (``db.digests.MilestoneRecord``); unreadable windows are skipped."""
    inputs = []
    for milestone in milestones:
        window = parse_window(milestone.window_start, milestone.window_end)
        if window is None:
            continue
        inputs.append(
            TimelineInput(
                milestone.id,
                milestone.title,
                milestone.status,
                window,
                milestone.achieved_on,
                proposed.get(milestone.id),
                changes.get(milestone.id),
            )
        )
    return inputs
