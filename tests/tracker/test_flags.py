"""The flag rules on plain values: what an article's match changes against a milestone's current state."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.review_fixtures import said
from tracker.flags import (
    FlagKind,
    MilestoneState,
    Sighting,
    change_for,
    combined_confidence,
    overdue_proposal,
    propose_candidates,
    propose_flags,
    still_a_change,
)
from tracker.universe import Status, Window

M = "toyota-assb-mass-production"


def state(status: str = "planned", window: str = "2027..2028") -> MilestoneState:
    return MilestoneState(M, "Toyota mass production", Status(status), Window.from_text(window), ("toyota", "idemitsu"))


def sighting(
    signal: str,
    window: str | None = None,
    confidence: float = 0.9,
    *,
    url: str = "https://a.example/1",
    article_id: int = 1,
    milestone: str = M,
) -> Sighting:
    return Sighting(
        article_id,
        url,
        f"title {article_id}",
        datetime(2025, 3, article_id % 28 + 1, tzinfo=UTC),
        said(milestone, signal, window, confidence),
    )


@pytest.mark.parametrize(
    ("current", "signal", "window"),
    [
        ("achieved", "achieved", None),  # nothing new: it is achieved already
        ("planned", "reaffirmed", "2027..2028"),  # the window it holds
        ("planned", "reaffirmed", "2027"),  # inside the window: a narrowing, not a change
        ("planned", "reaffirmed", None),
        ("in_progress", "started", None),  # under way already
        ("in_progress", "started", "2026"),  # work going on, dated by an earlier step of it: no new target
        ("delayed", "started", None),  # a delayed milestone is under way too
        ("delayed", "delayed", None),  # delayed already, no new window said
        ("planned", "delayed", "2027"),  # "delayed to" a window that ends earlier: stale news
        ("delayed", "delayed", "2028"),  # ... while the current window is 2028
        ("achieved", "delayed", "2029"),  # nothing is delayed once it happened
        ("cancelled", "accelerated", "2026"),
        ("planned", "accelerated", "2029"),  # "accelerated" to a later window: contradiction, nothing
        ("planned", "accelerated", None),  # sped up with no date: status and window stay, nothing to accept
        ("cancelled", "cancelled", None),
        ("planned", "none", "2030"),
    ],
)
def test_what_repeats_the_current_state_raises_nothing(current: str, signal: str, window: str | None) -> None:
    held = state(current, "2028" if current == "delayed" else "2027..2028")
    assert change_for(held, said(M, signal, window)) is None


@pytest.mark.parametrize(
    ("current", "signal", "window", "kind", "new_status", "new_window"),
    [
        ("planned", "achieved", None, FlagKind.ACHIEVED, "achieved", "2027..2028"),
        ("in_progress", "achieved", "2027-05", FlagKind.ACHIEVED, "achieved", "2027..2028"),
        ("planned", "started", None, FlagKind.STARTED, "in_progress", "2027..2028"),
        ("planned", "started", "2029", FlagKind.STARTED, "in_progress", "2029"),  # a target said along, outside
        ("planned", "delayed", "2028", FlagKind.DELAYED, "delayed", "2028"),  # the start moved later
        ("in_progress", "delayed", "2029..2030", FlagKind.DELAYED, "delayed", "2029..2030"),
        ("planned", "delayed", None, FlagKind.DELAYED, "delayed", "2027..2028"),
        ("planned", "accelerated", "2026", FlagKind.ACCELERATED, "planned", "2026"),
        ("planned", "accelerated", "2027", FlagKind.ACCELERATED, "planned", "2027"),  # the end moved earlier
        ("planned", "reaffirmed", "2029", FlagKind.WINDOW_CHANGED, "planned", "2029"),
        ("in_progress", "started", "2028..2029", FlagKind.WINDOW_CHANGED, "in_progress", "2028..2029"),
        ("cancelled", "reaffirmed", None, FlagKind.REAFFIRMED, "planned", "2027..2028"),
        ("planned", "cancelled", None, FlagKind.CANCELLED, "cancelled", "2027..2028"),
    ],
)
def test_a_different_state_is_a_change(
    current: str, signal: str, window: str | None, kind: FlagKind, new_status: str, new_window: str
) -> None:
    change = change_for(state(current), said(M, signal, window))
    assert change is not None
    assert (change.kind, change.new_status.value, str(change.new_window)) == (kind, new_status, new_window)


def test_an_open_window_is_never_delayed_and_a_match_of_another_milestone_says_nothing() -> None:
    assert change_for(state("in_progress", "2024.."), said(M, "delayed", "2030")) is None
    assert change_for(state(), said("samsung-sdi-assb-mass-production", "achieved")) is None


def test_the_same_change_rounded_differently_has_one_key() -> None:
    keys = {change_for(state(), said(M, "delayed", w)).key for w in ("2028", "2028-10..2028-12", "2028-07")}
    assert keys == {f"{M}|delayed|2028..2028"}
    assert change_for(state(), said(M, "delayed", "2029")).key != f"{M}|delayed|2028..2028"
    assert change_for(state(), said(M, "achieved", "2027-04")).key == change_for(state(), said(M, "achieved")).key


def test_confidence_combines_outlets_but_not_copies_on_one_site() -> None:
    assert combined_confidence([("https://a.example/1", 0.5), ("https://b.example/2", 0.5)]) == 0.75
    assert combined_confidence([("https://a.example/1", 0.5), ("https://a.example/2", 0.5)]) == 0.5
    assert combined_confidence([("https://a.example/1", 0.4), ("https://a.example/2", 0.6)]) == 0.6
    assert combined_confidence([]) == 0.0


def test_one_hesitant_report_is_not_raised_two_outlets_are() -> None:
    one = [sighting("delayed", "2028", 0.6)]
    assert propose_flags(state(), one) == []
    two = one + [sighting("delayed", "2028", 0.6, url="https://b.example/x", article_id=2)]
    [proposal] = propose_flags(state(), two)
    assert proposal.confidence == pytest.approx(0.84)
    assert len(proposal.evidence) == 2


def test_sightings_below_the_floor_are_no_evidence() -> None:
    weak = [sighting("delayed", "2028", 0.45, url=f"https://o{i}.example/a", article_id=i) for i in range(10)]
    assert propose_flags(state(), weak) == []


def test_ten_outlets_reporting_one_change_make_one_proposal_with_ten_pieces_of_evidence() -> None:
    reports = [
        sighting(
            "delayed", "2028" if i % 2 else "2028-09", 0.7 + i / 100, url=f"https://o{i}.example/a", article_id=i + 1
        )
        for i in range(10)
    ]
    [proposal] = propose_flags(state(), reports + [sighting("cancelled", None, 0.95, article_id=50)])[1:]
    assert proposal.kind is FlagKind.DELAYED
    assert len(proposal.evidence) == 10
    assert proposal.evidence[0].match.confidence == pytest.approx(0.79)  # best evidence first
    assert (proposal.old_status, proposal.new_status) == (Status.PLANNED, Status.DELAYED)
    assert (str(proposal.old_window), str(proposal.new_window)) == ("2027..2028", "2028")
    assert proposal.milestone == M and proposal.company == "toyota"


def test_a_milestone_is_overdue_once_its_window_has_ended_without_being_achieved() -> None:
    pilot = MilestoneState(
        "gac-assb-pilot", "GAC pilot", Status.PLANNED, Window.from_text("2025-07..2025-12"), ("gac",)
    )
    assert overdue_proposal(pilot, date(2025, 12, 31)) is None
    proposal = overdue_proposal(pilot, date(2026, 1, 1))
    assert proposal is not None
    assert (proposal.kind, proposal.new_status, proposal.evidence) == (FlagKind.OVERDUE, Status.DELAYED, ())
    assert proposal.change_key == "gac-assb-pilot|overdue|2025-07..2025-12"
    for status in ("achieved", "cancelled"):
        assert overdue_proposal(state(status, "2020"), date(2026, 1, 1)) is None
    assert overdue_proposal(state("in_progress", "2020.."), date(2026, 1, 1)) is None
    assert overdue_proposal(state("delayed", "2024..2025"), date(2026, 1, 1)) is not None


def test_new_milestone_candidates_fold_by_company_and_slug() -> None:
    def candidate(company: str | None, slug: str, article_id: int, confidence: float = 0.8) -> Sighting:
        return Sighting(
            article_id,
            f"https://o{article_id}.example/a",
            f"Eagle line {article_id}",
            None,
            said(None, "started", "2026", confidence),
            company=company,
            candidate=slug,
        )

    proposals = propose_candidates(
        [
            candidate("quantumscape", "eagle-line", 1),
            candidate("quantumscape", "eagle-line", 2),
            candidate("catl", "eagle-line", 3),
            candidate(None, "orphan", 4),
            candidate("catl", "weak", 5, confidence=0.55),
        ]
    )
    assert [(p.company, p.candidate, len(p.evidence)) for p in proposals] == [
        ("catl", "eagle-line", 1),
        ("quantumscape", "eagle-line", 2),
    ]
    assert proposals[1].change_key == "new|quantumscape|eagle-line"
    assert (proposals[1].kind, proposals[1].milestone, proposals[1].new_status) == (
        FlagKind.NEW_MILESTONE,
        None,
        Status.IN_PROGRESS,
    )
    assert str(proposals[1].new_window) == "2026"


def test_a_pending_flag_is_moot_once_the_milestone_moved_past_it() -> None:
    window = Window.from_text("2027..2028")
    assert not still_a_change(state("achieved"), FlagKind.STARTED, window, window, date(2026, 1, 1))
    assert still_a_change(
        state("delayed", "2028"), FlagKind.DELAYED, window, Window.from_text("2029"), date(2026, 1, 1)
    )
    assert not still_a_change(
        state("delayed", "2029"), FlagKind.DELAYED, window, Window.from_text("2029"), date(2026, 1, 1)
    )
    ended = Window.from_text("2025")
    assert still_a_change(state("in_progress", "2025"), FlagKind.OVERDUE, ended, ended, date(2026, 1, 1))
    assert not still_a_change(state("delayed", "2027"), FlagKind.OVERDUE, ended, ended, date(2026, 1, 1))
    assert still_a_change(state("achieved"), FlagKind.NEW_MILESTONE, None, None, date(2026, 1, 1))


def test_windows_compare_at_the_coarser_precision_of_the_two() -> None:
    pilot = MilestoneState("changan-assb-pilot", "Changan pilot", Status.PLANNED, Window.from_text("2025-07..2025-12"))
    assert change_for(pilot, said(pilot.id, "reaffirmed", "2025")) is None  # "this year" fits "second half"
    assert change_for(pilot, said(pilot.id, "delayed", "2025")) is None
    assert change_for(pilot, said(pilot.id, "reaffirmed", "2025-03")).kind is FlagKind.WINDOW_CHANGED
    assert change_for(pilot, said(pilot.id, "delayed", "2026")).kind is FlagKind.DELAYED
    assert change_for(state(window="2027"), said(M, "delayed", "2027-10")) is None


def test_a_milestone_named_after_the_articles_main_one_needs_more_confidence() -> None:
    def secondary(confidence: float, outlet: int) -> Sighting:
        found = sighting("cancelled", None, confidence, url=f"https://o{outlet}.example/a", article_id=outlet)
        return Sighting(found.article_id, found.url, found.title, found.published, found.match, primary=False)

    assert propose_flags(state(), [secondary(0.75, i) for i in range(5)]) == []  # one misreading, five copies
    [proposal] = propose_flags(state(), [secondary(0.85, 1)])
    assert proposal.kind is FlagKind.CANCELLED


def test_achieved_years_before_the_window_opens_is_taken_for_a_misreading() -> None:
    def achieved(year: int, article_id: int) -> Sighting:
        return Sighting(
            article_id,
            f"https://o{article_id}.example/a",
            "t",
            datetime(year, 6, 1, tzinfo=UTC),
            said(M, "achieved", None, 0.9),
        )

    assert propose_flags(state(), [achieved(2023, 1), achieved(2024, 2), achieved(2025, 3)]) == []
    [proposal] = propose_flags(state(), [achieved(2026, 4)])  # a year early: news
    assert proposal.kind is FlagKind.ACHIEVED


def test_a_candidate_told_months_apart_is_two_announcements() -> None:
    """Outlets report one announcement within days; the same company's partnership months later is another."""

    def candidate(article_id: int, published: datetime | None) -> Sighting:
        return Sighting(
            article_id,
            f"https://o{article_id}.example/a",
            f"Partnership {article_id}",
            published,
            said(None, "started", None, 0.8),
            company="quantumscape",
            candidate="quantumscape-partnership",
        )

    proposals = propose_candidates(
        [
            candidate(1, datetime(2025, 6, 17, tzinfo=UTC)),  # one partner...
            candidate(2, datetime(2025, 6, 18, tzinfo=UTC)),
            candidate(3, None),  # (a story without a date joins the first)
            candidate(4, datetime(2025, 7, 23, tzinfo=UTC)),  # ...a chain of stories is no one announcement
            candidate(5, datetime(2025, 9, 1, tzinfo=UTC)),  # another partner
            candidate(6, datetime(2025, 9, 3, tzinfo=UTC)),
        ]
    )
    assert [(p.change_key, sorted(s.article_id for s in p.evidence)) for p in proposals] == [
        ("new|quantumscape|quantumscape-partnership|2025-06-17", [1, 2, 3]),
        ("new|quantumscape|quantumscape-partnership|2025-07-23", [4]),
        ("new|quantumscape|quantumscape-partnership|2025-09-01", [5, 6]),
    ]
    # an older announcement's story, arriving late, keeps the others' keys
    later = propose_candidates(
        [candidate(7, datetime(2025, 3, 2, tzinfo=UTC)), candidate(5, datetime(2025, 9, 1, tzinfo=UTC))]
    )
    assert [p.change_key for p in later] == [
        "new|quantumscape|quantumscape-partnership|2025-03-02",
        "new|quantumscape|quantumscape-partnership|2025-09-01",
    ]


def test_a_candidate_one_story_tells_needs_a_surer_reading() -> None:
    def candidate(article_id: int, url: str, confidence: float) -> Sighting:
        return Sighting(
            article_id,
            url,
            "A plan",
            datetime(2025, 6, 17, tzinfo=UTC),
            said(None, "reaffirmed", "2027", confidence),
            company="catl",
            candidate="catl-assb-production",
        )

    assert propose_candidates([candidate(1, "https://a.example/1", 0.72)]) == []
    assert len(propose_candidates([candidate(1, "https://a.example/1", 0.78)])) == 1
    # told by two outlets, the same reading is enough
    both = propose_candidates([candidate(1, "https://a.example/1", 0.72), candidate(2, "https://b.example/2", 0.72)])
    assert len(both) == 1 and len(both[0].evidence) == 2
