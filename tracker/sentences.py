"""Sentence spans of an article: the title, then each sentence of the body, as offsets into one string.

The matcher scans ``title + "\\n" + text`` once; everything it finds is a position in that string, and
a sentence is the unit it reads status language, windows and evidence from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A full stop (or ?, !) followed by space, or a CJK full stop (no space follows in CJK text), or a line break.
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+|[。！？]+[」』”）)]*\s*|\n\s*")
# Words before a full stop that do not end a sentence ("U.S. solid-state", "Inc. said").
_ABBREVIATIONS = frozenset(
    "inc co corp ltd llc ag gmbh plc sa nv bv mr mrs ms dr prof st no nos vs approx est dept jan feb mar apr "
    "jun jul aug sep sept oct nov dec e.g i.e etc fig al u.s u.k u.s.a".split()
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentences:
    """Sentence spans over one string; span 0 is the title when the article has one."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    has_title: bool

    def index_at(self, position: int) -> int:
        return max(bisect_right(self.starts, position) - 1, 0)

    @property
    def lead(self) -> int:
        """Index of the first body sentence (the lead of a news story)."""
        return 1 if self.has_title and len(self.spans) > 1 else 0

    def is_headline(self, index: int) -> bool:
        """The title or the lead sentence: where a story says what it is about."""
        return index <= self.lead


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of ``text``, shifted by ``offset``; blank ones are left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group()[0] == "." and not _ends_sentence(text, match.start(), end):
            continue
        _add_span(spans, text, start, end, offset)
        start = end
    _add_span(spans, text, start, len(text), offset)
    return spans


def article_sentences(title: str, text: str) -> Sentences:
    """The spans over ``title + "\\n" + text``, the string the matcher scans."""
    spans = [(0, len(title))] if title.strip() else []
    spans.extend(split_sentences(text, len(title) + 1))
    if not spans:
        spans = [(0, 0)]
    return Sentences(tuple(spans), tuple(s for s, _ in spans), bool(title.strip()))


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    word = _WORD_BEFORE.search(text, 0, dot)
    if word:
        token = word.group(1).lower().rstrip(".")
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            return False
    # A lower-case word after the full stop continues the sentence ("approx. ten", "no. 3").
    return not (after < len(text) and text[after].islower())


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start + offset, end + offset))
