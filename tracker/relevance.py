"""Is an article about solid-state (or semi-solid) batteries at all?

Yes when its title or lead says so, when two sentences or more do, when it is about a company whose whole
business is solid-state batteries, or when its one mention is itself news (a status statement, not a
hedged aside: "potentially including solid-state later" in a story about an LFP plant is not).
"""

from __future__ import annotations

import re

from tracker.article_reading import ArticleReading
from tracker.phrase_scan import PREFIX, WORD, Phrase
from tracker.vocabulary import (
    BARE_SOLID_STATE,
    BATTERY_WORDS,
    SOLID_STATE_ABBREVIATIONS,
    SOLID_STATE_PREFIXES,
    SOLID_STATE_TERMS,
)

_BATTERY = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in BATTERY_WORDS) + r")(?!\w)", re.I)
_HEDGED = re.compile(r"\b(?:potentially|possibly|could|might|may|eventually|someday|one\s+day|in\s+the\s+future|"
                     r"later|unlike|rather\s+than|instead\s+of|not)\b", re.I)


def relevance_phrases() -> list[Phrase]:
    phrases = [Phrase("ssb", "solid-state", t) for t in SOLID_STATE_TERMS]
    phrases += [Phrase("ssb", "solid-state", t, ending=PREFIX) for t in SOLID_STATE_PREFIXES]
    phrases += [Phrase("ssb", "solid-state", t, case_sensitive=True) for t in SOLID_STATE_ABBREVIATIONS]
    phrases += [Phrase("ssb_bare", "solid-state", t, ending=PREFIX if t == "festkörper" else WORD)
                for t in BARE_SOLID_STATE]
    return phrases


def is_relevant(reading: ArticleReading, solid_state_only: frozenset[str]) -> bool:
    if any(company in solid_state_only for company in reading.about):
        return True
    positions = [h.start for h in reading.kind("ssb")]
    if reading.kind("ssb_bare") and _BATTERY.search(reading.text):
        positions += [h.start for h in reading.kind("ssb_bare")]
    sentences = {reading.sentence_of(p) for p in positions}
    if not sentences:
        return False
    if len(sentences) >= 2 or any(reading.sentences.is_headline(i) for i in sentences):
        return True
    (only,) = sentences
    return bool(reading.cues(only)) and not _HEDGED.search(reading.sentence_text(only))
