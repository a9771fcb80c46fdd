"""The speed helpers of the phrase scan say the same as the plain forms they stand for."""

from __future__ import annotations

import re

import pytest

from tracker.phrase_scan import (
    _unspaced_stretches,
    _word_mask,
    first_letter_alternation,
    is_word_char,
    stretches_by_search,
)

_WORDS = [r"high|higher|cut\w*|instead\s+of|kwh|sehr|problème\w*", "电池|배터리"]
# letters that fold to a pattern's letter under re.I though they are not its upper case: long s, Kelvin sign,
# dotted and dotless i, Angstrom sign
_TEXTS = [
    "costs remain HIGH",
    "the ſehr teuer",
    "\u212awh",
    "hİgher",
    "hıgher",
    "Cutting",
    "instead  of",
    "thigh",
    "Problèmes",
    "固态电池",
    "전고체 배터리",
    "nothing here",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_first_letter_alternation_matches_as_the_plain_alternation(text: str) -> None:
    alternatives = "|".join(_WORDS).split("|")
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)
    quick = re.compile(r"\b" + first_letter_alternation(alternatives) + r"\b", re.I)
    assert bool(quick.search(text)) == bool(plain.search(text))
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii 3.2",
        "Größe über 9",
        "ñ œ ж Ω ő — 电池 배터리 ｓ",
        "emoji 😀 ж",
        "\u2e7f\u2e80\u00aa\u00b2",
        "lone \ud800 ж",
    ],
)
def test_word_mask_marks_word_characters(text: str) -> None:
    assert list(_word_mask(text)) == [int(is_word_char(c)) for c in text]


@pytest.mark.parametrize("gap", [0, 1, 23, 24, 25, 26, 40])
@pytest.mark.parametrize(
    "first, between, last",
    [
        ("固态", "é", "电池"),
        ("전고체", " ", "배터리"),
        ("\u2e80", "\u2e7f", "\ud7af"),
        ("\uffef", "\ufff0", "\uf900"),
        ("\ufaff", "\ud7b0", "\uff00"),
        ("电池", "😀", "电池"),
        ("电池", "\ud800", "电池"),
    ],
)
def test_unspaced_stretches_are_those_of_a_search(first: str, between: str, last: str, gap: int) -> None:
    for text in (first + between * gap + last, "x" * gap + first + between * gap + last + "é" * 3):
        assert _unspaced_stretches(text) == stretches_by_search(text)
