"""An evidence sentence shown inside the article text around it, so a reviewer can judge its context.

Only plain strings come out; the template escapes each part and wraps the sentence in <mark>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Excerpt:
    before: str
    sentence: str
    after: str
    # False when the sentence is not in the stored text (article gone or text changed): shown alone
    found: bool


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _cut_before(text: str, radius: int) -> str:
    if len(text) <= radius:
        return text
    piece = text[-radius:]
    space = piece.find(" ")
    return ELLIPSIS + (piece[space + 1 :] if 0 <= space < radius // 3 else piece)


def _cut_after(text: str, radius: int) -> str:
    if len(text) <= radius:
        return text
    piece = text[:radius]
    space = piece.rfind(" ")
    return (piece[:space] if space > radius * 2 // 3 else piece) + ELLIPSIS


def sentence_in_context(text: str, sentence: str, radius: int = 320) -> Excerpt:
    """The sentence with up to ``radius`` characters of the text on each side (whitespace squashed)."""
    flat_text, flat_sentence = _squash(text or ""), _squash(sentence or "")
    if not flat_sentence:
        return Excerpt("", "", _cut_after(flat_text, radius), False)
    at = flat_text.find(flat_sentence)
    if at < 0:
        at = flat_text.lower().find(flat_sentence.lower())
    if at < 0:
        return Excerpt("", flat_sentence, "", False)
    end = at + len(flat_sentence)
    return Excerpt(_cut_before(flat_text[:at], radius), flat_text[at:end], _cut_after(flat_text[end:], radius), True)
