"""The schema. Only db/ knows SQLAlchemy; other stages pass plain values in and out."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import UTCDateTime


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class SourceRow(Base):
    """A source of the universe and its health; the universe file stays the source of truth for url/kind."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    company: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(Text)
    last_fetch_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_new_article_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # new | changed | unchanged | error, as the last crawl ended for this source
    last_outcome: Mapped[str | None] = mapped_column(String(20))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    language: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    guid: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    # matcher results; NULL relevant means "not matched yet"
    relevant: Mapped[bool | None] = mapped_column(Boolean)
    topics: Mapped[list[Any]] = mapped_column(JSON, default=list)
    new_milestone_candidate: Mapped[str | None] = mapped_column(Text)
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ArticleCompanyRow(Base):
    """Which companies an article is about (role 'about') or names in passing ('mentioned').

    Until the matcher runs, the source's own company is recorded with role 'source'.
    """

    __tablename__ = "article_companies"
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    company: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    __table_args__ = (Index("ix_article_companies_company", "company"),)


class ArticleMatchRow(Base):
    """One thing an article says of one milestone (or of a new-milestone candidate when milestone is NULL)."""

    __tablename__ = "article_matches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    milestone_id: Mapped[str | None] = mapped_column(String(200), index=True)
    signal: Mapped[str] = mapped_column(String(20))
    window_start: Mapped[str | None] = mapped_column(String(7))
    window_end: Mapped[str | None] = mapped_column(String(7))
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text, default="")


class CrawlRunRow(Base):
    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # running | finished | failed; a run left 'running' by a killed process stays visible as such
    status: Mapped[str] = mapped_column(String(20), default="running")
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    duplicate: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)


class CrawlRunSourceRow(Base):
    __tablename__ = "crawl_run_sources"
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    duplicate: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)


class MilestoneRow(Base):
    """The current state of a milestone: the universe's baseline until a reviewer accepts a change."""

    __tablename__ = "milestones"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    companies: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20))
    window_start: Mapped[str] = mapped_column(String(7))
    window_end: Mapped[str | None] = mapped_column(String(7))
    # when the event happened, once achieved (YYYY-MM or YYYY-MM-DD)
    achieved_on: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MilestoneHistoryRow(Base):
    __tablename__ = "milestone_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    milestone_id: Mapped[str] = mapped_column(ForeignKey("milestones.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    changed_by: Mapped[str] = mapped_column(String(200))
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20))
    old_window: Mapped[str | None] = mapped_column(String(20))
    new_window: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    flag_id: Mapped[int | None] = mapped_column(ForeignKey("flags.id"))
    # [{url, title, sentence, published}] as it stood when the change was made
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)


class FlagRow(Base):
    """A change a person must confirm. One change reported by many outlets is one flag."""

    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    milestone_id: Mapped[str | None] = mapped_column(String(200), index=True)
    # slug of a new-milestone candidate, when milestone_id is NULL
    candidate: Mapped[str | None] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    # pending | accepted | rejected | merged
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20))
    old_window: Mapped[str | None] = mapped_column(String(20))
    new_window: Mapped[str | None] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    title: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("flags.id"))
    # identity of the change, so ten outlets reporting it raise one flag
    change_key: Mapped[str] = mapped_column(String(400), index=True)
    # one pending flag per change, even with two matchers at once (migration 0002_flags)
    __table_args__ = (
        Index(
            "uq_flags_pending_change_key",
            "change_key",
            unique=True,
            sqlite_where=text("state = 'pending'"),
            postgresql_where=text("state = 'pending'"),
        ),
    )


class FlagEvidenceRow(Base):
    __tablename__ = "flag_evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flag_id: Mapped[int] = mapped_column(ForeignKey("flags.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    url: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    sentence: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime | None] = mapped_column(UTCDateTime())
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    __table_args__ = (UniqueConstraint("flag_id", "article_id", name="uq_flag_evidence_article"),)


class DigestRow(Base):
    """One week's digest: rendered once, sent once."""

    __tablename__ = "digests"
    week: Mapped[str] = mapped_column(String(10), primary_key=True)
    # rendered | sending | sent | failed
    state: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[str | None] = mapped_column(Text)
    recipients: Mapped[list[Any]] = mapped_column(JSON, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    rendered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LockRow(Base):
    """Named leases (one scheduler per database); a lease whose heartbeat is stale may be taken over."""

    __tablename__ = "locks"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(Text)
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime())
