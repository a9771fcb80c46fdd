"""The matcher reads any text without failing: sentences of the labelled sets shuffled into new stories, with and
without a publication date, in every language, and fragments of the constructions it reads (dates given up, seasons,
fiscal years) strung together. One article that fails is one article the match stage reports as failed."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from tracker.classification import ArticleText
from tracker.matcher import Matcher, build_matcher
from tracker.universe import Universe

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_FRAGMENTS = (
    "Toyota", "QuantumScape", "PowerCo", "Nio", "IM", "L6", "150 kWh", "2027", "2027-28", "June 2027", "fiscal 2027",
    "27年度", "27年6月", "明年一季度", "今秋", "this autumn", "by 2030", "not before 2028", "Q3 2026", "H2 2027",
    "instead of 2026", "rather than in 2027", "而不是2030年", "since February", "solid-state", "全固态", "전고체",
    "Festkörper", "delayed", "pushed back to", "ended its partnership with", "limited run", "hands over",
    "placed an order", "Studie:", "wird um 2030", ".", "。", "(", "」", "—", "U.S.", "...", "\u200b", "&amp;", "<b>",
)  # fmt: skip


@pytest.fixture(scope="module")
def matcher(universe: Universe) -> Matcher:
    return build_matcher(universe)


def _labelled_texts() -> tuple[list[str], list[str]]:
    titles, sentences = [], []
    for path in sorted(FIXTURES.glob("ssb-news-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                titles.append(item["title"])
                sentences += [s for s in item["text"].replace("。", "。\n").replace(". ", ".\n").split("\n") if s]
    return titles, sentences


def test_shuffled_stories_and_strung_fragments_are_read_without_failing(matcher: Matcher) -> None:
    titles, sentences = _labelled_texts()
    rng = random.Random(1)
    failed = []
    for number in range(12_000):
        if number % 2:
            title = rng.choice(titles) if rng.random() < 0.7 else rng.choice(sentences)
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 8)))
        else:
            title = " ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(0, 8)))
            text = "".join(rng.choice(_FRAGMENTS) + rng.choice(("", " ")) for _ in range(rng.randint(0, 40)))
        published = None if rng.random() < 0.1 else date(rng.randint(2022, 2028), rng.randint(1, 12), 1)
        language = rng.choice((None, "en", "de", "fr", "zh", "ja", "ko"))
        try:
            matcher.classify(ArticleText(str(number), title, text, None, published, language))
        except Exception as exc:  # noqa: BLE001 - every failure is collected and shown
            failed.append((number, title[:60], f"{type(exc).__name__}: {exc}"))
    assert not failed, failed[:5]
