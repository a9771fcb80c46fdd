"""What one article says of one milestone: how sure it is about that milestone, the status it reports, the
window it states and the sentence that carries it.

Identity comes from the milestone's companies (about the story, or only mentioned) and its keywords and
products, counted once per concept and more in the title and lead; a keyword many milestones share counts
less. The status is read from the sentences that name the milestone's event (a product or a keyword of
its nature, not just a place), the firmest and most prominent first (see ``event_natures`` for whose
event a status word tells). A date later than the timeline's, said as the window nears, is a delay.

Other events, left for a new-milestone candidate: a plan, start or delay of an achieved milestone after its
window, or dated years after it; a deed done more than a year before the timeline expects the milestone (an
earlier step) or told below the headline months before the story (background); a partner's story that never
names the milestone's lead company. With the lead only named, a partner's deed is progress, not achievement;
a deal between the partners the milestone's title names is its very undertaking.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import cast

from tracker.article_reading import ArticleReading
from tracker.classification import Signal
from tracker.event_natures import (
    OBJECT_REACH,
    MilestoneProfile,
    cue_for_milestone,
    event_nature,
    industry_wide,
    is_later_goal,
    is_own_event,
    nature_of_date,
)
from tracker.phrase_scan import Hit, Phrase, has_unspaced_script
from tracker.signals import (
    CONTRAST,
    ENDED,
    FIRM,
    NEGATION_BEFORE,
    NEGATION_CJK_BEFORE,
    PLAN_CHANGES,
    PLANNED_STRENGTH,
    PRIORITY,
    REPLACED,
    REVISED,
    Cue,
    strongest,
    tie_ended,
)
from tracker.universe import Milestone, Status, Window, WindowPoint
from tracker.window_choice import is_outcome_date, pick_window, starts_after

EXCLUDED = "excluded"  # the tag of a keyword phrase naming what a milestone is not
# a change said against the plan ("earlier than previously planned", "ahead of schedule"): of the sentence's event
_COMPARED = re.compile(
    r"\bthan\s+(?:previously|originally|initially|planned|expected|scheduled|anticipated)|\bschedule\b|\bplan\b|"
    r"prévu|geplant",
    re.I,
)
CUE_REACH = 90  # characters between a status word and the milestone word it speaks of
VERB_FINAL_CUE_REACH = 150  # German puts the participle at the end of the clause: "ist ... 1205 km gefahren"
STALE_MONTHS = 6  # an achieved milestone is old news this long after its window
_VOICE_SCORE = 1.0  # what an industry voice in the headline adds to an industry milestone's keyword score
FAR_BEYOND_YEARS = 3  # a plan this many years past a milestone's window, its own event unnamed, is of another
RECAP_MONTHS = 3  # a deed told below the headline this long before the story is background
OTHER_PLAN_MONTHS = 18  # a plan dated this long after an achieved milestone's window is of something else
SLIP_NOTICE_MONTHS = 6  # a later date said at most this long before the window opens is a slip
_FOLLOW_ON_REACH = 3  # sentences after the last naming a milestone within which its company's plan is its own
_SOLID_STATE_KINDS = ("semi-solid", "all-solid-state")  # (as concepts name them)
_SOLID_STATE_MATERIALS = frozenset({"electrolyte", "sulfide", "all-solid-state", "semi-solid"})  # (concepts)
_GIVEN_UP_REACH = 60  # characters after a word of giving up within which what is given up is named
_ANOTHER_OF_ITS_KIND = re.compile(
    r"\b(?:second|third|another|zweite[nsrm]?|dritte[nsrm]?|weitere[nsrm]?|deuxième|troisième|autre)\b|"
    r"第二|第三|두 번째",
    re.I,
)
# a region where a tracked company plans anew (a plant abroad), in the words around a plan given up
_ABROAD = re.compile(
    r"\b(?:in|for|im|en|aux|in den)\s+(?:the\s+)?(?:U\.S\.|(?:US|USA|United States|North America|Nordamerika|"
    r"Europe|Europa|Hungary|Ungarn|États-Unis|Amérique du Nord)\b)|"
    r"\bU\.S\.\s+(?:solid|plant|line|factory)|\bEuropean\s+(?:plant|factory|line)|"
    r"미국|유럽|헝가리|米国|欧州|北米|美国|欧洲|北美"
)
# ... and the plant or line planned there
_FACILITY = re.compile(r"plant|factory|line|site|Werk|Fabrik|usine|工場|工厂|공장|라인|거점|拠点", re.I)
SPREAD_PAST_YEARS = 3  # an industry outlook running this many years past the timeline's window is a slip
EARLY_MONTHS = 4  # "done" this long before the timeline expects it is more often a demo or a step: less sure
PREDECESSOR_MONTHS = 12  # ... and this long before, an earlier step of its own
_HEADLINE_WEIGHT = 2.0
_EVENT_SENTENCES = 6  # the most sentences read for one milestone
_WINDOW_REACH = 3  # sentences from the one telling the event in which its date may be given
_OWN_WORDS = ("product", "spec", "name")
_PARTNER_STEPS = frozenset({"partnership", "samples", "delivery", "pilot_line"})
# a product shown (lower-cased as cues are read)
_UNVEILED = frozenset(
    "unveiled|unveils|showcased|debuted|premiered|亮相|首发|正式发布|vorgestellt|enthüllt|공개했|shown at|dévoile|"
    "a dévoilé|presented|发表|gezeigt|dévoilé|présenté|a levé le voile|lève le voile".split("|")
)
_DEAL_SCORE = 2.0  # as much as a name of the milestone in the headline
# what a sentence tells before a contrast its solid-state words all follow is of something else ("goes on sale, but
# semi-solid buyers wait until October")
_TOLD_BEFORE_A_CONTRAST = frozenset({Signal.CANCELLED, Signal.DELAYED, Signal.ACHIEVED})
NAMED_ONLY_FACTOR = 0.6  # its company only mentioned, the milestone named by its own words

_EARLIER = re.compile(r"\b(?:earlier|previously)\s+(?:this|in\s+the)\s+(?:year|month)|\blast\s+(?:year|month)", re.I)
_LINE_NATURES = frozenset({"pilot_line", "pilot", "facility"})  # a line built or run: the means, not the cars
# what a milestone reached leaves behind, for later stories to tell of
_LASTING = frozenset({"launch", "pilot_line", "facility", "production"})
_VEHICLE_STEP_REACH = 4  # sentences after the lead in which the date of the vehicles may be told


# (its __init__ written out: mypyc compiles it, where the one @dataclass writes runs interpreted, ~15x slower)
@dataclass(init=False, unsafe_hash=True)
class MilestoneReading:
    milestone: str
    identity: float  # 0..1: how sure the article speaks of this milestone
    signal: Signal
    strength: float  # 0..1: how firmly it says so
    sentence: int
    window: Window | None
    confidence: float
    covered: frozenset[int]  # sentences that tell this milestone's own event
    headline: bool  # named in the title or lead
    covered_natures: frozenset[str] = frozenset()  # the natures of the events told of it
    own_story: bool = True  # the story is about its lead company (not a partner's or a passer-by's story)
    follow_up: bool = False  # a story of it long after it was reached, nothing new said of its status
    titled: bool = False  # its title names it by its own name (the L6, the Taoyuan plant, the S-Line)

    def __init__(
        self,
        milestone: str,
        identity: float,
        signal: Signal,
        strength: float,
        sentence: int,
        window: Window | None,
        confidence: float,
        covered: frozenset[int],
        headline: bool,
        covered_natures: frozenset[str] = frozenset(),
        own_story: bool = True,
        follow_up: bool = False,
        titled: bool = False,
    ) -> None:
        self.milestone = milestone
        self.identity = identity
        self.signal = signal
        self.strength = strength
        self.sentence = sentence
        self.window = window
        self.confidence = confidence
        self.covered = covered
        self.headline = headline
        self.covered_natures = covered_natures
        self.own_story = own_story
        self.follow_up = follow_up
        self.titled = titled


_OUTLOOK_NATURES = frozenset({"adoption"})
_OWN_DATE_REACH = 60  # characters between a milestone's words and the date of their own clause


def _company_factor(reading: ArticleReading, milestone: Milestone) -> float:
    """How much the story is about the milestone's companies: its lead company (listed first) most; the
    partners named too add a little ("Toyota" alone fully names Toyota's milestone with Idemitsu)."""
    if not milestone.companies:
        return 1.0  # an industry milestone is named by its keywords alone
    about = [c for c in milestone.companies if c in reading.about]
    if not about:
        return 0.0
    lead = milestone.companies[0]
    if lead not in about and lead not in reading.mentioned:
        return 0.0  # a partner's story that never names the lead company is about another undertaking of it
    factor = 1.0 if lead in about else 0.6
    others = sum(1 for c in milestone.companies if c in reading.about or c in reading.mentioned) - 1
    return factor + 0.1 * min(others, 2)


def _named_by_its_own_words(reading: ArticleReading, profile: MilestoneProfile) -> float:
    """A milestone's own name or product in the headline ("CASIP") names it, even when its company is only
    mentioned among others."""
    passing = {m.sentence for m in reading.mentions if m.passing and m.company in profile.milestone.companies}
    for hit, phrase in _keyword_hits(reading, profile):
        index = reading.sentence_of(hit.start)
        if phrase.tag in _OWN_WORDS and reading.sentences.is_headline(index) and index not in passing:
            return NAMED_ONLY_FACTOR  # (not where its company is cited as an example: "citing Nio's 150 kWh pack")
    return 0.0


def _keyword_hits(reading: ArticleReading, profile: MilestoneProfile) -> list[tuple[Hit, Phrase]]:
    """The milestone's keywords and products in the article, its concepts in whatever language."""
    milestone_id, concept_words = profile.milestone.id, profile.concept_words
    if industry_wide(reading, profile):
        concept_words = {**profile.industry_words, **concept_words}
    found = [
        (hit, phrase)
        for hit in reading.kind("keyword")
        if (phrase := hit.phrases.get(milestone_id)) is not None and phrase.tag != EXCLUDED
    ]
    if concept_words:
        found += [(hit, concept_words[c]) for hit in reading.kind("concept") for c in hit.phrases if c in concept_words]
    return found


def _keyword_score(reading: ArticleReading, hits: list[tuple[Hit, Phrase]], sentence: int | None = None) -> float:
    """Keyword evidence, each concept once: in the title or lead it counts double."""
    groups: dict[str, tuple[float, bool]] = {}
    sentence_of, is_headline = reading.sentence_of, reading.sentences.is_headline
    for hit, phrase in hits:
        index = sentence_of(hit.start)
        if sentence is not None and index != sentence:
            continue
        weight, headline = groups.get(phrase.group, (0.0, False))
        groups[phrase.group] = (max(weight, phrase.weight), headline or is_headline(index))
    return sum(w * (_HEADLINE_WEIGHT if h and sentence is None else 1.0) for w, h in groups.values())


def _event_sentences(
    reading: ArticleReading, profile: MilestoneProfile, hits: list[tuple[Hit, Phrase]], placed: set[int]
) -> dict[int, list[int]]:
    """Sentence -> positions of the words naming this milestone's event there (not mere place names). ``placed``:
    the sentences naming it by its place only."""
    found: dict[int, list[int]] = {}
    weight: dict[int, float] = {}
    by_sentence: dict[int, list[tuple[Hit, Phrase]]] = {}
    companies = set(profile.milestone.companies)
    for hit, phrase in hits:
        index = reading.sentence_of(hit.start)
        # a name tells the event only beside one of its companies, and of partners' joint undertaking only (a
        # carmaker's own model names are its plans for all its cars): "PowerCo's first line in Salzgitter"
        if phrase.tag != "name" or _names_partners_venture(reading, profile.milestone, index):
            by_sentence.setdefault(index, []).append((hit, phrase))
    for index, told in by_sentence.items():
        if _another_companys_deed(reading, profile, index) or reading.other_chemistry(index):
            continue
        if "luxury" in profile.defining and _tells_adoption(reading, index):
            continue  # "a common option on high-end EVs by 2030": the technology's spread, told of its segment
        found[index] = [hit.start for hit, _ in told]
        weight[index] = sum(phrase.weight for _, phrase in told)
    if found and not profile.solid_state_business and not profile.industry:
        # a story whose headline is not about solid-state batteries ("Toyota delays its three-row EV to 2026") tells
        # a solid-state milestone's event only where it names them, or the milestone's product or its materials
        named = {reading.sentence_of(h.start) for h, p in hits if p.tag in ("product", "spec")}
        if not any(i in named or _names_solid_state(reading, i) for i in range(reading.sentences.lead + 1)):
            found = {i: p for i, p in found.items() if i in named or _names_solid_state(reading, i)}
            weight = {i: weight[i] for i in found}
    if len(found) > _EVENT_SENTENCES:
        # a long story names a common keyword ("production") everywhere: read the headline and the sentences
        # that name the milestone most, a bounded amount of work however long the article
        keep = sorted(found, key=lambda i: (not reading.sentences.is_headline(i), -weight[i], i))[:_EVENT_SENTENCES]
        found = {i: found[i] for i in keep}
    for hit, phrase in hits:  # in a sentence that tells the event, its place and its companies are its words too
        if phrase.tag == "name":
            index = reading.sentence_of(hit.start)
            if index in found:
                found[index].append(hit.start)
    for mention in reading.mentions:
        if mention.company in companies and mention.sentence in found:
            found[mention.sentence].append(mention.start)
    if found and companies and not any(reading.cues(i) for i in found if i not in placed):
        # where the sentences naming it say nothing of it, the lead company opening a sentence that dates a plan
        # speaks of the undertaking the story is about: "Nio says it will be offered through its swaps in 2024"
        lead, last = profile.milestone.companies[0], max(found)
        for index in {m.sentence for m in reading.mentions if m.company == lead} - set(found):
            if index - last > _FOLLOW_ON_REACH:
                continue  # (further on, a story turns to other plans: "Toyota aims to sell 3.5 million EVs by 2030")
            if lead in reading.subjects(index) and _dated_plan(reading, index, profile.milestone):
                found[index] = [m.start for m in reading.mentions if m.sentence == index and m.company == lead]
    told_up_top = any(reading.sentences.is_headline(i) and reading.cues(i) for i in found)
    if found and not told_up_top and _anyones_deed(profile) and reading.sentences.has_title:
        # a deed any maker may do, its kind told below ("limited to 25 cars"): the headline's deed with solid-state
        # cells is it ("Kessler hands over its first electric coupe with a solid-state battery")
        if reading.cues(0) and (solid := reading.solid_state_hits(0)):
            found[0] = [hit.start for hit in solid]
    if len(companies) > 1:
        # an agreement between the milestone's partners, or samples one hands the other, is work toward it,
        # whatever words it uses
        for index in {m.sentence for m in reading.mentions} - set(found):
            if len(reading.companies_in(index) & companies) >= 2 and reading.natures(index) & _PARTNER_STEPS:
                found[index] = [m.start for m in reading.mentions if m.sentence == index]
    return found


def _names_partners_venture(reading: ArticleReading, milestone: Milestone, index: int) -> bool:
    """Whether a sentence names partners' joint undertaking by its place: beside both partners, or beside one of
    them with solid-state batteries ("Volkswagen's solid-state cell line in Salzgitter", not "PowerCo is building its
    first gigafactory in Salzgitter for a standard prismatic cell"), and no other milestone's product there ("the
    first QSE-5 B samples on the test bench in Salzgitter" are the samples')."""
    companies = set(milestone.companies)
    if len(companies) < 2:
        return False
    for hit in reading.in_sentence("keyword", index):
        if any(ref != milestone.id and p.tag in ("product", "spec") for ref, p in hit.phrases.items()):
            return False
    named = len(companies & reading.companies_in(index))
    return named >= 2 or (named == 1 and _names_solid_state(reading, index))


def _naming_another_undertaking(reading: ArticleReading, milestone_id: str) -> frozenset[int]:
    """Sentences naming what the milestone is not (its ``excludes``)."""
    return frozenset(
        reading.sentence_of(hit.start)
        for hit in reading.kind("keyword")
        if (phrase := hit.phrases.get(milestone_id)) is not None and phrase.tag == EXCLUDED
    )


def _names_solid_state(reading: ArticleReading, index: int) -> bool:
    """Whether a sentence names solid-state batteries, or a material only they use (sulfide electrolyte)."""
    if reading.solid_state_in_clause(index, 0) is not None:
        return True
    return any(not _SOLID_STATE_MATERIALS.isdisjoint(hit.phrases) for hit in reading.in_sentence("concept", index))


def _dated_plan(reading: ArticleReading, index: int, milestone: Milestone) -> bool:
    """Whether a sentence tells a plan with a date still ahead, not years past the milestone's window."""
    return any(c.kind == "planned" for c in reading.cues(index)) and any(
        not w.past and _after_publication(w.window, reading) and _years_beyond(w.window, milestone) < FAR_BEYOND_YEARS
        for w in reading.windows(index)
    )


def _another_companys_deed(reading: ArticleReading, profile: MilestoneProfile, index: int) -> bool:
    """Whether the sentence tells another company's deed: one the universe does not track ("Gotion said its cells
    are in vehicle tests", "Stellantis will fit the cells to a Dodge fleet" of a milestone whose lead is not named),
    or another tracked company that opens it ("Rival BMW is road testing an i7")."""
    companies = profile.milestone.companies
    if _anyones_deed(profile):
        return False  # the first limited luxury cars are whichever maker's, a coachbuilder's too
    if reading.other_company_subject(index):
        # (for the industry's milestones an analyst firm is the industry's voice: "Consultancy P3 Group expects")
        return bool(companies) or not reading.in_sentence("voice", index)
    named = reading.companies_in(index)
    if reading.untracked_lead(index) and (not companies or companies[0] not in named):
        return True
    if len(companies) > 1 and companies[0] not in named and reading.in_sentence("other", index):
        return True  # "Stellantis' demo fleet with Factorial's cells" is not Mercedes' test cars on them
    if len(companies) > 1 and companies[0] not in named and not _in_headline(reading, companies[0]):
        # in a partner's story, where the lead company is not named, the partner doing something does its own
        # work: "Toyota has started installing equipment for its battery line" is not Idemitsu's electrolyte plant
        if not reading.subjects(index).isdisjoint(companies[1:]):
            return True
    return bool(companies) and named.isdisjoint(companies) and bool(reading.subjects(index))


def _outlook_dated(reading: ArticleReading, profile: MilestoneProfile, index: int) -> bool:
    """Whether the headline dates the industry's outlook with no verb of planning ("Studie: Festkörperakku wird um
    2030 zur gängigen Option", "本格普及は33年ごろ"): a forecast, said in the words of the outlook itself."""
    return (
        not _anyones_deed(profile)
        and profile.industry
        and reading.sentences.is_headline(index)
        and any(not w.past and not w.superseded for w in reading.windows(index))
    )


def _outlook_sentences(reading: ArticleReading, events: dict[int, list[int]], expected: Window) -> dict[int, list[int]]:
    """Of the industry's outlook, the sentences that date it, leaving out those dating tracked companies' first
    production, ahead of the outlook, where others date the outlook ("2032年ごろとする予測 ... トヨタやサムスンSDIが
    目指す27～28年の量産開始は少量の立ち上げにとどまる")."""
    own_plans = {
        i
        for i in events
        if len(reading.companies_in(i)) > 1
        and (ahead := [w.window for w in reading.windows(i) if not w.past])
        and all(w.start.first_month() < expected.start.first_month() for w in ahead)
    }
    if not own_plans or not any(i not in own_plans and any(not w.past for w in reading.windows(i)) for i in events):
        return events
    return {i: p for i, p in events.items() if i not in own_plans}


def _anyones_deed(profile: MilestoneProfile) -> bool:
    """Whether a milestone of the whole industry is a deed any maker may do (the first limited luxury cars, Rimac's
    or Bentley's alike), not the industry's outlook (the technology's spread), which one maker's plans do not tell."""
    return profile.industry and not profile.defining <= _OUTLOOK_NATURES


def _tells_adoption(reading: ArticleReading, index: int) -> bool:
    """Whether a sentence tells the technology's spread ("a common option"), not set against it ("not mass-market
    models")."""
    return any(
        p.tag == "adoption" and not _negated(reading.text[max(0, hit.start - 24) : hit.start])
        for hit in reading.in_sentence("concept", index)
        for p in hit.phrases.values()
    )


def _negated(before: str) -> bool:
    return bool(NEGATION_BEFORE.search(before) or NEGATION_CJK_BEFORE.search(before))


def _in_headline(reading: ArticleReading, company: str) -> bool:
    return any(m.company == company and reading.sentences.is_headline(m.sentence) for m in reading.mentions)


def _sentence_cue(
    reading: ArticleReading, profile: MilestoneProfile, index: int, positions: list[int], weak: bool, placed: bool
) -> Cue | None:
    """The status a sentence tells of the milestone. ``weak``: named there by everyday words only; ``placed``: by
    its place only (where other things happen too: "a cell beat 1,000 cycles in Salzgitter tests" is no line built)."""
    readings = []
    reach = VERB_FINAL_CUE_REACH if reading.article.language == "de" else CUE_REACH
    for cue in reading.cues(index):
        if cue.signal in _TOLD_BEFORE_A_CONTRAST and reading.solid_state_past_contrast(index, cue.end):
            continue  # "shelves its battery plant deal, but its solid-state date holds": not the solid-state plan
        if cue.kind == REPLACED or (
            cue.signal is Signal.CANCELLED
            and (_replaced_in_headline(reading) or _replaced_after(reading, profile, index))
        ):
            continue  # "scraps the JV plan, will license the cells instead": the milestone goes on another way
        if cue.signal is Signal.CANCELLED and (
            _other_kind_given_up(reading, profile, index, cue)
            or not _gives_up_its_own(reading, profile, index, cue, positions)
        ):
            continue  # "shelves its semi-solid stopgap", "scrapped plans for a dedicated architecture": another plan
        if (
            cue.signal is Signal.CANCELLED
            and "luxury" not in profile.defining
            and (event_nature(reading, index, cue)[0] == "luxury" or _luxury_object_before(reading, index, cue))
        ):
            continue  # "drops the solid-state version of its limited-run supercar": the luxury cars' news
        if (
            cue.text in _UNVEILED
            and "luxury" in profile.defining
            and any(not w.past and _after_publication(w.window, reading) for w in reading.windows(index))
        ):
            continue  # "limited flagship shown at the Guangzhou show, first cars next year": not in buyers' hands yet
        if placed and event_nature(reading, index, cue)[0] is None:
            if cue.signal is Signal.ACHIEVED or not reading.windows(index):
                continue  # (a date for what is done there is a date of the place's own undertaking)
        distance = min(abs(cue.start - p) for p in positions)
        plan = cue.signal is Signal.REAFFIRMED
        found = None
        if cue.signal in PLAN_CHANGES and _COMPARED.search(cue.text):
            distance = min(distance, reach)  # "..., six months earlier than previously planned": the whole clause's
        if distance <= reach:
            found = cue_for_milestone(reading, profile, index, cue, reach + 1 if weak else distance)
        if found is None and plan and _dated_clause_after(reading, index, cue, positions):
            found = cue  # "could reach small batches around 2027 and large-scale use around 2030": both plans
        if found is not None:
            readings.append(found)
    return strongest(readings)


def _replaced_in_headline(reading: ArticleReading) -> bool:
    """Whether the headline tells a plan given up for another way to the same end: the story's other words of giving
    up ("scraps its own factory plan", "no longer expects to build QS-1") are of that plan, as the lead's "scrapped
    plans to build QS-1 and will instead rely on licensees"."""
    return any(c.kind == REPLACED for i in range(reading.sentences.lead + 1) for c in reading.cues(i))


# a sentence opening with the other way taken: "Das Joint Venture ist vom Tisch. Stattdessen erhält PowerCo eine Lizenz"
_INSTEAD_OPENING = re.compile(
    r"[\s\"'“”„«»「」]*(?:(?:instead|stattdessen|statt\s+dessen|vielmehr|au\s+lieu\s+de\s+cela|à\s+la\s+place)\b|"
    r"取而代之|その代わり|代わりに|그\s*대신|대신)",  # (no word boundary after a CJK word: "その代わりに", "대신에")
    re.I,
)
# the other way taken is another kind of cell: "Instead, it will focus mass production on lithium-ion cells"
_OTHER_CELLS = re.compile(r"lithium[\s-]ion|conventional|liquid|锂离子|リチウムイオン|리튬이온", re.I)


def _replaced_after(reading: ArticleReading, profile: MilestoneProfile, index: int) -> bool:
    """Whether one of the next two sentences (after the headline, the lead's two) opens with the other way taken to
    the milestone, by its own words: what is given up is a way to it, not it (not "Instead, the remaining cars will
    use lithium-ion cells", nor another undertaking of the partners: "Stattdessen bündele man die Ressourcen auf
    die Solstice-Plattform")."""
    spans = reading.sentences.spans
    last = (reading.sentences.lead if reading.sentences.is_headline(index) else index) + 2
    opening = [
        i for i in range(index + 1, min(last + 1, len(spans))) if _INSTEAD_OPENING.match(reading.text, spans[i][0])
    ]
    if not opening:
        return False
    excluded = _naming_another_undertaking(reading, profile.milestone.id) if profile.milestone.excludes else frozenset()
    named = {
        reading.sentence_of(hit.start)
        for hit, phrase in _keyword_hits(reading, profile)
        if phrase.tag not in ("plain", "technology")
    }
    return any(
        i in named
        and i not in excluded
        and not reading.other_chemistry(i)
        and not _OTHER_CELLS.search(reading.sentence_text(i))
        for i in opening
    )


def _gives_up_its_own(
    reading: ArticleReading, profile: MilestoneProfile, index: int, cue: Cue, positions: list[int]
) -> bool:
    """Whether what a cancellation governs, in the words after it, is the milestone's (its words) or solid-state
    batteries at all; a cancellation said after its object ("the plan was scrapped") is taken as it stands. Not the
    milestone's: another of its kind ("a second plant"), before the word of giving up too where the object stands
    first ("第二工場の計画を撤回", "legt Pläne für ein zweites Werk auf Eis"); a plant abroad; a tie ended with a
    company the milestone is not of ("ended its pact with ProLogium")."""
    spans = reading.sentences.spans
    start, end = spans[index][0], min(cue.end + _GIVEN_UP_REACH, spans[index][1])
    if _ANOTHER_OF_ITS_KIND.search(reading.text, cue.end, min(end, cue.end + _GIVEN_UP_REACH // 2)):
        return False  # "shelves plan for a second Taiwan cell plant": not the one the timeline holds
    # the plan's object, told before a verb-final word of giving up ("legt Pläne für ein Werk in Europa auf Eis"),
    # or after it; one abroad is a plan of the company's for a new region, not the timeline's undertaking
    told = reading.text[max(start, cue.start - _GIVEN_UP_REACH) : min(cue.end + 2 * _GIVEN_UP_REACH, spans[index][1])]
    if _ABROAD.search(told) and _FACILITY.search(told):
        return False
    object_first = reading.unspaced(index) or cue.text.lower() == "auf eis"  # (verb-final: the object before it)
    if object_first and _ANOTHER_OF_ITS_KIND.search(
        reading.text, max(start, cue.start - _GIVEN_UP_REACH // 2), cue.start
    ):
        return False
    tie = tie_ended(reading.text, cue.end, end)
    if cue.kind == ENDED or tie is not None:
        # "ended its pact with ProLogium", "winds down ProLogium solid-state cooperation": whose tie it is (named in
        # the tie, or just after it)
        reach = end if tie is None or reading.text[tie : tie + 6].lstrip().startswith("with") else tie
        partners = {m.company for m in reading.mentions if m.sentence == index and cue.end <= m.start < reach}
        if partners and partners.isdisjoint(profile.milestone.companies):
            return False
    if end - cue.end < _GIVEN_UP_REACH // 2:
        return True
    if any(cue.end <= p < end for p in positions):
        return True
    return any(cue.end <= h.start < end for h in reading.solid_state_hits(index))


def _held_in_its_clause(reading: ArticleReading, index: int, cue: Cue) -> bool:
    """Whether a plan said to hold is the one dated in its sentence: no new clause ("..., and that", "but") between
    the word of holding and the date ("its sales target remains on track, and that its cells go into cars in 2026").
    (Not ``one_clause``: "remains on schedule, with the first cells to be installed in 2026" is one plan.)"""
    windows = reading.windows(index)
    if not windows:
        return True  # (no date there: the plan said to hold is the story's, whatever its date)
    for window in windows:
        first, last = sorted((cue.end, window.start))
        if not (CONTRAST.search(reading.text, first, last) or _AND_CLAUSE.search(reading.text, first, last)):
            return True
    return False


_AND_CLAUSE = re.compile(r",\s*and\b|[;；]", re.I)  # (a clause joined on: "..., and that its cells ...")


def _luxury_object_before(reading: ArticleReading, index: int, cue: Cue) -> bool:
    """Whether a verb-final cancellation has a luxury car for its object, told in its clause before it
    ("GRの限定高性能EVで全固体電池の採用を断念")."""
    if not reading.unspaced(index):
        return False
    return any(
        tag == "luxury" and 0 <= cue.start - end <= OBJECT_REACH and reading.one_clause(end, cue.start, index)
        for _, end, tag in reading.tagged_concepts(index)
    )


def _other_kind_given_up(reading: ArticleReading, profile: MilestoneProfile, index: int, cue: Cue) -> bool:
    """Whether what a cancellation governs is the other kind of solid-state battery than the milestone's (semi-solid
    cells given up, of an all-solid-state milestone, or the other way round)."""
    title = profile.milestone.title.lower()
    kinds = [kind for kind in _SOLID_STATE_KINDS if kind in title]
    if len(kinds) != 1:
        return False
    other = _SOLID_STATE_KINDS[1 - _SOLID_STATE_KINDS.index(kinds[0])]
    return any(
        cue.end <= hit.start <= cue.end + OBJECT_REACH and other in hit.phrases
        for hit in reading.in_sentence("concept", index)
    )


def _dated_clause_after(reading: ArticleReading, index: int, cue: Cue, positions: list[int]) -> bool:
    """Whether the milestone's words, after a plan word that tells another dated event first, have a date of their
    own ("could reach small batches around 2027 and large-scale use around 2030"): the plan word heads both."""
    windows = [w for w in reading.windows(index) if not w.past]
    if len(windows) < 2:
        return False
    nearest_cue = min(windows, key=lambda w: abs(w.start - cue.end))
    return any(
        p > cue.end and any(w is not nearest_cue and abs(w.start - p) <= _OWN_DATE_REACH for w in windows)
        for p in positions
    )


def _placed_only(reading: ArticleReading, hits: list[tuple[Hit, Phrase]]) -> set[int]:
    """Sentences naming the milestone only by its place (beside one of its companies)."""
    named = {reading.sentence_of(h.start) for h, p in hits if p.tag == "name"}
    if not named:
        return named
    return named - {reading.sentence_of(h.start) for h, p in hits if p.tag != "name"}


def _weak_sentences(reading: ArticleReading, hits: list[tuple[Hit, Phrase]]) -> set[int]:
    """Sentences naming the milestone only by everyday words ("cells", "pack", "all-solid-state"): a status
    word there that tells an event of another kind is not about this milestone, however near."""
    strong = {reading.sentence_of(h.start) for h, p in hits if p.tag not in ("plain", "technology")}
    return {reading.sentence_of(h.start) for h, _ in hits} - strong


def read_milestone(
    reading: ArticleReading, profile: MilestoneProfile, floor: float = 0.0, recaps: frozenset[int] = frozenset()
) -> MilestoneReading | None:
    """What the article says of one milestone; None if nothing, or if its confidence could not reach ``floor``.
    ``recaps`` are sentences found to tell earlier news, left out."""
    milestone = profile.milestone
    if profile.industry and reading.untracked_lead(0) and not _anyones_deed(profile):
        return None  # a story an untracked company heads ("Honda shows its pilot line") tells its own plans
    if milestone.companies and not reading.companies_set_aside().isdisjoint(milestone.companies):
        return None  # "its first customer besides Toyota", "トヨタ以外への外販": the supplier's other business
    factor = _company_factor(reading, milestone)
    if not factor and any(c in reading.mentioned or c in reading.about for c in milestone.companies):
        factor = _named_by_its_own_words(reading, profile)
    hits = _keyword_hits(reading, profile) if factor else []
    if not hits and not (factor and profile.partners_in_title):
        return None  # (a deal between the partners its title names is its undertaking, whatever words it uses)
    score = _keyword_score(reading, hits)
    if profile.industry and reading.industry_voice():
        score += _VOICE_SCORE  # an analyst or an institute speaking: the story is the industry's outlook
    if floor and _best_possible(profile, factor, score) < floor:
        return None  # named too weakly to matter whatever it says: skip reading its sentences
    placed = _placed_only(reading, hits)
    events = _event_sentences(reading, profile, hits, placed)
    if profile.milestone.excludes:
        excluded = _naming_another_undertaking(reading, milestone.id)
        if reading.sentences.has_title and 0 in excluded:
            return None  # the story is about the companies' other undertaking ("Solstice cells slip into 2027")
        recaps = recaps | excluded
    for index in recaps:
        events.pop(index, None)
    if profile.industry and not _anyones_deed(profile):
        events = _outlook_sentences(reading, events, milestone.expected)
    if not events:
        return None
    weak = _weak_sentences(reading, hits)
    cues = {i: _sentence_cue(reading, profile, i, positions, i in weak, i in placed) for i, positions in events.items()}
    best, cue = _best_sentence(reading, events, cues)
    if cue is not None and cue.signal is Signal.STARTED:
        # a further step beside its plan's date said to hold is the plan reaffirmed ("installs the main equipment;
        # completion in June 2027 unchanged", "ships first samples, keeps 2027 target"), not beside a bare
        # "confirmed"; of work not yet under way, only where the title says the plan holds
        under_way = milestone.status is Status.IN_PROGRESS
        held = [
            i
            for i, c in cues.items()
            if c is not None
            and (under_way or (i == 0 and reading.sentences.has_title))
            and any(holds(said) for said in ([c] if under_way else reading.cues(i)))
            and (i == best or any(not w.past for w in reading.windows(i)))
        ]
        if held:
            best = held[0]
            cue = next(c for c in (cues[best], *reading.cues(best)) if c is not None and holds(c))
    if cue is None and profile.industry and not _outlook_dated(reading, profile, best):
        return None  # an industry milestone's words alone, with nothing said of it, are no match
    local_score = None if profile.partners_in_title else _keyword_score(reading, hits, best)
    if floor and _best_possible(profile, factor, score, reading, best, cue, local_score) < floor:
        return None  # what is said of it, where, cannot make it a match: skip finding its date
    signal, strength = (cue.signal, cue.strength) if cue else (Signal.NONE, 0.0)
    window = _window_for(reading, profile, events, best, signal)
    signal, strength = _dated_signal(signal, strength, window, cue)
    if milestone.products and not any(p.tag == "product" for _, p in hits):
        score *= 0.85
    headline_deal = profile.partners_in_title and any(
        reading.sentences.is_headline(i) and c is not None and _partners_deal(reading, profile, i, c)
        for i, c in cues.items()
    )
    if headline_deal:
        score += _DEAL_SCORE  # "Toyota and Idemitsu team up": the partners' deal names their milestone
    identity = 1.0 - math.exp(-factor * score / 2.0)
    if signal not in (Signal.ACHIEVED, Signal.NONE, Signal.CANCELLED) and _is_stale(reading, milestone, 0):
        # a plan, start or delay after the milestone was reached is another event: the story is a follow-up of it
        return _follow_up(reading, profile, events, identity, hits)
    if _is_stale(reading, milestone):
        if not reading.sentences.is_headline(best) or signal is Signal.NONE:
            return _follow_up(reading, profile, events, identity, hits)  # a recap, or a story of it long after
        if milestone.products and factor < 1.0 and not _product_named_at(reading, hits, best):
            return None  # long after, a partner's launch that names none of its products: another product's
        identity *= 0.4
    if signal in (Signal.REAFFIRMED, Signal.STARTED) and _plan_of_another_time(window, milestone, reading):
        return None  # "production to start in 2026" of a factory the timeline has opening in early 2024
    far = (
        signal in (Signal.REAFFIRMED, Signal.NONE)
        and (bool(milestone.companies) or _anyones_deed(profile))  # (the industry's outlook years later: a slip)
        and _years_beyond(window, milestone) >= FAR_BEYOND_YEARS
    )
    if far and (cue is None or not is_own_event(event_nature(reading, best, cue)[0], profile)):
        return None  # "aims to bring it to series cars by 2030", of test cars due 2024-26: something beyond them
    denial = cue is not None and cue.kind == "denial"
    if denial and window is not None and starts_after(window, milestone.expected):
        window = None  # "denies reports that the line will not run before 2028": the date denied is not the plan
    worded = cue is not None or not milestone.companies  # (a company's date with no word of it is no slip)
    if (
        signal in (Signal.REAFFIRMED, Signal.NONE)
        and worded
        and not denial
        and not (cue is not None and holds(cue) and _held_in_its_clause(reading, best, cue))
        and _later_than_timeline(window, milestone, reading, revised=cue is not None and cue.kind == REVISED)
    ):
        signal, strength = Signal.DELAYED, 0.65
    elif signal is Signal.REAFFIRMED and not milestone.companies and _before_timeline(window, milestone, reading):
        signal, strength = Signal.ACCELERATED, 0.65  # the industry's outlook now ahead of the timeline's
    elif signal is Signal.REAFFIRMED and (moved_to := _moved_from(reading, window, events, best)) is not None:
        signal, strength = moved_to, 0.65  # "now in the first quarter of 2028 instead of mid-2027": moved either way
    if signal is Signal.CANCELLED:
        window = None  # a plan given up has no window any more
    moved = signal in (Signal.DELAYED, Signal.ACCELERATED)
    if (
        milestone.expected.end is None
        and window is not None
        and not moved
        and (_after_publication(window, reading) or signal in (Signal.REAFFIRMED, Signal.NONE))
    ):
        window = None  # an open-ended undertaking (a platform) has no date: one ahead is a goal it works toward
    if signal is Signal.ACHIEVED and factor < 1.0:
        if milestone.companies[0] not in reading.companies_in(best):
            return None  # a partner's own deed, its lead company not named there: the partner's news
        signal, strength = Signal.STARTED, min(strength, 0.95)  # a partner's deed, its lead only named: progress
    line_step = signal is Signal.ACHIEVED or (signal is Signal.STARTED and window is None)
    if line_step and cue is not None and "vehicle_test" in profile.defining:
        # "line built, cells in trial production; small-batch installation in cars next year": of a milestone in
        # vehicles, the line is work begun, and the date of the vehicles is its window; with cars already
        # carrying its cells, the line built is the milestone reached
        if event_nature(reading, best, cue)[0] in _LINE_NATURES | {None}:
            if _in_vehicles_now(reading):
                said = next((c for c in reading.cues(best) if c.start == cue.start), cue)  # (before it was a step)
                if said.signal is Signal.ACHIEVED:
                    signal = Signal.ACHIEVED
            elif (ahead := _vehicle_step_ahead(reading)) is not None:
                signal, strength, window = Signal.STARTED, min(strength, 0.95), ahead
        elif signal is Signal.ACHIEVED and "samples" in reading.natures(best) and not _in_vehicles_now(reading):
            # "cells delivered to Stuttgart; test EQS due in the first quarter": the cells for the cars are work begun
            signal, strength = Signal.STARTED, min(strength, 0.95)
            window = _vehicle_step_ahead(reading)
    if signal is Signal.ACHIEVED and _months_early(reading, milestone) > PREDECESSOR_MONTHS:
        # "done" more than a year before the timeline expects it: an earlier step (A samples, not B); the rest of
        # the story may still tell the milestone's plan ahead ("shows its cell; mass production in 2027 on plan")
        rest = read_milestone(reading, profile, floor, recaps | {best}) if len(events) > 1 else None
        if rest is None or rest.window is None or not _after_publication(rest.window, reading):
            return None
        return rest
    if signal in (Signal.ACHIEVED, Signal.STARTED) and _recap(reading, window, best):
        # "the pilot line, which was completed in mid-2023": background, not this story's news; what the rest says
        return read_milestone(reading, profile, floor, recaps | {best}) if len(events) > 1 else None
    if signal is Signal.ACHIEVED and window is None and reading.published:
        month = WindowPoint(reading.published.year, reading.published.month)
        window = Window(month, month)  # reached as of the story
    headline = headline_deal or any(reading.sentences.is_headline(reading.sentence_of(h.start)) for h, _ in hits)
    if signal is Signal.NONE:
        # nothing said of it: only how surely the story is about it counts
        confidence = identity * 0.45 * (1.0 if headline else 0.8)
    else:
        if local_score is None:
            local_score = _keyword_score(reading, hits, best)
        local = 1.0 - math.exp(-local_score)
        if profile.partners_in_title and cue is not None and _partners_deal(reading, profile, best, cue):
            local = 1.0  # the deal between its named partners is its very undertaking
        confidence = identity * (0.6 + 0.4 * local) * (0.35 + 0.65 * strength) * reading.position_weight(best)
    confidence *= 0.8 if profile.industry else 1.0
    confidence *= 0.6 if signal is Signal.ACHIEVED and _months_early(reading, milestone) > EARLY_MONTHS else 1.0
    covered = frozenset(
        i
        for i, c in cues.items()
        if c is not None and signal is not Signal.NONE and not _new_partnership(reading, profile, i, c)
    )  # (a plan without a date says nothing of it: its sentence may still tell news of its own)
    natures = frozenset(n for i in covered if (n := event_nature(reading, i, cues[i])[0]))  # type: ignore[arg-type]
    return MilestoneReading(
        milestone.id,
        identity,
        signal,
        strength,
        best,
        window,
        min(confidence, 0.97),
        covered,
        headline,
        natures,
        factor >= 1.0,
    )


def _follow_up(
    reading: ArticleReading,
    profile: MilestoneProfile,
    events: dict[int, list[int]],
    identity: float,
    hits: list[tuple[Hit, Phrase]],
) -> MilestoneReading | None:
    """Of a milestone reached long ago, a story its headline tells of it ("IM trims the price of the L6 Lightyear",
    "ProLogium's Taoyuan plant lands a drone order") is a follow-up: the milestone's story, with nothing new of its
    status."""
    told = [i for i in events if reading.sentences.is_headline(i)]
    if not told or not profile.defining & _LASTING:
        return None  # (samples shipped leave nothing behind to tell of: later stories of the cells are new events)
    return MilestoneReading(
        profile.milestone.id,
        identity,
        Signal.NONE,
        strength=0.0,
        sentence=told[0],
        window=None,
        confidence=identity * 0.45,  # (as any reading with nothing said of it)
        covered=frozenset(),
        headline=True,
        own_story=False,  # (an announcement the story tells comes first)
        follow_up=True,
        titled=reading.sentences.has_title
        and any(p.tag in ("product", "name") and reading.sentence_of(h.start) == 0 for h, p in hits),
    )


HOLDING = ("reaffirmed", "kept")  # the cue classes that say a plan holds


def holds(cue: Cue) -> bool:
    """Whether a cue firmly says a plan holds ("remains on track", "keeps its 2027 target")."""
    return cue.kind in HOLDING and cue.strength >= FIRM


def _best_possible(
    profile: MilestoneProfile,
    factor: float,
    score: float,
    reading: ArticleReading | None = None,
    best: int | None = None,
    cue: Cue | None = None,
    local_score: float | None = None,
) -> float:
    """The highest confidence a reading could reach from its keyword score (and, once known, its best sentence,
    its cue and the keyword score of that sentence, needed unless its partners are in its title):
    ``read_milestone``'s confidence with every factor still unknown at its most."""
    score = score + (_DEAL_SCORE if profile.partners_in_title else 0.0)
    bound = (1.0 - math.exp(-factor * score / 2.0)) * (0.8 if profile.industry else 1.0)
    if reading is None or best is None:
        return bound
    local = 1.0 if profile.partners_in_title else 1.0 - math.exp(-cast(float, local_score))
    # a date found later may still make it a plan (0.5) or a slip (0.65); nothing makes it firmer
    strength = max(cue.strength if cue else 0.0, 0.65)
    said = (0.6 + 0.4 * local) * (0.35 + 0.65 * strength) * reading.position_weight(best)
    return bound * max(said, 0.45)  # (0.45: its confidence with nothing said of it)


def _partners_deal(reading: ArticleReading, profile: MilestoneProfile, index: int, cue: Cue) -> bool:
    companies = set(profile.milestone.companies)
    return len(reading.companies_in(index) & companies) >= 2 and event_nature(reading, index, cue)[0] == "partnership"


def _new_partnership(reading: ArticleReading, profile: MilestoneProfile, index: int, cue: Cue) -> bool:
    """An agreement with a tracked company outside the milestone is news of its own (a new partnership)."""
    if event_nature(reading, index, cue)[0] != "partnership" or "partnership" in profile.natures:
        return False
    return bool(reading.companies_in(index) - set(profile.milestone.companies))


def _dated_signal(signal: Signal, strength: float, window: Window | None, cue: Cue | None) -> tuple[Signal, float]:
    if cue is None and window is not None:
        return Signal.REAFFIRMED, 0.5  # a date stated for it is a (first) statement of the plan
    if signal is Signal.REAFFIRMED and strength <= PLANNED_STRENGTH and window is None:
        return Signal.NONE, 0.0  # "the next step is to scale up": a plan without a date says nothing new
    return signal, strength


def _best_sentence(
    reading: ArticleReading, events: dict[int, list[int]], cues: dict[int, Cue | None]
) -> tuple[int, Cue | None]:
    best: tuple[float, int, Cue | None] | None = None
    best_rank: tuple[bool, int, float, int, int] | None = None
    for index in sorted(events):
        cue = cues[index]
        score = round(cue.strength * reading.position_weight(index), 3) if cue else 0.0
        # as within a clause: among firm statements the most decisive, then the firmest; then the sentence
        # that names the milestone most
        rank = (*_rank(score, cue), len(events[index]))
        if best_rank is None or rank > best_rank:
            best, best_rank = (score, index, cue), rank
    if best is None or best[0] == 0.0:
        # no status word: the sentence that names the milestone most, the earliest first
        index = max(sorted(events), key=lambda i: len(events[i]) * reading.position_weight(i))
        return index, None
    return best[1], best[2]


def _rank(score: float, cue: Cue | None) -> tuple[bool, int, float, int]:
    priority = PRIORITY[cue.signal] if cue else 0
    firm = score >= FIRM
    return firm, priority if firm else 0, score, priority


def _window_for(
    reading: ArticleReading, profile: MilestoneProfile, events: dict[int, list[int]], best: int, signal: Signal
) -> Window | None:
    milestone = profile.milestone
    if signal is Signal.ACHIEVED:
        order = [best]  # when it happened is said there, or it is the publication date
    elif signal is Signal.NONE:
        order = sorted(events)  # only where the milestone itself is named
    else:
        # (a headline's lead retells it: the sentences after the lead may still give its date)
        following = 3 if best == 0 and reading.sentences.has_title else 2
        order = sorted(set(events) | {best + step for step in range(1, following + 1)})
    # (a sentence that names the milestone itself may give its date however far down)
    order = [i for i in order if abs(i - best) <= _WINDOW_REACH or (i in events and signal is Signal.STARTED)]
    candidates = []
    found_at = None
    moved = signal in (Signal.DELAYED, Signal.ACCELERATED)
    for index in sorted((i for i in order if i < len(reading.sentences.spans)), key=lambda i: (abs(i - best), i)):
        # dates further away lose to those found (a sentence step costs more than any bonus after one); but of a slip
        # or a pull-in, a sentence naming the milestone further on may still tell the date it moves to
        beyond = found_at is not None and abs(index - best) > found_at + 1
        if beyond and not (moved and index in events):
            break
        for mention in reading.windows(index):
            if mention.superseded or mention.since or (mention.past and signal is not Signal.ACHIEVED):
                continue
            if beyond and not mention.moved_to:
                continue
            if signal is Signal.ACHIEVED and _after_publication(mention.window, reading):
                continue  # a deed done is not dated ahead: that date is of a plan told beside it
            if is_later_goal(nature_of_date(reading, index, mention.start, mention.end), profile):
                continue  # "road tests now, a launch by 2030": the launch's date, not the test cars'
            if index in events or is_outcome_date(reading.folded, mention, reading.windows(index)):
                candidates.append((abs(index - best), mention))  # a neighbour's date only if an outcome's
                found_at = abs(index - best) if found_at is None else found_at
    if signal is not Signal.ACHIEVED:
        # "previously it had said 2025": a date recounted as background gives way to one the story states now
        # (a move told against the date first given is not background: "originally slated for late 2022, will now be
        # offered in the first half of next year")
        current = [(step, m) for step, m in candidates if not reading.recounts(reading.sentence_of(m.start))]
        candidates = current or candidates
    if signal is Signal.STARTED:
        # "began operating the building this month, toward supply in fiscal 2027": work begun is dated by what it aims
        # at, not by the month it began
        published = reading.published
        if published is not None:
            month = (published.year, published.month)
            ahead = [(step, m) for step, m in candidates if m.window.end is None or m.window.end.last_month() > month]
            candidates = ahead or candidates
    if signal is Signal.REAFFIRMED:
        # "denied a report that it slips to late 2028 ... preparations for 2027-28 on plan": the date denied gives
        # way to the one kept
        kept = [(step, m) for step, m in candidates if not _denies(reading, reading.sentence_of(m.start))]
        candidates = kept or candidates
    positions = [p for ps in events.values() for p in ps]
    # a date in a sentence whose subject is the milestone's company is theirs, not a supplier's ("Toyota still
    # targets 2027-2028" over "the supplier plans output from fiscal 2028, with Toyota as customer")
    own = {
        m.start
        for _, m in candidates
        if not _subjects_carried(reading, reading.sentence_of(m.start)).isdisjoint(milestone.companies)
    }
    return pick_window(reading.folded, candidates, positions, milestone.expected, signal, own)


def _subjects_carried(reading: ArticleReading, index: int) -> set[str]:
    """A sentence's subject; of a Chinese, Japanese or Korean sentence naming no company, which leaves its subject
    unsaid, the last one named before ("出光は…発表した。千葉事業所内に建設し、2027年6月の完工を目指す": Idemitsu still
    speaks; an English one has a subject of its own: "The work is due to be finished by March 2027")."""
    while index > 0 and not reading.companies_in(index) and has_unspaced_script(reading.sentence_text(index)):
        index -= 1
    return reading.subjects(index)


def _denies(reading: ArticleReading, index: int) -> bool:
    """Whether a sentence denies a date without saying the plan holds in it ("denied ..., saying it remains on track
    for June 2027" keeps its date)."""
    cues = reading.cues(index)
    return any(c.kind == "denial" for c in cues) and not any(holds(c) for c in cues)


def _plan_of_another_time(window: Window | None, milestone: Milestone, reading: ArticleReading) -> bool:
    """A plan dated years after a milestone that was done on time: another undertaking of the same kind."""
    if window is None or milestone.expected.end is None or milestone.status is not Status.ACHIEVED:
        return False
    end = milestone.expected.end.last_month()
    start = window.start.first_month()
    return (start[0] - end[0]) * 12 + start[1] - end[1] > OTHER_PLAN_MONTHS


def _years_beyond(window: Window | None, milestone: Milestone) -> int:
    """How many years after the timeline's window closes a window starts (0 if not after)."""
    end = milestone.expected.end
    if window is None or end is None:
        return 0
    return max(0, window.start.year - end.year)


def _later_than_timeline(
    window: Window | None, milestone: Milestone, reading: ArticleReading, revised: bool = False
) -> bool:
    """A date later than the timeline's, said when the window is near or said to revise the timetable: a slip.
    Said long before the window opens, it is an earlier plan of its time, not a change."""
    if window is None or reading.published is None or milestone.status in (Status.ACHIEVED, Status.CANCELLED):
        return False
    if revised and window.start.first_month() > milestone.expected.start.last_month():
        return True  # "adjusts mass production to the first half of 2028", of a 2027-28 milestone: its start moved
    opens = milestone.expected.start.first_month()
    published = (reading.published.year, reading.published.month)
    if (
        milestone.companies
        and not revised
        and (opens[0] - published[0]) * 12 + opens[1] - published[1] > SLIP_NOTICE_MONTHS
    ):
        return False  # (an outlook for the whole industry later than the timeline's is a slip whenever it is said)
    if not milestone.companies and _reaches_past(window, milestone.expected):
        return True  # "only in the early 2030s", "five to ten years off", of what the timeline has in 2030
    return starts_after(window, milestone.expected)


def _moved_from(
    reading: ArticleReading, window: Window | None, events: dict[int, list[int]], best: int
) -> Signal | None:
    """Whether the plan's date is told beside the date it gives up ("statt Mitte 2027 nun im ersten Quartal 2028"):
    later is a delay, earlier a pull-in, within the timeline's window as well."""
    if window is None:
        return None
    told = set(events) | set(range(best, min(best + _WINDOW_REACH, len(reading.sentences.spans))))
    dated = (i for i in sorted(told) if reading.may_give_up_a_date(i))
    for given_up in (w.window for i in dated for w in reading.windows(i) if w.superseded):
        if starts_after(window, given_up):
            return Signal.DELAYED
        if starts_after(given_up, window):
            return Signal.ACCELERATED
    return None


def _before_timeline(window: Window | None, milestone: Milestone, reading: ArticleReading) -> bool:
    """Whether a window still ahead of the story ends before the timeline's opens."""
    if window is None or window.end is None or milestone.status is Status.ACHIEVED:
        return False
    return _after_publication(window, reading) and window.end.last_month() < milestone.expected.start.first_month()


def _reaches_past(window: Window, expected: Window) -> bool:
    """Whether a window begins in the timeline's and runs years past it: an outlook for a whole industry spread
    over "the early 2030s" puts the bulk of it later."""
    if window.end is None or expected.end is None or window.start.year < expected.start.year:
        return False
    return window.end.year - expected.end.year >= SPREAD_PAST_YEARS


def _vehicle_step_ahead(reading: ArticleReading) -> Window | None:
    """The date a story gives, ahead of it, for putting the cells in vehicles (in small batches)."""
    for index in range(min(len(reading.sentences.spans), reading.sentences.lead + 1 + _VEHICLE_STEP_REACH)):
        for mention in reading.windows(index):
            if mention.past or mention.since or mention.superseded or not _after_publication(mention.window, reading):
                continue
            if nature_of_date(reading, index, mention.start, mention.end) in ("vehicle_test", "pilot"):
                return mention.window
    return None


def _in_vehicles_now(reading: ArticleReading) -> bool:
    """Whether the story tells of cells going into vehicles already ("entered small-batch vehicle validation")."""
    for index in range(min(len(reading.sentences.spans), reading.sentences.lead + 1 + _VEHICLE_STEP_REACH)):
        if any(not w.past for w in reading.windows(index)):
            continue
        for cue in reading.cues(index):
            if cue.signal in (Signal.ACHIEVED, Signal.STARTED) and (
                event_nature(reading, index, cue, {"vehicle_test"})[0] == "vehicle_test"
            ):
                return True
    return False


def _after_publication(window: Window, reading: ArticleReading) -> bool:
    return reading.ahead_of_story(window)


def _recap(reading: ArticleReading, window: Window | None, sentence: int) -> bool:
    """Whether a deed told below the headline was done months before the story, or is said to be earlier news
    ("opened its pilot line earlier this year")."""
    if reading.published is None or reading.sentences.is_headline(sentence):
        return False
    for mention in reading.windows(sentence):
        if mention.since or _EARLIER.search(reading.text, max(0, mention.start - 12), mention.end):
            return True  # (a deed going on "since February" began before the story: background to its news)
    if window is None or window.end is None:
        return False
    end = window.end.last_month()
    published = (reading.published.year, reading.published.month)
    if end < published and _title_looks_ahead(reading, published):
        return True  # "lays out its 2025 plan" over "it shipped its first B0 samples in late 2024": the plan is news
    return (published[0] - end[0]) * 12 + published[1] - end[1] > RECAP_MONTHS


def _title_looks_ahead(reading: ArticleReading, published: tuple[int, int]) -> bool:
    """Whether the title dates something still to come or still running (a plan for this year or later)."""
    if not reading.sentences.has_title:
        return False
    return any(
        not w.past and w.window.end is not None and w.window.end.last_month() >= published for w in reading.windows(0)
    )


def _months_early(reading: ArticleReading, milestone: Milestone) -> int:
    """How many months before the timeline's window opens the story was published (0 if not before)."""
    if reading.published is None:
        return 0
    opens = milestone.expected.start.first_month()
    return max((opens[0] - reading.published.year) * 12 + opens[1] - reading.published.month, 0)


def _product_named_at(reading: ArticleReading, hits: list[tuple[Hit, Phrase]], sentence: int) -> bool:
    """Whether one of the milestone's products is named in a sentence or in the headline."""
    return any(
        p.tag == "product"
        and (reading.sentence_of(h.start) == sentence or reading.sentences.is_headline(reading.sentence_of(h.start)))
        for h, p in hits
    )


def _is_stale(reading: ArticleReading, milestone: Milestone, months: int = STALE_MONTHS) -> bool:
    """Whether the story came out more than ``months`` after an achieved milestone's window."""
    if milestone.status is not Status.ACHIEVED or reading.published is None:
        return False
    end = (milestone.expected.end or milestone.expected.start).last_month()
    published = (reading.published.year, reading.published.month)
    return (published[0] - end[0]) * 12 + published[1] - end[1] > months
