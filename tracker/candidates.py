"""New-milestone candidates: a notable announcement of a tracked company that no milestone covers.

A candidate is an event told in the headline or the sentences right after it: a tracked company the story
is about does something of a known nature (a pilot line, samples, a factory, a partnership, a test
record, deliveries, a product unveiled...) with firm status language (opened, began, signed, delayed) or a
plan with a date. An unveiling counts for less than any firmer event the same lines tell ("unveiled ..., on sale
next month" is a launch), and a sentence naming no company is the story's own company's ("the company said it
completed a line").
Its slug names the companies and the nature ("catl-assb-pilot-production", "quantumscape-cycle-test") so
that ten outlets reporting the same announcement propose the same candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.article_reading import ArticleReading
from tracker.classification import MilestoneMatch, Signal
from tracker.event_natures import event_nature, goals_of, same_event
from tracker.milestone_match import HOLDING, RECAP_MONTHS, MilestoneReading, holds
from tracker.phrase_scan import Hit
from tracker.signals import PLAN_CHANGES, Cue, strongest
from tracker.universe import Window
from tracker.vocabulary import NATURE_SLUGS
from tracker.window_choice import pick_window, starts_after

_EVENT_NATURES = frozenset(NATURE_SLUGS) - {"adoption", "luxury"}
_DECISIVE = (Signal.ACHIEVED, Signal.STARTED, Signal.DELAYED, Signal.CANCELLED, Signal.ACCELERATED)
_SENTENCES_AFTER_LEAD = 2
_WINDOW_REACH = 4  # sentences from the announcement in which its date may be told
_AGREEMENT_REACH = 25  # characters between "signed" and the agreement it governs
# a product shown or a test passed is news that gives way to any firmer event, or to a dated plan told with it
# ("validates its cells; demo fleet due in 2026")
_SHOWN = frozenset({"unveiling", "test_result"})
_SHOWN_WEIGHT = 0.5
_MEANS = frozenset({"pilot_line", "facility", "samples"})  # built or made for an end named beside them
_PLANNED_OUTCOMES = frozenset({"launch", "delivery", "production", "vehicle_test", "facility"})
_SPECULATION = re.compile(r"\b(?:could|might|may|possibly|reportedly|observers|analysts)\b", re.I)


# (its __init__ written out: mypyc compiles it, where the one @dataclass writes runs interpreted, ~15x slower)
@dataclass(init=False, unsafe_hash=True)
class Candidate:
    slug: str
    match: MilestoneMatch
    sentence: int = 0  # where it is told

    def __init__(self, slug: str, match: MilestoneMatch, sentence: int = 0) -> None:
        self.slug = slug
        self.match = match
        self.sentence = sentence


def find_candidate(
    reading: ArticleReading,
    accepted: list[MilestoneReading],
    company_order: dict[str, int],
    solid_state_only: frozenset[str] = frozenset(),
) -> Candidate | None:
    covered = set().union(*[r.covered for r in accepted]) if accepted else set()
    # (a sentence a milestone's event is told in makes no candidate)
    headline_actors = _headline_actors(reading)
    unclaimed = all(r.signal is Signal.NONE for r in accepted)
    # a sentence naming a read milestone's own product ("the 150 kWh pack", "Solstice") tells of that milestone
    changed = {r.milestone for r in accepted if r.signal in PLAN_CHANGES}
    # (a follow-up of a milestone long reached claims no sentence: "QuantumScape's QSE-5 B1 samples ship early")
    named = {r.milestone for r in accepted if not r.follow_up}
    covered.update(_naming_sentences(reading, named, changed))
    best: tuple[float, int, Cue, set[str], str, bool] | None = None
    for index in range(reading.sentences.lead + 1 + _SENTENCES_AFTER_LEAD):
        if index >= len(reading.sentences.spans) or index in covered:
            continue
        if best is not None and best[0] >= reading.position_weight(index):
            continue  # (a status word is at most of strength 1: no announcement here could score more)
        found = _event(reading, index, headline_actors, solid_state_only, unclaimed)
        if found and (best is None or found[0] > best[0]):
            best = (found[0], index, *found[1:])
    if best is None and unclaimed:
        best = _dated_plan_of_the_story(reading, covered, solid_state_only)
    if best is None:
        return None
    score, index, cue, actors, nature, for_goal = best
    if nature in _SHOWN and cue.signal is Signal.ACHIEVED:
        # "unveiled Solstice ... The companies aim to have it in series cars by 2030": the dated plan is the news
        plan = _dated_plan_after(reading, index, covered)
        if plan is not None and not reading.untracked_lead(plan[0]):  # (not a partner's plan: "Stellantis said ...")
            index, cue, nature = plan
    if any(same_event(nature, r.covered_natures) for r in accepted):
        return None  # the same event, told again in the title, is the milestone's
    slug = _slug(reading, index, actors, nature, company_order)
    if nature in ("samples", "delivery") and cue.signal is Signal.ACHIEVED and _dated_ahead_after(reading, index):
        # "hands SAIC its first all-solid-state cells; mass production in 2027": samples toward a dated goal are
        # work begun on it
        cue = _as_started(cue)
    # (a deed done is dated by its story; a plan given up has no date any more)
    dateless = cue.signal in (Signal.ACHIEVED, Signal.CANCELLED)
    window = None if dateless else _window(reading, index, cue, nature if for_goal else None)
    signal = _moved(reading, index, window) if cue.signal is Signal.REAFFIRMED else cue.signal
    if signal is Signal.STARTED and window is not None and _plan_held(reading, index):
        # "signs for the Dunkirk plant's cathode materials; production still aimed at 2028": a further step of work
        # under way, its plan said to hold, is the plan reaffirmed
        signal = Signal.REAFFIRMED
    confidence = 0.3 + 0.5 * score
    evidence = reading.sentence_text(index).strip()
    return Candidate(slug, MilestoneMatch(None, signal, window, round(confidence, 3), evidence), index)


def _plan_held(reading: ArticleReading, index: int) -> bool:
    """Whether the headline or the sentences from the announcement on say firmly that its plan holds."""
    for i in sorted({0, *range(index, min(index + _WINDOW_REACH, len(reading.sentences.spans)))}):
        if not any(tag in HOLDING for h in reading.in_sentence("cue", i) for tag in _tags(h)):
            continue  # (no word of holding there: its readings need not be worked out)
        if any(holds(c) for c in reading.cues(i)) and any(not w.past for w in reading.windows(i)):
            return True
    return False


def _tags(hit: Hit) -> Iterator[str]:
    return (phrase.tag for phrase in hit.phrases.values())


def _moved(reading: ArticleReading, index: int, window: Window | None) -> Signal:
    """A plan told beside the date it gives up ("now pencilled in for 2028 instead of late 2026"): moved later is
    a delay, earlier an acceleration."""
    if window is None:
        return Signal.REAFFIRMED
    told = range(index, min(index + _WINDOW_REACH, len(reading.sentences.spans)))
    for given_up in (w.window for i in told for w in reading.windows(i) if w.superseded):
        # (compared as the milestones' plans moved by their dates are: a year against a month of it is no move)
        if starts_after(window, given_up):
            return Signal.DELAYED
        if starts_after(given_up, window):
            return Signal.ACCELERATED
    return Signal.REAFFIRMED


def _naming_sentences(reading: ArticleReading, milestones: set[str], changed: set[str]) -> set[int]:
    """The sentences naming a read milestone's product or spec, or the place of one the story tells a change of
    ("brings forward the QuantumScape line in Salzgitter")."""
    if not milestones:
        return set()
    # (a keyword's phrases are one per milestone using it: the few milestones read are looked up in them)
    return {
        reading.sentence_of(hit.start)
        for hit in reading.kind("keyword")
        if any(
            (phrase := hit.phrases.get(ref)) is not None
            and (phrase.tag in ("product", "spec") or (phrase.tag == "name" and ref in changed))
            for ref in milestones
        )
    }


def _headline_actors(reading: ArticleReading) -> set[str]:
    return {
        m.company
        for m in reading.mentions
        if reading.sentences.is_headline(m.sentence) and not m.passing and m.company in reading.about
    }


def _event(
    reading: ArticleReading, index: int, headline_actors: set[str], solid_state_only: frozenset[str], unclaimed: bool
) -> tuple[float, Cue, set[str], str, bool] | None:
    """The announcement a sentence tells, if any; ``unclaimed``: no milestone reading says anything of the story."""
    named = {m.company for m in reading.mentions if m.sentence == index and not m.passing} & set(reading.about)
    actors = named or (headline_actors if reading.sentences.is_headline(index) else set())
    if (
        not actors
        and unclaimed
        and reading.about
        and not reading.companies_in(index)
        and not reading.other_company_subject(index)
    ):
        actors = set(reading.about[:1])  # "the company said it completed ...": the story's own company
    if not actors:
        return None
    if not (actors & solid_state_only or reading.in_sentence("ssb", index) or reading.in_sentence("ssb_bare", index)):
        return None  # a sodium-ion line or an LFP plant of the same company is no solid-state milestone
    natures = reading.natures(index) & _EVENT_NATURES
    if not natures:
        if not (unclaimed and index == 0 and reading.sentences.has_title and _dated_ahead(reading, index)):
            return None  # (before reading its status words: most sentences tell no event of a known nature)
        # a headline's dated plan of solid-state batteries whose outcome it leaves unnamed ("SAIC nennt 2026 als
        # Starttermin für eigene Festkörperzellen"), in a story no milestone claims: the batteries' production
        natures = {"production"}
        unnamed = True
    else:
        unnamed = False
    # "set up a dedicated team" is a step of its own organisation, not an announcement; another status word of
    # the sentence may still tell one ("expands its team, eyes small-batch output in 2027")
    cue = strongest([c for c in reading.cues(index) if event_nature(reading, index, c)[0] != "organisation"])
    if cue is None:
        return None
    if not actors & solid_state_only and not reading.solid_state_in_clause(index, cue.start):
        return None  # "puts its battery plant on hold but keeps its solid-state timetable": the plant is not one
    planned = _dated_launch(reading, index) if event_nature(reading, index, cue)[0] in _SHOWN else None
    cue = planned or cue  # "unveiled ..., which goes on sale next month": the launch is the news
    if cue.signal is Signal.ACHIEVED and index > 0 and _dated(reading, index, past=True):
        return None  # "braving the cold last December, its chief drove 1,000 km": a recap, not the news
    # "广汽：2026年搭载全固态电池，昊铂车型首发": a headline's debut still to come is the milestone's plan
    if cue.signal is Signal.ACHIEVED and index == 0 and _dated(reading, index, past=False):
        return None
    if "test_result" in natures and cue.signal is not Signal.ACHIEVED:
        natures.discard("test_result")
    headline = reading.sentences.is_headline(index)
    dated_plan = headline and cue.signal is Signal.REAFFIRMED and any(not w.past for w in reading.windows(index))
    if not (cue.signal in _DECISIVE or dated_plan or _agreement(reading, index, cue, natures)):
        return None
    if not natures:
        return None
    nature = event_nature(reading, index, cue, natures)[0] or sorted(natures)[0]
    goal = _goal(nature, natures) if cue.signal is Signal.REAFFIRMED else None
    nature = goal or nature  # "will complete a line in 2025 and start mass production in 2026": a production plan
    if nature == "funding" and cue.signal is Signal.ACHIEVED:
        cue = _as_started(cue)  # "received a grant for the line": the money is there, the work has begun
    score = cue.strength * reading.position_weight(index) * (1.0 if named else 0.85) * (0.8 if unnamed else 1.0)
    if nature in _SHOWN and planned is None:
        score *= _SHOWN_WEIGHT
    return score, cue, actors, nature, goal is not None


def _dated_ahead_after(reading: ArticleReading, index: int) -> bool:
    """Whether the sentences from ``index`` on give a date ahead of the story."""
    return any(_dated_ahead(reading, i) for i in range(index, min(index + _WINDOW_REACH, len(reading.sentences.spans))))


def _dated_ahead(reading: ArticleReading, index: int) -> bool:
    return any(not w.past and not w.since for w in reading.windows(index)) and _dated(reading, index, past=False)


def _dated(reading: ArticleReading, index: int, past: bool) -> bool:
    """Whether every date of a sentence ended months before the story (``past``), or lies after it."""
    published = reading.published
    windows = reading.windows(index)
    if published is None or not windows:
        return False
    for mention in windows:
        point = mention.window.end if past else mention.window.start
        if point is None:
            return False
        year, month = point.last_month() if past else (point.year, point.month or 1)
        months = (published.year - year) * 12 + published.month - month
        if (months <= RECAP_MONTHS) if past else (months >= 0):
            return False
    return True


def _goal(nature: str, natures: set[str]) -> str | None:
    if nature not in _MEANS:
        return None
    goals = goals_of(nature) & natures
    if not goals:
        return None
    return "production" if "production" in goals else sorted(goals)[0]


def _dated_launch(reading: ArticleReading, index: int) -> Cue | None:
    """A dated plan to launch, deliver, produce or put it in cars, told in the same sentence as an unveiling."""
    if not any(not w.past for w in reading.windows(index)):
        return None
    plans = [
        c
        for c in reading.cues(index)
        if c.signal is Signal.REAFFIRMED
        and event_nature(reading, index, c)[0]
        in ("launch", "delivery", "production", "vehicle_test", "unveiling", None)
    ]
    return strongest(plans)


def _dated_plan_after(reading: ArticleReading, shown: int, covered: set[int]) -> tuple[int, Cue, str] | None:
    """A plan with a date for what was shown (to produce it, put it in cars, build its plant), told in the
    headline or in the sentences after the one that shows it."""
    last = min(shown + _WINDOW_REACH, len(reading.sentences.spans))
    for index in dict.fromkeys((*range(reading.sentences.lead + 1), *range(shown + 1, last))):  # (each once)
        if index in covered or not any(not w.past and not w.since for w in reading.windows(index)):
            continue
        if _SPECULATION.search(reading.sentence_text(index)):
            continue  # "which observers expect could push back the plant's 2026 start" is no plan of the company
        for cue in reading.cues(index):
            if cue.signal is not Signal.REAFFIRMED:
                continue
            # the outcome planned, however near a word of another kind stands ("expects the platform to be ready
            # for series vehicles")
            nature = event_nature(reading, index, cue, set(_PLANNED_OUTCOMES))[0]
            if nature is not None:
                return index, cue, nature
    return None


def _dated_plan_of_the_story(
    reading: ArticleReading, covered: set[int], solid_state_only: frozenset[str]
) -> tuple[float, int, Cue, set[str], str, bool] | None:
    """A story whose headline tells no event, about a company's dated plan told further down ("ProLogium chooses
    Dunkirk ... Production is to start in 2026"): the plan is the announcement."""
    if not reading.about:
        return None
    company = reading.about[0]
    plan = _dated_plan_after(reading, reading.sentences.lead, covered)
    if plan is None:
        return None
    index, cue, nature = plan
    if not reading.companies_in(index) <= set(reading.about) or reading.other_company_subject(index):
        return None  # another company's plan
    if company not in solid_state_only and not (
        reading.in_sentence("ssb", index) or reading.in_sentence("ssb_bare", index)
    ):
        return None  # "its sodium-ion cells will enter mass production next year"
    return cue.strength * reading.position_weight(index), index, cue, {company}, nature, False


def _as_started(cue: Cue) -> Cue:
    return Cue(Signal.STARTED, min(cue.strength, 0.95), cue.start, cue.end, cue.text, cue.kind)


def _agreement(reading: ArticleReading, index: int, cue: Cue, natures: set[str]) -> bool:
    """ "will work with", "signed an agreement": a partnership the status word itself governs."""
    if "partnership" not in natures:
        return False
    nature, distance = event_nature(reading, index, cue, {"partnership"})
    return nature == "partnership" and (distance <= _AGREEMENT_REACH or cue.strength >= 0.8)


def _slug(reading: ArticleReading, index: int, actors: set[str], nature: str, company_order: dict[str, int]) -> str:
    companies = sorted(actors, key=lambda c: company_order.get(c, 0))
    if nature != "partnership":
        companies = companies[:1] if len(companies) == 1 else [c for c in reading.about if c in actors][:1]
    technology = ""
    concepts = {p.ref for i in (0, index) for h in reading.in_sentence("concept", i) for p in h.phrases.values()}
    if "all-solid-state" in concepts:
        technology = "assb"
    elif "semi-solid" in concepts:
        technology = "semi-solid"
    parts = [*companies, technology, NATURE_SLUGS[nature]]
    return "-".join(p for p in parts if p)


def _window(reading: ArticleReading, index: int, cue: Cue, goal: str | None) -> Window | None:
    """The window of the announced event: in its sentence or the next few, the one tied to an outcome and
    nearest to the status word that tells it ("will start mass-producing ... in 2026")."""
    candidates = []
    for candidate in range(index, min(index + _WINDOW_REACH, len(reading.sentences.spans))):
        candidates += [
            (candidate - index, w)
            for w in reading.windows(candidate)
            if not w.past and not w.superseded and not w.since
        ]
    # a plan for a goal beyond the step its verb governs is dated where the goal is named
    positions = [edge for start, end, tag in reading.tagged_concepts(index) if tag == goal for edge in (start, end)]
    return pick_window(reading.folded, candidates, positions or [cue.start, cue.end], None, Signal.REAFFIRMED)
