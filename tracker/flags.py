"""Deciding what a reviewer must confirm: a milestone's current state against what articles say of it.

Pure functions over plain values; storage (db/review.py) only folds the proposals into flag rows.

The rules, in one place (issue 3):
- an article raises something only when what it says differs from the milestone's current state:
  'achieved' of an achieved milestone, or a reaffirmation of the window already held, raises nothing;
- a *reaffirmation* stating a window that reaches outside the current window is a ``window_changed`` flag; one
  inside the current window only narrows it and raises nothing; a 'started' of work already under way does so
  only with a window ending later (an earlier date told with work going on is a step's: "trial runs in Q3");
- 'delayed' needs the window to move later (or no window at all, when the milestone is not yet
  delayed); 'accelerated' needs it to move earlier (or no window: raised as news, state unchanged);
- 'started' counts only for a planned (or cancelled) milestone: a delayed one is already under way;
- nothing is said of a cancelled or achieved milestone by 'delayed'/'accelerated';
- sightings below ``EVIDENCE_FLOOR`` are not evidence, nor is a milestone an article names after its
  main one (``Sighting.primary``) below ``SECONDARY_FLOOR``: a matcher's mistake there would repeat
  in every outlet's copy of the story;
- a change is raised when the evidence for it, combined (one vote per outlet, noisy-OR), reaches
  ``RAISE_THRESHOLD``: one confident report or several hesitant ones. A reviewer must not drown.
- a new-milestone candidate is one flag per company, kind of announcement and announcement in time
  (``ANNOUNCEMENT_GAP`` after its first report, another one begins); told by a single story, it needs
  ``SINGLE_STORY_THRESHOLD``; only stories whose main news it is (their first match) count for it;
- windows compare at the coarser precision of the two: "2025" fits "2025-07..2025-12";
- 'achieved' published more than a year before the window opens is taken for a misreading.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from tracker.classification import MilestoneMatch, Signal
from tracker.universe import Status, Window, WindowPoint

EVIDENCE_FLOOR = 0.5
RAISE_THRESHOLD = 0.7
# a milestone an article names after its main one is mostly read from context, not said: it needs more
SECONDARY_FLOOR = 0.8


class FlagKind(StrEnum):
    ACHIEVED = "achieved"
    STARTED = "started"
    DELAYED = "delayed"
    ACCELERATED = "accelerated"
    REAFFIRMED = "reaffirmed"
    CANCELLED = "cancelled"
    WINDOW_CHANGED = "window_changed"
    NEW_MILESTONE = "new_milestone"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class MilestoneState:
    """What the timeline holds now for one milestone (a MilestoneRow as plain values)."""

    id: str
    title: str
    status: Status
    window: Window
    companies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sighting:
    """One article's match, with where it was read: the raw material of a flag's evidence."""

    article_id: int | None
    url: str
    title: str
    published: datetime | None
    match: MilestoneMatch
    company: str | None = None
    candidate: str | None = None
    # the article's first (best) milestone match; later ones count only when very confident. Of a candidate: the
    # article's first match of all, the story's main news (one beside a milestone's news raises no flag)
    primary: bool = True


@dataclass(frozen=True)
class Change:
    """What one sighting would change: the identity (``key``) that folds ten outlets into one flag."""

    key: str
    kind: FlagKind
    new_status: Status
    new_window: Window


@dataclass(frozen=True)
class FlagProposal:
    """A flag to raise (or to add evidence to): old -> new state, combined confidence, evidence."""

    change_key: str
    kind: FlagKind
    milestone: str | None
    candidate: str | None
    company: str | None
    title: str
    old_status: Status | None
    new_status: Status | None
    old_window: Window | None
    new_window: Window | None
    confidence: float
    evidence: tuple[Sighting, ...]


def _year_key(window: Window) -> str:
    # Outlets round differently ("2028", "late 2028"): the same delay must be one flag, so keys use years.
    return f"{window.start.year}..{window.end.year if window.end else ''}"


def change_for(state: MilestoneState, match: MilestoneMatch) -> Change | None:
    """The change this match reports against the milestone's current state, or None if it reports none."""
    if match.signal is Signal.NONE or match.milestone != state.id:
        return None
    status, current, said = state.status, state.window, match.window
    settled = status in (Status.ACHIEVED, Status.CANCELLED)

    def change(kind: FlagKind, new_status: Status, new_window: Window, detail: str = "") -> Change:
        return Change(f"{state.id}|{kind.value}|{detail}", kind, new_status, new_window)

    if match.signal is Signal.ACHIEVED:
        return None if status is Status.ACHIEVED else change(FlagKind.ACHIEVED, Status.ACHIEVED, current)
    if match.signal is Signal.CANCELLED:
        return None if settled else change(FlagKind.CANCELLED, Status.CANCELLED, current)
    if match.signal is Signal.DELAYED:
        if settled:
            return None
        if said is None:
            return None if status is Status.DELAYED else change(FlagKind.DELAYED, Status.DELAYED, current)
        return change(FlagKind.DELAYED, Status.DELAYED, said, _year_key(said)) if _moved_later(said, current) else None
    if match.signal is Signal.ACCELERATED:
        if settled:
            return None
        if said is None:
            return None  # sped up with no date: its status and window stay as they are, nothing to accept
        return change(FlagKind.ACCELERATED, status, said, _year_key(said)) if _moved_earlier(said, current) else None
    if match.signal is Signal.STARTED and status in (Status.PLANNED, Status.CANCELLED):
        # work began; a target stated with it that reaches outside the window is proposed along
        widened = said is not None and _reaches_outside(said, current)
        return change(FlagKind.STARTED, Status.IN_PROGRESS, said if widened and said else current)
    if match.signal is Signal.REAFFIRMED and status is Status.CANCELLED:
        return change(FlagKind.REAFFIRMED, Status.PLANNED, said or current)
    if match.signal is Signal.STARTED and said is not None and not _ends_later(said, current):
        return None  # work going on, dated by a step of it ("trial runs in Q3 2026"): no new target
    if match.signal in (Signal.STARTED, Signal.REAFFIRMED) and not settled and said and _reaches_outside(said, current):
        return change(FlagKind.WINDOW_CHANGED, status, said, _year_key(said))
    return None


def _compare(said: WindowPoint, current: WindowPoint | None) -> int:
    """-1, 0, 1 at the coarser precision of the two: "2025" neither starts before nor ends after "2025-07..12"."""
    if current is None:  # an open end lies after anything said
        return -1
    if said.month is None or current.month is None:
        return (said.year > current.year) - (said.year < current.year)
    return (said.first_month() > current.first_month()) - (said.first_month() < current.first_month())


def _ends(said: Window, current: Window) -> tuple[int, int]:
    """How the said window's start and end compare with the current one's."""
    return _compare(said.start, current.start), _compare(said.end or said.start, current.end)


def _moved_later(said: Window, current: Window) -> bool:
    """Either end moved later, the start not earlier: "pushed back to mid-2028" of 2027..2028 is a delay,
    "delayed to 2027" of a window now 2028 is old news. An open window ("2024..", ongoing) has no end to miss."""
    start, end = _ends(said, current)
    return current.end is not None and start >= 0 and (start > 0 or end > 0)


def _moved_earlier(said: Window, current: Window) -> bool:
    start, end = _ends(said, current)
    return end <= 0 and (start < 0 or end < 0)


def _ends_later(said: Window, current: Window) -> bool:
    return _ends(said, current)[1] > 0


def _reaches_outside(said: Window, current: Window) -> bool:
    start, end = _ends(said, current)
    return start < 0 or end > 0


def combined_confidence(sightings: Iterable[tuple[str, float]]) -> float:
    """Noisy-OR over outlets of (url, confidence) pairs, one vote per host.

    Copies of one story on one site are not independent confirmations, so a host counts once (its
    most confident sighting); different outlets do add up.
    """
    best: dict[str, float] = {}
    for url, confidence in sightings:
        host = urlsplit(url).hostname or url
        best[host] = max(best.get(host, 0.0), min(max(confidence, 0.0), 1.0))
    doubt = 1.0
    for confidence in best.values():
        doubt *= 1.0 - confidence
    return round(1.0 - doubt, 4)


def propose_flags(
    state: MilestoneState,
    sightings: Iterable[Sighting],
    *,
    floor: float = EVIDENCE_FLOOR,
    threshold: float = RAISE_THRESHOLD,
) -> list[FlagProposal]:
    """Fold every sighting of one milestone into at most one proposal per change, best evidence first."""
    groups: dict[str, list[tuple[Change, Sighting]]] = defaultdict(list)
    for sighting in sightings:
        if sighting.match.confidence < (floor if sighting.primary else max(floor, SECONDARY_FLOOR)):
            continue
        change = change_for(state, sighting.match)
        if change is not None and _plausible(state, change, sighting):
            groups[change.key].append((change, sighting))
    proposals = []
    for key, pairs in groups.items():
        pairs.sort(key=lambda pair: (-pair[1].match.confidence, _when(pair[1])))
        confidence = combined_confidence((s.url, s.match.confidence) for _, s in pairs)
        if confidence < threshold:
            continue
        best = pairs[0][0]
        proposals.append(
            FlagProposal(
                key,
                best.kind,
                state.id,
                None,
                state.companies[0] if state.companies else None,
                state.title,
                state.status,
                best.new_status,
                state.window,
                best.new_window,
                confidence,
                tuple(s for _, s in pairs),
            )
        )
    return sorted(proposals, key=lambda p: p.change_key)


def _plausible(state: MilestoneState, change: Change, sighting: Sighting) -> bool:
    """An 'achieved' reported years before the window opens is a misreading ("Toyota achieves a
    breakthrough", 2023, is not mass production, due 2027): a milestone a year early is news, not four."""
    if change.kind is not FlagKind.ACHIEVED or sighting.published is None:
        return True
    return sighting.published.year >= state.window.start.year - 1


def overdue_proposal(state: MilestoneState, as_of: date) -> FlagProposal | None:
    """A milestone whose expected window has ended, not achieved nor cancelled: silence is news too.

    The key carries the window, so it is flagged once per window; accepting marks it delayed.
    """
    if state.status in (Status.ACHIEVED, Status.CANCELLED) or state.window.end is None:
        return None
    if state.window.end.last_month() >= (as_of.year, as_of.month):
        return None
    return FlagProposal(
        f"{state.id}|{FlagKind.OVERDUE.value}|{state.window}",
        FlagKind.OVERDUE,
        state.id,
        None,
        state.companies[0] if state.companies else None,
        state.title,
        state.status,
        Status.DELAYED,
        state.window,
        state.window,
        1.0,
        (),
    )


_KIND_SIGNAL = {
    FlagKind.ACHIEVED: Signal.ACHIEVED,
    FlagKind.STARTED: Signal.STARTED,
    FlagKind.DELAYED: Signal.DELAYED,
    FlagKind.ACCELERATED: Signal.ACCELERATED,
    FlagKind.REAFFIRMED: Signal.REAFFIRMED,
    FlagKind.CANCELLED: Signal.CANCELLED,
    FlagKind.WINDOW_CHANGED: Signal.REAFFIRMED,
}


def still_a_change(
    state: MilestoneState, kind: FlagKind, old_window: Window | None, new_window: Window | None, as_of: date
) -> bool:
    """Whether a pending flag still proposes a change once its milestone was changed by another decision.

    A pending 'started' is moot once 'achieved' is accepted; an overdue flag is moot once the window moved.
    """
    if kind is FlagKind.NEW_MILESTONE:
        return True
    if kind is FlagKind.OVERDUE:
        return state.window == old_window and overdue_proposal(state, as_of) is not None
    said = new_window if new_window != old_window else None  # a kept window was not said by the article
    return change_for(state, MilestoneMatch(state.id, _KIND_SIGNAL[kind], said, 1.0, "")) is not None


# a candidate only one story tells needs a surer reading: on our labelled sets, single-story candidates read
# below this were wrong four times in five, those above it right nine times in ten
SINGLE_STORY_THRESHOLD = 0.75
ANNOUNCEMENT_GAP = timedelta(days=30)  # stories of one company's candidate further apart are another announcement
_CANDIDATE_STATUS = {
    Signal.ACHIEVED: Status.ACHIEVED,
    Signal.STARTED: Status.IN_PROGRESS,
    Signal.CANCELLED: Status.CANCELLED,
    Signal.DELAYED: Status.DELAYED,
}


def propose_candidates(
    sightings: Iterable[Sighting], *, floor: float = EVIDENCE_FLOOR, threshold: float = RAISE_THRESHOLD
) -> list[FlagProposal]:
    """New-milestone candidates folded by (company, candidate slug): one flag per announcement, from the stories
    whose main news the candidate is (an announcement told beside a milestone's news is that story's aside: on
    our labelled sets, flags from such stories were wrong one time in three)."""
    groups: dict[tuple[str, str], list[Sighting]] = defaultdict(list)
    for sighting in sightings:
        if sighting.candidate and sighting.company and sighting.primary and sighting.match.confidence >= floor:
            groups[(sighting.company, sighting.candidate)].append(sighting)
    proposals = []
    for (company, candidate), sightings_of in sorted(groups.items()):
        for key, group in _announcements(f"new|{company}|{candidate}", sightings_of):
            group.sort(key=lambda s: (-s.match.confidence, _when(s)))
            confidence = combined_confidence((s.url, s.match.confidence) for s in group)
            single_story = len({s.url for s in group}) == 1
            if confidence < (max(threshold, SINGLE_STORY_THRESHOLD) if single_story else threshold):
                continue
            best = group[0]
            proposals.append(
                FlagProposal(
                    key,
                    FlagKind.NEW_MILESTONE,
                    None,
                    candidate,
                    company,
                    best.title or candidate,
                    None,
                    _CANDIDATE_STATUS.get(best.match.signal, Status.PLANNED),
                    None,
                    best.match.window,
                    confidence,
                    tuple(group),
                )
            )
    return proposals


def _when(sighting: Sighting) -> float:
    """A sort key by publication, a story without a date first (dates may be naive or aware: compared as stored)."""
    published = sighting.published
    if published is None:
        return float("-inf")
    return published.timestamp() if published.tzinfo else published.replace(tzinfo=UTC).timestamp()


def _announcements(key: str, sightings: list[Sighting]) -> list[tuple[str, list[Sighting]]]:
    """The sightings of one company's candidate of one kind, split into announcements: outlets report one within
    days, so a story more than ``ANNOUNCEMENT_GAP`` after the first report is another (a partnership in 2024,
    another in 2025). Each is keyed by its first report's day: a story that arrives late, of an announcement
    already flagged or of an older one, keeps the others' keys; stories without a date join the first."""
    dated = sorted((s for s in sightings if s.published is not None), key=_when)
    clusters: list[list[Sighting]] = []
    first: float | None = None
    for sighting in dated:
        when = _when(sighting)
        if first is None or when - first > ANNOUNCEMENT_GAP.total_seconds():
            clusters.append([])
            first = when  # (from the first report: a chain of stories is no one announcement)
        clusters[-1].append(sighting)
    undated = [s for s in sightings if s.published is None]
    if not clusters:
        return [(key, undated)]
    clusters[0].extend(undated)
    keyed = []
    for cluster in clusters:
        opened = cluster[0].published
        assert opened is not None
        keyed.append((f"{key}|{opened:%Y-%m-%d}", cluster))
    return keyed
