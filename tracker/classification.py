"""What the matcher says of one article: plain values handed from the matcher to flags and storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from tracker.universe import Window


class Signal(str, Enum):
    ACHIEVED = "achieved"
    STARTED = "started"
    DELAYED = "delayed"
    ACCELERATED = "accelerated"
    REAFFIRMED = "reaffirmed"
    CANCELLED = "cancelled"
    NONE = "none"


@dataclass(frozen=True)
class ArticleText:
    """The input of the matcher: what was stored of one article (or one line of a JSONL file)."""

    id: str
    title: str
    text: str
    url: str | None = None
    published: date | None = None
    language: str | None = None


@dataclass(frozen=True)
class MilestoneMatch:
    """One thing the article says of one milestone; ``milestone`` None with a candidate means a new one."""

    milestone: str | None
    signal: Signal
    window: Window | None
    confidence: float
    evidence: str


@dataclass(frozen=True)
class Classification:
    id: str
    relevant: bool
    companies: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    matches: tuple[MilestoneMatch, ...] = field(default_factory=tuple)
    # slug of a notable announcement of a tracked company that matches no milestone
    new_milestone_candidate: str | None = None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "relevant": self.relevant,
            "companies": list(self.companies),
            "mentioned": list(self.mentioned),
            "topics": list(self.topics),
            "matches": [
                {
                    "milestone": m.milestone,
                    "signal": m.signal.value,
                    "window": m.window.as_dict() if m.window else None,
                    "confidence": round(m.confidence, 3),
                    "evidence": m.evidence,
                }
                for m in self.matches
            ],
            "new_milestone_candidate": self.new_milestone_candidate,
        }
