"""The week's digest content, read from a realistic week stored on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from db.engine import Database
from tests.tracker.digest_week_data import BERLIN, WEEK, WeekFacts, digest_settings, populate_week
from tracker.digest import choose_week, digest_options
from tracker.digest_content import DigestContent, gather_digest
from tracker.digest_week import IsoWeek, WeekError
from tracker.universe import Universe
from tracker.untrusted_text import safe_url


@pytest.fixture
def week_content(database: Database, universe: Universe) -> tuple[DigestContent, WeekFacts]:
    facts = populate_week(database)
    settings = digest_settings()
    week = choose_week(settings, WEEK, datetime.now(UTC))
    return gather_digest(database, universe, week, digest_options(settings)), facts


def test_changes_to_review_come_first_with_milestone_change_confidence_evidence_and_review_link(week_content) -> None:
    content, facts = week_content
    assert content.pending_total == 3
    delay = content.pending[0]
    assert delay.id == facts.delay_flag
    assert delay.subject == "Toyota mass production of all-solid-state batteries"
    assert (delay.old_status, delay.new_status, delay.old_window, delay.new_window) == (
        "planned",
        "delayed",
        "2027..2028",
        "2028",
    )
    assert delay.confidence == 86 and delay.new_this_week
    assert delay.review_url == f"https://tracker.example.org/flags/{facts.delay_flag}"
    assert delay.evidence[0].sentence.startswith("Mass production of all-solid-state batteries will begin in 2028")
    assert delay.evidence[0].url == "https://pressroom.toyota.com/toyota-idemitsu-assb-2028/"
    assert len(delay.evidence) == 2 and delay.more_evidence == 1, "two sentences quoted, the third counted"
    waiting = next(flag for flag in content.pending if flag.id == facts.old_flag)
    assert not waiting.new_this_week, "a flag raised weeks ago is still listed, but not as new"
    assert facts.rejected_flag not in {flag.id for flag in content.pending}
    candidate = next(flag for flag in content.pending if flag.id == facts.candidate_flag)
    assert candidate.subject.startswith("New milestone?") and candidate.subject_url is None


def test_confirmed_changes_overdue_and_due_soon(week_content) -> None:
    content, _ = week_content
    assert [(c.milestone_id, c.old_window, c.new_window, c.changed_by) for c in content.confirmed] == [
        ("mercedes-factorial-cells", "2024..2026", "2024..2027", "analyst")
    ]
    assert [m.id for m in content.overdue] == ["changan-assb-pilot", "gac-assb-pilot"]
    assert {m.id for m in content.due_soon} == {
        "bmw-solid-power-demo-fleet",
        "powerco-quantumscape-scale-up",
        "luxury-ssb-evs",
    }
    assert all(m.due == date(2026, 12, 31) for m in content.due_soon)


def test_announcements_grouped_by_company_with_near_duplicates_folded(week_content) -> None:
    content, facts = week_content
    by_company = {news.company_id: news for news in content.companies}
    toyota = by_company["toyota"].announcements
    assert len(toyota) == 1, "one story from three outlets is one entry"
    assert toyota[0].url == "https://pressroom.toyota.com/toyota-idemitsu-assb-2028/", "the company's own release leads"
    assert [link.text for link in toyota[0].also_reported_by] == ["Reuters", "Nikkei Asia"]
    assert toyota[0].published == date(2026, 11, 24) and toyota[0].outlet == "pressroom.toyota.com"
    assert toyota[0].lead.endswith("had targeted."), "the lead is one sentence"
    assert [link.text for link in by_company["quantumscape"].announcements[0].also_reported_by] == ["Electrek"]
    titles = {item.title for news in content.companies for item in news.announcements}
    assert set(facts.listed_titles) <= titles
    for hidden in facts.hidden_titles:
        assert not any(title.startswith(hidden) for title in titles), hidden
    assert content.announcement_count == 7


def test_backfill_is_counted_in_one_line_not_listed(week_content) -> None:
    content, _ = week_content
    assert (content.backfilled, content.backfilled_undated) == (44, 3)


def test_topic_watch_has_this_weeks_articles_and_an_eight_week_trend(week_content) -> None:
    content, _ = week_content
    topics = {topic.id: topic for topic in content.topics}
    assert list(topics) == ["dendrites", "interfacial-resistance", "volume-expansion", "manufacturing-cost"]
    dendrites = topics["dendrites"]
    assert [week.count for week in dendrites.trend] == [1, 0, 2, 1, 3, 0, 1, 1]
    assert dendrites.trend[-1].week == WEEK and dendrites.trend[0].week == "2026-W41"
    assert max(week.height for week in dendrites.trend) == 24
    assert [link.text for link in dendrites.articles] == [
        "Samsung SDI details dendrite suppression in all-solid-state cells at Battery Day"
    ]
    assert topics["manufacturing-cost"].this_week == 2


def test_timeline_marks_changes_and_proposed_windows(week_content) -> None:
    content, _ = week_content
    rows = {row.id: row for row in content.timeline.rows}
    toyota = rows["toyota-assb-mass-production"]
    assert toyota.change == "pending" and toyota.proposed == "2028"
    first = content.timeline.years[0] * 2
    half = {kind: [i for i, cell in enumerate(toyota.cells) if cell == kind] for kind in ("expected", "both")}
    assert half["expected"] == [2027 * 2 - first, 2027 * 2 + 1 - first]
    assert half["both"] == [2028 * 2 - first, 2028 * 2 + 1 - first]
    assert rows["mercedes-factorial-cells"].change == "confirmed"
    assert content.timeline.now_column == 2026 * 2 + 1 - first


def test_source_health_lists_failing_and_silent_sources(week_content) -> None:
    content, _ = week_content
    problems = {(p.problem, p.id) for p in content.source_problems}
    assert problems == {("failing", "catl-newsroom"), ("silent", "prologium-newsroom")}
    failing = content.source_problems[0]
    assert "4 failed crawl(s)" in failing.detail and "HTTP 503" in failing.detail
    assert content.never_fetched == ("changan-newsroom", "gac-newsroom")


def test_hostile_links_are_dropped_and_text_made_one_line(week_content) -> None:
    content, _ = week_content
    hostile = next(item for news in content.companies if news.company_id == "factorial" for item in news.announcements)
    assert hostile.url is None
    assert "\n" not in hostile.title and "\r" not in hostile.title
    for flag in content.pending:
        for evidence in flag.evidence:
            assert evidence.url is None or evidence.url.startswith("https://")
    assert safe_url("JavaScript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert (
        safe_url("https://example.com/a b") is None and safe_url(" https://example.com/x ") == "https://example.com/x"
    )


def test_a_quiet_week_says_so(database: Database, universe: Universe) -> None:
    settings = digest_settings()
    content = gather_digest(database, universe, IsoWeek.parse("2026-W10", BERLIN), digest_options(settings))
    assert content.quiet and content.announcement_count == 0 and content.pending_total == 0


def test_week_choice_parse_and_errors() -> None:
    settings = digest_settings()
    monday_morning = datetime(2026, 11, 30, 6, 30, tzinfo=UTC)  # 07:30 in Berlin
    assert choose_week(settings, None, monday_morning).label == WEEK
    week = IsoWeek.parse("2026-W48", BERLIN)
    assert week.start == datetime(2026, 11, 22, 23, tzinfo=UTC) and week.end == datetime(2026, 11, 29, 23, tzinfo=UTC)
    assert IsoWeek.parse("2027-W01", BERLIN).previous().label == "2026-W53"
    with pytest.raises(WeekError, match="YYYY-Www"):
        IsoWeek.parse("2026-48", BERLIN)
    with pytest.raises(WeekError, match="has no ISO week 53"):
        IsoWeek.parse("2025-W53", BERLIN)
