"""The matching stage: run the matcher over stored articles, record what it found, raise flags.

Each batch is one transaction: the articles are claimed, their results stored and the flags of the
milestones they touched re-evaluated together, so an article is never marked matched without its flags,
and two matchers at once (a crawl's and ``ssbtrack match``) neither store one article twice nor raise one
change twice. Flags are re-evaluated from every stored sighting of a milestone, so the outcome does
not depend on the order articles arrive in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db.engine import Database
from db.matches import (
    StoredArticle,
    articles_to_match,
    candidate_sightings,
    claim_articles,
    milestone_sightings,
    store_classifications,
)
from db.review import last_change_at, milestone_states, raise_flag
from tracker.classification import ArticleText, Classification, Signal
from tracker.flags import EVIDENCE_FLOOR, RAISE_THRESHOLD, overdue_proposal, propose_candidates, propose_flags
from tracker.matcher import build_matcher
from tracker.universe import Universe

BATCH_SIZE = 200
_ATTEMPTS = 5
T = TypeVar("T")


class ArticleMatcher(Protocol):
    def classify(self, article: ArticleText) -> Classification: ...


@dataclass(frozen=True)
class MatchSummary:
    matched: int = 0
    relevant: int = 0
    matches: int = 0
    # claimed by another matcher between our read and our write
    skipped: int = 0
    # "article 12: ValueError: ..." for articles the matcher failed on; they stay unmatched
    failed: tuple[str, ...] = ()
    flags_raised: int = 0
    flags_updated: int = 0
    # evidence added silently to a decided flag (a repeat of an accepted or rejected change)
    flags_absorbed: int = 0
    overdue_raised: int = 0

    def __str__(self) -> str:
        text = (
            f"matched {self.matched} articles ({self.relevant} relevant, {self.matches} milestone matches), "
            f"flags: {self.flags_raised} new, {self.flags_updated} updated, {self.flags_absorbed} repeats of "
            f"decided ones, {self.overdue_raised} overdue"
        )
        if self.skipped:
            text += f", {self.skipped} skipped (matched meanwhile by another process)"
        if self.failed:
            text += f", {len(self.failed)} failed: " + "; ".join(self.failed[:5])
        return text


def match_pending(
    database: Database,
    universe: Universe,
    *,
    rematch_all: bool = False,
    as_of: date | None = None,
    matcher: ArticleMatcher | None = None,
    batch_size: int = BATCH_SIZE,
    floor: float = EVIDENCE_FLOOR,
    threshold: float = RAISE_THRESHOLD,
) -> MatchSummary:
    """Match the articles not matched yet (or all of them), store the results, raise flags, check overdue.

    ``as_of`` is the day the overdue check is made for (default today). A matcher already built for this
    universe may be passed in to save building it again.
    """
    counts: Counter[str] = Counter()
    failed: list[str] = []
    after_id = 0
    while True:
        with database.sessions() as session:
            batch = articles_to_match(session, rematch_all=rematch_all, after_id=after_id, limit=batch_size)
        if not batch:
            break
        after_id = batch[-1].id
        if matcher is None:  # built only when there is something to match: building it takes a while
            matcher = build_matcher(universe)
        results = _classify(matcher, batch, failed)
        counts += _in_transaction(database, lambda s, r=results: _store_batch(s, r, floor, threshold))
    overdue = _in_transaction(database, lambda s: _raise_overdue(s, as_of or date.today()))
    return MatchSummary(
        counts["matched"],
        counts["relevant"],
        counts["matches"],
        counts["skipped"],
        tuple(failed),
        counts["created"],
        counts["updated"],
        counts["absorbed"],
        overdue,
    )


def _classify(
    matcher: ArticleMatcher, batch: list[StoredArticle], failed: list[str]
) -> list[tuple[StoredArticle, Classification]]:
    results = []
    for article in batch:
        try:
            results.append((article, matcher.classify(article.text)))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run; it is reported
            failed.append(f"article {article.id}: {type(exc).__name__}: {exc}")
    return results


def _store_batch(
    session: Session, results: list[tuple[StoredArticle, Classification]], floor: float, threshold: float
) -> Counter[str]:
    now = datetime.now(UTC)
    claimed = claim_articles(session, [article for article, _ in results], now)
    stored = [(article.id, result) for article, result in results if article.id in claimed]
    store_classifications(session, stored)
    counts: Counter[str] = Counter(matched=len(stored), skipped=len(results) - len(stored))
    counts["relevant"] = sum(1 for _, result in stored if result.relevant)
    counts["matches"] = sum(1 for _, result in stored for m in result.matches if m.milestone)
    relevant = [result for _, result in stored if result.relevant]
    said: dict[str, set[Signal]] = defaultdict(set)  # what the fresh articles say, of which milestone
    for match in (m for r in relevant for m in r.matches):
        if match.milestone and match.signal is not Signal.NONE and match.confidence >= floor:
            said[match.milestone].add(match.signal)
    candidates = {r.new_milestone_candidate for r in relevant if r.new_milestone_candidate}
    counts.update(
        raise_flags(
            session,
            said,
            candidates,
            fresh={article_id for article_id, _ in stored},
            floor=floor,
            threshold=threshold,
            now=now,
        )
    )
    return counts


def raise_flags(
    session: Session,
    milestones: Mapping[str, Iterable[Signal]] | Iterable[str],
    candidates: Iterable[str] = (),
    *,
    fresh: set[int] | None = None,
    floor: float = EVIDENCE_FLOOR,
    threshold: float = RAISE_THRESHOLD,
    now: datetime | None = None,
) -> Counter[str]:
    """Re-evaluate these milestones and candidates from every stored sighting; counts outcomes of raise_flag.

    Given a mapping of milestone to signals, only sightings with those signals are read: the changes a
    batch can bear on. With ``fresh`` (the articles just matched), only changes those articles bear on
    are raised: any other was raised, or fell short, when its own evidence came in.
    """
    proposals = []
    signals = milestones if isinstance(milestones, Mapping) else None
    states = milestone_states(session, list(milestones))
    for milestone_id in sorted(states):
        sightings = milestone_sightings(
            session,
            milestone_id,
            since=last_change_at(session, milestone_id),
            signals=signals[milestone_id] if signals else None,
        )
        proposals += propose_flags(states[milestone_id], sightings, floor=floor, threshold=threshold)
    proposals += propose_candidates(candidate_sightings(session, candidates), floor=floor, threshold=threshold)
    outcomes: Counter[str] = Counter()
    for proposal in proposals:
        if fresh is None or any(sighting.article_id in fresh for sighting in proposal.evidence):
            outcomes[raise_flag(session, proposal, now=now)] += 1
    return outcomes


def _raise_overdue(session: Session, as_of: date) -> int:
    raised = 0
    for state in milestone_states(session).values():
        proposal = overdue_proposal(state, as_of)
        if proposal is not None and raise_flag(session, proposal) == "created":
            raised += 1
    return raised


def _in_transaction(database: Database, work: Callable[[Session], T]) -> T:
    """Run ``work`` in one transaction, again from the start when another writer got in the way."""
    for attempt in range(_ATTEMPTS):
        with database.sessions() as session:
            try:
                result = work(session)
                session.commit()
                return result
            except (IntegrityError, OperationalError) as exc:
                session.rollback()
                if attempt == _ATTEMPTS - 1 or not _is_conflict(exc):
                    raise
    raise AssertionError("unreachable")


def _is_conflict(exc: Exception) -> bool:
    # SQLite: a reader that turned writer after another commit ("database is locked"); PostgreSQL:
    # deadlock or serialization failure; both: a unique key raced by another matcher.
    if isinstance(exc, IntegrityError):
        return True
    code = getattr(getattr(exc, "orig", None), "pgcode", None)
    return code in ("40001", "40P01") or "locked" in str(exc).lower()
