"""What one article says of one milestone: how sure it is about that milestone, the status it reports, the
window it states and the sentence that carries it.

Identity comes from the milestone's companies (about the story, or only mentioned) and its keywords and
products, counted once per concept and more in the title and lead; a keyword many milestones share counts
less. The status is read from the sentences that name the milestone's event (a product or a keyword of
its nature, not just a place), the firmest and most prominent first; a stated window later than the
timeline's is a delay. An achieved milestone long past is not what a new plan or delay is about: that is
another event, left for a new-milestone candidate.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tracker.article_reading import ArticleReading
from tracker.classification import Signal
from tracker.phrase_scan import Hit, Phrase, has_unspaced_script
from tracker.signals import PLANNED_STRENGTH, Cue, strongest
from tracker.universe import Milestone, Status, Window, WindowPoint
from tracker.windows import WindowMention

# a window near one of these words is the one an outcome is expected in (not a permit or a decision)
_OUTCOME = re.compile(r"produc|mass|commercial|launch|sale|deliver|operat|debut|market|量产|量産|양산|实用|実用|상용|"
                      r"完成|投产|上市|출시|Produktion|Serie|commercialis|livraison", re.I)
_CLAUSE_END = re.compile(r"[,;，。、]|(?:^|\s)(?:and|while|but|et|und)\s")
CUE_REACH = 90  # characters between a status word and the milestone word it speaks of
# Natures of one undertaking seen at different stages: producing a pack and delivering it are one rollout.
_RELATED_NATURES = {
    "production": {"launch", "delivery", "pilot", "facility", "electrolyte"},
    "launch": {"production", "delivery"},
    "delivery": {"production", "launch", "samples"},
    "pilot": {"production", "facility"},
    "facility": {"production", "pilot", "electrolyte"},
    "samples": {"delivery"},
    "electrolyte": {"production", "facility"},
}
STALE_MONTHS = 6  # an achieved milestone is old news this long after its window
SLIP_NOTICE_MONTHS = 6  # a later date said at most this long before the window opens is a slip


@dataclass(frozen=True)
class MilestoneProfile:
    milestone: Milestone
    natures: frozenset[str]

    @property
    def industry(self) -> bool:
        return not self.milestone.companies


@dataclass(frozen=True)
class MilestoneReading:
    milestone: str
    identity: float  # 0..1: how sure the article speaks of this milestone
    signal: Signal
    strength: float  # 0..1: how firmly it says so
    sentence: int
    window: Window | None
    confidence: float
    covered: frozenset[int]  # sentences that tell this milestone's event
    headline: bool  # named in the title or lead


def _company_factor(reading: ArticleReading, milestone: Milestone) -> float:
    """How much the story is about the milestone's companies: its lead company (listed first) most; the
    partners named too add a little ("Toyota" alone fully names Toyota's milestone with Idemitsu)."""
    if not milestone.companies:
        return 1.0  # an industry milestone is named by its keywords alone
    about = [c for c in milestone.companies if c in reading.about]
    if not about:
        return 0.0
    factor = 1.0 if milestone.companies[0] in about else 0.8
    others = sum(1 for c in milestone.companies if c in reading.about or c in reading.mentioned) - 1
    return factor + 0.1 * min(others, 2)


def _keyword_hits(reading: ArticleReading, milestone_id: str) -> list[tuple[Hit, Phrase]]:
    found = []
    for hit in reading.kind("keyword"):
        phrase = hit.phrases.get(milestone_id)
        if phrase is not None:
            found.append((hit, phrase))
    return found


def _identity(reading: ArticleReading, profile: MilestoneProfile, hits: list[tuple[Hit, Phrase]]) -> float:
    groups: dict[str, tuple[float, bool]] = {}
    for hit, phrase in hits:
        headline = reading.sentences.is_headline(reading.sentence_of(hit.start))
        weight, seen_in_headline = groups.get(phrase.group, (0.0, False))
        groups[phrase.group] = (max(weight, phrase.weight), seen_in_headline or headline)
    score = sum(weight * (1.5 if headline else 1.0) for weight, headline in groups.values())
    if profile.milestone.products and not any(p.tag == "product" for _, p in hits):
        score *= 0.7
    return 1.0 - math.exp(-_company_factor(reading, profile.milestone) * score / 2.0)


def _event_sentences(reading: ArticleReading, profile: MilestoneProfile,
                     hits: list[tuple[Hit, Phrase]]) -> dict[int, list[int]]:
    """Sentence -> positions of the words naming this milestone's event there."""
    found: dict[int, list[int]] = {}
    for hit, phrase in hits:
        if phrase.tag != "name":
            found.setdefault(reading.sentence_of(hit.start), []).append(hit.start)
    companies = profile.milestone.companies
    if len(companies) > 1:
        # an agreement between the milestone's partners is work toward it, whatever words it uses
        for mention in reading.mentions:
            index = mention.sentence
            if index not in found and len(reading.companies_in(index) & set(companies)) >= 2 and (
                    "partnership" in reading.natures(index)):
                found[index] = [m.start for m in reading.mentions if m.sentence == index]
    return found


def _sentence_cue(reading: ArticleReading, profile: MilestoneProfile, index: int, positions: list[int]) -> Cue | None:
    """The status word of a sentence that speaks of this milestone: near its words, and not nearer to the
    words of another kind of event ("exceeded 1,000 cycles" is a test, not the scale-up in the same line)."""
    near = []
    for cue in reading.cues(index):
        distance = min(abs(cue.start - p) for p in positions)
        if distance > CUE_REACH:
            continue
        nature, nature_distance = event_nature(reading, index, cue)
        if nature and not fits(nature, profile.natures) and nature_distance < distance and (
                nature != "partnership" or not _partners_named(reading, profile, index)):
            continue
        near.append(cue)
    return strongest(near)


def _partners_named(reading: ArticleReading, profile: MilestoneProfile, index: int) -> bool:
    return len(reading.companies_in(index) & set(profile.milestone.companies)) >= 2


def _own_event(reading: ArticleReading, profile: MilestoneProfile, index: int, cue: Cue) -> bool:
    """Whether the event a sentence tells is this milestone's (so no new-milestone candidate is made of it)."""
    nature, _ = event_nature(reading, index, cue)
    return nature is None or fits(nature, profile.natures)


def fits(nature: str, natures: frozenset[str]) -> bool:
    """Whether an event of this nature is (a stage of) an undertaking of these natures."""
    return not natures or nature in natures or bool(_RELATED_NATURES.get(nature, set()) & natures)


def event_nature(reading: ArticleReading, index: int, cue: Cue, allowed: set[str] | None = None) -> tuple[str | None, int]:
    """The nature of the event a status word tells: the concept nearest to it, looking first where the
    object of the verb is (after it in English, before it in Chinese, Japanese and Korean)."""
    best: tuple[float, str | None, int] = (float("inf"), None, 0)
    unspaced = has_unspaced_script(reading.sentence_text(index))
    for hit in reading.in_sentence("concept", index):
        for phrase in hit.phrases.values():
            if not phrase.tag or (allowed is not None and phrase.tag not in allowed):
                continue
            if hit.start >= cue.start:
                distance = max(hit.start - cue.end, 0)
                weighted = distance * (1.5 if unspaced else 1.0)
            else:
                distance = cue.start - hit.end
                weighted = max(distance, 0) * (1.0 if unspaced else 1.5)
            if weighted < best[0]:
                best = (weighted, phrase.tag, max(distance, 0))
    return best[1], best[2]


def read_milestone(reading: ArticleReading, profile: MilestoneProfile) -> MilestoneReading | None:
    milestone = profile.milestone
    if _company_factor(reading, milestone) == 0.0:
        return None
    hits = _keyword_hits(reading, milestone.id)
    if not hits:
        return None
    events = _event_sentences(reading, profile, hits)
    if not events:
        return None
    identity = _identity(reading, profile, hits)
    cues = {i: _sentence_cue(reading, profile, i, positions) for i, positions in events.items()}
    best, cue = _best_sentence(reading, events, cues)
    signal, strength = (cue.signal, cue.strength) if cue else (Signal.NONE, 0.0)
    if profile.industry and cue is None:
        return None  # an industry milestone's words alone, with nothing said of it, are no match
    window = _window_for(reading, milestone, events, best, signal)
    if cue is None and window is not None:
        signal, strength = Signal.REAFFIRMED, 0.5  # a date stated for it is a (first) statement of the plan
    elif strength <= PLANNED_STRENGTH and signal is Signal.REAFFIRMED and window is None:
        signal, strength = Signal.NONE, 0.0  # "the next step is to scale up": a plan without a date says nothing
    if _is_stale(reading, milestone):
        if signal not in (Signal.ACHIEVED, Signal.NONE):
            return None  # a new plan, start or delay after the milestone was reached: another event
        identity *= 0.4
    if signal in (Signal.REAFFIRMED, Signal.NONE) and _later_than_timeline(window, milestone, reading):
        signal, strength = Signal.DELAYED, 0.65
    if signal is Signal.ACHIEVED and window is None and reading.published:
        window = Window(WindowPoint(reading.published.year, reading.published.month),
                        WindowPoint(reading.published.year, reading.published.month))
    confidence = identity * (0.35 + 0.65 * (strength if signal is not Signal.NONE else 0.25))
    confidence *= reading.position_weight(best) * (0.8 if profile.industry else 1.0)
    covered = frozenset(i for i, c in cues.items() if c is not None and _own_event(reading, profile, i, c))
    headline = any(reading.sentences.is_headline(reading.sentence_of(h.start)) for h, _ in hits)
    return MilestoneReading(milestone.id, identity, signal, strength, best, window, min(confidence, 0.97), covered,
                            headline)


def _best_sentence(reading: ArticleReading, events: dict[int, list[int]],
                   cues: dict[int, Cue | None]) -> tuple[int, Cue | None]:
    best: tuple[float, int, Cue | None] | None = None
    for index in sorted(events):
        cue = cues[index]
        score = cue.strength * reading.position_weight(index) if cue else 0.0
        if best is None or score > best[0]:
            best = (score, index, cue)
    if best is None or best[0] == 0.0:
        # no status word: the sentence that names the milestone most, the earliest first
        index = max(sorted(events), key=lambda i: len(events[i]) * reading.position_weight(i))
        return index, None
    return best[1], best[2]


def _window_for(reading: ArticleReading, milestone: Milestone, events: dict[int, list[int]], best: int,
                signal: Signal) -> Window | None:
    if signal is Signal.ACHIEVED:
        order = [best]  # when it happened is said there, or it is the publication date
    elif signal is Signal.NONE:
        order = sorted(events, key=lambda i: (abs(i - best), i))  # only where the milestone itself is named
    else:
        order = sorted(set(events) | {best + 1, best + 2}, key=lambda i: (abs(i - best), i))
    for index in order:
        if index >= len(reading.sentences.spans):
            continue
        usable = [w for w in reading.windows(index)
                  if not w.superseded and not w.since and (signal is Signal.ACHIEVED or not w.past)]
        if usable:
            return pick_window(reading, usable, events.get(index, []), milestone.expected, signal)
    return None


def pick_window(reading: ArticleReading, windows: list[WindowMention], positions: list[int],
                expected: Window | None, signal: Signal) -> Window:
    """The window of a sentence that belongs to the event: near its words, near an outcome ("production"),
    and, unless the sentence reports a change, the one agreeing with the timeline."""
    ordered = sorted(windows, key=lambda m: m.start)

    def score(mention: WindowMention) -> float:
        value = 0.0
        if positions:
            value -= min(abs(mention.start - p) for p in positions) / 150.0
        if _OUTCOME.search(_surroundings(reading.text, mention, ordered)):
            value += 0.5
        if mention.window.end is None:
            value -= 0.3
        if expected is not None:
            overlaps = _overlaps(mention.window, expected)
            if signal is Signal.DELAYED:
                value += 1.0 if _starts_after(mention.window, expected) else 0.0
            elif signal is Signal.ACCELERATED:
                value += 0.0 if overlaps else 1.0
            elif overlaps:
                value += 1.0
        return value

    return max(windows, key=lambda m: (score(m), -m.start)).window


def _surroundings(text: str, mention: WindowMention, ordered: list[WindowMention]) -> str:
    """The words that go with a date: before it back to the previous date, and just after it (Chinese,
    Japanese and Korean put the verb after the date: "2027年逐步实现量产")."""
    previous = max((m.end for m in ordered if m.end <= mention.start), default=0)
    following = min((m.start for m in ordered if m.start >= mention.end), default=len(text))
    before = text[max(previous, mention.start - 40):mention.start]
    after = _CLAUSE_END.split(text[mention.end:min(following, mention.end + 15)], maxsplit=1)[0]
    return before + " " + after


def _overlaps(a: Window, b: Window) -> bool:
    a_end = a.end.last_month() if a.end else (9999, 12)
    b_end = b.end.last_month() if b.end else (9999, 12)
    return a.start.first_month() <= b_end and b.start.first_month() <= a_end


def _starts_after(window: Window, expected: Window) -> bool:
    return expected.end is not None and window.start.first_month() > expected.end.last_month()


def _later_than_timeline(window: Window | None, milestone: Milestone, reading: ArticleReading) -> bool:
    """A date later than the timeline's, said when the window is near: a slip. Said long before the window
    opens, it is an earlier plan of its time, not a change."""
    if window is None or reading.published is None or milestone.status in (Status.ACHIEVED, Status.CANCELLED):
        return False
    opens = milestone.expected.start.first_month()
    published = (reading.published.year, reading.published.month)
    if (opens[0] - published[0]) * 12 + opens[1] - published[1] > SLIP_NOTICE_MONTHS:
        return False
    return _starts_after(window, milestone.expected)


def _is_stale(reading: ArticleReading, milestone: Milestone) -> bool:
    if milestone.status is not Status.ACHIEVED or reading.published is None:
        return False
    end = (milestone.expected.end or milestone.expected.start).last_month()
    published = (reading.published.year, reading.published.month)
    return (published[0] - end[0]) * 12 + published[1] - end[1] > STALE_MONTHS
