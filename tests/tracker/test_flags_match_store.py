"""The matching stage over stored articles: results recorded, flags raised by the rules, on both backends.

A scripted matcher pins what the matcher says, so these tests are about the stage, not the matcher.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import sqlalchemy as sa

from db import review
from db.engine import Database, open_database
from db.models import ArticleCompanyRow, ArticleMatchRow, ArticleRow, FlagRow
from tests.review_fixtures import TOYOTA, ScriptedMatcher, add_article, classification, said
from tracker.classification import ArticleText, Classification
from tracker.match_store import match_pending

AS_OF = date(2025, 1, 1)  # before any window of the shipped universe ends: no overdue flags in the way
DELAY = classification(said(TOYOTA, "delayed", "2028", 0.8, evidence="Toyota pushed mass production to 2028."))


def store(database: Database, titles: list[str], *, day: int = 1) -> list[int]:
    return [
        add_article(
            database,
            url=f"https://outlet{i}.example/{title}",
            title=title,
            published=datetime(2026, 2, day, tzinfo=UTC),
        )
        for i, title in enumerate(titles)
    ]


def flags(database: Database, state: str | None = None) -> list[review.FlagView]:
    with database.sessions() as session:
        return review.list_flags(session, state)


def test_results_are_recorded_and_a_rematch_replaces_them(database: Database, universe) -> None:
    [article_id] = store(database, ["toyota delay"])
    matcher = ScriptedMatcher(
        {
            "toyota delay": classification(
                said(TOYOTA, "delayed", "2028", 0.8),
                said("toyota-idemitsu-sulfide-electrolyte", "reaffirmed", "2027", 0.6),
                companies=("toyota", "idemitsu"),
                mentioned=("nio", "toyota"),
                topics=("dendrites",),
            )
        }
    )
    summary = match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    assert (summary.matched, summary.relevant, summary.matches, summary.flags_raised) == (1, 1, 2, 1)
    assert match_pending(database, universe, matcher=matcher, as_of=AS_OF).matched == 0  # nothing pending
    matcher.script["toyota delay"] = classification(said(TOYOTA, "delayed", "2028-06", 0.9), companies=("toyota",))
    assert match_pending(database, universe, matcher=matcher, rematch_all=True, as_of=AS_OF).matched == 1
    with database.sessions() as session:
        article = session.get(ArticleRow, article_id)
        assert (article.relevant, article.topics, article.matched_at is not None) == (True, [], True)
        roles = set(
            session.execute(
                sa.select(ArticleCompanyRow.company, ArticleCompanyRow.role).where(
                    ArticleCompanyRow.article_id == article_id
                )
            ).all()
        )
        matches = session.execute(
            sa.select(ArticleMatchRow.milestone_id, ArticleMatchRow.window_start, ArticleMatchRow.window_end)
        ).all()
    source_company = roles - {("toyota", "about")}
    assert len(source_company) == 1 and next(iter(source_company))[1] == "source"  # the crawler's role is kept
    assert matches == [(TOYOTA, "2028-06", "2028-06")]
    [flag] = flags(database)
    assert (flag.new_window, len(flag.evidence)) == ("2028-06", 1)


def test_only_relevant_confident_matches_raise_flags(database: Database, universe) -> None:
    store(database, ["not about batteries", "hesitant", "confident"])
    matcher = ScriptedMatcher(
        {
            "not about batteries": classification(said(TOYOTA, "achieved", None, 0.99), relevant=False),
            "hesitant": classification(said(TOYOTA, "cancelled", None, 0.55)),
            "confident": classification(said(TOYOTA, "delayed", "2028", 0.75)),
        }
    )
    summary = match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    assert (summary.matched, summary.relevant, summary.flags_raised) == (3, 2, 1)
    assert [f.kind for f in flags(database)] == ["delayed"]
    store(database, ["hesitant too"], day=3)  # a second outlet tips the hesitant cancellation over
    matcher.script["hesitant too"] = classification(said(TOYOTA, "cancelled", None, 0.55))
    assert match_pending(database, universe, matcher=matcher, as_of=AS_OF).flags_raised == 1
    cancelled = [f for f in flags(database) if f.kind == "cancelled"]
    assert len(cancelled) == 1 and len(cancelled[0].evidence) == 2


def test_a_failing_article_is_reported_and_stays_unmatched(database: Database, universe) -> None:
    broken, fine = store(database, ["BROKEN page", "toyota delay"])
    summary = match_pending(database, universe, matcher=ScriptedMatcher({"toyota delay": DELAY}), as_of=AS_OF)
    assert summary.matched == 1
    assert summary.failed == (f"article {broken}: ValueError: the matcher choked on this one",)
    assert "1 failed" in str(summary)
    with database.sessions() as session:
        assert session.get(ArticleRow, broken).matched_at is None
        assert session.get(ArticleRow, fine).matched_at is not None


def test_a_later_article_repeating_an_accepted_change_raises_nothing(database: Database, universe) -> None:
    matcher = ScriptedMatcher(
        {"delay": DELAY, "delay again": DELAY, "old": classification(said(TOYOTA, "reaffirmed", "2027..2028", 0.9))}
    )
    store(database, ["delay"])
    match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    [flag] = flags(database)
    with database.sessions() as session:
        review.accept_flag(session, flag.id, reviewer="ana")
    store(database, ["delay again"], day=28)
    # an article published before the decision restating the old window is superseded by it
    add_article(database, url="https://archive.example/old", title="old", published=datetime(2024, 5, 1, tzinfo=UTC))
    summary = match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    assert (summary.matched, summary.flags_raised, summary.flags_updated) == (2, 0, 0)
    assert [f.state for f in flags(database)] == ["accepted"]


def test_more_copies_of_a_rejected_story_do_not_raise_it_again(database: Database, universe) -> None:
    matcher = ScriptedMatcher({title: DELAY for title in ("one", "two", "three")})
    store(database, ["one"])
    match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    [flag] = flags(database)
    with database.sessions() as session:
        review.reject_flag(session, flag.id, reviewer="ana", note="misread")
    store(database, ["two", "three"], day=5)
    summary = match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    assert (summary.flags_raised, summary.flags_absorbed) == (0, 1)
    [flag] = flags(database)
    assert (flag.state, len(flag.evidence)) == ("rejected", 3)


def test_overdue_milestones_are_flagged_once_as_of_the_day_given(database: Database, universe) -> None:
    assert match_pending(database, universe, matcher=ScriptedMatcher(), as_of=date(2025, 12, 31)).overdue_raised == 0
    summary = match_pending(database, universe, matcher=ScriptedMatcher(), as_of=date(2026, 1, 1))
    assert summary.overdue_raised == 2  # the Changan and GAC pilots were due by the end of 2025
    assert match_pending(database, universe, matcher=ScriptedMatcher(), as_of=date(2026, 2, 1)).overdue_raised == 0
    assert sorted(f.milestone for f in flags(database)) == ["changan-assb-pilot", "gac-assb-pilot"]


def test_new_milestone_candidates_are_folded_by_company_and_slug(database: Database, universe) -> None:
    eagle = classification(said(None, "started", "2026", 0.8), companies=("quantumscape",), candidate="eagle-line")
    store(database, ["eagle 1", "eagle 2", "eagle 3"])
    matcher = ScriptedMatcher({"eagle 1": eagle, "eagle 2": eagle, "eagle 3": eagle})
    assert match_pending(database, universe, matcher=matcher, as_of=AS_OF).flags_raised == 1
    [flag] = flags(database)
    assert (flag.kind, flag.candidate, flag.company, len(flag.evidence)) == (
        "new_milestone",
        "eagle-line",
        "quantumscape",
        3,
    )


def test_a_candidate_told_beside_a_milestones_news_raises_no_flag_of_its_own(database: Database, universe) -> None:
    # "matches no milestone": where the story's main news is a milestone's, the announcement beside it is not news
    # of its own (its evidence would be stories labelled under that milestone)
    pact = said(None, "started", None, 0.8)
    beside = classification(said(TOYOTA, "reaffirmed", "2027", 0.8), pact, companies=("toyota",), candidate="pact")
    alone = classification(pact, said(TOYOTA, "reaffirmed", "2027", 0.5), companies=("toyota",), candidate="deal")
    store(database, ["beside 1", "beside 2", "alone 1", "alone 2"])
    matcher = ScriptedMatcher({"beside 1": beside, "beside 2": beside, "alone 1": alone, "alone 2": alone})
    match_pending(database, universe, matcher=matcher, as_of=AS_OF)
    assert [(f.kind, f.candidate) for f in flags(database) if f.kind == "new_milestone"] == [("new_milestone", "deal")]


class _TogetherMatcher:
    """Classifies only its own titles, and not before the other matcher has read the same batch."""

    def __init__(self, mine: str, barrier: threading.Barrier):
        self.mine, self.barrier, self.waited = mine, barrier, False

    def classify(self, article: ArticleText) -> Classification:
        if not self.waited:
            self.waited = True
            self.barrier.wait()
        if not article.title.startswith(self.mine):
            raise ValueError("not mine")
        return DELAY


def test_two_matchers_at_once_store_each_article_once_and_raise_one_flag(database: Database, universe) -> None:
    store(database, [f"{side}{i}" for i in range(3) for side in "ab"])
    barrier = threading.Barrier(2, timeout=60)
    summaries = {}

    def run(side: str) -> None:
        own = open_database(database.url, upgrade=False)  # its own engine, as another process has
        try:
            summaries[side] = match_pending(own, universe, matcher=_TogetherMatcher(side, barrier), as_of=AS_OF)
        finally:
            own.close()

    threads = [threading.Thread(target=run, args=(side,)) for side in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert {side: s.matched for side, s in summaries.items()} == {"a": 3, "b": 3}
    with database.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(ArticleMatchRow)) == 6
        assert session.scalar(sa.select(sa.func.count()).select_from(FlagRow)) == 1
    [flag] = flags(database)
    assert len(flag.evidence) == 6


def test_only_the_main_milestone_of_an_article_raises_unless_the_other_is_said_plainly(
    database: Database, universe
) -> None:
    store(database, ["pilot line 1", "pilot line 2", "pilot line 3"])
    pilot_line = classification(
        said("samsung-sdi-pilot-line", "achieved", "2023", 0.8),
        said("samsung-sdi-assb-mass-production", "achieved", None, 0.75),
        companies=("samsung-sdi",),
    )
    plainly = classification(
        said("samsung-sdi-pilot-line", "achieved", "2023", 0.8),
        said("samsung-sdi-assb-mass-production", "delayed", "2029", 0.85),
        companies=("samsung-sdi",),
    )
    matcher = ScriptedMatcher({"pilot line 1": pilot_line, "pilot line 2": pilot_line, "pilot line 3": plainly})
    assert match_pending(database, universe, matcher=matcher, as_of=AS_OF).flags_raised == 1
    [flag] = flags(database)
    assert (flag.milestone, flag.kind, flag.new_window) == ("samsung-sdi-assb-mass-production", "delayed", "2029")
