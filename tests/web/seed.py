"""Loading the review fixtures (tests/fixtures/web/*.json) into a database: articles, flags, evidence."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.engine import Database
from db.models import ArticleRow, FlagEvidenceRow, FlagRow, MilestoneRow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"


def _window(row: MilestoneRow) -> str:
    if row.window_end is None:
        return f"{row.window_start}.."
    return row.window_start if row.window_end == row.window_start else f"{row.window_start}..{row.window_end}"


def seed(database: Database, name: str, now: datetime | None = None) -> dict[str, int]:
    """Insert one fixture file; returns the flag ids by their key in the file."""
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    now = now or datetime.now(UTC)
    flag_ids: dict[str, int] = {}
    with database.sessions() as session:
        articles: dict[str, ArticleRow] = {}
        for item in data["articles"]:
            row = ArticleRow(
                canonical_url=item["url"],
                url=item["url"],
                title=item["title"],
                text=item["text"],
                lead="",
                published=datetime.fromisoformat(item["published"]),
                language="en",
                source_id=item["source"],
                content_hash=hashlib.sha256(item["text"].encode()).hexdigest(),
                fetched_at=now,
                relevant=True,
            )
            session.add(row)
            articles[item["key"]] = row
        session.flush()
        for item in data["flags"]:
            milestone = session.get(MilestoneRow, item["milestone"])
            created = now - timedelta(hours=item["hours_ago"])
            flag = FlagRow(
                milestone_id=item["milestone"],
                company=item["company"],
                kind=item["kind"],
                state="pending",
                old_status=milestone.status,
                new_status=item["new_status"],
                old_window=_window(milestone),
                new_window=item["new_window"],
                confidence=item["confidence"],
                title=item["title"],
                created_at=created,
                updated_at=created,
                note="",
                change_key=f"test:{name}:{item['key']}",
            )
            session.add(flag)
            session.flush()
            for ev in item["evidence"]:
                article = articles[ev["article"]]
                session.add(
                    FlagEvidenceRow(
                        flag_id=flag.id,
                        article_id=article.id,
                        url=article.url,
                        title=article.title,
                        sentence=ev["sentence"],
                        published=article.published,
                        confidence=ev["confidence"],
                    )
                )
            flag_ids[item["key"]] = flag.id
        session.commit()
    return flag_ids
