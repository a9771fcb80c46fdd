"""One pass over an article for every phrase the matcher knows: company names, milestone keywords, topic
terms, solid-state vocabulary, status language.

An Aho-Corasick automaton (pyahocorasick) finds every occurrence of every phrase in the lower-cased text at
once, so the cost of a scan hardly grows with the number of phrases; each occurrence is then checked at the
word boundaries ("Nio" is not in "onion"). Text in scripts written without spaces (Chinese, Japanese,
Korean) has no word boundaries to check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

WORD = "word"  # nothing may follow: "Nio" but not "Niobium"
PLURAL = "plural"  # "Toyota" and German "Toyotas"
INFLECT = "inflect"  # "license" in "licensing", "ship" in "shipped"
PREFIX = "prefix"  # German compounds: "Festkörper" in "Festkörperbatterien"

# Same-length replacements keep offsets in the normalised text equal to those in the original.
_SAME_LENGTH = str.maketrans({"’": "'", "‘": "'", "-": " ", "‐": " ", "‑": " ", "‒": " ", "–": " ", "—": " ",
                              "\u00a0": " ", "\u2009": " ", "\u202f": " ", "＿": "_"})
_SUFFIXES = frozenset({"", "s", "es", "e", "d", "ed", "ing", "er", "ers", "ion", "ions", "ment", "ments", "ity", "ation",
                       "ations"})


def is_word_char(ch: str) -> bool:
    """A letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic)."""
    return ch.isalnum() and ch < "\u2e80"


def has_unspaced_script(text: str) -> bool:
    return any(ch >= "\u2e80" and ch.isalnum() for ch in text)


def normalise(text: str) -> str:
    """Lower case, plain quotes, hyphens as spaces ("150-kWh" is "150 kWh"), same length as ``text`` (so
    positions carry over)."""
    lowered = text.translate(_SAME_LENGTH).lower()
    if len(lowered) == len(text):
        return lowered
    # a few characters lower-case to two ("İ"): keep those as they are
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_SAME_LENGTH))


@dataclass(frozen=True)
class Phrase:
    kind: str  # what it is evidence of: "alias", "keyword", "topic", "ssb", "cue", ...
    ref: str  # the company, milestone, topic or signal it points to
    text: str  # as written
    ending: str = WORD
    case_sensitive: bool = False
    weight: float = 1.0
    tag: str = ""  # the kind's own detail: a concept, a cue class, a nature
    group: str = ""  # phrases that are one thing in several spellings or languages share a group


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    phrases: dict[str, Phrase]  # by ref: every phrase of one kind spelt this way


@dataclass
class _Bucket:
    kind: str
    ending: str
    exact: str | None  # the original spelling, for case-sensitive phrases
    phrases: dict[str, Phrase] = field(default_factory=dict)


def _stem(word: str) -> str:
    """The part of an English word its inflections share: licens(e|ing|ed), ship(s|ped|ping)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            word = word[: -len(suffix)]
            break
    if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in "aeiou":  # shipp(ing) -> ship
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def _key(phrase: Phrase) -> str:
    key = normalise(phrase.text.strip())
    if phrase.ending == INFLECT and key[-1:].isascii() and key[-1:].isalpha():
        head, _, last = key.rpartition(" ")
        key = (head + " " if head else "") + _stem(last)
    return key


def _suffix_fits(ending: str, suffix: str, key: str) -> bool:
    if ending == PREFIX or not suffix:
        return True
    if ending == WORD:
        return False
    if ending == PLURAL:
        return suffix in ("s", "es")
    if suffix in _SUFFIXES:
        return True
    # doubled consonant before the ending: ship -> shipped, scrap -> scrapped
    return len(suffix) > 1 and suffix[0] == key[-1] and suffix[1:] in _SUFFIXES


class PhraseScanner:
    """Finds all phrases in a text in one pass; hits come grouped by kind."""

    def __init__(self, phrases: Iterable[Phrase]):
        self._buckets: list[list[_Bucket]] = []
        index: dict[str, int] = {}
        automaton = ahocorasick.Automaton()
        for phrase in phrases:
            key = _key(phrase)
            if not key:
                continue
            if key not in index:
                index[key] = len(self._buckets)
                self._buckets.append([])
                automaton.add_word(key, (index[key], len(key)))
            self._bucket(self._buckets[index[key]], phrase).phrases.setdefault(phrase.ref, phrase)
        self._empty = not index
        if not self._empty:
            automaton.make_automaton()
        self._automaton = automaton
        self._keys = {i: k for k, i in index.items()}

    @staticmethod
    def _bucket(buckets: list[_Bucket], phrase: Phrase) -> _Bucket:
        exact = phrase.text.strip().translate(_SAME_LENGTH) if phrase.case_sensitive else None
        for bucket in buckets:
            if (bucket.kind, bucket.ending, bucket.exact) == (phrase.kind, phrase.ending, exact):
                return bucket
        bucket = _Bucket(phrase.kind, phrase.ending, exact)
        buckets.append(bucket)
        return bucket

    def scan(self, text: str, lowered: str) -> dict[str, list[Hit]]:
        """Hits by kind, in text order. ``lowered`` is ``normalise(text)``."""
        found: dict[str, list[Hit]] = {}
        if self._empty:
            return found
        size = len(lowered)
        for end, (key_id, length) in self._automaton.iter(lowered):
            start = end - length + 1
            first, last = lowered[start], lowered[end]
            if start > 0 and is_word_char(first) and is_word_char(lowered[start - 1]):
                continue
            suffix = ""
            if is_word_char(last):
                stop = end + 1
                while stop < size and stop - end <= 12 and is_word_char(lowered[stop]):
                    stop += 1
                suffix = lowered[end + 1:stop]
            for bucket in self._buckets[key_id]:
                if suffix and not _suffix_fits(bucket.ending, suffix, self._keys[key_id]):
                    continue
                if bucket.exact is not None and text[start:end + 1].translate(_SAME_LENGTH) != bucket.exact:
                    continue
                stop = end + 1 + (len(suffix) if bucket.ending != WORD else 0)
                found.setdefault(bucket.kind, []).append(Hit(start, stop, bucket.phrases))
        return found


def outermost(hits: list[Hit]) -> list[Hit]:
    """The hits not inside a longer one ("pilot" inside "pilot production" says nothing more)."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    reach = -1
    for hit in ordered:
        if hit.end <= reach and kept and hit.start >= kept[-1].start:
            continue
        kept.append(hit)
        reach = max(reach, hit.end)
    return kept
