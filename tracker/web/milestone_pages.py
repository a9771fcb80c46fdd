"""A milestone's page (state, full history, flags, articles) and the timeline of every milestone."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, abort

from db import review as review_store
from db.web_queries import milestone_articles
from tracker.web import timeline_drawing as drawing
from tracker.web.pages import page
from tracker.web.runtime import db_session, ssbtrack_app

blueprint = Blueprint("milestones", __name__)


@blueprint.route("/milestones/<milestone_id>")
def milestone(milestone_id: str) -> str:
    with db_session() as session:
        entry = next((e for e in review_store.timeline(session) if e.id == milestone_id), None)
        if entry is None:
            abort(404, f"no milestone {milestone_id!r}")
        history = review_store.milestone_history(session, milestone_id)
        flags = review_store.list_flags(session, milestone=milestone_id)
        articles = milestone_articles(session, milestone_id)
    names = {company.id: company.name for company in ssbtrack_app().universe.companies}
    return page(
        "web/milestone.html", milestone=entry, history=history, flags=flags, articles=articles, company_names=names
    )


@blueprint.route("/timeline")
def timeline() -> str:
    with db_session() as session:
        entries = review_store.timeline(session)
        changes = [h for e in entries for h in review_store.milestone_history(session, e.id) if h.is_change]
    drawn = drawing.timeline_chart(
        [drawing.MilestoneState(e.id, e.title, e.status, e.window) for e in entries],
        [
            drawing.WindowChange(
                h.milestone, h.changed_at, h.old_window, h.new_window, h.old_status, h.new_status, h.changed_by
            )
            for h in changes
        ],
        datetime.now(UTC),
    )
    return page("web/timeline.html", chart=drawn, entries=entries)
