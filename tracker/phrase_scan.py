"""One pass over an article for every phrase the matcher knows: company names, milestone keywords, topic
terms, solid-state vocabulary, status language.

An Aho-Corasick automaton (pyahocorasick) finds every occurrence of every phrase in the lower-cased text at
once, so the cost of a scan hardly grows with the number of phrases; each occurrence is then checked at the
word boundaries ("Nio" is not in "onion"). Text in scripts written without spaces (Chinese, Japanese,
Korean) has no word boundaries to check.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
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
    if lowered.isascii():
        return lowered
    # translate() looks up every character in a dict; searching the few traditional ones first is far cheaper
    if _CHAINED_VARIANTS:
        return lowered.translate(TRADITIONAL_TO_SIMPLIFIED) if _TRADITIONAL.search(lowered) else lowered
    for traditional in set(_TRADITIONAL.findall(lowered)):
        lowered = lowered.replace(traditional, TRADITIONAL_TO_SIMPLIFIED[ord(traditional)])
    return lowered


_TRADITIONAL = re.compile("[" + re.escape("".join(sorted(map(chr, TRADITIONAL_TO_SIMPLIFIED)))) + "]")
# one replace after another equals one translate only if no simplified form is itself a traditional one
_CHAINED_VARIANTS = any(
    ord(simplified) in TRADITIONAL_TO_SIMPLIFIED for simplified in TRADITIONAL_TO_SIMPLIFIED.values()
)


def first_letter_alternation(alternatives: Iterable[str]) -> str:
    """A regular expression for "any of ``alternatives``" (each one starting with a plain letter) that is quick to
    search: grouped by first letter behind a lookahead of those letters, the engine tries alternatives only where
    one may begin, and only those of that letter. It matches where the plain alternation does (and, under
    ``re.I``, the lookahead's class folds case as the letters it comes from)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    grouped = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?=[{''.join(groups)}])(?:{grouped})"


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


# a key of the automata: length, word-boundary checks at start and end, whole word only, number, buckets, and
# the kind and phrases of its one bucket when that needs no case check
_BucketTuple = tuple[str, str, str | None, dict[str, Phrase]]  # kind, ending, exact spelling, phrases
_KeyEntry = tuple[int, bool, bool, bool, int, tuple[_BucketTuple, ...], str | None, dict[str, Phrase]]


# characters by how often they appear in (lower-cased) news text
_COMMON_CHARACTERS = " etaoinsrlhdcumpgfywb.,v0k12\n5'x34%6789z/jq$"
_RANK = {ch: rank for rank, ch in enumerate(_COMMON_CHARACTERS)}
_NEVER_IN_TEXT = "\uffff"  # a Unicode noncharacter; should a text hold one, its key yields no hit anyway
_NO_HITS: _KeyEntry = (2, False, False, False, -1, (), None, {})


def _by_commonness(key: str) -> list[int]:
    return [_RANK.get(ch, len(_RANK)) for ch in key]


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
        for phrase in phrases:
            key = _key(phrase)
            if not key:
                continue
            if key not in index:
                index[key] = len(buckets)
                buckets.append([])
            self._bucket(buckets[index[key]], phrase).phrases.setdefault(phrase.ref, phrase)
        # per key: its length, whether its ends need a word-boundary check, whether every phrase of it must end
        # with the word ("im", "nio": a hit running on is dropped at once), its number and its buckets as plain
        # tuples; the automata give this entry itself for each match
        self._keys: list[_KeyEntry] = []
        for key, i in sorted(index.items(), key=lambda item: item[1]):
            key_buckets = tuple((b.kind, b.ending, b.exact, b.phrases) for b in buckets[i])
            whole_word = all(b[1] == WORD for b in key_buckets)
            # most keys are one phrase kind, spelt in any case: their hits need no loop over buckets
            plain = key_buckets[0] if len(key_buckets) == 1 and key_buckets[0][2] is None else (None, "", None, {})
            self._keys.append(
                (len(key), is_word_char(key[0]), is_word_char(key[-1]), whole_word, i, key_buckets, plain[0], plain[3])
            )
        # Keys in scripts without spaces get their own automaton, run only over text in those scripts: a root
        # with hundreds of CJK first characters would slow the scan of every Latin character.
        spaced, unspaced = ahocorasick.Automaton(), ahocorasick.Automaton()
        self._key_texts = list(index)
        # pyahocorasick looks a character up among a node's children one by one, in the order they were added: keys
        # added by how common their characters are, and a child of the root for each common character no key
        # starts with (a space, a full stop), make that lookup end after a step or two for most characters
        spaced_keys = [key for key in index if not has_unspaced_script(key)]
        first_characters = {key[0] for key in spaced_keys}
        spaced_keys += [ch + _NEVER_IN_TEXT for ch in _COMMON_CHARACTERS if ch not in first_characters]
        spaced_keys.sort(key=_by_commonness)
        for key in spaced_keys:
            spaced.add_word(key, self._keys[index[key]] if key in index else _NO_HITS)
        for key, i in index.items():
            if has_unspaced_script(key):
                unspaced.add_word(key, self._keys[i])
        self._endings: dict[tuple[int, str], tuple[tuple[str, str | None, dict[str, Phrase], bool], ...]] = {}
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
        found: defaultdict[str, list[Hit]] = defaultdict(list)
        spaced, unspaced = self._automata
        word_mask = _word_mask(lowered)
        if spaced is not None:
            self._collect(spaced.iter(lowered), text, lowered, word_mask, found)
        if unspaced is not None:
            for start, end in _unspaced_stretches(lowered):
                self._collect(unspaced.iter(lowered, start, end), text, lowered, word_mask, found)
        for hits in found.values():
            # by start, then end: two stable sorts on plain numbers are quicker than one on pairs
            hits.sort(key=_end)
            hits.sort(key=_start)
        return dict(found)

    def _collect(
        self,
        matches: Iterable[tuple[int, _KeyEntry]],
        text: str,
        lowered: str,
        word_mask: bytes | bytearray,
        found: defaultdict[str, list[Hit]],
    ) -> None:
        size, new_hit = len(word_mask), tuple.__new__  # a NamedTuple's own __new__ is Python code
        endings, find_ending = self._endings, self._endings_of
        for end, (length, check_start, check_end, whole_word, key_id, buckets, plain, plain_phrases) in matches:
            start = end - length + 1
            if check_start and start and word_mask[start - 1]:
                continue  # inside a word: "nio" in "onion"
            stop = end + 1
            if check_end and stop < size and word_mask[stop]:
                # the word goes on: only an ending the phrase allows ("Toyotas", "shipped"), read up to 12 characters
                if whole_word:
                    continue
                word_end = word_mask.find(0, stop, end + 13)
                if word_end < 0:
                    word_end = min(end + 13, size)
                suffix = lowered[stop:word_end]
                fitting = endings.get((key_id, suffix))
                if fitting is None:
                    fitting = find_ending(key_id, suffix)
                for kind, exact, phrases, runs_on in fitting:
                    if exact is None or text[start:stop].translate(_SAME_LENGTH) == exact:
                        found[kind].append(new_hit(Hit, (start, word_end if runs_on else stop, phrases)))
                continue
            # the common case: the phrase ends where the word does
            if plain is not None:
                found[plain].append(new_hit(Hit, (start, stop, plain_phrases)))
                continue
            for kind, _, exact, phrases in buckets:
                if exact is None or text[start:stop].translate(_SAME_LENGTH) == exact:
                    found[kind].append(new_hit(Hit, (start, stop, phrases)))

    def _endings_of(self, key_id: int, suffix: str) -> tuple[tuple[str, str | None, dict[str, Phrase], bool], ...]:
        """The buckets of a key that allow a word to go on with ``suffix``: kind, exact spelling, phrases and
        whether the hit takes in the ending. Kept: the same few words ("cells", "shipped") come back in every
        article."""
        buckets, key = self._keys[key_id][5], self._key_texts[key_id]
        fitting = tuple(
            (kind, exact, phrases, ending != WORD)
            for kind, ending, exact, phrases in buckets
            if _suffix_fits(ending, suffix, key)
        )
        if len(self._endings) >= _ENDINGS_KEPT:
            self._endings.clear()
        self._endings[key_id, suffix] = fitting
        return fitting


_ENDINGS_KEPT = 100_000


def _word_mask(lowered: str) -> bytes | bytearray:
    """Per character of ``lowered``, 1 where ``is_word_char``: the boundary checks of a scan read it without a
    method call per hit."""
    if lowered.isascii():
        return lowered.encode("ascii").translate(_WORD_BYTES)
    # characters beyond Latin-1 are encoded as "?" (no word character); those of spaced scripts are then looked at
    mask = bytearray(lowered.encode("latin-1", "replace").translate(_WORD_BYTES))
    wide = lowered.encode("utf-16-le", "surrogatepass")
    if len(wide) != 2 * len(lowered):  # characters beyond two bytes (emoji)
        for found in _BEYOND_LATIN_1.finditer(lowered):
            if found.group().isalnum():
                mask[found.start()] = 1
        return mask
    # the high byte of each character tells which may be a word character of a spaced script (U+0100 to U+2EFF)
    spaced_script = wide[1::2].translate(_SPACED_SCRIPT_HIGH_BYTES)
    position = spaced_script.find(1)
    while position >= 0:
        if is_word_char(lowered[position]):
            mask[position] = 1
        position = spaced_script.find(1, position + 1)
    return mask


_WORD_BYTES = bytes([int(is_word_char(chr(byte))) for byte in range(256)])
_BEYOND_LATIN_1 = re.compile("[\u0100-\u2e7f]")
_SPACED_SCRIPT_HIGH_BYTES = bytes([int(0x01 <= byte <= 0x2E) for byte in range(256)])
_UNSPACED_RUN = re.compile(r"[\u2e80-\ud7af\uf900-\ufaff\uff00-\uffef]+")
_STRETCH_MARGIN = 12  # keys mixing scripts ("삼성sdi", "2027年") reach this far beyond their CJK part


def stretches_by_search(text: str) -> list[tuple[int, int]]:
    """``_unspaced_stretches`` by a regular expression: slower, for texts whose positions UTF-16 does not keep."""
    stretches: list[tuple[int, int]] = []
    for run in _UNSPACED_RUN.finditer(text):
        start, end = max(run.start() - _STRETCH_MARGIN, 0), min(run.end() + _STRETCH_MARGIN, len(text))
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


def _unspaced_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of text in scripts written without spaces, merged when close, with a margin."""
    stretches: list[tuple[int, int]] = []
    if text.isascii():
        return stretches
    wide = text.encode("utf-16-le", "surrogatepass")
    if len(wide) != 2 * len(text):  # characters beyond two bytes (emoji): positions differ, search the text
        return stretches_by_search(text)
    # Per character, 1 in those scripts, from the high byte of its UTF-16 code (C speed; a regular expression
    # tries every character in Python's engine, several times slower); a few blocks need the whole character.
    unspaced: bytes | bytearray = wide[1::2].translate(_UNSPACED_HIGH_BYTES)
    if 2 in unspaced:
        unspaced = bytearray(unspaced)
        position = unspaced.find(2)
        while position >= 0:
            unspaced[position] = _UNSPACED_RUN.match(text, position, position + 1) is not None
            position = unspaced.find(2, position + 1)
    # runs closer than twice the margin make one stretch: one ends before a gap longer than that
    size, start = len(text), unspaced.find(1)
    while start >= 0:
        gap = unspaced.find(_LONG_GAP, start)
        end = gap if gap >= 0 else unspaced.rfind(1) + 1
        stretches.append((max(start - _STRETCH_MARGIN, 0), min(end + _STRETCH_MARGIN, size)))
        start = unspaced.find(1, gap) if gap >= 0 else -1
    return stretches


# 1 for a high byte whose characters are all in scripts without spaces, 2 where only some are (U+2E80, U+D7AF and
# U+FFEF end those scripts inside a block of 256)
_UNSPACED_HIGH_BYTES = bytes(
    [2 if byte in (0x2E, 0xD7, 0xFF) else int(0x2F <= byte <= 0xD6 or byte in (0xF9, 0xFA)) for byte in range(256)]
)
_LONG_GAP = bytes(2 * _STRETCH_MARGIN + 1)


def outermost(hits: list[Hit]) -> list[Hit]:
    """The hits not inside a longer one ("pilot" inside "pilot production" says nothing more)."""
    # by start, the longest first (two stable sorts with keys in C: the order of one sort by both)
    ordered = sorted(hits, key=_end, reverse=True)
    ordered.sort(key=_start)
    kept: list[Hit] = []
    reach = -1
    for hit in ordered:
        end = hit[1]
        if end <= reach and kept:
            continue  # (a kept hit never starts after this one: they come by start)
        kept.append(hit)
        if end > reach:
            reach = end
    return kept


_start = itemgetter(0)
_end = itemgetter(1)
