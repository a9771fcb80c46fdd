"""What a request handler reaches through the Flask app: the ssbtrack App, the reviewer, the crawl jobs."""

from __future__ import annotations

from flask import current_app
from sqlalchemy.orm import Session

from tracker.app import App
from tracker.web.crawl_jobs import CrawlJobs


def ssbtrack_app() -> App:
    return current_app.extensions["ssbtrack_app"]


def db_session() -> Session:
    """A new session on the app's database, to be used as a context manager."""
    return ssbtrack_app().db.sessions()


def reviewer() -> str:
    return current_app.extensions["ssbtrack_reviewer"]


def crawl_jobs() -> CrawlJobs:
    return current_app.extensions["ssbtrack_crawl_jobs"]


def allow_private_urls() -> bool:
    return bool(current_app.extensions["ssbtrack_allow_private_urls"])
