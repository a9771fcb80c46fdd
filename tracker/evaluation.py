"""Scoring the matcher against labelled articles (``ssbtrack eval FILE``).

A labelled line is an article line with ``labels``: ``relevant``, ``companies``, ``mentioned``,
``milestone``, ``new_milestone``, ``signal``, ``window`` ({start, end} or null), ``topics``, ``evidence``.
The matcher's answer for an item is its *top match* (the first of ``matches``), or "no match" when there
is none. The metrics, over all N items of the file:

- **relevance F1**: F1 of ``relevant`` with "relevant" as the positive class.
- **company F1**: micro-averaged F1 over (item, company) pairs of ``companies`` (the companies the story
  is about); ``mentioned`` is scored the same way as **mentioned F1** (reported, not a target).
- **milestone accuracy**: share of items whose top match's milestone equals ``milestone`` (a top match
  that is a new-milestone candidate, or no match, counts as null; null = null is right).
- **signal accuracy**: share of items whose top match's signal equals ``signal`` (no match: "none").
- **window accuracy (year)**: share of items whose top match's window has the same start year and the
  same end year as ``window`` (an open end equals only an open end); null = null is right; no match is a
  null window.
- **topic F1**: micro-averaged F1 over (item, topic) pairs.
- **new-milestone F1**: F1 of "has a candidate" (``new_milestone_candidate`` not null) against
  ``new_milestone`` not null; slugs are free text, so they are not compared.
- **confident precision**: of the top matches naming a milestone with a signal other than none and
  confidence >= ``threshold`` (what the flags stage may act on), the share whose milestone and signal
  are both right: the reviewer's share of sound flags.

Milestone, signal and window accuracy are also given over the items labelled with a milestone only.
Mistakes are ranked worst first: a wrong milestone or signal said with high confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tracker.article_input import ArticleLine
from tracker.classification import ArticleText, Classification, MilestoneMatch
from tracker.matcher import Matcher

CONFIDENT = 0.7
_FIELD_WEIGHT = {
    "milestone": 5,
    "signal": 4,
    "window": 3,
    "relevant": 3,
    "companies": 2,
    "new_milestone": 1,
    "topics": 1,
}


@dataclass(frozen=True)
class LabelledItem:
    article: ArticleText
    labels: dict[str, Any]


@dataclass(frozen=True)
class Mistake:
    id: str
    field: str
    expected: Any
    got: Any
    confidence: float

    @property
    def severity(self) -> float:
        return _FIELD_WEIGHT.get(self.field, 1) * (0.5 + self.confidence)


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: set, got: set) -> None:
        self.tp += len(expected & got)
        self.fp += len(got - expected)
        self.fn += len(expected - got)

    @property
    def f1(self) -> float:
        if self.tp == 0:
            return 1.0 if self.fp == 0 and self.fn == 0 else 0.0
        precision, recall = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * precision * recall / (precision + recall)


@dataclass
class Report:
    items: int = 0
    relevance: _Counts = field(default_factory=_Counts)
    companies: _Counts = field(default_factory=_Counts)
    mentioned: _Counts = field(default_factory=_Counts)
    topics: _Counts = field(default_factory=_Counts)
    candidates: _Counts = field(default_factory=_Counts)
    right: dict[str, int] = field(default_factory=lambda: {"milestone": 0, "signal": 0, "window": 0})
    labelled_items: int = 0
    labelled_right: dict[str, int] = field(default_factory=lambda: {"milestone": 0, "signal": 0, "window": 0})
    confident: int = 0
    confident_right: int = 0
    mistakes: list[Mistake] = field(default_factory=list)

    def accuracy(self, name: str, labelled_only: bool = False) -> float:
        if labelled_only:
            return self.labelled_right[name] / self.labelled_items if self.labelled_items else 1.0
        return self.right[name] / self.items if self.items else 1.0

    @property
    def confident_precision(self) -> float:
        return self.confident_right / self.confident if self.confident else 1.0

    def metrics(self) -> dict[str, float]:
        return {
            "relevance_f1": self.relevance.f1,
            "company_f1": self.companies.f1,
            "mentioned_f1": self.mentioned.f1,
            "milestone_accuracy": self.accuracy("milestone"),
            "signal_accuracy": self.accuracy("signal"),
            "window_accuracy": self.accuracy("window"),
            "topic_f1": self.topics.f1,
            "new_milestone_f1": self.candidates.f1,
            "confident_precision": self.confident_precision,
        }

    def worst(self, count: int = 15) -> list[Mistake]:
        return sorted(self.mistakes, key=lambda m: (-m.severity, m.id, m.field))[:count]


def labelled_items(lines: Iterable[ArticleLine]) -> list[LabelledItem]:
    items = []
    for line in lines:
        labels = line.data.get("labels")
        if not isinstance(labels, dict):
            raise ValueError(f"line {line.line}: no 'labels' object")
        if problem := window_problem(labels.get("window")):
            raise ValueError(f"line {line.line}: {problem}")
        items.append(LabelledItem(line.article, labels))
    return items


def window_years(window: dict | None) -> tuple[int, int | None] | None:
    if not window:
        return None
    start, end = window.get("start"), window.get("end")
    first = int(str(start if start is not None else end)[:4])  # "before 2030" labelled with no start: 2030
    return first, int(str(end)[:4]) if end else None


_WINDOW_POINT = re.compile(r"\d{4}(?:-\d{2})?")


def window_problem(window: object) -> str | None:
    """What is wrong with a label's window, if anything: an object ``{start, end}`` of "YYYY" or "YYYY-MM"
    (either may be null, not both), or null."""
    if window is None:
        return None
    if not isinstance(window, dict):
        return "labels.window must be {start, end} or null"
    points = [window.get("start"), window.get("end")]
    if all(point is None for point in points):
        return "labels.window has neither a start nor an end"
    for point in points:
        if point is not None and not _WINDOW_POINT.fullmatch(str(point)):
            return f"labels.window: {point!r} is not YYYY or YYYY-MM"
    return None


def evaluate(matcher: Matcher, items: Iterable[LabelledItem], threshold: float = CONFIDENT) -> Report:
    report = Report()
    for item in items:
        score_item(report, item.labels, matcher.classify(item.article), threshold)
    return report


def score_item(report: Report, labels: dict[str, Any], result: Classification, threshold: float = CONFIDENT) -> None:
    report.items += 1
    top: MilestoneMatch | None = result.matches[0] if result.matches else None
    confidence = top.confidence if top else 0.0
    got = {
        "milestone": top.milestone if top else None,
        "signal": top.signal.value if top else "none",
        "window": window_years(top.window.as_dict()) if top and top.window else None,
    }
    expected = {
        "milestone": labels.get("milestone"),
        "signal": labels.get("signal") or "none",
        "window": window_years(labels.get("window")),
    }
    labelled = expected["milestone"] is not None
    report.labelled_items += labelled
    for name in ("milestone", "signal", "window"):
        if got[name] == expected[name]:
            report.right[name] += 1
            report.labelled_right[name] += labelled
        else:
            report.mistakes.append(Mistake(result.id, name, expected[name], got[name], confidence))
    if top and top.milestone and top.signal.value != "none" and confidence >= threshold:
        report.confident += 1
        report.confident_right += got["milestone"] == expected["milestone"] and got["signal"] == expected["signal"]
    _score_sets(report, labels, result)


def _score_sets(report: Report, labels: dict[str, Any], result: Classification) -> None:
    pairs = (
        (
            "relevant",
            report.relevance,
            {True} if labels.get("relevant") else set(),
            {True} if result.relevant else set(),
        ),
        ("companies", report.companies, set(labels.get("companies") or ()), set(result.companies)),
        ("mentioned", report.mentioned, set(labels.get("mentioned") or ()), set(result.mentioned)),
        ("topics", report.topics, set(labels.get("topics") or ()), set(result.topics)),
        (
            "new_milestone",
            report.candidates,
            {True} if labels.get("new_milestone") else set(),
            {True} if result.new_milestone_candidate else set(),
        ),
    )
    for name, counts, expected, got in pairs:
        counts.add(expected, got)
        if expected != got and name != "mentioned":
            shown_expected = labels.get(name) if name != "relevant" else bool(labels.get("relevant"))
            shown_got = {
                "relevant": result.relevant,
                "companies": list(result.companies),
                "topics": list(result.topics),
                "new_milestone": result.new_milestone_candidate,
            }[name]
            report.mistakes.append(Mistake(result.id, name, shown_expected, shown_got, 0.0))
