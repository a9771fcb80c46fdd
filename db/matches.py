"""The matcher's results in the database: which articles wait, what was said of each, and back out as sightings.

Writing starts with a conditional UPDATE that claims the article (its ``matched_at`` still what we read),
so two matchers running at once never both store one article, and SQLite takes its write lock before
the transaction reads anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from db.models import ArticleCompanyRow, ArticleMatchRow, ArticleRow
from db.types import UTCDateTime
from tracker.classification import ArticleText, Classification, MilestoneMatch, Signal
from tracker.flags import Sighting
from tracker.universe import Window

MATCHER_ROLES = ("about", "mentioned")


@dataclass(frozen=True)
class StoredArticle:
    """An article as the matcher reads it, with the ``matched_at`` seen, to claim it by."""

    id: int
    matched_at: datetime | None
    text: ArticleText


def articles_to_match(
    session: Session, *, rematch_all: bool, after_id: int = 0, limit: int = 200
) -> list[StoredArticle]:
    """The next batch, in id order: unmatched articles, or all of them when re-matching."""
    query = select(ArticleRow).where(ArticleRow.id > after_id).order_by(ArticleRow.id).limit(limit)
    if not rematch_all:
        query = query.where(ArticleRow.matched_at.is_(None))
    return [
        StoredArticle(
            row.id,
            row.matched_at,
            ArticleText(
                id=str(row.id),
                title=row.title or "",
                text=row.text or "",
                url=row.url,
                published=row.published.date() if row.published else None,
                language=row.language,
            ),
        )
        for row in session.scalars(query)
    ]


def claim_articles(session: Session, articles: list[StoredArticle], now: datetime) -> set[int]:
    """Mark these articles matched now, each only if nobody else did since we read it; the ids claimed."""
    if not articles:
        return set()
    articles_table = ArticleRow.__table__
    session.execute(
        articles_table.update()
        .where(
            articles_table.c.id == bindparam("article_id"),
            articles_table.c.matched_at.is_not_distinct_from(bindparam("seen", type_=UTCDateTime())),
        )
        .values(matched_at=now),
        [{"article_id": article.id, "seen": article.matched_at} for article in articles],
    )
    return set(
        session.scalars(
            select(ArticleRow.id).where(ArticleRow.id.in_([a.id for a in articles]), ArticleRow.matched_at == now)
        )
    )


def store_classifications(session: Session, results: list[tuple[int, Classification]]) -> None:
    """Replace what an earlier match said of these articles; the crawler's 'source' role is kept."""
    if not results:
        return
    ids = [article_id for article_id, _ in results]
    articles_table = ArticleRow.__table__
    session.execute(
        articles_table.update()
        .where(articles_table.c.id == bindparam("article_id"))
        .values(
            relevant=bindparam("relevant"), topics=bindparam("topics"), new_milestone_candidate=bindparam("candidate")
        ),
        [
            {
                "article_id": article_id,
                "relevant": result.relevant,
                "topics": list(result.topics),
                "candidate": result.new_milestone_candidate,
            }
            for article_id, result in results
        ],
    )
    session.execute(
        delete(ArticleCompanyRow).where(
            ArticleCompanyRow.article_id.in_(ids), ArticleCompanyRow.role.in_(MATCHER_ROLES)
        )
    )
    session.execute(delete(ArticleMatchRow).where(ArticleMatchRow.article_id.in_(ids)))
    companies = [row for article_id, result in results for row in _company_rows(article_id, result)]
    matches = [
        {
            "article_id": article_id,
            "milestone_id": m.milestone,
            "signal": m.signal.value,
            "window_start": str(m.window.start) if m.window else None,
            "window_end": str(m.window.end) if m.window and m.window.end else None,
            "confidence": float(m.confidence),
            "evidence": m.evidence or "",
        }
        for article_id, result in results
        for m in result.matches
    ]
    if companies:
        session.execute(insert(ArticleCompanyRow.__table__), companies)
    if matches:
        session.execute(insert(ArticleMatchRow.__table__), matches)


def _company_rows(article_id: int, result: Classification) -> list[dict[str, object]]:
    about = list(dict.fromkeys(result.companies))
    mentioned = [c for c in dict.fromkeys(result.mentioned) if c not in about]
    return [{"article_id": article_id, "company": c, "role": "about"} for c in about] + [
        {"article_id": article_id, "company": c, "role": "mentioned"} for c in mentioned
    ]


_SIGHTING_COLUMNS = (
    ArticleMatchRow.milestone_id,
    ArticleMatchRow.signal,
    ArticleMatchRow.window_start,
    ArticleMatchRow.window_end,
    ArticleMatchRow.confidence,
    ArticleMatchRow.evidence,
    ArticleRow.id,
    ArticleRow.url,
    ArticleRow.title,
    ArticleRow.published,
    ArticleRow.fetched_at,
    ArticleRow.new_milestone_candidate,
)


def _sighting(row: Row, company: str | None = None, primary: bool = True) -> Sighting:
    window = Window.parse(row.window_start, row.window_end) if row.window_start else None
    match = MilestoneMatch(row.milestone_id, Signal(row.signal), window, row.confidence, row.evidence or "")
    candidate = row.new_milestone_candidate if company else None
    return Sighting(
        row.id, row.url, row.title or "", row.published, match, company=company, candidate=candidate, primary=primary
    )


def _first_milestone_match():  # type: ignore[no-untyped-def]
    # the matcher stores an article's matches best first: its first milestone match is its main one
    other = aliased(ArticleMatchRow)
    return (
        select(func.min(other.id))
        .where(other.article_id == ArticleMatchRow.article_id, other.milestone_id.is_not(None))
        .scalar_subquery()
    )


def milestone_sightings(
    session: Session, milestone_id: str, *, since: datetime | None = None, signals: Iterable[Signal] | None = None
) -> list[Sighting]:
    """What relevant articles said of one milestone (with these signals); with ``since``, only articles
    dated after it: an article dated before the reviewer's last change was superseded by that decision.
    """
    said = [s.value for s in signals] if signals is not None else [s.value for s in Signal if s is not Signal.NONE]
    primary = (ArticleMatchRow.id == _first_milestone_match()).label("primary")
    query = (
        select(*_SIGHTING_COLUMNS, primary)
        .join(ArticleRow, ArticleRow.id == ArticleMatchRow.article_id)
        .where(
            ArticleMatchRow.milestone_id == milestone_id,
            ArticleMatchRow.signal.in_(said),
            ArticleRow.relevant.is_(True),
        )
        .order_by(ArticleRow.id, ArticleMatchRow.id)
    )
    return [
        _sighting(row, primary=bool(row.primary))
        for row in session.execute(query)
        if since is None or (row.published or row.fetched_at) > since
    ]


def candidate_sightings(session: Session, candidates: Iterable[str]) -> list[Sighting]:
    """What relevant articles reported as these new-milestone candidates, with the company each is about."""
    wanted = sorted(set(candidates))
    if not wanted:
        return []
    other = aliased(ArticleMatchRow)
    first = select(func.min(other.id)).where(other.article_id == ArticleMatchRow.article_id).scalar_subquery()
    query = (
        select(*_SIGHTING_COLUMNS, (ArticleMatchRow.id == first).label("primary"))
        .join(ArticleRow, ArticleRow.id == ArticleMatchRow.article_id)
        .where(
            ArticleMatchRow.milestone_id.is_(None),
            ArticleRow.new_milestone_candidate.in_(wanted),
            ArticleRow.relevant.is_(True),
        )
        .order_by(ArticleRow.id, ArticleMatchRow.id)
    )
    rows = list(session.execute(query))
    about: dict[int, list[str]] = {}
    for article_id, company in session.execute(
        select(ArticleCompanyRow.article_id, ArticleCompanyRow.company)
        .where(ArticleCompanyRow.article_id.in_({row.id for row in rows}), ArticleCompanyRow.role == "about")
        .order_by(ArticleCompanyRow.article_id, ArticleCompanyRow.company)
    ):
        about.setdefault(article_id, []).append(company)
    return [
        _sighting(row, _candidate_company(row.new_milestone_candidate, about[row.id]), bool(row.primary))
        for row in rows
        if about.get(row.id)
    ]


def _candidate_company(candidate: str, about: list[str]) -> str:
    """The company the candidate is named after ("quantumscape-eagle-line"), else the first it is about."""
    named = [company for company in about if candidate.startswith(f"{company}-")]
    return max(named, key=len) if named else about[0]
