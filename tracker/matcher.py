"""The matcher: what one article says, against the universe.

``build_matcher(universe)`` compiles every phrase of the universe (aliases, keywords, products, topic
terms) and of the industry's vocabulary (solid-state terms, concepts in six languages, status language)
into one automaton; ``Matcher.classify(article)`` scans the article once and reads only the sentences the
hits point to: which companies it is about, whether it is about solid-state batteries, which milestones it
bears on and what it says of them, the topics it discusses and any new-milestone candidate.

``matches`` come best first: a milestone the story surely names in its headline, or one it reports a change
of, before a new-milestone candidate (``milestone`` None), before weaker readings. ``confidence`` is how
likely the match's milestone and signal are both right: it grows with how surely the story names the
milestone (its companies about the story, its specific words, in the headline), how firmly the status is
worded and how prominent the sentence is. On our labelled sets, matches at 0.7 or more were right in more
than 9 of 10 cases; a plan without a date, a status read far down the story or a milestone named only by
everyday words stay well below. A candidate's confidence is at most 0.8.
"""

from __future__ import annotations

import math
from collections import defaultdict

from tracker.article_reading import ArticleReading, industry_voice_phrases, other_chemistry_phrases, read_article
from tracker.candidates import Candidate, find_candidate
from tracker.classification import ArticleText, Classification, MilestoneMatch, Signal
from tracker.company_names import company_phrases, context_patterns, other_company_phrases
from tracker.event_natures import MilestoneProfile
from tracker.milestone_match import EXCLUDED, MilestoneReading, read_milestone
from tracker.phrase_scan import INFLECT, PLURAL, WORD, Phrase, PhraseScanner, has_unspaced_script, normalise, outermost
from tracker.relevance import is_relevant, relevance_phrases
from tracker.signals import PLAN_CHANGES, cue_phrases
from tracker.topics import find_topics, topic_phrases
from tracker.universe import Milestone, Universe
from tracker.vocabulary import CONCEPTS, Concept, concept_of

MATCH_FLOOR = 0.15  # below this a milestone reading is noise, not a match
_CHANGES = (Signal.ACHIEVED, Signal.STARTED, Signal.DELAYED, Signal.ACCELERATED, Signal.CANCELLED)
STRONG_IDENTITY = 0.8  # a milestone this surely named in the headline stays first even with no status said
SURE_MATCH = 0.7  # a top match this sure makes its milestone's own companies what the story is about
# milestones whose every company does the deed: a test car on a partner's cells is the cell maker's test too
_SHARED_DEEDS = frozenset({"vehicle_test", "demo"})


class Matcher:
    def __init__(self, universe: Universe, scanner: PhraseScanner, profiles: dict[str, MilestoneProfile]):
        self.universe = universe
        self._scanner = scanner
        self._profiles = profiles
        self._by_company: dict[str, list[str]] = defaultdict(list)
        self._industry = frozenset(m for m, p in profiles.items() if p.industry)
        for milestone_id, profile in profiles.items():
            for company in profile.milestone.companies:
                self._by_company[company].append(milestone_id)
        self._solid_state_only = frozenset(c.id for c in universe.companies if c.solid_state_only)
        self._company_order = {c.id: i for i, c in enumerate(universe.companies)}
        self._contexts = context_patterns(universe.companies)

    def classify(self, article: ArticleText) -> Classification:
        reading = read_article(article, self._scanner, self._contexts)
        if not is_relevant(reading, self._solid_state_only):
            return Classification(article.id, False, reading.about, reading.mentioned)
        topics = find_topics(reading.kind("topic"), reading.sentences, reading.folded)
        readings = self._milestone_readings(reading)
        candidate = find_candidate(reading, readings, self._company_order, self._solid_state_only)
        matches = _ordered_matches(reading, readings, candidate, self._industry)
        about, mentioned = self._owners_about(matches, reading)
        return Classification(
            article.id, True, about, mentioned, topics, matches, candidate.slug if candidate else None
        )

    def _owners_about(
        self, matches: tuple[MilestoneMatch, ...], reading: ArticleReading
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A story surely told of a milestone is about the company that owns it, even one named once (CATL among
        CASIP's members; Factorial, whose cells the EQS test car runs on). Of a joint milestone of another kind
        the partner named once stays mentioned: a parent group, a supplier of a plant; so does a company named only
        as a customer or backer of the story's subject."""
        about, mentioned = reading.about, reading.mentioned
        if not matches or matches[0].milestone is None:
            return about, mentioned
        profile = self._profiles[matches[0].milestone]
        owners = profile.milestone.companies
        if owners and len(about) > 1:
            # another company the story's milestone is not of, its title not naming it, is a passer-by of the story
            titled = {m.company for m in reading.mentions if m.sentence == 0 and not m.passing}
            demoted = [c for c in about[1:] if c not in owners and (c not in titled or not reading.sentences.has_title)]
            if demoted:
                about = tuple(c for c in about if c not in demoted)
                mentioned = (*demoted, *mentioned)
        if matches[0].confidence < SURE_MATCH or not mentioned:
            return about, mentioned
        if len(owners) > 1 and not (profile.defining and profile.defining <= _SHARED_DEEDS):
            return about, mentioned
        promoted = [
            c for c in mentioned if c in owners and not all(m.client for m in reading.mentions if m.company == c)
        ]
        if not promoted:
            return about, mentioned
        return (*about, *promoted), tuple(c for c in mentioned if c not in promoted)

    def _milestone_readings(self, reading: ArticleReading) -> list[MilestoneReading]:
        # a milestone of a company only mentioned may still be named by its own words ("CASIP")
        wanted = {m for c in (*reading.about, *reading.mentioned) for m in self._by_company.get(c, ())}
        wanted.update(self._industry)
        readings = []
        for milestone_id in sorted(wanted):
            found = read_milestone(reading, self._profiles[milestone_id], MATCH_FLOOR)
            if found is None or found.confidence < MATCH_FLOOR:
                continue
            if found.signal is Signal.NONE and not (found.headline and found.identity >= STRONG_IDENTITY):
                continue  # named in passing, with nothing said of it
            readings.append(found)
        is_headline = reading.sentences.is_headline
        if any(r.signal is not Signal.NONE for r in readings):
            # a follow-up of a milestone long reached is the story's milestone only where it says nothing of another,
            # or where the headline names it and says nothing of the other ("S-Line passes 50,000 sample cells",
            # mass production in 2027 said in passing further on)
            passing = not any(r.signal is not Signal.NONE and any(is_headline(i) for i in r.covered) for r in readings)
            readings = [r for r in readings if not r.follow_up or (passing and r.headline)]
        # a headline whose change another milestone reads for itself is that one's news, not the named one's
        told = [r.signal for r in readings if r.signal is not Signal.NONE and any(is_headline(i) for i in r.covered)]
        changed = any(signal is not Signal.REAFFIRMED for signal in told)

        def rank(r: MilestoneReading) -> float:
            elsewhere = not any(is_headline(i) for i in r.covered)
            return _rank(r, bool(told) and elsewhere, changed and elsewhere)

        readings.sort(key=lambda r: (-rank(r), r.milestone))
        return readings


def _distinct(readings: list[MilestoneReading]) -> list[MilestoneReading]:
    """Leave out a weaker reading of the very sentence a much stronger one reads (one sentence, one event)."""
    kept: list[MilestoneReading] = []
    for found in readings:
        if any(k.sentence == found.sentence and found.confidence < 0.5 * k.confidence for k in kept):
            continue
        kept.append(found)
    return kept


def _rank(found: MilestoneReading, headline_told: bool = False, headline_changed: bool = False) -> float:
    """``headline_told``: the headline's news is another milestone's, this one reading nothing there;
    ``headline_changed``: that news is a change (not a plan restated)."""
    if found.follow_up:
        if found.headline and not headline_told:
            return found.confidence + 0.2  # the headline's milestone, long reached: the rest says only in passing
        return found.confidence - 0.2  # a milestone long reached, named: whatever the story says comes first
    if headline_told and found.signal is Signal.NONE:
        return found.confidence - 0.2  # named there surely, but the news it tells is another milestone's
    if headline_changed and found.signal is Signal.REAFFIRMED:
        # the plan restated further on, the headline telling another milestone's change: "drops its limited
        # solid-state run; the test cars run on as planned"
        return found.confidence - 0.2
    # (named there surely, its plan restated only further on: the headline's news is still the other's)
    surely_named = found.headline and found.identity >= STRONG_IDENTITY and not headline_told
    return found.confidence + (0.2 if surely_named else 0.0) + (0.05 if found.own_story else 0.0)


def _ordered_matches(
    reading: ArticleReading, readings: list[MilestoneReading], candidate: Candidate | None, industry: frozenset[str]
) -> tuple[MilestoneMatch, ...]:
    matches = [
        MilestoneMatch(
            r.milestone, r.signal, r.window, round(r.confidence, 3), reading.sentence_text(r.sentence).strip()
        )
        for r in _distinct(readings)
    ]
    readings = [r for r in readings if r.milestone in {m.milestone for m in matches}]
    if candidate is None:
        return tuple(matches)
    # a follow-up of a milestone long reached is the story's milestone only where the story tells nothing new, or
    # where its headline surely names it ("ProLogium adds a second line at its Taoyuan plant": news of the plant
    # long opened, not a new undertaking)
    # (not before a change the story tells of something else: "IM L6 semi-solid deliveries slip to October")
    kept = [not r.follow_up or (r.titled and candidate.match.signal not in PLAN_CHANGES) for r in readings]
    matches = [m for m, keep in zip(matches, kept, strict=True) if keep]
    readings = [r for r, keep in zip(readings, kept, strict=True) if keep]
    is_headline = reading.sentences.is_headline
    # a milestone the story surely names, or one it says something of, outranks a new announcement; a change read
    # far less surely than the announcement ("inaugurated a pilot line for its QSE-5 cells" read as the QSE-5
    # samples) gives way, unless it is the whole industry's (whose readings are never sure)
    # (a change the headline tells of a new undertaking outranks a milestone named there with nothing said of it)
    told_change = candidate.match.signal in PLAN_CHANGES and is_headline(candidate.sentence)
    firm = [
        m
        for m, r in zip(matches, readings, strict=True)
        if r.follow_up
        or (
            r.headline
            and r.identity >= STRONG_IDENTITY
            and (r.signal is not Signal.NONE or (r.own_story and not told_change))
        )
        or (
            # (not a change of a company named only in passing against the headline's announcement: "SAIC will mass
            # produce all-solid-state cells in 2026 ... its IM brand has just launched the semi-solid L6")
            (r.own_story or is_headline(r.sentence) or not is_headline(candidate.sentence))
            and (
                (r.signal in _CHANGES and (r.confidence >= candidate.match.confidence * 0.5 or r.milestone in industry))
                or (r.signal is not Signal.NONE and r.confidence >= candidate.match.confidence * 0.8)
            )
        )
        # (what the headline says of a milestone outranks an announcement told only further on)
        or (r.signal is not Signal.NONE and is_headline(r.sentence) and not is_headline(candidate.sentence))
    ]
    rest = [m for m in matches if m not in firm]
    return tuple(firm + [candidate.match] + rest)


def build_matcher(universe: Universe) -> Matcher:
    phrases: list[Phrase] = []
    phrases += company_phrases(universe.companies)
    phrases += other_company_phrases(universe.others)
    phrases += topic_phrases(universe.topics)
    phrases += relevance_phrases()
    phrases += cue_phrases()
    phrases += industry_voice_phrases()
    phrases += other_chemistry_phrases()
    phrases += _concept_phrases()
    keyword_phrases = _keyword_phrases(universe.milestones)
    phrases += [p for p in keyword_phrases if not concept_of(p.text)]
    scanner = PhraseScanner(phrases)
    # a keyword naming a concept is found as the concept (one hit for all the milestones that use it)
    concept_words: dict[str, dict[str, Phrase]] = defaultdict(dict)
    for phrase in keyword_phrases:
        concept = concept_of(phrase.text)
        if concept is not None:
            concept_words[phrase.ref].setdefault(concept.name, phrase)
    profiles = {
        m.id: MilestoneProfile(
            m,
            _natures(m),
            _title_natures(scanner, m),
            concept_words[m.id],
            _partners_in_title(universe, m),
            _industry_words(m, concept_words[m.id]),
            any(universe.company(c).solid_state_only for c in m.companies),
        )
        for m in universe.milestones
    }
    return Matcher(universe, scanner, profiles)


def _industry_words(milestone: Milestone, concept_words: dict[str, Phrase]) -> dict[str, Phrase]:
    """For an industry milestone of adoption: mass production, said of the technology itself, is its word too."""
    if milestone.companies:
        return {}
    adoption = [p for name, p in concept_words.items() if (c := concept_of(name)) and c.nature == "adoption"]
    return {"mass production": adoption[0]} if adoption else {}


def _partners_in_title(universe: Universe, milestone: Milestone) -> bool:
    title = milestone.title.lower()
    companies = [universe.company(c) for c in milestone.companies]
    return len(companies) > 1 and all(any(a.lower() in title for a in c.aliases) for c in companies)


def _title_natures(scanner: PhraseScanner, milestone: Milestone) -> frozenset[str]:
    """What the milestone's own event is, from the concepts its title names ("pilot production")."""
    hits = outermost(scanner.scan(milestone.title, normalise(milestone.title)).get("concept", []))
    return frozenset(p.tag for h in hits for p in h.phrases.values() if p.tag)


def _ending(text: str) -> str:
    last = text.split()[-1] if text.split() else text
    return INFLECT if last.isascii() and last.isalpha() and last.islower() and len(last) > 3 else WORD


def _concept_phrases() -> list[Phrase]:
    # the vocabulary lists its inflections itself; a stem ("produc") would fire on every "production" too
    return [
        Phrase("concept", c.name, form, ending=PLURAL, tag=c.nature or "", group=c.name)
        for c in CONCEPTS
        for form in c.forms
    ]


def _natures(milestone: Milestone) -> frozenset[str]:
    found = set()
    for word in (*milestone.keywords, *milestone.products):
        concept = concept_of(word)
        if concept and concept.nature:
            found.add(concept.nature)
    return frozenset(found)


def _keyword_phrases(milestones: tuple[Milestone, ...]) -> list[Phrase]:
    """Keywords and products of every milestone, each concept in all its languages, weighted by how
    specific it is: a product or a name (Salzgitter, CASIP) most, a word many milestones share least; and the
    names of what it is not (tagged ``EXCLUDED``)."""
    groups = {m.id: {_group(w) for w in (*m.keywords, *m.products)} for m in milestones}
    by_company: dict[str, list[Milestone]] = defaultdict(list)
    for milestone in milestones:
        for company in milestone.companies:
            by_company[company].append(milestone)
    industry = [m for m in milestones if not m.companies]
    phrases = []
    for milestone in milestones:
        peers = _peers(milestone, milestones, by_company, industry)
        words = [(w, "product") for w in milestone.products] + [(w, "") for w in milestone.keywords]
        for word, role in words:
            concept = concept_of(word)
            tag = role or _role(word, concept)
            sharing = sum(1 for peer in peers if _group(word) in groups[peer.id])
            weight = _base_weight(word, tag) / math.sqrt(max(sharing, 1))
            phrases.append(
                Phrase(
                    "keyword",
                    milestone.id,
                    word,
                    ending=_ending(word),
                    case_sensitive=_is_name(word),
                    weight=weight,
                    tag=tag,
                    group=_group(word),
                )
            )
        for word in milestone.excludes:  # (found to be left out: "Solstice" is not the EQS test cars)
            phrases.append(
                Phrase("keyword", milestone.id, word, ending=_ending(word), case_sensitive=_is_name(word), tag=EXCLUDED)
            )
    return phrases


def _peers(
    milestone: Milestone,
    milestones: tuple[Milestone, ...],
    by_company: dict[str, list[Milestone]],
    industry: list[Milestone],
) -> list[Milestone]:
    """The milestones a story about this one could be mistaken for: those of the same companies (an
    industry milestone competes with all)."""
    if not milestone.companies:
        return list(milestones)
    peers = {m.id: m for c in milestone.companies for m in by_company[c]}
    return list(peers.values()) + industry


def _group(word: str) -> str:
    concept = concept_of(word)
    return concept.name if concept else word.strip().lower()


def _is_name(word: str) -> bool:
    return " " not in word.strip() and word[:1].isupper() and not has_unspaced_script(word)


def _role(word: str, concept: Concept | None) -> str:
    if concept is not None:
        return "nature" if concept.nature else "technology"
    if any(ch.isdigit() for ch in word):
        return "spec"  # "150 kWh", "QSE-5": as telling as a product
    if _is_name(word) or has_unspaced_script(word):
        return "name"
    return "plain"


def _base_weight(word: str, tag: str) -> float:
    if tag == "product":
        return 3.0
    if tag in ("name", "spec"):
        return 2.0
    if tag == "nature":
        return 1.6 if (" " in word or "-" in word) else 1.0
    if tag == "technology":
        return 0.4  # "all-solid-state": says what kind of battery, not which undertaking
    return 0.8
