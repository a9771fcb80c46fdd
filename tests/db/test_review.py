"""Flag storage and decisions on SQLite and PostgreSQL: one change one flag, history of every decision."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from db import review
from db.engine import Database
from db.models import FlagEvidenceRow, FlagRow, MilestoneHistoryRow, MilestoneRow
from db.review import FlagNotFound, ReviewError
from tests.review_fixtures import TOYOTA, add_article, said
from tracker.flags import FlagProposal, MilestoneState, Sighting, overdue_proposal, propose_candidates, propose_flags
from tracker.universe import Status, Window


def toyota(database: Database) -> MilestoneState:
    with database.sessions() as session:
        return review.milestone_states(session, [TOYOTA])[TOYOTA]


def reports(
    database: Database, signal: str, window: str | None, outlets: range, *, confidence: float = 0.8, day: int = 1
) -> list[Sighting]:
    """Articles stored for these outlets, each saying the same thing of Toyota's milestone."""
    sightings = []
    for outlet in outlets:
        url = f"https://outlet{outlet}.example/{signal}-{window}-{day}"
        published = datetime(2026, 1, day, tzinfo=UTC)
        article_id = add_article(database, url=url, title=f"Toyota {signal} ({outlet})", published=published)
        sightings.append(
            Sighting(
                article_id,
                url,
                f"Toyota {signal} ({outlet})",
                published,
                said(TOYOTA, signal, window, confidence, evidence=f"Toyota {signal} says {outlet}"),
            )
        )
    return sightings


def propose(database: Database, sightings: list[Sighting]) -> FlagProposal:
    [proposal] = propose_flags(toyota(database), sightings)
    return proposal


def raise_(database: Database, proposal: FlagProposal) -> str:
    with database.sessions() as session:
        outcome = review.raise_flag(session, proposal)
        session.commit()
        return outcome


def test_ten_outlets_reporting_one_change_are_one_flag_with_ten_pieces_of_evidence(database: Database) -> None:
    first = reports(database, "delayed", "2028", range(4))
    assert raise_(database, propose(database, first)) == "created"
    rest = reports(database, "delayed", "2028-09", range(4, 10))
    assert raise_(database, propose(database, first + rest)) == "updated"
    assert raise_(database, propose(database, first + rest)) == "unchanged"
    with database.sessions() as session:
        [flag] = review.list_flags(session)
    assert (flag.kind, flag.state, flag.milestone) == ("delayed", "pending", TOYOTA)
    assert (flag.old_status, flag.new_status, flag.old_window, flag.new_window) == (
        "planned",
        "delayed",
        "2027..2028",
        "2028",
    )
    assert len(flag.evidence) == 10
    assert {e.url for e in flag.evidence} == {s.url for s in first + rest}
    assert flag.confidence > 0.99


def test_only_one_pending_flag_per_change_is_allowed_by_the_database(database: Database) -> None:
    now = datetime.now(UTC)
    with database.sessions() as session:
        for state in ("accepted", "rejected", "pending"):
            session.add(FlagRow(kind="delayed", state=state, change_key="k", created_at=now, updated_at=now, note=""))
        session.commit()
        session.add(FlagRow(kind="delayed", state="pending", change_key="k", created_at=now, updated_at=now, note=""))
        with pytest.raises(IntegrityError):
            session.commit()


def test_accepting_updates_the_milestone_and_writes_its_history(database: Database) -> None:
    raise_(database, propose(database, reports(database, "delayed", "2028", range(3))))
    with database.sessions() as session:
        [flag] = review.list_flags(session, "pending")
        accepted = review.accept_flag(session, flag.id, reviewer="ana", note="confirmed on the IR call")
    assert (accepted.state, accepted.decided_by, accepted.note) == ("accepted", "ana", "confirmed on the IR call")
    with database.sessions() as session:
        milestone = session.get(MilestoneRow, TOYOTA)
        assert (milestone.status, milestone.window_start, milestone.window_end) == ("delayed", "2028", "2028")
        [entry] = review.milestone_history(session, TOYOTA)
        [timeline_entry] = [e for e in review.timeline(session) if e.id == TOYOTA]
    assert (entry.changed_by, entry.reason, entry.flag_id) == ("ana", "confirmed on the IR call", flag.id)
    assert (entry.old_status, entry.new_status, entry.old_window, entry.new_window) == (
        "planned",
        "delayed",
        "2027..2028",
        "2028",
    )
    assert len(entry.evidence) == 3 and all(e["url"].startswith("https://outlet") for e in entry.evidence)
    assert (timeline_entry.status, timeline_entry.window, timeline_entry.last_change) == ("delayed", "2028", entry)


def test_accept_with_a_window_or_status_records_the_reviewers_correction(database: Database) -> None:
    raise_(database, propose(database, reports(database, "delayed", "2028", range(2))))
    with database.sessions() as session:
        [flag] = review.list_flags(session)
        with pytest.raises(ReviewError, match="window '2028..2027'"):
            review.accept_flag(session, flag.id, reviewer="ana", window="2028..2027")
        with pytest.raises(ReviewError, match="status 'late'"):
            review.accept_flag(session, flag.id, reviewer="ana", status="late")
        assert review.flag_detail(session, flag.id).state == "pending"  # a refused decision changes nothing
        review.accept_flag(session, flag.id, reviewer="ana", window="2028-06..2029", status="in_progress")
    with database.sessions() as session:
        milestone = session.get(MilestoneRow, TOYOTA)
        assert (milestone.status, milestone.window_start, milestone.window_end) == ("in_progress", "2028-06", "2029")
        [entry] = review.milestone_history(session, TOYOTA)
        assert (entry.new_status, entry.new_window, entry.reason) == (
            "in_progress",
            "2028-06..2029",
            f"accepted flag {flag.id}: delayed",
        )


def test_a_flag_is_decided_once(database: Database) -> None:
    raise_(database, propose(database, reports(database, "achieved", None, range(1))))
    with database.sessions() as session:
        [flag] = review.list_flags(session)
        review.reject_flag(session, flag.id, reviewer="ana", note="a rumour")
        with pytest.raises(ReviewError, match=f"flag {flag.id} is already rejected .by ana."):
            review.accept_flag(session, flag.id, reviewer="bob")
        with pytest.raises(FlagNotFound, match="no flag 999"):
            review.reject_flag(session, 999, reviewer="bob")
        with pytest.raises(FlagNotFound):
            review.flag_detail(session, 999)
        assert session.get(MilestoneRow, TOYOTA).status == "planned"
        [entry] = review.milestone_history(session, TOYOTA)
    assert (entry.changed_by, entry.reason, entry.is_change) == ("ana", "a rumour", False)


def test_achieved_records_when_from_the_earliest_report(database: Database) -> None:
    early = reports(database, "achieved", None, range(1), day=5)
    late = reports(database, "achieved", None, range(1, 3), day=20)
    raise_(database, propose(database, late + early))
    with database.sessions() as session:
        [flag] = review.list_flags(session)
        review.accept_flag(session, flag.id, reviewer="ana")
        assert session.get(MilestoneRow, TOYOTA).achieved_on == "2026-01-05"


def test_copies_of_a_rejected_story_add_evidence_silently(database: Database) -> None:
    first = reports(database, "cancelled", None, range(2))
    raise_(database, propose(database, first))
    with database.sessions() as session:
        [flag] = review.list_flags(session)
        review.reject_flag(session, flag.id, reviewer="ana")
    more = reports(database, "cancelled", None, range(2, 5))
    assert raise_(database, propose(database, first + more)) == "absorbed"
    with database.sessions() as session:
        [flag] = review.list_flags(session)
    assert (flag.state, len(flag.evidence)) == ("rejected", 5)


def test_a_repeat_of_an_accepted_change_is_absorbed_until_the_milestone_changes_again(database: Database) -> None:
    later = reports(database, "delayed", "2030", range(2))
    raise_(database, propose(database, later))
    with database.sessions() as session:
        [flag] = review.list_flags(session)
        review.accept_flag(session, flag.id, reviewer="ana", window="2029")  # the reviewer's judgement: 2029
    # the same news again still differs from the milestone (2030 against 2029), but it was decided on
    assert raise_(database, propose(database, later + reports(database, "delayed", "2030", range(2, 3)))) == (
        "absorbed"
    )
    # the milestone changes through another flag: the same news is news again
    raise_(database, propose(database, reports(database, "accelerated", "2028", range(3, 5))))
    with database.sessions() as session:
        [faster] = review.list_flags(session, "pending")
        review.accept_flag(session, faster.id, reviewer="ana")
    again = reports(database, "delayed", "2030", range(5, 7), day=9)
    assert raise_(database, propose(database, again)) == "created"
    with database.sessions() as session:
        flags = review.list_flags(session, kind="delayed")
    assert [f.state for f in flags] == ["pending", "accepted"]
    assert flags[0].change_key == flags[1].change_key


def test_merging_moves_the_evidence_and_later_copies_follow(database: Database) -> None:
    delayed = reports(database, "delayed", "2029", range(2))
    raise_(database, propose(database, delayed))
    cancelled = reports(database, "delayed", "2030", range(2, 4))
    raise_(database, propose(database, cancelled))
    with database.sessions() as session:
        later, earlier = review.list_flags(session)
        with pytest.raises(ReviewError, match="into itself"):
            review.merge_flag(session, later.id, later.id, reviewer="ana")
        target = review.merge_flag(session, later.id, earlier.id, reviewer="ana", note="same story, two windows")
        assert (target.id, len(target.evidence)) == (earlier.id, 4)
        merged = review.flag_detail(session, later.id)
        assert (merged.state, merged.merged_into) == ("merged", earlier.id)
        assert review.milestone_history(session, TOYOTA)[0].reason == "same story, two windows"
    assert raise_(database, propose(database, cancelled + reports(database, "delayed", "2030", range(4, 5)))) == (
        "absorbed"
    )
    with database.sessions() as session:
        assert len(review.flag_detail(session, earlier.id).evidence) == 5
        assert len(review.list_flags(session, "pending")) == 1


def test_flags_of_different_milestones_do_not_merge(database: Database) -> None:
    raise_(database, propose(database, reports(database, "delayed", "2029", range(1))))
    with database.sessions() as session:
        pilot = review.milestone_states(session, ["gac-assb-pilot"])["gac-assb-pilot"]
        review.raise_flag(session, overdue_proposal(pilot, datetime(2026, 3, 1).date()))
        session.commit()
        overdue, delayed = review.list_flags(session)
        with pytest.raises(ReviewError, match="only flags of one milestone"):
            review.merge_flag(session, overdue.id, delayed.id, reviewer="ana")
        assert review.flag_detail(session, overdue.id).state == "pending"


def test_an_overdue_milestone_is_flagged_once_and_accepting_marks_it_delayed(database: Database) -> None:
    with database.sessions() as session:
        pilot = review.milestone_states(session, ["gac-assb-pilot"])["gac-assb-pilot"]
        proposal = overdue_proposal(pilot, datetime(2026, 3, 1).date())
        assert review.raise_flag(session, proposal) == "created"
        assert review.raise_flag(session, proposal) == "unchanged"
        session.commit()
        [flag] = review.list_flags(session)
        review.accept_flag(session, flag.id, reviewer="ana")
        assert (
            review.raise_flag(
                session,
                overdue_proposal(review.milestone_states(session)["gac-assb-pilot"], datetime(2026, 4, 1).date()),
            )
            == "unchanged"
        )
        session.commit()
        assert session.get(MilestoneRow, "gac-assb-pilot").status == "delayed"
        assert len(review.list_flags(session)) == 1


def test_accepting_a_new_milestone_candidate_adds_it_to_the_timeline(database: Database) -> None:
    url = "https://outlet1.example/eagle"
    article_id = add_article(database, url=url, title="QuantumScape opens Eagle line")
    sighting = Sighting(
        article_id,
        url,
        "QuantumScape opens Eagle line",
        None,
        said(None, "achieved", None, 0.85, evidence="QuantumScape inaugurated its Eagle line."),
        company="quantumscape",
        candidate="eagle-line",
    )
    [proposal] = propose_candidates([sighting])
    with database.sessions() as session:
        review.raise_flag(session, proposal)
        session.commit()
        [flag] = review.list_flags(session)
        assert (flag.kind, flag.milestone, flag.candidate, flag.company) == (
            "new_milestone",
            None,
            "eagle-line",
            "quantumscape",
        )
        with pytest.raises(ReviewError, match="no window"):
            review.accept_flag(session, flag.id, reviewer="ana")
        review.accept_flag(session, flag.id, reviewer="ana", window="2025-02")
        added = session.get(MilestoneRow, "quantumscape-eagle-line")
        assert (added.status, added.window_start, added.companies) == ("achieved", "2025-02", ["quantumscape"])
        assert review.flag_detail(session, flag.id).milestone == "quantumscape-eagle-line"
        assert review.milestone_history(session, "quantumscape-eagle-line")[0].changed_by == "ana"


def test_two_reviewers_cannot_both_decide_one_flag(database: Database) -> None:
    raise_(database, propose(database, reports(database, "delayed", "2028", range(1))))
    with database.sessions() as first, database.sessions() as second:
        [flag] = review.list_flags(first)
        second.get(FlagRow, flag.id)  # the second reviewer has the flag loaded as pending
        review.accept_flag(first, flag.id, reviewer="ana")
        with pytest.raises(ReviewError, match="already accepted"):
            review.reject_flag(second, flag.id, reviewer="bob")
    with database.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(MilestoneHistoryRow)) == 1


def test_list_flags_filters_and_refuses_an_unknown_state(database: Database) -> None:
    raise_(database, propose(database, reports(database, "delayed", "2028", range(1))))
    with database.sessions() as session:
        assert len(review.list_flags(session, "pending", kind="delayed", milestone=TOYOTA, company="toyota")) == 1
        assert review.list_flags(session, "accepted") == []
        assert review.list_flags(session, kind="achieved") == []
        with pytest.raises(ValueError, match="state 'open'"):
            review.list_flags(session, "open")
        assert session.scalar(sa.select(sa.func.count()).select_from(FlagEvidenceRow)) == 1


def test_flag_json_has_what_the_cli_promises(database: Database) -> None:
    raise_(database, propose(database, reports(database, "delayed", "2028", range(1))))
    with database.sessions() as session:
        [flag] = review.list_flags(session)
    data = flag.as_json()
    assert {
        "id",
        "milestone",
        "kind",
        "state",
        "old_status",
        "new_status",
        "old_window",
        "new_window",
        "confidence",
        "evidence",
    } <= set(data)
    assert data["evidence"][0]["url"] == "https://outlet0.example/delayed-2028-1"
    assert data["evidence"][0]["published"].startswith("2026-01-01")
    assert Window.from_text(data["new_window"]) == Window.parse(2028, 2028)
    assert Status(data["new_status"]) is Status.DELAYED


def test_accepting_closes_pending_flags_it_made_moot_and_keeps_the_others(database: Database) -> None:
    raise_(database, propose(database, reports(database, "started", None, range(1))))
    raise_(database, propose(database, reports(database, "delayed", "2029", range(1, 2))))
    raise_(database, propose(database, reports(database, "delayed", "2028", range(2, 3))))
    with database.sessions() as session:
        pilot = review.milestone_states(session, ["gac-assb-pilot"])["gac-assb-pilot"]
        review.raise_flag(session, overdue_proposal(pilot, datetime(2026, 3, 1).date()))
        session.commit()
        by_kind = {(f.kind, f.new_window): f.id for f in review.list_flags(session)}
        review.accept_flag(session, by_kind[("delayed", "2028")], reviewer="ana")
        states = {key: review.flag_detail(session, flag_id) for key, flag_id in by_kind.items()}
    started = states[("started", "2027..2028")]
    assert (started.state, started.merged_into, started.decided_by) == ("merged", by_kind[("delayed", "2028")], "ana")
    assert started.note == f"covered by flag {by_kind[('delayed', '2028')]}"
    assert states[("delayed", "2029")].state == "pending"  # later still than what was accepted
    assert states[("overdue", "2025-07..2025-12")].state == "pending"  # another milestone
    with database.sessions() as session:
        reasons = [entry.reason for entry in review.milestone_history(session, TOYOTA)]
    assert any(reason.startswith(f"flag {started.id} (started) covered by flag") for reason in reasons)


def _waiting_on_a_lock(database: Database) -> bool:
    with database.engine.connect() as connection:
        return bool(
            connection.execute(
                sa.text(
                    "select count(*) from pg_stat_activity"
                    " where datname = current_database() and wait_event_type = 'Lock'"
                )
            ).scalar()
        )


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_matchers_raising_one_change_at_once_make_one_flag(database: Database) -> None:
    """The second insert waits on the first's uncommitted row in the unique index, then joins its flag."""
    first, second = reports(database, "delayed", "2028", range(2)), reports(database, "delayed", "2028", range(2, 4))
    outcome = {}
    with database.sessions() as holder:
        assert review.raise_flag(holder, propose(database, first)) == "created"

        def other() -> None:
            with database.sessions() as session:
                outcome["second"] = review.raise_flag(session, propose(database, first + second))
                session.commit()

        thread = threading.Thread(target=other)
        thread.start()
        deadline = time.monotonic() + 30
        while not _waiting_on_a_lock(database):
            assert time.monotonic() < deadline, "the second matcher never reached the unique index"
            assert thread.is_alive(), outcome
        holder.commit()
    thread.join(timeout=30)
    assert outcome == {"second": "updated"}
    with database.sessions() as session:
        [flag] = review.list_flags(session)
    assert len(flag.evidence) == 4
