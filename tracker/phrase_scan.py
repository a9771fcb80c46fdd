"""One pass over an article for every phrase the matcher knows: company names, milestone keywords, topic
terms, solid-state vocabulary, status language.

An Aho-Corasick automaton (pyahocorasick) finds every occurrence of every phrase in the lower-cased text at
once, so the cost of a scan hardly grows with the number of phrases; each occurrence is then checked at the
word boundaries ("Nio" is not in "onion"). Text in scripts written without spaces (Chinese, Japanese,
Korean) has no word boundaries to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick

from tracker.han_variants import TRADITIONAL_TO_SIMPLIFIED

WORD = "word"  # nothing may follow: "Nio" but not "Niobium"
PLURAL = "plural"  # "Toyota" and German "Toyotas"
INFLECT = "inflect"  # "license" in "licensing", "ship" in "shipped"
PREFIX = "prefix"  # German compounds: "Festkörper" in "Festkörperbatterien"

# Same-length replacements keep offsets in the normalised text equal to those in the original.
_SAME_LENGTH = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "-": " ",
        "‐": " ",
        "‑": " ",
        "‒": " ",
        "–": " ",
        "—": " ",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "＿": "_",
    }
)
_SUFFIXES = frozenset(
    {"", "s", "es", "e", "d", "ed", "ing", "er", "ers", "ion", "ions", "ment", "ments", "ity", "ation", "ations"}
)


def is_word_char(ch: str) -> bool:
    """A letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic)."""
    return ch.isalnum() and ch < "\u2e80"


def has_unspaced_script(text: str) -> bool:
    """Whether the text has letters of a script written without spaces between words (CJK, kana, Hangul)."""
    return not text.isascii() and bool(_UNSPACED_RUN.search(text))


_REPLACEMENTS = tuple((chr(k), v) for k, v in _SAME_LENGTH.items())


def _plain(text: str) -> str:
    # str.replace runs in C at memory speed; a translate table goes character by character through a dict
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalise(text: str) -> str:
    """Lower case, plain quotes, hyphens as spaces ("150-kWh" is "150 kWh"), traditional Chinese characters
    as simplified ones, same length as ``text`` (so positions carry over)."""
    lowered = _plain(text.lower())
    if len(lowered) != len(text):
        # a few characters lower-case to two ("İ"): keep those as they are
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in _plain(text))
    return lowered if lowered.isascii() else lowered.translate(TRADITIONAL_TO_SIMPLIFIED)


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


class Hit(NamedTuple):
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
        buckets: list[list[_Bucket]] = []
        index: dict[str, int] = {}
        # Keys in scripts without spaces get their own automaton, run only over text in those scripts: a root
        # with hundreds of CJK first characters would slow the scan of every Latin character.
        spaced, unspaced = ahocorasick.Automaton(), ahocorasick.Automaton()
        for phrase in phrases:
            key = _key(phrase)
            if not key:
                continue
            if key not in index:
                index[key] = len(buckets)
                buckets.append([])
                (unspaced if has_unspaced_script(key) else spaced).add_word(key, index[key])
            self._bucket(buckets[index[key]], phrase).phrases.setdefault(phrase.ref, phrase)
        # per key: its length, whether its ends need a word-boundary check, and its buckets as plain tuples
        self._keys = [
            (
                len(key),
                is_word_char(key[0]),
                is_word_char(key[-1]),
                key,
                tuple((b.kind, b.ending, b.exact, b.phrases) for b in buckets[i]),
            )
            for key, i in sorted(index.items(), key=lambda item: item[1])
        ]
        # keys whose every phrase must end with the word ("im", "nio"): a hit running on is dropped at once
        self._whole_words = frozenset(i for i, key in enumerate(self._keys) if all(b[1] == WORD for b in key[4]))
        self._automata = []
        for automaton in (spaced, unspaced):
            if len(automaton):
                automaton.make_automaton()
            self._automata.append(automaton if len(automaton) else None)

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
        spaced, unspaced = self._automata
        if spaced is not None:
            self._collect(spaced.iter(lowered), text, lowered, found)
        if unspaced is not None:
            for start, end in _unspaced_stretches(lowered):
                self._collect(unspaced.iter(lowered, start, end), text, lowered, found)
        for hits in found.values():
            hits.sort(key=_position)
        return found

    def _collect(
        self, matches: Iterable[tuple[int, int]], text: str, lowered: str, found: dict[str, list[Hit]]
    ) -> None:
        size, keys, new_hit = len(lowered), self._keys, tuple.__new__  # a NamedTuple's own __new__ is Python code
        whole_words = self._whole_words
        for end, key_id in matches:
            length, check_start, check_end, key, buckets = keys[key_id]
            start = end - length + 1
            if check_start and start:
                before = lowered[start - 1]
                if before.isalnum() and before < "\u2e80":
                    continue  # inside a word: "nio" in "onion"
            stop = end + 1
            if check_end and stop < size:
                after = lowered[stop]
                if after.isalnum() and after < "\u2e80":
                    # the word goes on: only an ending the phrase allows ("Toyotas", "shipped")
                    if key_id not in whole_words:
                        self._collect_inflected(text, lowered, found, start, end, key_id)
                    continue
            # the common case: the phrase ends where the word does
            for kind, _, exact, phrases in buckets:
                if exact is not None and text[start:stop].translate(_SAME_LENGTH) != exact:
                    continue
                hits = found.get(kind)
                if hits is None:
                    found[kind] = [new_hit(Hit, (start, stop, phrases))]
                else:
                    hits.append(new_hit(Hit, (start, stop, phrases)))

    def _collect_inflected(
        self, text: str, lowered: str, found: dict[str, list[Hit]], start: int, end: int, key_id: int
    ) -> None:
        _, _, _, key, buckets = self._keys[key_id]
        size, stop = len(lowered), end + 1
        while stop < size and stop - end <= 12:
            after = lowered[stop]
            if not (after.isalnum() and after < "\u2e80"):
                break
            stop += 1
        suffix = lowered[end + 1 : stop]
        for kind, ending, exact, phrases in buckets:
            if not _suffix_fits(ending, suffix, key):
                continue
            if exact is not None and text[start : end + 1].translate(_SAME_LENGTH) != exact:
                continue
            hit = tuple.__new__(Hit, (start, stop if ending != WORD else end + 1, phrases))
            if kind in found:
                found[kind].append(hit)
            else:
                found[kind] = [hit]


_UNSPACED_RUN = re.compile(r"[\u2e80-\ud7af\uf900-\ufaff\uff00-\uffef]+")
_STRETCH_MARGIN = 12  # keys mixing scripts ("삼성sdi", "2027年") reach this far beyond their CJK part


def _unspaced_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of text in scripts written without spaces, merged when close, with a margin."""
    stretches: list[tuple[int, int]] = []
    if text.isascii():
        return stretches
    for run in _UNSPACED_RUN.finditer(text):
        start, end = max(run.start() - _STRETCH_MARGIN, 0), min(run.end() + _STRETCH_MARGIN, len(text))
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


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


def _position(hit: Hit) -> tuple[int, int]:
    return hit.start, hit.end
