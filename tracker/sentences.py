"""Sentence spans of an article: the title, then each sentence of the body, as offsets into one string.

The matcher scans ``title + "\\n" + text`` once; everything it finds is a position in that string, and
a sentence is the unit it reads status language, windows and evidence from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A full stop (or ?, !) followed by space and not by a lower-case word, unless it ends an abbreviation or an
# initial ("U.S. solid-state", "Inc. said"); a CJK full stop (no space follows in CJK text); a line break.
_NOT_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in (
    "Inc", "Co", "Corp", "Ltd", "No", "Nos", "vs", "Mr", "Ms", "Mrs", "Dr", "Prof", "St", "approx", "est", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "etc", "[A-Z]",
    "U.S", "U.K"))
_END = re.compile(rf"(?=[.!?]){_NOT_ABBREVIATION}[.!?]+[\"'”’)\]]*(?P<space>\s+)(?![a-z])|[。！？]+[」』”）)]*(?P<cjk>\s*)|"
                  r"(?P<line>\n\s*)")
# Words before a full stop that do not end a sentence ("U.S. solid-state", "Inc. said").


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
        end = match.start(match.lastgroup) if match.lastgroup else match.end()
        if end > start and not text[start:end].isspace():
            spans.append((start + offset, end + offset))
        start = match.end()
    if start < len(text) and not text[start:].isspace():
        spans.append((start + offset, len(text.rstrip()) + offset))
    return spans


def article_sentences(title: str, text: str) -> Sentences:
    """The spans over ``title + "\\n" + text``, the string the matcher scans."""
    spans = [(0, len(title))] if title.strip() else []
    spans.extend(split_sentences(text, len(title) + 1))
    if not spans:
        spans = [(0, 0)]
    return Sentences(tuple(spans), tuple(s for s, _ in spans), bool(title.strip()))
