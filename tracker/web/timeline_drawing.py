"""The geometry of the timeline picture: one row per milestone, a bar for its expected window, faint
outlines for the windows it had before, a mark at each reviewed change and a line for today.

Plain numbers out; templates/web/_timeline_svg.html draws them as SVG (attributes only, no inline style,
which the Content-Security-Policy forbids).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from tracker.universe import Window

LABEL_WIDTH = 300
MONTH_WIDTH = 6.0
ROW_HEIGHT = 30
AXIS_HEIGHT = 28
BAR_HEIGHT = 14


@dataclass(frozen=True)
class MilestoneState:
    id: str
    title: str
    status: str
    window: str  # "2027..2028", "2026", "2024.."


@dataclass(frozen=True)
class WindowChange:
    milestone_id: str
    changed_at: datetime
    old_window: str | None
    new_window: str | None
    old_status: str | None
    new_status: str | None
    changed_by: str


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    open_ended: bool
    label: str


@dataclass(frozen=True)
class ChangeMark:
    x: float
    label: str


@dataclass(frozen=True)
class Row:
    y: float
    milestone: MilestoneState
    bar: Bar | None
    earlier: tuple[Bar, ...]
    changes: tuple[ChangeMark, ...]


@dataclass(frozen=True)
class YearTick:
    x: float
    year: int


@dataclass(frozen=True)
class TimelineChart:
    width: float
    height: float
    rows: tuple[Row, ...]
    years: tuple[YearTick, ...]
    today_x: float | None
    axis_height: int = AXIS_HEIGHT
    bar_height: int = BAR_HEIGHT
    label_width: int = LABEL_WIDTH


def _window(text: str | None) -> Window | None:
    if not text:
        return None
    try:
        return Window.from_text(text)
    except ValueError:
        return None


def _year_span(windows: Iterable[Window], today: datetime) -> tuple[int, int]:
    years = [today.year]
    for window in windows:
        years.append(window.start.year)
        years.append((window.end or window.start).year)
    return min(years), max(years) + 1  # one empty year after the last, for open-ended bars


class _Scale:
    def __init__(self, first_year: int, last_year: int):
        self.first, self.last = first_year, last_year

    def month_x(self, year: int, month: int) -> float:
        months = (min(max(year, self.first), self.last + 1) - self.first) * 12 + month - 1
        return LABEL_WIDTH + max(months, 0) * MONTH_WIDTH

    def bar(self, window: Window) -> Bar:
        x = self.month_x(*window.start.first_month())
        if window.end is None:
            end = self.month_x(self.last + 1, 1)
        else:
            year, month = window.end.last_month()
            end = self.month_x(year, month) + MONTH_WIDTH
        return Bar(x, max(end - x, MONTH_WIDTH), window.end is None, str(window))


def _change_label(change: WindowChange) -> str:
    parts = [change.changed_at.strftime("%Y-%m-%d"), change.changed_by]
    if change.old_status != change.new_status:
        parts.append(f"status {change.old_status or '?'} -> {change.new_status or '?'}")
    if change.old_window != change.new_window:
        parts.append(f"window {change.old_window or '?'} -> {change.new_window or '?'}")
    return ": ".join(parts[:2]) + (", " + ", ".join(parts[2:]) if parts[2:] else "")


def timeline_chart(
    milestones: Sequence[MilestoneState], changes: Sequence[WindowChange], today: datetime
) -> TimelineChart:
    current = {m.id: _window(m.window) for m in milestones}
    earlier = {
        m.id: [
            w
            for c in changes
            if c.milestone_id == m.id
            if (w := _window(c.old_window)) is not None and w != current[m.id]
        ]
        for m in milestones
    }
    all_windows = [w for w in current.values() if w] + [w for ws in earlier.values() for w in ws]
    first, last = _year_span(all_windows, today)
    scale = _Scale(first, last)
    rows = []
    for index, milestone in enumerate(milestones):
        window = current[milestone.id]
        marks = tuple(
            ChangeMark(scale.month_x(c.changed_at.year, c.changed_at.month), _change_label(c))
            for c in changes
            if c.milestone_id == milestone.id
        )
        rows.append(
            Row(
                AXIS_HEIGHT + index * ROW_HEIGHT,
                milestone,
                scale.bar(window) if window else None,
                tuple(scale.bar(w) for w in dict.fromkeys(earlier[milestone.id])),
                marks,
            )
        )
    years = tuple(YearTick(scale.month_x(year, 1), year) for year in range(first, last + 1))
    today_x = scale.month_x(today.year, today.month) + (today.day - 1) / 31 * MONTH_WIDTH
    width = scale.month_x(last + 1, 1) + 20
    return TimelineChart(width, AXIS_HEIGHT + len(rows) * ROW_HEIGHT + 10, tuple(rows), years, today_x)
