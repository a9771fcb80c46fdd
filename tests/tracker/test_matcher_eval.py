"""The matcher against labelled news: the issue's targets on the development corpus and on our own sets.

``ssb-news-own.jsonl`` and ``ssb-news-blind*.jsonl`` (tests/tracker/fixtures) are realistic news leads in our
own words, in six languages, covering every milestone and signal, with hard negatives; the blind sets were
written and labelled before the matcher was first run on them (their first-run scores are in the report).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import shared_path
from tracker.article_input import ArticleLine, read_article_lines
from tracker.evaluation import LabelledItem, Report, evaluate
from tracker.matcher import Matcher, build_matcher
from tracker.universe import Universe

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TARGETS = {
    "relevance_f1": 0.95,
    "company_f1": 0.95,
    "milestone_accuracy": 0.90,
    "window_accuracy": 0.90,
    "signal_accuracy": 0.85,
    "confident_precision": 0.90,
}


@pytest.fixture(scope="module")
def matcher(universe: Universe) -> Matcher:
    return build_matcher(universe)


def _report(matcher: Matcher, path: Path) -> Report:
    with path.open(encoding="utf-8") as lines:
        read = list(read_article_lines(lines))
    assert all(isinstance(line, ArticleLine) for line in read), [str(e) for e in read if not isinstance(e, ArticleLine)]
    items = [LabelledItem(line.article, line.data["labels"]) for line in read]
    return evaluate(matcher, items)


def _below_target(report: Report) -> dict[str, float]:
    metrics = report.metrics()
    return {name: round(metrics[name], 3) for name, target in TARGETS.items() if metrics[name] < target}


def test_development_corpus_meets_the_targets(matcher: Matcher) -> None:
    report = _report(matcher, shared_path("corpora", "ssb-news-dev.jsonl"))
    assert report.items == 33
    assert not _below_target(report), [(m.id, m.field, m.expected, m.got) for m in report.worst(10)]


@pytest.mark.parametrize("name", ["ssb-news-own.jsonl", "ssb-news-blind.jsonl", "ssb-news-blind-2.jsonl"])
def test_own_labelled_sets_meet_the_targets(matcher: Matcher, name: str) -> None:
    report = _report(matcher, FIXTURES / name)
    assert report.items >= 30
    assert not _below_target(report), [(m.id, m.field, m.expected, m.got) for m in report.worst(10)]


# ssb-news-blind-3.jsonl: written and labelled by another labeller, after the matcher had been tuned on the sets
# above. Its first-run scores were far below the targets (milestone 0.82, signal 0.62, window 0.73, topic F1 0.44,
# confident precision 0.70); the matcher does not meet the targets on it yet. These floors are what general rules
# reached on it: the test stops any change from losing that ground, it does not claim the targets.
BLIND_3_FLOORS = {
    "relevance_f1": 0.95,
    "company_f1": 0.95,
    "milestone_accuracy": 0.84,
    "signal_accuracy": 0.66,
    "window_accuracy": 0.82,
    "topic_f1": 0.78,
    "confident_precision": 0.88,
}


def test_third_blind_set_keeps_what_general_rules_reached(matcher: Matcher) -> None:
    report = _report(matcher, FIXTURES / "ssb-news-blind-3.jsonl")
    assert report.items == 45
    metrics = report.metrics()
    below = {name: round(metrics[name], 3) for name, floor in BLIND_3_FLOORS.items() if metrics[name] < floor}
    assert not below, [(m.id, m.field, m.expected, m.got) for m in report.worst(10)]
