"""The digest's words: its subject line and its HTML and plain-text bodies, from the Jinja templates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tracker.digest_content import DigestContent
from tracker.templating import render
from tracker.untrusted_text import clean_line


@dataclass(frozen=True)
class RenderedDigest:
    week: str
    subject: str
    html: str
    text: str


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def digest_subject(content: DigestContent) -> str:
    """``SSB tracker, 2026-W48: 3 milestone changes to review, 17 announcements`` (always one line)."""
    if content.quiet:
        summary = "a quiet week"
    else:
        summary = (
            f"{_count(content.pending_total, 'milestone change', 'milestone changes')} to review, "
            f"{_count(content.announcement_count, 'announcement', 'announcements')}"
        )
    return clean_line(f"SSB tracker, {content.week}: {summary}", 200)


def render_digest(content: DigestContent, generated_at: datetime, unsubscribe: str | None = None) -> RenderedDigest:
    subject = digest_subject(content)
    context = {"content": content, "subject": subject, "generated_at": generated_at, "unsubscribe": unsubscribe}
    return RenderedDigest(
        content.week, subject, render("digest/digest.html", **context), render("digest/digest.txt", **context)
    )
