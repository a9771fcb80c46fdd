"""The matcher's results in the database: which articles wait, what was said of each, and back out as sightings.

Writing starts with a conditional UPDATE that claims the article (its ``matched_at`` still what we read),
so two matchers running at once never both store one article, and SQLite takes its write lock before
the transaction reads anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db.models import ArticleCompanyRow, ArticleMatchRow, ArticleRow
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


def articles_to_match(session: Session, *, rematch_all: bool, after_id: int = 0,
                      limit: int = 200) -> list[StoredArticle]:
    """The next batch, in id order: unmatched articles, or all of them when re-matching."""
    query = select(ArticleRow).where(ArticleRow.id > after_id).order_by(ArticleRow.id).limit(limit)
    if not rematch_all:
        query = query.where(ArticleRow.matched_at.is_(None))
    return [
        StoredArticle(row.id, row.matched_at, ArticleText(
            id=str(row.id), title=row.title or "", text=row.text or "", url=row.url,
            published=row.published.date() if row.published else None, language=row.language))
        for row in session.scalars(query)
    ]


def claim_article(session: Session, article: StoredArticle, now: datetime) -> bool:
    """Mark the article matched now, if nobody else did since we read it."""
    claimed = session.execute(
        update(ArticleRow)
        .where(ArticleRow.id == article.id, ArticleRow.matched_at.is_not_distinct_from(article.matched_at))
        .values(matched_at=now).execution_options(synchronize_session=False)
    ).rowcount
    return bool(claimed)


def store_classification(session: Session, article_id: int, result: Classification) -> None:
    """Replace what an earlier match said of this article; the crawler's 'source' role is kept."""
    session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(
        relevant=result.relevant, topics=list(result.topics), new_milestone_candidate=result.new_milestone_candidate,
    ).execution_options(synchronize_session=False))
    session.execute(delete(ArticleCompanyRow).where(ArticleCompanyRow.article_id == article_id,
                                                    ArticleCompanyRow.role.in_(MATCHER_ROLES)))
    session.execute(delete(ArticleMatchRow).where(ArticleMatchRow.article_id == article_id))
    about = list(dict.fromkeys(result.companies))
    mentioned = [c for c in dict.fromkeys(result.mentioned) if c not in about]
    session.add_all([ArticleCompanyRow(article_id=article_id, company=c, role="about") for c in about]
                    + [ArticleCompanyRow(article_id=article_id, company=c, role="mentioned") for c in mentioned])
    session.add_all([
        ArticleMatchRow(article_id=article_id, milestone_id=m.milestone, signal=m.signal.value,
                        window_start=str(m.window.start) if m.window else None,
                        window_end=str(m.window.end) if m.window and m.window.end else None,
                        confidence=float(m.confidence), evidence=m.evidence or "")
        for m in result.matches
    ])
    session.flush()


def _match(row: ArticleMatchRow) -> MilestoneMatch:
    window = Window.parse(row.window_start, row.window_end) if row.window_start else None
    return MilestoneMatch(row.milestone_id, Signal(row.signal), window, row.confidence, row.evidence or "")


def _article_date(article: ArticleRow) -> datetime:
    return article.published or article.fetched_at


def milestone_sightings(session: Session, milestone_id: str, *, since: datetime | None = None) -> list[Sighting]:
    """What relevant articles said of one milestone; with ``since``, only articles dated after it.

    An article dated before the reviewer's last change of the milestone was superseded by that decision.
    """
    query = (select(ArticleMatchRow, ArticleRow).join(ArticleRow, ArticleRow.id == ArticleMatchRow.article_id)
             .where(ArticleMatchRow.milestone_id == milestone_id, ArticleMatchRow.signal != Signal.NONE.value,
                    ArticleRow.relevant.is_(True))
             .order_by(ArticleRow.id, ArticleMatchRow.id))
    return [
        Sighting(article.id, article.url, article.title or "", article.published, _match(match))
        for match, article in session.execute(query)
        if since is None or _article_date(article) > since
    ]


def candidate_sightings(session: Session, candidates: Iterable[str]) -> list[Sighting]:
    """What relevant articles reported as these new-milestone candidates, with the company each is about."""
    wanted = sorted(set(candidates))
    if not wanted:
        return []
    query = (select(ArticleMatchRow, ArticleRow).join(ArticleRow, ArticleRow.id == ArticleMatchRow.article_id)
             .where(ArticleMatchRow.milestone_id.is_(None), ArticleRow.new_milestone_candidate.in_(wanted),
                    ArticleRow.relevant.is_(True))
             .order_by(ArticleRow.id, ArticleMatchRow.id))
    pairs = list(session.execute(query))
    about: dict[int, list[str]] = {}
    for article_id, company in session.execute(
            select(ArticleCompanyRow.article_id, ArticleCompanyRow.company)
            .where(ArticleCompanyRow.article_id.in_({a.id for _, a in pairs}), ArticleCompanyRow.role == "about")
            .order_by(ArticleCompanyRow.article_id, ArticleCompanyRow.company)):
        about.setdefault(article_id, []).append(company)
    return [
        Sighting(article.id, article.url, article.title or "", article.published, _match(match),
                 company=about[article.id][0], candidate=article.new_milestone_candidate)
        for match, article in pairs if about.get(article.id)
    ]
