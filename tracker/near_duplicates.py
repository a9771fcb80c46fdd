"""Folding near-duplicate headlines: one story told by several outlets becomes one entry.

Titles are compared as sets of words (CJK text as character pairs) by Jaccard similarity. To stay
fast on thousands of titles, an item is compared only with the groups that share one of its rarest
words; two headlines of one story share most words, so they share their rare ones too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

SIMILAR_ENOUGH = 0.6
_RARE_KEYS = 3
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


def fold_near_duplicates(items: Sequence[T], title_of: Callable[[T], str],
                         threshold: float = SIMILAR_ENOUGH) -> list[list[T]]:
    """Groups of items whose titles say the same thing, in input order; each group's first item leads it."""
    words = [title_words(title_of(item)) for item in items]
    frequency = Counter(word for item_words in words for word in item_words)
    groups: list[list[T]] = []
    leaders: list[frozenset[str]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for item, item_words in zip(items, words, strict=True):
        rare = sorted(item_words, key=lambda word: (frequency[word], word))[:_RARE_KEYS]
        candidates = {group for word in rare for group in by_word.get(word, ())}
        best, best_score = None, threshold
        for group in sorted(candidates):
            score = _similarity(item_words, leaders[group])
            if score >= best_score:
                best, best_score = group, score
        if best is None:
            best = len(groups)
            groups.append([])
            leaders.append(item_words)
            for word in item_words:
                by_word[word].append(best)
        groups[best].append(item)
    return groups
