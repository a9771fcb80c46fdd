"""The timeline picture: a bar per milestone's window, earlier windows and changes after review."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from tests.web.conftest import MakeWeb, csrf_of
from tracker.web.timeline_drawing import MONTH_WIDTH, MilestoneState, WindowChange, timeline_chart

TODAY = datetime(2026, 6, 15, tzinfo=UTC)


def test_bars_span_their_windows_month_by_month() -> None:
    chart = timeline_chart(
        [
            MilestoneState("a", "A", "planned", "2027..2028"),
            MilestoneState("b", "B", "in_progress", "2024.."),
            MilestoneState("c", "C", "achieved", "2024-05"),
        ],
        [],
        TODAY,
    )
    a, b, c = (row.bar for row in chart.rows)
    assert a.width == 24 * MONTH_WIDTH
    assert c.width == MONTH_WIDTH and c.x == chart.rows[1].bar.x + 4 * MONTH_WIDTH
    assert b.open_ended and b.x + b.width == a.x + a.width + 12 * MONTH_WIDTH  # runs to the end of the axis
    assert [tick.year for tick in chart.years] == [2024, 2025, 2026, 2027, 2028, 2029]
    assert chart.years[2].x < chart.today_x < chart.years[3].x


def test_a_change_leaves_the_earlier_window_and_a_mark() -> None:
    change = WindowChange("a", datetime(2026, 3, 2, tzinfo=UTC), "2027..2028", "2028", "planned", "delayed", "ann")
    (row,) = timeline_chart([MilestoneState("a", "A", "delayed", "2028")], [change], TODAY).rows
    assert [bar.label for bar in row.earlier] == ["2027..2028"]
    (mark,) = row.changes
    assert mark.label == "2026-03-02: ann, status planned -> delayed, window 2027..2028 -> 2028"


def test_the_timeline_page_draws_every_milestone_and_reviewed_changes(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    before = client.get("/timeline").get_data(as_text=True)
    assert before.count('<rect class="window') == len(web.app.universe.milestones)
    assert '<circle class="change"' not in before
    client.post(
        f"/flags/{web.flags['toyota-delay']}/decide", data={"decision": "accept", "csrf_token": csrf_of(client)}
    )
    after = client.get("/timeline").get_data(as_text=True)
    row = re.search(r'<g class="row status-delayed" id="timeline-toyota-assb-mass-production">.*?</g>', after, re.S)
    assert row is not None
    assert '<rect class="earlier"' in row.group(0) and "<title>earlier: 2027..2028</title>" in row.group(0)
    assert '<circle class="change"' in row.group(0) and "tester, status planned -&gt; delayed" in row.group(0)
