"""Which event a status word tells, and whether that event is a milestone's own, a step toward it, or
something else.

Each milestone has *defining* natures (read from its title: "pilot production", "mass production",
"rolled out", "demo fleet") and the natures of all its keywords. The event a status word tells has the
nature of the concept nearest to it. A verb about the milestone's own event keeps its meaning ("began
pilot production" of a pilot-production milestone: achieved); a deed that is a step toward it (a pilot
line, samples, a factory, an agreement toward mass production) is work begun (started); an event of an
unrelated nature ("exceeded 1,000 cycles" next to the scale-up's words) is not the milestone's at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.article_reading import ArticleReading
from tracker.classification import Signal
from tracker.phrase_scan import Phrase
from tracker.signals import ASSEMBLY, Cue
from tracker.universe import Milestone

# Natures that name the same event seen from another side (a launch is when deliveries begin).
_SAME_EVENT_PAIRS = (("launch", "delivery"), ("samples", "delivery"), ("luxury", "launch"), ("luxury", "delivery"))
_SAME_EVENT: dict[str, set[str]] = {}
for _a, _b in _SAME_EVENT_PAIRS:
    _SAME_EVENT.setdefault(_a, set()).add(_b)
    _SAME_EVENT.setdefault(_b, set()).add(_a)
# "began pilot production", "deliveries have started": the verb and its event side by side
_BEGUN_AFTER, _BEGUN_BEFORE = 5, 8
_EQUIPMENT = re.compile(r"設備|设备|装置|설비|장비")
_VERB_LAST = frozenset({"begonnen", "gestartet"})
_WITH_THE = re.compile(r"\bmit\s+(?:dem|der|den)\s+(?:[\w-]+\s+)?$", re.I)
_OTHER_CLAUSE = 2.0  # a concept across a clause break is that much less likely the verb's object
# What else counts as a milestone's own event: a factory that started production has opened.
_ALSO_OWN = {"facility": {"production"}, "pilot_line": {"pilot"}, "vehicle_test": {"demo"}}
_DATE_NATURE_REACH = 40  # characters between a date and the event word it is given for
OBJECT_REACH = 30  # characters from a verb to the object it governs
# what a launch verb may launch: "launches a platform" is the platform's event
_LAUNCHED = frozenset({"pilot_line", "pilot", "platform", "facility", "partnership", "production"})
_EARLY_STAGES = frozenset({"vehicle_test", "samples", "pilot_line", "pilot", "demo"})
_LATER_STAGES = frozenset({"launch", "production", "delivery", "luxury"})
# Natures of steps toward an event of another nature.
_STEP_TOWARD = {
    "samples": {"production", "launch", "vehicle_test", "delivery", "pilot", "luxury"},
    "pilot": {"production", "launch", "vehicle_test", "electrolyte", "luxury", "facility"},
    "pilot_line": {"pilot", "production", "launch", "vehicle_test", "electrolyte", "luxury"},
    "facility": {"production", "launch", "electrolyte"},
    "electrolyte": {"production", "launch"},
    "funding": {"production", "pilot", "pilot_line", "facility", "electrolyte"},
    "production": {"launch", "delivery", "luxury", "vehicle_test"},
    "delivery": {"production", "vehicle_test", "pilot"},
    "vehicle_test": {"launch", "production", "luxury"},
    "partnership": {
        "production",
        "launch",
        "delivery",
        "pilot",
        "facility",
        "electrolyte",
        "vehicle_test",
        "samples",
        "luxury",
        "platform",
    },
}


@dataclass(frozen=True)
class MilestoneProfile:
    milestone: Milestone
    natures: frozenset[str]  # of all its keywords and products
    defining: frozenset[str]  # of its title: what its own event is
    # its keywords that name a vocabulary concept, by concept: found as that concept in any language
    concept_words: dict[str, Phrase] = field(default_factory=dict, compare=False)
    # its title names all its companies ("Idemitsu sulfide electrolyte production for Toyota"): a deal between
    # them is this milestone's own undertaking, more than that of another milestone they share
    partners_in_title: bool = False
    # an industry milestone's words in an industry-wide story (an expert's outlook, no tracked company its subject):
    # "commercialisation of all-solid-state batteries by 2030" is the industry's adoption, not a company's production
    industry_words: dict[str, Phrase] = field(default_factory=dict, compare=False)
    # one of its companies works on solid-state batteries only: its news is solid-state news, said so or not
    solid_state_business: bool = False

    @property
    def industry(self) -> bool:
        return not self.milestone.companies


def event_nature(
    reading: ArticleReading, index: int, cue: Cue, allowed: set[str] | None = None
) -> tuple[str | None, int]:
    """The nature of the event a status word tells and its distance: the concept nearest to it, looking
    first where the verb's object is (after it in English, before it in Chinese, Japanese and Korean)."""
    key = (index, cue.start, None if allowed is None else frozenset(allowed))
    known = reading.nature_cache.get(key)
    if known is None:
        known = reading.nature_cache[key] = _nearest_concept(reading, index, cue, allowed)
    return known


def _nearest_concept(reading: ArticleReading, index: int, cue: Cue, allowed: set[str] | None) -> tuple[str | None, int]:
    # a verb's object follows it in English, comes before it in Chinese, Japanese and Korean
    after, before = (1.5, 1.0) if reading.unspaced(index) else (1.0, 1.5)
    nature, distance = _nearest_tag(reading, index, cue.start, cue.end, after, before, allowed)
    if nature == "launch" and distance == 0 and not reading.unspaced(index):
        # "launches a platform", "launched a pilot line": what is launched is the event, when it is named
        thing, gap = _nearest_tag(reading, index, cue.end, cue.end, 1.0, 99.0, set(_LAUNCHED), OBJECT_REACH, True)
        if thing is not None and (allowed is None or thing in allowed):
            return thing, gap
    return nature, distance


def _nearest_tag(
    reading: ArticleReading,
    index: int,
    start: int,
    end: int,
    after: float,
    before: float,
    allowed: set[str] | None = None,
    reach: int | None = None,
    same_clause: bool = False,
) -> tuple[str | None, int]:
    """The nature of the concept nearest to the span ``start..end`` of a sentence and its distance; a distance
    after the span counts ``after`` times, one before it ``before`` times."""
    near: list[tuple[float, int, str, int, tuple[int, int]]] = []
    for order, (concept_start, concept_end, tag) in enumerate(reading.tagged_concepts(index)):
        if allowed is not None and tag not in allowed:
            continue
        if concept_start >= start:
            distance = max(concept_start - end, 0)
            weighted, gap = distance * after, (end, concept_start)
        else:
            distance = max(start - concept_end, 0)
            weighted, gap = distance * before, (concept_end, start)
        if reach is None or distance <= reach:
            near.append((weighted, order, tag, distance, gap))
    best: tuple[float, str | None, int] = (float("inf"), None, 0)
    # nearest first: the first in the verb's own clause wins over any farther; one across a clause break counts
    # double (its clause is looked at only for the few nearer than that)
    near.sort()
    for i, (weighted, _, tag, distance, gap) in enumerate(near):
        if weighted >= best[0]:
            break
        doubled = weighted * _OTHER_CLAUSE
        if not same_clause and doubled < best[0] and (i + 1 == len(near) or doubled < near[i + 1][0]):
            return tag, distance  # nearest even across a clause break: no need to look
        if reading.one_clause(*gap, index):
            return tag, distance
        if not same_clause and doubled < best[0]:
            best = (doubled, tag, distance)
    return best[1], best[2]


def industry_wide(reading: ArticleReading, profile: MilestoneProfile) -> bool:
    """Whether an industry milestone reads production words as its own: the story is about no tracked company
    and an expert, analyst or institute speaks for the industry."""
    return bool(profile.industry_words) and not reading.about and reading.industry_voice()


def _begun_event(reading: ArticleReading, index: int, cue: Cue, profile: MilestoneProfile) -> bool:
    """Whether the verb of beginning governs the milestone's own event right next to it: "began pilot
    production", "started rolling out", "deliveries have started" (not "started building a plant for ...", not the
    assembly of the cars: "검증차 조립에 들어갔다", "mit dem Aufbau der ersten Exemplare begonnen")."""
    start, end = reading.sentences.spans[index]
    if ASSEMBLY.search(reading.text, max(start, cue.start - 60), min(end, cue.end + 30)):
        return False
    defining = profile.defining or profile.natures
    for hit in reading.in_sentence("concept", index):
        if not any(p.tag and same_event(p.tag, defining) for p in hit.phrases.values()):
            continue
        if 0 <= hit.start - cue.end <= _BEGUN_AFTER and reading.one_clause(cue.end, hit.start, index):
            return True
        if 0 <= cue.start - hit.end <= _BEGUN_BEFORE and reading.one_clause(hit.end, cue.start, index):
            # (not "生産設備の導入を始めた": the installing of production equipment has begun)
            return not _EQUIPMENT.search(reading.text, hit.end, cue.start)
        if (
            cue.text.lower() in _VERB_LAST
            and 0 <= cue.start - hit.end <= OBJECT_REACH * 3
            and _WITH_THE.search(reading.text, max(0, hit.start - 16), hit.start)
            and reading.one_clause(hit.end, cue.start, index)
        ):
            return True  # "hat mit dem Versand der ersten B-Muster ... begonnen": German puts the verb last
    return False


def same_event(nature: str, natures: frozenset[str]) -> bool:
    """Whether an event of this nature is one of these, seen from one side or another (a pilot line running is
    its pilot production)."""
    return (
        nature in natures
        or bool(_SAME_EVENT.get(nature, set()) & natures)
        or any(nature in _ALSO_OWN.get(n, ()) for n in natures)
    )


def is_own_event(nature: str | None, profile: MilestoneProfile) -> bool:
    defining = profile.defining or profile.natures
    if nature is None or not defining or same_event(nature, defining):
        return True
    return any(nature in _ALSO_OWN.get(d, ()) for d in defining)


def nature_of_date(reading: ArticleReading, index: int, start: int, end: int) -> str | None:
    """The event a date is given for: the concept nearest to it in its clause, looking first where its verb is
    (before the date in English, after it in Chinese, Japanese and Korean: "2027年量产")."""
    after, before = (1.0, 1.5) if reading.unspaced(index) else (1.5, 1.0)
    return _nearest_tag(reading, index, start, end, after, before, reach=_DATE_NATURE_REACH, same_clause=True)[0]


def is_later_goal(nature: str | None, profile: MilestoneProfile) -> bool:
    """Whether a date's event is one an early-stage milestone only leads up to (the launch its test cars prepare):
    such a date is not the milestone's."""
    defining = profile.defining or profile.natures
    if nature is None or not defining or not defining <= _EARLY_STAGES or nature in profile.natures:
        return False
    return nature in _LATER_STAGES and not is_own_event(nature, profile)


def goals_of(nature: str) -> set[str]:
    """The events an event of this nature is a step toward (a pilot line: pilot and mass production...)."""
    return _STEP_TOWARD.get(nature, set())


def is_step_toward(nature: str, profile: MilestoneProfile) -> bool:
    return bool(_STEP_TOWARD.get(nature, set()) & (profile.defining or profile.natures))


def _toward(reading: ArticleReading, index: int) -> set[str]:
    """What a deal in a sentence is toward: the events it names, and in the lead those its headline names too
    ("Mitsui Kinzoku to supply Samsung SDI's mass production: a multi-year contract signed"), unless the headline
    tells news of its own ("a joint lab; sample cars this year as planned")."""
    if reading.sentences.has_title and 0 < index <= reading.sentences.lead and not reading.cues(0):
        return reading.natures(index) | reading.natures(0)
    return reading.natures(index)


_LINES = frozenset({"pilot_line", "facility"})


def cue_for_milestone(
    reading: ArticleReading, profile: MilestoneProfile, index: int, cue: Cue, distance: int
) -> Cue | None:
    """What a status word says of this milestone, ``distance`` characters from the milestone's words."""
    nature, nature_distance = event_nature(reading, index, cue)
    if is_own_event(nature, profile) or (nature == "production" and industry_wide(reading, profile)):
        if cue.signal is Signal.ACHIEVED and profile.milestone.expected.end is None:
            # an open-ended undertaking ("leads the platform") has no day it is achieved: it is under way
            return Cue(Signal.STARTED, cue.strength, cue.start, cue.end, cue.text, cue.kind)
        if (
            cue.kind == "start_verb"
            and cue.signal is Signal.STARTED
            and profile.milestone.expected.end is not None
            and _begun_event(reading, index, cue, profile)
        ):
            # "began pilot production" of a pilot-production milestone: the event itself has begun
            return Cue(Signal.ACHIEVED, cue.strength, cue.start, cue.end, cue.text, cue.kind)
        return cue
    partners = len(reading.companies_in(index) & set(profile.milestone.companies)) >= 2
    foreign_deal = nature == "partnership" and not partners  # a deal with someone else is another undertaking
    # ... unless the lead company makes it toward its own milestone's event ("a contract toward mass production")
    toward_own = (
        foreign_deal
        and bool(profile.milestone.companies)
        and profile.milestone.companies[0] in reading.companies_in(index)
        and any(
            goal in (profile.defining or profile.natures)
            or (goal in _LINES and is_step_toward(goal, profile))  # ("for GAC's pilot line": toward its pilot)
            for goal in _toward(reading, index)
        )
    )
    if foreign_deal and not toward_own and len(profile.milestone.companies) > 1:
        return None  # a partner's deal with a third party is surely another undertaking
    if (
        nature is not None
        and (nature in profile.natures or is_step_toward(nature, profile))
        and not (foreign_deal and nature_distance < distance and not toward_own)
    ):
        if cue.signal in (Signal.ACHIEVED, Signal.STARTED):
            # a step toward it (a pilot line, samples, an agreement) is work begun, not the event itself
            return Cue(Signal.STARTED, min(cue.strength, 0.95), cue.start, cue.end, cue.text, cue.kind)
        return cue
    if nature_distance < distance:
        return None  # the word tells another event, nearer to it than to this milestone
    return cue
