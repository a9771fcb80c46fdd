"""Articles as JSON lines: ``{id, title, text, url?, published?, language?}`` (and ``labels`` in a labelled
file). A line that is not such an object is an ``ArticleLineError`` naming the line and what is wrong."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tracker.classification import ArticleText


class ArticleLineError(ValueError):
    def __init__(self, line: int, problem: str):
        self.line, self.problem = line, problem
        super().__init__(f"line {line}: {problem}")


@dataclass(frozen=True)
class ArticleLine:
    line: int
    article: ArticleText
    data: dict[str, Any]


def parse_published(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' must be a date like 2026-02-10, not {value!r}")
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"'published' must be a date like 2026-02-10, not {value!r}") from None


def article_from_data(data: Any) -> ArticleText:
    """The article of one decoded line; ValueError saying which field is wrong."""
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    article_id = data.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise ValueError("missing 'id' (a non-empty string)")
    for key in ("title", "text"):
        if not isinstance(data.get(key, ""), str):
            raise ValueError(f"{key!r} must be a string")
    if not (data.get("title") or data.get("text")):
        raise ValueError("needs a 'title' or a 'text'")
    for key in ("url", "language"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ValueError(f"{key!r} must be a string")
    return ArticleText(
        article_id,
        data.get("title") or "",
        data.get("text") or "",
        data.get("url"),
        parse_published(data.get("published")),
        data.get("language"),
    )


def read_article_lines(lines: Iterable[str]) -> Iterator[ArticleLine | ArticleLineError]:
    """Each non-blank line as an article, or as the error that line has (the others still come)."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield ArticleLineError(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield ArticleLine(number, article_from_data(data), data)
        except ValueError as exc:
            yield ArticleLineError(number, str(exc))
