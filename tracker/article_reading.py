"""One article as the matcher reads it: the scanned string, its phrase hits, sentences and companies.

Sentence-level readings (status cues, date windows) are made lazily, only for the sentences a milestone or
an announcement points to, and kept for the other readers of the same sentence.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.classification import ArticleText, Signal
from tracker.company_names import Mention, NameContexts, find_mentions, rank_companies
from tracker.phrase_scan import PLURAL, Hit, Phrase, PhraseScanner, has_unspaced_script, normalise, outermost
from tracker.sentences import Sentences, article_sentences
from tracker.signals import (
    CONTRAST,
    PLAN_CHANGES,
    PLANNED_STRENGTH,
    SUPPLIES,
    Cue,
    describes_a_thing,
    done_late,
    earliest_date,
    ended_early,
    read_cues,
    split_move,
)
from tracker.universe import Window
from tracker.vocabulary import INDUSTRY_VOICE_SPEAKERS, INDUSTRY_VOICE_VERBS, INDUSTRY_VOICES, OTHER_CHEMISTRIES
from tracker.window_choice import starts_after
from tracker.windows import WindowMention, find_windows, may_give_up_a_date

# A sentence recounting the past ("were initially to", "had been delayed before") is background, not news. (Sought
# in the folded text: lower case, simplified Chinese, far quicker than a case-blind search.)
_BACKGROUND = re.compile(
    r"\b(?:initially|originally|previously|repeatedly|first\s+announced|earlier\s+(?:plans?|target|timeline)|"
    r"in\s+the\s+past|had\s+(?:been\s+|long\s+)?"
    r"(?:planned|expected|targeted|pictured|assumed|envisaged|envisioned|anticipated|predicted|forecast|hoped|"
    r"promised)|was\s+(?:first\s+)?(?:planned|expected|slated)|initialement|à\s+l['’]origine|"
    r"ursprünglich|zuvor|bislang|(?:several|many|multiple|a\s+number\s+of)\s+times|mehrfach|à\s+plusieurs\s+reprises)\b|"
    r"当初|原本|原计划|此前|曾表示|曾计划|曾经|屡次|多次|一再|従来|前回|何度も|원래|당초|앞서|이전에|여러 차례|지난번"
)
_WITHOUT_BEFORE = re.compile(r"\b(?:no|without|anode-free|replac\w*|instead\s+of|ohne|statt|sans)\b[^.,;]*$")
# One of these is in every English (ASCII) sentence the pattern matches.
_BACKGROUND_WORDS = (
    "initial",
    "original",
    "previous",
    "repeatedly",
    "first announced",
    "earlier",
    "past",
    "had",
    "was",
    "zuvor",
    "bislang",
    "times",
    "mehrfach",
    "reprises",
)


# A sentence whose subject is a company the universe does not track: "国轩高科称其电池已开始装车测试", "Honda Motor
# said it will ...". Its deeds are that company's, not the story's company's. ("全固体電池は", the technology itself as
# a topic, is none.)
_OTHER_COMPANY_SUBJECT = re.compile(
    r"^\W{0,2}(?:(?![^\s，,。]{0,12}?(?:固体|固態|固态|고체))[^\s，,。]{2,12}?"
    r"(?:高科|科技|汽车|电池|能源|集团|股份|锂电|动力|新能源|电子|化学|工业|自動車|電池|"
    r"전자|배터리|에너지|자동차|화학)(?:公司|股份有限公司)?\s*(?:称|表示|宣布|透露|则|也|が|は|는|은|도)|"
    r"[^,;:]{0,40}?(?:[A-Z][\w&.-]*\s){1,3}(?:Inc|Corp|Ltd|Group|Motors?|Motor\s+Co|Energy|Batter(?:y|ies)|"
    r"Technolog(?:y|ies)|Chemical|Electric|Industries|Automotive|AG|SE)\b\.?(?:\s+[A-Z]\w+)?,?\s+"
    r"(?:said|says|told|announced|plans|aims|expects|has|have|is|will))"
)
# a clause of time after a statement, telling its occasion: "..., he said after the car drove 1,205 km"
_AFTER = r"after|following|nachdem|après"
_OCCASION = re.compile(rf"\b(?:{_AFTER}|already|bereits|déjà)\b", re.I)
_DEEDS = frozenset({Signal.ACHIEVED, Signal.STARTED})
# a circumstance clause: "随着广汽、长安等车企陆续启动装车验证，…": what it tells is the setting of the news, not news
_CIRCUMSTANCE_BEFORE = re.compile(r"随着[^，,。；;]*$")
_AFTER_DEED = re.compile(rf"\b(?:{_AFTER})\b", re.I)  # (a deed after a deed: "already" says nothing of its time)
_SUBJECT_REACH = 12  # characters from the start of a sentence within which a company name is its subject
_SUBJECT_LEAD = " \t\n\"'“”‘’«»「」『』【】"
# One of these is in every sentence written in ASCII the pattern matches (its other branch needs CJK or Hangul).
_OTHER_COMPANY_WORDS = (
    "Inc",
    "Corp",
    "Ltd",
    "Group",
    "Motor",
    "Energy",
    "Batter",
    "Technolog",
    "Chemical",
    "Electric",
    "Industries",
    "Automotive",
    "AG",
    "SE",
)
# (a search for any of them is quicker than a test of each; for the background words, sought in lower case, a
# test of each is quicker)
_HAS_OTHER_COMPANY_WORD = re.compile("|".join(_OTHER_COMPANY_WORDS))
_DONE_CJK = re.compile(r"已|了|완료|했|した|済")
_CLAUSE_BREAK = re.compile(r"[，；;。]|,\s|\b(?:and|but|while)\s+(?:is|are|was|were|has|have|had|will)\b")
# a company set aside, its name after these words or before these endings: "besides Toyota", "トヨタ以外", "도요타 외"
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:besides|other\s+than|apart\s+from|aside\s+from|except|außer|neben|en\s+dehors\s+de|hormis|"
    r"autres?\s+que)\s+(?:its\s+|their\s+|partner\s+|customer\s+)*$",
    re.I,
)
_SELLING = re.compile(
    r"customer|client|buyer|supplie|supply|sell|sales|offer|sample|kunde|lieferung|fournisseur|"
    r"外販|外売|供給|販売|顧客|供应|供货|客户|销售|外销|고객|공급|판매|납품|외판"
)
_SET_ASIDE_AFTER = re.compile(r"(?:自動車|汽车|자동차)?\s*(?:以外|之外|외에|외의|외 )")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_DATE_REACH = 30  # characters between a verb and the date it is done at


class ArticleReading:
    """What one article says, read once: its text, hits, sentences and companies, and (worked out when first asked,
    kept for the rest of the matching) each sentence's status words, dates and clauses."""

    def __init__(
        self,
        article: ArticleText,
        text: str,
        folded: str,
        hits: dict[str, list[Hit]],
        sentences: Sentences,
        mentions: list[Mention],
        about: tuple[str, ...],
        mentioned: tuple[str, ...],
    ) -> None:
        # (a plain class with its __init__ written out: mypyc compiles it, where a dataclass's runs interpreted)
        self.article = article
        self.text = text
        self.folded = folded  # ``normalise(text)``: lower case, simplified Chinese; status words are read in it
        self.hits = hits
        self.sentences = sentences
        self.mentions = mentions
        self.about = about
        self.mentioned = mentioned
        self._cues: dict[int, list[Cue]] = {}
        self._gives_up: dict[int, bool] = {}
        self._windows: dict[int, list[WindowMention]] = {}
        self._by_sentence: dict[str, dict[int, list[Hit]]] = {}
        self._unspaced: dict[int, bool] = {}
        self._clause_breaks: dict[int, list[tuple[int, int]]] = {}
        self._untracked_leads: dict[int, bool] = {}
        self._subjects: dict[int, set[str]] = {}
        self._sentence_at: dict[int, int] = {}
        self._companies_in: dict[int, set[str]] = {}
        self._background: dict[int, bool] = {}
        self._other_subject: dict[int, bool] = {}
        self._position_weight: dict[int, float] = {}
        self._tagged: dict[int, list[tuple[int, int, str]]] = {}
        self._industry_voice: bool | None = None
        self._set_aside: frozenset[str] | None = None
        # event_natures' cache: the nature of the event a status word tells, by (sentence, word start, concepts allowed)
        self.nature_cache: dict[tuple[int, int, frozenset[str] | None], tuple[str | None, int]] = {}

    @property
    def published(self) -> date | None:
        return self.article.published

    def kind(self, kind: str) -> list[Hit]:
        return self.hits.get(kind, [])

    def sentence_of(self, position: int) -> int:
        index = self._sentence_at.get(position)
        if index is None:
            index = self._sentence_at[position] = self.sentences.index_at(position)
        return index

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences.spans[index]
        return self.text[start:end]

    def in_sentence(self, kind: str, index: int) -> list[Hit]:
        """Hits of one kind in one sentence."""
        if kind not in self._by_sentence:
            # hits come in text order: one walk along the sentence starts places them all
            grouped: dict[int, list[Hit]] = {}
            starts, at = self.sentences.starts, self._sentence_at
            last, sentence = len(starts) - 1, 0
            following = starts[1] if last else len(self.text) + 1
            for hit in self.kind(kind):
                while hit.start >= following:
                    sentence += 1
                    following = starts[sentence + 1] if sentence < last else len(self.text) + 1
                at[hit.start] = sentence
                group = grouped.get(sentence)
                if group is None:
                    grouped[sentence] = [hit]
                else:
                    group.append(hit)
            self._by_sentence[kind] = grouped
        return self._by_sentence[kind].get(index, [])

    def cues(self, index: int) -> list[Cue]:
        known = self._cues.get(index)
        if known is not None:
            return known
        start, end = self.sentences.spans[index]
        hits = self.in_sentence("cue", index)
        cues = read_cues(hits, self.folded, (start, end)) if hits else []
        if not cues:
            earliest = earliest_date(self.folded, start, end)
            cues = [earliest] if earliest is not None else []
        signals = {c.signal for c in cues}
        if signals.isdisjoint(PLAN_CHANGES) and (moved := split_move(self.folded, start, end)) is not None:
            cues.append(moved)
            signals.add(moved.signal)
        if cues:
            cues = self._cues_adjusted(cues, signals, index)
        cues = self._occasion_left_out([self._given_up(self._dated(cue, index), index) for cue in cues], index)
        if cues and "随着" in self.text[start:end]:
            cues = [c for c in cues if not _CIRCUMSTANCE_BEFORE.search(self.text, start, c.start)]
        known = self._cues[index] = self._moved_by_dates(cues, index)
        return known

    def _cues_adjusted(self, cues: list[Cue], signals: set[Signal], index: int) -> list[Cue]:
        """A supplier's words read in a headline only, and there a plan where dated ahead ("Isdera liefert ... schon
        ab Mai 2026 aus"); a change sooner than planned of a programme ended is its end ("beendet die Erprobung
        früher als geplant")."""
        kinds = {c.kind for c in cues}
        if SUPPLIES in kinds:
            if not (index == 0 and self.sentences.has_title):
                cues = [c for c in cues if c.kind != SUPPLIES]
            elif self._dated_ahead(index):
                cues = [
                    Cue(Signal.REAFFIRMED, PLANNED_STRENGTH, c.start, c.end, c.text, "planned")
                    if c.kind == SUPPLIES
                    else c
                    for c in cues
                ]
        if (
            Signal.DELAYED in signals
            and Signal.ACHIEVED in signals
            and done_late(cues, self.folded, *self.sentences.spans[index])
        ):
            # "has begun road testing, a few months later than the date it set": the deed is the news
            cues = [c for c in cues if c.signal is not Signal.DELAYED]
        if Signal.ACCELERATED in signals and ended_early(self.folded, *self.sentences.spans[index]):
            cues = [
                Cue(Signal.CANCELLED, 1.0, c.start, c.end, c.text, "cancelled") if c.signal is Signal.ACCELERATED else c
                for c in cues
            ]
        return cues

    def ahead_of_story(self, window: Window) -> bool:
        """Whether a window opens after the month the story came out."""
        published = self.published
        return published is not None and window.start.first_month() > (published.year, published.month)

    def _dated_ahead(self, index: int) -> bool:
        return any(not w.past and self.ahead_of_story(w.window) for w in self.windows(index))

    def may_give_up_a_date(self, index: int) -> bool:
        """Whether a sentence holds a word that gives a date up ("instead of", "originally"): where it holds none, no
        date of it is ``superseded`` and its dates need not be read to know it."""
        known = self._gives_up.get(index)
        if known is None:
            start, end = self.sentences.spans[index]
            known = self._gives_up[index] = may_give_up_a_date(self.folded, start, end)
        return known

    def _moved_by_dates(self, cues: list[Cue], index: int) -> list[Cue]:
        """A plan said with its new date beside the one given up is a plan moved: "is now expected in 2027, rather
        than in the second half of 2026" (later: delayed), "in 2026 instead of 2027" (earlier: accelerated)."""
        if not cues or any(c.signal in PLAN_CHANGES for c in cues) or all(c.kind != "planned" for c in cues):
            return cues
        if not self.may_give_up_a_date(index):
            return cues  # (no date can have been given up: its dates need not be read)
        mentions = [w for w in self.windows(index) if not w.past or w.superseded]
        given_up = [w.window for w in mentions if w.superseded]
        current = [w.window for w in mentions if not w.superseded and not w.past]
        if not given_up or len(current) != 1:
            return cues
        new, old = current[0], given_up[0]
        if starts_after(new, old):
            signal = Signal.DELAYED
        elif starts_after(old, new):
            signal = Signal.ACCELERATED
        else:
            return cues
        return [Cue(signal, 1.0, c.start, c.end, c.text, c.kind) if c.kind == "planned" else c for c in cues]

    def _occasion_left_out(self, cues: list[Cue], index: int) -> list[Cue]:
        """A dated plan said on the occasion of a deed ("expects series cars by 2030, he said after an EQS test car
        drove 1,205 km"): the plan is the news, the deed after it only its occasion. (Without a date the plan may
        be the deed's consequence: "will no longer finance its plants after PowerCo agreed to build them".)"""
        end = self.sentences.spans[index][1]
        deeds = [c.end for c in cues if c.signal in _DEEDS]
        if len(deeds) > 1:
            # a deed told as the time of another: "has started producing the cells, three months after the companies
            # signed their agreement"
            after = _AFTER_DEED.search(self.text, min(deeds), end)
            if after is not None:
                cues = [c for c in cues if not (c.start > after.start() and c.signal in _DEEDS)]
        plans = [c.end for c in cues if c.kind == "planned"]
        if not plans or len(plans) == len(cues):
            return cues
        first = min(plans)
        occasion = _OCCASION.search(self.text, first, end)
        if occasion is None or not any(first <= w.start < occasion.start() and not w.past for w in self.windows(index)):
            return cues
        return [c for c in cues if not (c.start > occasion.start() and c.signal in _DEEDS)]

    def _dated(self, cue: Cue, index: int) -> Cue:
        """A deed dated in the future is a plan: "starts production in 2027", "2027年逐步实现量产"."""
        if cue.signal not in (Signal.ACHIEVED, Signal.STARTED) or self.published is None:
            return cue
        published = (self.published.year, self.published.month)
        for window in self.windows(index):
            near = (
                window.end <= cue.start
                and cue.start - window.end <= _DATE_REACH
                and self.one_clause(window.end, cue.start, index)
                or (
                    window.start >= cue.end
                    and window.start - cue.end <= _DATE_REACH
                    and self.one_clause(cue.end, window.start, index)
                )
            )
            if near and not window.past and self._ahead(window, cue, index, published):
                return Cue(Signal.REAFFIRMED, PLANNED_STRENGTH, cue.start, cue.end, cue.text, "planned")
        return cue

    def _given_up(self, cue: Cue, index: int) -> Cue:
        """ "No longer expects to build QS-1": a plan given up, where no date follows for it ("no longer expects
        mass production in 2027" is a delay)."""
        if cue.signal is not Signal.DELAYED or not cue.text.lower().startswith("no longer"):
            return cue
        for w in self.windows(index):
            if w.start < cue.end or w.past:
                continue
            if not _OCCASION.search(self.text, max(cue.end, w.start - 12), w.start):
                return cue  # (a date for it, not the occasion's: "no longer expects QS-1 after this month's deal")
        return Cue(Signal.CANCELLED, cue.strength, cue.start, cue.end, cue.text, "cancelled")

    def _ahead(self, window: WindowMention, cue: Cue, index: int, published: tuple[int, int]) -> bool:
        """Whether a deed's date lies ahead: after the story, or (in Chinese, Japanese, Korean, which mark a
        deed done) in a period still running without such a mark ("今年推出": to come out this year)."""
        if window.window.start.first_month() > published:
            return True
        end = window.window.end
        if not self.unspaced(index) or end is None or end.last_month() <= published:
            return False
        start, stop = min(window.start, cue.start), max(window.end, cue.end)
        return not _DONE_CJK.search(self.text, start, stop)

    def one_clause(self, start: int, end: int, index: int) -> bool:
        """Whether nothing between two positions of a sentence ends a clause ("亮相，2026年装车验证": two)."""
        if self.unspaced(index):
            between = self.text[start:end]
            # (a space within; in a Chinese or Japanese title, any space: its parts are told apart by spaces, "完成装车
            # 明年扩大实证"; Korean puts spaces between words)
            spaced_title = index == 0 and not _HANGUL.search(self.text, *self.sentences.spans[0])
            return not (_CLAUSE_BREAK.search(between) or " " in (between if spaced_title else between.strip()))
        breaks = self._clause_breaks.get(index)
        if breaks is None:  # (asked again and again of a sentence: its breaks are found once)
            first, last = self.sentences.spans[index]
            breaks = self._clause_breaks[index] = [m.span() for m in _CLAUSE_BREAK.finditer(self.text, first, last)]
        for s, e in breaks:  # (in order, none overlapping: the first from start decides)
            if s >= start:
                return e > end
        return True

    def companies_set_aside(self) -> frozenset[str]:
        """The companies the story sets aside as customers ("its first customer besides Toyota", "トヨタ以外への外販",
        "도요타 외 첫 고객"): its news is a supplier's other business, not theirs."""
        if self._set_aside is None:
            self._set_aside = frozenset(
                m.company
                for m in self.mentions
                if (
                    _SET_ASIDE_BEFORE.search(self.text, max(0, m.start - 24), m.start)
                    or _SET_ASIDE_AFTER.match(self.text, m.end, m.end + 8)
                )
                # (of customers or sales: "besides Toyota, Nissan and Honda also aim to" sets none aside)
                and _SELLING.search(self.folded, *self.sentences.spans[m.sentence]) is not None
            )
        return self._set_aside

    def windows(self, index: int) -> list[WindowMention]:
        if index not in self._windows:
            start = self.sentences.spans[index][0]
            found = find_windows(self.sentence_text(index), self.published)
            self._windows[index] = [_shifted(w, start) for w in found]
        return self._windows[index]

    def other_company_subject(self, index: int) -> bool:
        """Whether the sentence's subject is a company the universe does not track (and names no tracked one)."""
        found = self._other_subject.get(index)
        if found is None:
            found = False
            if not self.companies_in(index):
                sentence = self.sentence_text(index)
                if not sentence.isascii() or _HAS_OTHER_COMPANY_WORD.search(sentence):
                    found = bool(_OTHER_COMPANY_SUBJECT.match(sentence))
            self._other_subject[index] = found
        return found

    def subjects(self, index: int) -> set[str]:
        """The tracked companies named in a sentence's first few words: its subject ("Rival BMW is road testing")."""
        found = self._subjects.get(index)
        if found is None:
            start = self.sentences.spans[index][0]
            found = self._subjects[index] = {
                m.company for m in self.mentions if m.sentence == index and m.start - start <= _SUBJECT_REACH
            }
        return found

    def untracked_lead(self, index: int) -> bool:
        """Whether the sentence begins with one of the industry's untracked companies the universe names: its deed is
        that company's, even with a tracked partner's cells ("Stellantis will fit Factorial's cells to a demo fleet",
        "BYD expects large-scale use around 2030")."""
        if "other" not in self.hits:
            return False  # (most stories name none)
        found = self._untracked_leads.get(index)
        if found is None:
            others = self.in_sentence("other", index)
            sentence = self.sentence_text(index)
            start = self.sentences.spans[index][0] + len(sentence) - len(sentence.lstrip(_SUBJECT_LEAD))
            found = self._untracked_leads[index] = any(start <= h.start <= start + 1 for h in others)
        return found

    def other_chemistry(self, index: int) -> bool:
        """Whether a sentence names another battery chemistry and no solid-state one ("started its unified cell,
        first with NMC chemistry")."""
        hits = self.in_sentence("chemistry", index)
        if not hits or self.solid_state_hits(index):
            return False
        # ("its anode-free design, with no graphite anode": the chemistry it does without)
        return any(not _WITHOUT_BEFORE.search(self.folded, max(0, h.start - 24), h.start) for h in hits)

    def industry_voice(self) -> bool:
        """Whether an expert, an analyst or an institute speaks in the headline (an outlook for a whole industry)."""
        found = self._industry_voice
        if found is None:
            headline_end = self.sentences.spans[self.sentences.lead][1]
            voices = self.kind("voice")  # (in text order)
            found = self._industry_voice = bool(voices) and voices[0].start < headline_end
        return found

    def is_background(self, index: int) -> bool:
        found = self._background.get(index)
        if found is None:
            start, end = self.sentences.spans[index]
            lowered = self.folded[start:end]
            # an English sentence without any of the pattern's words is not searched at all
            found = (not lowered.isascii() or _has_background_word(lowered)) and bool(
                _BACKGROUND.search(self.folded, start, end)
            )
            self._background[index] = found
        return found

    def position_weight(self, index: int) -> float:
        """How much a sentence speaks for the story: the title and lead most, later sentences less."""
        found = self._position_weight.get(index)
        if found is None:
            if self.sentences.is_headline(index):
                weight = 1.0
            elif index == self.sentences.lead + 1:
                weight = 0.8
            else:
                weight = 0.6
            found = self._position_weight[index] = weight * (0.5 if self.recounts(index) else 1.0)
        return found

    def recounts(self, index: int) -> bool:
        """Whether a sentence recounts the past: a move of a date told against the one first given ("pushes back
        to 2028 the start initially planned for late 2026") is news, not background."""
        if not self.is_background(index):
            return False
        moved = any(c.signal in (Signal.DELAYED, Signal.ACCELERATED) for c in self.cues(index))
        return not (moved and any(not w.past and not w.superseded for w in self.windows(index)))

    def solid_state_hits(self, index: int) -> tuple[Hit, ...]:
        return (*self.in_sentence("ssb", index), *self.in_sentence("ssb_bare", index))

    def solid_state_in_clause(self, index: int, position: int) -> bool | None:
        """Whether the sentence names solid-state batteries on this position's side of a contrast ("puts its
        plant on hold but keeps its solid-state timetable"); None if it does not name them at all."""
        hits = self.solid_state_hits(index)
        if not hits:
            return None
        for hit in hits:
            low, high = sorted((hit.start, position))
            if not CONTRAST.search(self.text, low, high):
                return True
        return False

    def solid_state_past_contrast(self, index: int, position: int) -> bool:
        """Whether the sentence names solid-state batteries only after a contrast that follows this position
        ("shelves its battery plant deal, but its solid-state date holds"), not before it ("had planned solid-state
        output in 2027 but has delayed it")."""
        hits = self.solid_state_hits(index)
        return bool(hits) and all(
            hit.start > position and CONTRAST.search(self.text, position, hit.start) for hit in hits
        )

    def unspaced(self, index: int) -> bool:
        """Whether a sentence is in a script written without spaces (Chinese, Japanese; Korean too)."""
        if index not in self._unspaced:
            self._unspaced[index] = has_unspaced_script(self.sentence_text(index))
        return self._unspaced[index]

    def natures(self, index: int) -> set[str]:
        return {tag for _, _, tag in self.tagged_concepts(index)}

    def tagged_concepts(self, index: int) -> list[tuple[int, int, str]]:
        """``(start, end, nature)`` of each concept of a known nature in a sentence, in the order of its hits."""
        found = self._tagged.get(index)
        if found is None:
            found = self._tagged[index] = [
                (h.start, h.end, p.tag)
                for h in self.in_sentence("concept", index)
                for p in h.phrases.values()
                if p.tag and not (p.tag == "demo" and self._describing(index, h.start, h.end))
            ]
        return found

    def _describing(self, index: int, start: int, end: int) -> bool:
        """Whether a participle describes a thing a later verb tells the news of ("its first car powered by
        solid-state cells remains on course"): no demonstration drive."""
        sentence_start = self.sentences.spans[index][0]
        return describes_a_thing(self.text, start, end, sentence_start) and any(
            c.start >= end for c in self.cues(index)
        )

    def companies_in(self, index: int) -> set[str]:
        if not self._companies_in and self.mentions:
            for mention in self.mentions:
                self._companies_in.setdefault(mention.sentence, set()).add(mention.company)
        return self._companies_in.get(index, set())


def _has_background_word(lowered: str) -> bool:
    for word in _BACKGROUND_WORDS:
        if word in lowered:
            return True
    return False


def other_chemistry_phrases() -> list[Phrase]:
    return [Phrase("chemistry", "other", word, ending=PLURAL) for word in OTHER_CHEMISTRIES]


def industry_voice_phrases() -> list[Phrase]:
    phrases = [Phrase("voice", "industry", word, ending=PLURAL) for word in INDUSTRY_VOICES]
    phrases += [
        Phrase("voice", "industry", f"{speaker} {verb}")
        for speaker in INDUSTRY_VOICE_SPEAKERS
        for verb in INDUSTRY_VOICE_VERBS
    ]
    return phrases


def _shifted(mention: WindowMention, offset: int) -> WindowMention:
    return WindowMention(
        mention.window,
        mention.start + offset,
        mention.end + offset,
        mention.text,
        mention.past,
        mention.superseded,
        mention.since,
        mention.moved_to,
    )


def read_article(article: ArticleText, scanner: PhraseScanner, contexts: NameContexts | None = None) -> ArticleReading:
    title = article.title or ""
    text = f"{title}\n{article.text or ''}"
    lowered = normalise(text)
    hits = scanner.scan(text, lowered)
    if "concept" in hits:
        hits["concept"] = outermost(hits["concept"])
    sentences = article_sentences(title, article.text or "")
    aliases = hits.get("alias", [])
    if "other" in hits:
        # a tracked name inside an untracked company's longer one is no mention ("辉能" in "鹏辉能源")
        others = [(h.start, h.end) for h in hits["other"]]
        aliases = [
            h for h in aliases if not any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in others)
        ]
    mentions = find_mentions(aliases, contexts or NameContexts({}, {}), sentences, text, lowered)
    about, mentioned = rank_companies(mentions, sentences)
    return ArticleReading(article, text, lowered, hits, sentences, mentions, about, mentioned)
