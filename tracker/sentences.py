"""Sentence spans of an article: the title, then each sentence of the body, as offsets into one string.

The matcher scans ``title + "\\n" + text`` once; everything it finds is a position in that string, and
a sentence is the unit it reads status language, windows and evidence from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Where a sentence may end: full stops (followed by space), CJK full stops (no space follows), line breaks.
# The stops are found by one split of the text (C speed); what follows each one is then checked in Python.
CLOSING_MARKS = "\"'”’)]」』）"
# At a stop that is neither of the two common cases below, this reads the whole run of stops, without consuming
# what follows: the closing marks after it and the first character after the space that follows them.
_STOPS = re.compile(r"[.!?。！？\n]+(?=([" + re.escape(CLOSING_MARKS) + r"]*)(\s?)\s*(\S?))")
_OTHER_STOPS = "!?。！？\n"  # written as "." for the split that finds every stop
_LATIN_STOPS = frozenset(".!?")
_STOP_OR_CLOSING = frozenset(".!?。！？\n" + CLOSING_MARKS)
_CJK_STOPS = "。！？"
_NON_SPACE = re.compile(r"\S")
# Words before a full stop that do not end a sentence ("U.S. solid-state", "Inc. said").
_ABBREVIATIONS = frozenset(
    "inc co corp ltd llc ag gmbh plc sa nv bv mr mrs ms dr prof st no nos vs approx est dept jan feb mar apr "
    "jun jul aug sep sept oct nov dec e.g i.e etc fig al u.s u.k u.s.a".split()
)
_LONGEST_ABBREVIATION = max(len(a) for a in _ABBREVIATIONS)
_GERMAN_MONTH = re.compile(r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


@dataclass(frozen=True)
class Sentences:
    """Sentence spans over one string; span 0 is the title when the article has one."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    has_title: bool
    lead: int  # index of the first body sentence (the lead of a news story)

    def index_at(self, position: int) -> int:
        index = bisect_right(self.starts, position) - 1
        return index if index > 0 else 0

    def is_headline(self, index: int) -> bool:
        """The title or the lead sentence: where a story says what it is about."""
        return index <= self.lead


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of ``text``, shifted by ``offset``; blank ones are left out."""
    spans: list[tuple[int, int]] = []
    start, size = _skip_space(text, 0), len(text)
    marked = text
    for stop in _OTHER_STOPS:
        if stop in marked:
            marked = marked.replace(stop, ".")
    pieces = marked.split(".")
    pieces.pop()  # the text after the last stop
    reach = _LONGEST_ABBREVIATION + 1
    run_start = -1
    for piece in pieces:
        if not piece and run_start >= 0:
            run_start += 1  # a stop right after another: the same run ("?!", ".\n")
            continue
        run_start += len(piece) + 1
        if run_start < start:
            continue
        following = run_start + 1
        if following < size and text[run_start] in _LATIN_STOPS:
            # the common cases: a stop followed by a space, or one within a word or number ("3.2", "e.g.,")
            after = text[following]
            if after == " ":
                if following + 1 < size and not text[following + 1].isspace():
                    if text[following + 1].islower():
                        continue  # "approx. ten", "Inc. said"
                    day = piece[piece.rfind(" ") + 1 :]
                    if len(day) <= 2 and day.isdigit() and _GERMAN_MONTH.match(text, following + 1):
                        continue  # a German date: "am 1. Juli", "3. März 2025"
                    if len(piece) >= reach:  # the word before the stop is in this piece, which has no line break
                        space = piece.rfind(" ", -reach)
                        if space >= 0:
                            token = piece[space + 1 :].lower()
                            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                                continue  # "U.S. Steel", "Fig. 3"
                    elif _abbreviation_at(text, run_start):
                        continue
                    spans.append((start + offset, following + offset))
                    start = following + 1
                    continue
            elif after not in _STOP_OR_CLOSING and not after.isspace():
                continue  # "3.2", "e.g.,"
        match = _STOPS.match(text, run_start)
        assert match is not None  # run_start is at a stop
        run = match.group()
        if "\n" in run:
            end = run_start + run.index("\n")
            following = match.end() if match.group(1) else match.start(3)
        else:
            end = match.end(1)  # past the closing marks
            if run[-1] not in _CJK_STOPS:
                if end < size and (not match.group(2) or match.group(3).islower()):
                    continue  # "3.2", "e.g.,", "approx. ten", "Inc. said"
                if _abbreviation_at(text, run_start):
                    continue  # "U.S. Steel", "Fig. 3"
            following = match.start(3)
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start + offset, end + offset))
        start = following  # the first character after the spaces that follow
    if start < size:
        end = size
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start + offset, end + offset))
    return spans


def _skip_space(text: str, position: int) -> int:
    found = _NON_SPACE.search(text, position)
    return found.start() if found else len(text)


def article_sentences(title: str, text: str) -> Sentences:
    """The spans over ``title + "\\n" + text``, the string the matcher scans."""
    spans = [(0, len(title))] if title.strip() else []
    spans.extend(split_sentences(text, len(title) + 1))
    if not spans:
        spans = [(0, 0)]
    has_title = bool(title.strip())
    return Sentences(tuple(spans), tuple(s for s, _ in spans), has_title, 1 if has_title and len(spans) > 1 else 0)


def _abbreviation_at(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation (a word longer than any abbreviation is none)."""
    word = text[dot - _LONGEST_ABBREVIATION - 1 : dot]
    return (dot <= _LONGEST_ABBREVIATION or " " in word or "\n" in word) and _abbreviation_before(text, dot)


def _abbreviation_before(text: str, dot: int) -> bool:
    """Whether the word before a full stop at ``dot`` is an abbreviation or a single letter ("U.S.", "A.")."""
    space = max(text.rfind(" ", max(0, dot - 24), dot), text.rfind("\n", max(0, dot - 24), dot))
    token = text[space + 1 : dot].lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
