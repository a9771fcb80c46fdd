"""Helpers of the flag and review tests: articles stored as the crawler stores them, a scripted matcher.

The scripted matcher stands in for tracker/matcher.py where a test must pin exactly what the matcher
says (signal, window, confidence), to test the flag rules and their storage on their own; the
end-to-end tests run the real matcher.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select

from db.engine import Database
from db.models import ArticleCompanyRow, ArticleRow, SourceRow
from tracker.classification import ArticleText, Classification, MilestoneMatch, Signal
from tracker.universe import Window

TOYOTA = "toyota-assb-mass-production"


def add_article(
    database: Database,
    *,
    url: str,
    title: str,
    text: str = "",
    published: datetime | None = None,
    source_id: str | None = None,
    fetched_at: datetime | None = None,
) -> int:
    """Store one article the way the crawler does (role 'source' for its source's company)."""
    with database.sessions() as session:
        source = session.get(SourceRow, source_id) if source_id else session.scalars(select(SourceRow)).first()
        assert source is not None
        row = ArticleRow(
            canonical_url=url,
            url=url,
            title=title,
            text=text or title,
            lead="",
            published=published or datetime(2025, 6, 1, tzinfo=UTC),
            content_hash=hashlib.sha256(url.encode()).hexdigest(),
            source_id=source.id,
            fetched_at=fetched_at or datetime.now(UTC),
            topics=[],
        )
        session.add(row)
        session.flush()
        session.add(ArticleCompanyRow(article_id=row.id, company=source.company, role="source"))
        session.commit()
        return row.id


def said(
    milestone: str | None, signal: str, window: str | None = None, confidence: float = 0.9, evidence: str = ""
) -> MilestoneMatch:
    return MilestoneMatch(
        milestone,
        Signal(signal),
        Window.from_text(window) if window else None,
        confidence,
        evidence or f"{milestone} {signal} {window or ''}".strip(),
    )


def classification(
    *matches: MilestoneMatch,
    relevant: bool = True,
    companies: tuple[str, ...] = ("toyota",),
    mentioned: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
    candidate: str | None = None,
) -> Classification:
    return Classification("", relevant, companies, mentioned, topics, tuple(matches), candidate)


class ScriptedMatcher:
    """Says what the test scripted for each article title; an unscripted title is not relevant."""

    def __init__(self, script: dict[str, Classification] | None = None):
        self.script = dict(script or {})
        self.calls: list[str] = []

    def classify(self, article: ArticleText) -> Classification:
        self.calls.append(article.title)
        if article.title.startswith("BROKEN"):
            raise ValueError("the matcher choked on this one")
        result = self.script.get(article.title, Classification("", False))
        return replace(result, id=article.id)
