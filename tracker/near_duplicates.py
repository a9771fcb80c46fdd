"""Folding near-duplicate headlines: one story told by several outlets becomes one entry.

Titles are compared as sets of words (CJK text as character pairs) by Jaccard similarity. To stay
fast on thousands of titles, only titles that share a block (e.g. a company) and one of their rarest
words are compared ("prefix filtering": two sets with Jaccard >= t must share a word among the
|A| - ceil(t|A|) + 1 rarest of each, so no pair above the threshold is missed).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")

SIMILAR_ENOUGH = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# " - Reuters", " | Electrek": the outlet that news aggregators append to a headline
_OUTLET_SUFFIX = re.compile(r"\s+[-–—|]\s+([^-–—|]{2,60})$")
_STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or over says said that the their this "
    "to up was will with new news".split()
)


def split_outlet(title: str) -> tuple[str, str | None]:
    """``("Toyota starts pilot", "Reuters")`` from ``"Toyota starts pilot - Reuters"``; short suffixes only."""
    match = _OUTLET_SUFFIX.search(title)
    if match and len(match.group(1).split()) <= 5 and match.start() > 0:
        return title[: match.start()].strip(), match.group(1).strip()
    return title.strip(), None


def title_words(title: str) -> frozenset[str]:
    headline, _ = split_outlet(title)
    text = unicodedata.normalize("NFKC", headline).casefold()
    words: set[str] = set()
    for word in _WORD.findall(text):
        if _CJK.search(word):
            words.update(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        elif word not in _STOPWORDS:
            words.add(word)
    return frozenset(words)


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def _prefix(words: frozenset[str], frequency: Counter[str], threshold: float) -> list[str]:
    ordered = sorted(words, key=lambda word: (frequency[word], word))
    return ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1] if ordered else [""]


def fold_near_duplicates(
    items: Sequence[T],
    title_of: Callable[[T], str],
    blocks_of: Callable[[T], Iterable[Hashable]] = lambda item: ("",),
    threshold: float = SIMILAR_ENOUGH,
) -> list[list[T]]:
    """Groups of items whose titles say the same thing, in input order; each group's first item leads it.

    Only items sharing a block (``blocks_of``, e.g. the companies an article is about) are compared.
    """
    words = [title_words(title_of(item)) for item in items]
    frequency = Counter(word for item_words in words for word in item_words)
    groups: list[list[T]] = []
    leaders: list[frozenset[str]] = []
    index: dict[tuple[Hashable, str], list[int]] = defaultdict(list)
    for item, item_words in zip(items, words, strict=True):
        keys = [(block, word) for block in blocks_of(item) for word in _prefix(item_words, frequency, threshold)]
        best, best_score = None, 0.0
        low, high = threshold * len(item_words), len(item_words) / threshold
        for group in sorted({group for key in keys for group in index.get(key, ())}):
            if low <= len(leaders[group]) <= high:
                score = _similarity(item_words, leaders[group])
                if score >= threshold and score > best_score:  # the most similar; the oldest among equals
                    best, best_score = group, score
        if best is None:
            best = len(groups)
            groups.append([])
            leaders.append(item_words)
            for key in keys:
                index[key].append(best)
        groups[best].append(item)
    return groups
