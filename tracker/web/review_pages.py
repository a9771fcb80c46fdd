"""The review queue, one flag's page, and the decisions taken on them (accept, reject, merge).

Decisions go through db.review, the one place that knows what accepting means; this module turns a
form into a call and the outcome into a flash message.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Blueprint, Response, abort, flash, redirect, request, url_for
from sqlalchemy.orm import Session

from db import review as review_store
from db import review_views
from db.review import FlagView
from db.web_queries import article_texts, merge_targets, milestone_titles, queue_filter_choices
from tracker.universe import Status
from tracker.web.excerpt import sentence_in_context
from tracker.web.pages import page
from tracker.web.runtime import db_session, reviewer
from tracker.web.security import local_path

blueprint = Blueprint("review", __name__)
FILTERS = ("company", "milestone", "kind")
DECISIONS = {"accept": "accepted", "reject": "rejected", "merge": "merged"}
STATUSES = tuple(status.value for status in Status)
QUEUE_LIMIT = 200
NOT_FOUND = (review_store.FlagNotFound, review_views.FlagNotFound)


class DecisionError(ValueError):
    """A decision form the reviewer must correct (no merge target, a merge target with accept...)."""


def queue_order(flags: Sequence[FlagView]) -> list[FlagView]:
    """Newest day first and, within a day, the most confident first: what most needs a look comes first."""
    return sorted(flags, key=lambda f: (f.created_at.date(), f.confidence, f.created_at, f.id), reverse=True)


def _cards_context(session: Session, flags: Sequence[FlagView]) -> dict[str, Any]:
    """What the flag card partial needs besides the flags: titles, article texts, merge targets."""
    return {
        "milestone_titles": milestone_titles(session),
        "texts": article_texts(session, (e.article_id for f in flags for e in f.evidence)),
        "merge_targets": {
            f.id: merge_targets(session, f.id, f.milestone, f.company) for f in flags if f.state == "pending"
        },
        "excerpt": sentence_in_context,
        "statuses": STATUSES,
        "back": request.full_path.rstrip("?"),
    }


@blueprint.route("/")
def queue() -> str:
    filters = {name: value for name in FILTERS if (value := request.args.get(name, "").strip())}
    with db_session() as session:
        flags = queue_order(review_store.list_flags(session, "pending", limit=QUEUE_LIMIT, **filters))
        context = _cards_context(session, flags)
        choices = queue_filter_choices(session)
    return page("web/queue.html", cards=flags, filters=filters, choices=choices, **context)


@blueprint.route("/flags/<int:flag_id>")
def flag(flag_id: int) -> str:
    with db_session() as session:
        try:
            card = review_store.flag_detail(session, flag_id)
        except NOT_FOUND:
            abort(404, f"no flag #{flag_id}")
        context = _cards_context(session, [card])
    return page("web/flag.html", card=card, **context)


def _merge_target() -> int:
    raw = request.form.get("into", "").strip().lstrip("#")
    if not raw.isdigit():
        raise DecisionError("say which flag to merge into (its number)")
    return int(raw)


def _accepted_message(session: Session, flag_id: int) -> str:
    decided = review_store.flag_detail(session, flag_id)
    entry = next((e for e in review_store.timeline(session) if e.id == decided.milestone), None)
    message = f"Flag #{flag_id} accepted"
    if entry is not None:
        message += f": {entry.title} is now {entry.status.replace('_', ' ')}, {entry.window}"
    covered = [
        f.id
        for f in review_store.list_flags(session, "merged", milestone=decided.milestone)
        if f.merged_into == flag_id and f.decided_at == decided.decided_at
    ]
    if covered:
        message += f"; it also closed {', '.join(f'#{i}' for i in covered)}, which it made moot"
    return message + "."


def _decide(flag_id: int, decision: str) -> str:
    """Carries out the decision and says what happened, for the flash message."""
    form = request.form
    note = form.get("note", "").strip()
    if decision != "merge" and form.get("into", "").strip():
        # Enter in the "merge into" field submits with the form's first button (accept): never guess
        raise DecisionError("'merge into' is filled in: press Merge, or clear it first")
    with db_session() as session:
        if decision == "accept":
            review_store.accept_flag(
                session,
                flag_id,
                reviewer=reviewer(),
                note=note,
                window=form.get("window", "").strip() or None,
                status=form.get("status", "").strip() or None,
            )
            return _accepted_message(session, flag_id)
        if decision == "reject":
            review_store.reject_flag(session, flag_id, reviewer=reviewer(), note=note)
            return f"Flag #{flag_id} rejected."
        into = _merge_target()
        review_store.merge_flag(session, flag_id, into, reviewer=reviewer(), note=note)
        return f"Flag #{flag_id} merged into #{into}."


@blueprint.route("/flags/<int:flag_id>/decide", methods=["POST"])
def decide(flag_id: int) -> Response:
    decision = request.form.get("decision", "")
    back = local_path(request.form.get("back")) or url_for("review.queue")
    if decision not in DECISIONS:
        abort(400, f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    try:
        flash(_decide(flag_id, decision), "success")
    except NOT_FOUND as exc:
        abort(404, str(exc))
    except ValueError as exc:  # ReviewError and DecisionError: the reviewer can correct the form
        flash(f"Flag #{flag_id} not {DECISIONS[decision]}: {exc}", "error")
        return redirect(f"{back}#flag-{flag_id}")
    following = request.form.get("following", "").strip()
    return redirect(f"{back}#flag-{following}" if following.isdigit() else back)
