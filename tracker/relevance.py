"""Is an article about solid-state (or semi-solid) batteries at all?

Yes when its title or lead says so ("solid-state" alone counts in a story about batteries, or when what
follows is no other solid-state thing: lidar, drives), when two sentences or more do, when it is about a
company whose whole business is solid-state batteries, or when its one mention is itself news (a status statement, not a
hedged aside: "potentially including solid-state later" in a story about an LFP plant is not).
"""

from __future__ import annotations

import re

from tracker.article_reading import ArticleReading
from tracker.phrase_scan import PREFIX, WORD, Phrase, first_letter_alternation
from tracker.vocabulary import (
    BARE_SOLID_STATE,
    BATTERY_WORDS,
    SOLID_STATE_ABBREVIATIONS,
    SOLID_STATE_PREFIXES,
    SOLID_STATE_TERMS,
)

_BATTERY = re.compile(r"(?<!\w)" + first_letter_alternation([re.escape(w) for w in BATTERY_WORDS]) + r"(?!\w)", re.I)
# "solid-state" naming something else than a battery: lidar, drives, transformers...
_OTHER_SOLID_STATE = re.compile(
    r"\W{0,2}(?:lidar|drives?|ssds?|sensors?|transformers?|relays?|lasers?|lighting|"
    r"amplifiers?|radar|storage|physics|circuit|switch|"
    # German compounds: "Festkörpertransformatoren", "Festkörperlaser", "Festkörper-Leistungsschalter"
    r"transformator\w*|laser\w*|lidar\w*|schalter\w*|leistungsschalter\w*|wärmepumpe\w*|sensor\w*|relais)\b",
    re.I,
)
# the French name follows the thing: "un lidar entièrement à l'état solide", "un stockage « à l'état solide »"
_OTHER_BEFORE_ETAT_SOLIDE = re.compile(
    r"\b(?:lidar|stockage|hydrogène|transformateurs?|disjoncteurs?|lasers?|capteurs?|éclairage)\b[^.,;]{0,30}$",
    re.I,
)
# the same in the languages written without spaces: lidar, drives, transformers
_OTHER_SOLID_STATE_UNSPACED = re.compile(
    r"[^，,。\s]{0,6}?(?:激光雷达|雷达|硬盘|变压器|レーザー|ライダー|ドライブ|変圧器|라이다|레이더|드라이브|변압기|"
    r"太陽電池|太阳能电池|태양전지|遮断器|断路器|차단기|储氢|水素)"
)
_HEDGED = re.compile(
    r"\b(?:potentially|possibly|could|might|may|eventually|someday|one\s+day|in\s+the\s+future|"
    r"later|unlike|rather\s+than|instead\s+of|not)\b",
    re.I,
)


_FESTKORPER = len("festkörper")  # where the rest of a German compound begins ("Festkörper|transformatoren")
_HEDGE_REACH = 30  # characters before a solid-state word in which a hedge makes it an aside


def relevance_phrases() -> list[Phrase]:
    phrases = [Phrase("ssb", "solid-state", t) for t in SOLID_STATE_TERMS]
    phrases += [Phrase("ssb", "solid-state", t, ending=PREFIX) for t in SOLID_STATE_PREFIXES]
    phrases += [Phrase("ssb", "solid-state", t, case_sensitive=True) for t in SOLID_STATE_ABBREVIATIONS]
    phrases += [
        Phrase("ssb_bare", "solid-state", t, ending=PREFIX if t == "festkörper" else WORD) for t in BARE_SOLID_STATE
    ]
    return phrases


# the words that make an electrolyte a solid one, or name the sulfide it is made of
_SOLID_MATERIAL = re.compile(r"solid|sulfid|sulphid|sulfure|fest|固体|固态|硫化|고체|황화", re.I)


def is_relevant(reading: ArticleReading, solid_state_only: frozenset[str]) -> bool:
    if any(company in solid_state_only for company in reading.about):
        return True
    if any((m.technology or m.client) and m.company in solid_state_only for m in reading.mentions):
        # "PowerCo's QuantumScape line", "QuantumScape向けセパレーター": the technology only solid-state makers have,
        # or a supplier's work for one of them
        return True
    sentences: set[int] = set()
    for hit in reading.kind("ssb"):
        if _OTHER_SOLID_STATE_UNSPACED.match(reading.text, hit.end):
            continue  # "全固态激光雷达": an all-solid-state lidar
        if reading.text[hit.start : hit.end].lower().endswith("tat solide") and _OTHER_BEFORE_ETAT_SOLIDE.search(
            reading.text, max(0, hit.start - 60), hit.start
        ):
            continue
        sentences.add(reading.sentence_of(hit.start))
        if len(sentences) >= 2:
            return True
    battery_story: bool | None = None  # searched for only when a bare "solid-state" may name something else
    for hit in reading.kind("ssb_bare"):
        # (a German compound is one word: "Festkörpertransformatoren" is read on from "Festkörper")
        after = hit.start + _FESTKORPER if reading.text[hit.start : hit.start + 1] in "Ff" else hit.end
        if (other := _OTHER_SOLID_STATE.match(reading.text, after)) is not None:
            if not other.group(0).lower().lstrip(" -").startswith("storage"):
                continue  # a solid-state transformer is none in a story of batteries either
            if battery_story is None:
                battery_story = bool(_BATTERY.search(reading.text))
            if not battery_story:
                continue
        sentences.add(reading.sentence_of(hit.start))
        if len(sentences) >= 2:
            return True
    if not sentences:
        return False
    if 0 in sentences and reading.sentences.has_title:
        return True
    (only,) = sentences
    start, end = reading.sentences.spans[only]
    hits = [h for h in (*reading.kind("ssb"), *reading.kind("ssb_bare")) if start <= h.start < end]
    if all(_HEDGED.search(reading.text, max(start, h.start - _HEDGE_REACH), h.start) for h in hits):
        return False  # "potentially including solid-state later": an aside (not "semi-solid-state rather than ...")
    return (
        reading.sentences.is_headline(only)
        or bool(reading.cues(only))
        or _product_in_headline(reading)
        or _solid_material_in_headline(reading)
    )


def _solid_material_in_headline(reading: ArticleReading) -> bool:
    """A story whose headline names a material only solid-state cells use ("Idemitsu's lithium sulfide plant slips")
    and whose body names the batteries once."""
    for hit in reading.kind("concept"):
        if "electrolyte" in hit.phrases or "sulfide" in hit.phrases:
            if reading.sentences.is_headline(reading.sentence_of(hit.start)) and _SOLID_MATERIAL.search(
                reading.text, hit.start, hit.end
            ):
                return True
    return False


def _product_in_headline(reading: ArticleReading) -> bool:
    """A story whose headline names a solid-state milestone's product ("IM details the battery behind the L6"),
    and whose body says what its battery is."""
    for hit in reading.kind("keyword"):
        if reading.sentences.is_headline(reading.sentence_of(hit.start)) and any(
            p.tag == "product" for p in hit.phrases.values()
        ):
            return True
    return False
