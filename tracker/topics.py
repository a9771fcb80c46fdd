"""Technical-problem topics an article discusses substantively, not in a passing word.

A specific term ("interfacial resistance", "lithium dendrites", "cost parity", "界面阻抗") is discussion by
itself. A generic one ("expensive", "cost", "swelling", "yield", "成本") counts only where the sentence treats it
as a problem, in the words around it: high, lower, reduce, hurdle, challenge, suppress, prevent, 降低, 과제...
"""

from __future__ import annotations

import re

from tracker.phrase_scan import INFLECT, WORD, Hit, Phrase, first_letter_alternation, has_unspaced_script
from tracker.sentences import Sentences
from tracker.universe import Topic

# Words that make a generic term a problem where they are near it. Only whether one is near matters, so they are
# three patterns, each quick to search (a single alternation of them all is tried at every character): whole words,
# words in CJK scripts (no case: the engine skips to their first characters), and German and French word beginnings.
_PROBLEM_WORDS = (
    r"high|higher|remains?|remained|lower\w*|reduc\w*|cut\w*|cheaper|parity|hurdles?|challeng\w*|barriers?|"
    r"bottlenecks?|obstacles?|problems?|issues?|difficult\w*|drawbacks?|suppress\w*|prevent\w*|inhibit\w*|avoid\w*|"
    r"mitigat\w*|solv\w*|address\w*|tackl\w*|overcom\w*|eliminat\w*|caus\w*|forms?|formation|grow\w*|penetrat\w*|"
    r"limit\w*|poor|rapid|degrad\w*|fade|crack\w*|stress|fail\w*|risks?|concerns?|instead\s+of|competitive\w*|"
    r"affordab\w*|expensive|costly|bring\s+down|drive\s+down|major|main|mainly|key|very|too|extremely|sehr|zu|trop|très|"
    r"improv\w*|halv\w*|halves"
)
_PROBLEM_CJK = (
    "问题|难题|挑战|瓶颈|抑制|降低|解决|竞争力|高昂|高于|仍高|偏高|较高|課題|低減|問題|抑え|高い|과제|문제|해결|억제|낮추|절감|높|"
    "걸림돌|数倍|几倍|倍以上|배 이상|非常|很|太|过高|とても|매우|너무"
)
_PROBLEM_STEMS = r"problem\w*|herausforderung\w*|verhinder\w*|senk\w*|reduzier\w*|problème\w*|défi\w*|rédui\w*"


_PROBLEM_WORD = re.compile(r"\b" + first_letter_alternation(_PROBLEM_WORDS.split("|")) + r"\b")
_PROBLEM_CJK_WORD = re.compile(_PROBLEM_CJK)
_PROBLEM_STEM = re.compile(first_letter_alternation(_PROBLEM_STEMS.split("|")))
# what every match of the stems holds in an ASCII text
_PROBLEM_STEM_WORDS = ("problem", "herausforderung", "verhinder", "senk", "reduzier")


_REACH = 60  # characters around a generic term in which its problem word is
# A cost word is a problem of making where making is talked of ("cheaper to make", "production costs"), and
# not one where it is a price ("costs about 330,000 yuan").
_COST_WORD = re.compile(r"cost|cheap|expens|pric|teuer|kosten|coût|cher|成本|コスト|비용|昂贵|高価|비싸")
# (behind a lookahead of the letters its words start with: the engine otherwise tries every alternative at every
# character)
_MAKING = re.compile(
    r"(?=[mp生製제생hf])(?:\b(?:mak\w*|made|produc\w*|manufactur\w*|process\w*)\b|生産|生产|製造|제조|생산|herstell\w*|"
    r"produktion|fabricat\w*)"
)
_PRICE_AFTER = re.compile(r"^\s*(?:about|around|roughly|from|just|only|some|at\s+least)?\s*(?:[$€¥£]|\d|rmb|us)")


def topic_phrases(topics: tuple[Topic, ...]) -> list[Phrase]:
    phrases = []
    for topic in topics:
        for term in topic.terms:
            generic = _is_generic(term)
            ending = WORD if has_unspaced_script(term) or not term.isascii() else INFLECT
            phrases.append(Phrase("topic", topic.id, term, ending=ending, tag="generic" if generic else ""))
    return phrases


def _is_generic(term: str) -> bool:
    words = term.split()
    if has_unspaced_script(term):
        return len(term) <= 2
    return len(words) == 1 and "-" not in term


def find_topics(hits: list[Hit], sentences: Sentences, folded: str) -> tuple[str, ...]:
    """Topic ids discussed, in order of first discussion. The words around a term are read in ``folded``, the
    article's text lower-cased (``normalise``): the searches need no case folding, many times quicker."""
    found: dict[str, int] = {}
    for hit in hits:
        for topic, phrase in hit.phrases.items():
            if topic in found:
                continue
            if phrase.tag == "generic":
                start, end = sentences.spans[sentences.index_at(hit.start)]
                before = folded[max(start, hit.start - _REACH) : hit.start]
                around = before + " " + folded[hit.end : min(end, hit.end + _REACH)]
                if not _discussed(folded[hit.start : hit.end], around, folded[hit.end : end]):
                    continue
            found[topic] = hit.start
    return tuple(sorted(found, key=found.get))  # type: ignore[arg-type]


def _discussed(term: str, around: str, after: str) -> bool:
    """Whether a generic term is treated as a problem here, in the words around it."""
    if _COST_WORD.search(term):
        if _PRICE_AFTER.match(after):
            return False  # a price tag, not the cost of making
        return _has_problem_word(around) or bool(_MAKING.search(around))
    return _has_problem_word(around)


def _has_problem_word(text: str) -> bool:
    if _PROBLEM_WORD.search(text):
        return True
    if text.isascii():
        # (neither the Chinese, Japanese and Korean words nor the stems with accents are in an ASCII text)
        return any(word in text for word in _PROBLEM_STEM_WORDS) and bool(_PROBLEM_STEM.search(text))
    return bool(_PROBLEM_CJK_WORD.search(text) or _PROBLEM_STEM.search(text))
