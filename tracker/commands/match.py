"""``ssbtrack match``, ``flags``, ``review show|accept|reject|merge`` and ``timeline``: a thin layer over
tracker.match_store and db.review. Scraped text is printed as plain text, never as rich markup.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from db import review
from db.review import FlagView, ReviewError, TimelineEntry
from tracker.app import App
from tracker.match_store import match_pending
from tracker.universe import Status

FORMATS = click.Choice(["table", "json"])


def reviewer_name(settings: dict[str, Any]) -> str:
    """Who a decision is recorded as: the ``reviewer`` setting, else the user running the command."""
    if settings.get("reviewer"):
        return str(settings["reviewer"])
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment (some containers)
        return "unknown"


def _console() -> Console:
    stream = sys.stdout
    # a pipe or a test runner has no width: keep rows whole rather than folding them at 80 columns
    return Console(file=stream, width=None if stream.isatty() else 220, highlight=False, soft_wrap=False)


def _echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _decide(app: App, decision: Callable[..., FlagView], *args: Any, **kwargs: Any) -> FlagView:
    with app.db.sessions() as session:
        try:
            return decision(session, *args, reviewer=reviewer_name(app.settings), **kwargs)
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from exc


@click.command("match")
@click.option("--all", "rematch_all", is_flag=True, help="Re-match every stored article, not only new ones.")
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Day the overdue check is made for (YYYY-MM-DD; default today).",
)
@click.pass_obj
def match(app: App, rematch_all: bool, as_of: Any) -> None:
    """Match stored articles to milestones, raise flags for changes, flag overdue milestones."""
    summary = match_pending(app.db, app.universe, rematch_all=rematch_all, as_of=as_of.date() if as_of else None)
    click.echo(str(summary))


@click.command("flags")
@click.option("--state", type=click.Choice(review.FLAG_STATES), help="Only flags in this state.")
@click.option("--kind", help="Only flags of this kind (delayed, achieved, overdue, new_milestone, ...).")
@click.option("--milestone", help="Only flags of this milestone id.")
@click.option("--format", "output", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def flags(app: App, state: str | None, kind: str | None, milestone: str | None, output: str) -> None:
    """List flags: old -> new status and window, confidence, evidence."""
    with app.db.sessions() as session:
        found = review.list_flags(session, state, kind=kind, milestone=milestone)
    if output == "json":
        _echo_json([flag.as_json() for flag in found])
        return
    if not found:
        click.echo("no flags" + (f" in state {state}" if state else ""))
        return
    table = Table("id", "state", "kind", "milestone", "status", "window", "conf", "evidence", box=None)
    for flag in found:
        table.add_row(
            str(flag.id),
            flag.state,
            flag.kind,
            Text(_subject(flag)),
            Text(_arrow(flag.old_status, flag.new_status)),
            Text(_arrow(flag.old_window, flag.new_window)),
            f"{flag.confidence:.2f}",
            Text(_evidence_summary(flag)),
        )
    _console().print(table)


def _subject(flag: FlagView) -> str:
    return flag.milestone or f"new: {flag.company or '?'}/{flag.candidate or '?'}"


def _arrow(old: str | None, new: str | None) -> str:
    if old == new:
        return old or "-"
    return f"{old or '-'} -> {new or '-'}"


def _evidence_summary(flag: FlagView) -> str:
    if not flag.evidence:
        return "(no article: the window has ended)" if flag.kind == "overdue" else "-"
    first = flag.evidence[0]
    more = f" (+{len(flag.evidence) - 1} more)" if len(flag.evidence) > 1 else ""
    return f"{first.url}{more}"


@click.group("review")
def review_group() -> None:
    """Look at one flag and decide it (accept, reject, merge)."""


@review_group.command("show")
@click.argument("flag_id", type=int)
@click.option("--format", "output", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def show(app: App, flag_id: int, output: str) -> None:
    """Show one flag with all its evidence."""
    with app.db.sessions() as session:
        try:
            flag = review.flag_detail(session, flag_id)
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from exc
    if output == "json":
        _echo_json(flag.as_json())
        return
    lines = [
        f"flag {flag.id} [{flag.state}] {flag.kind}: {_subject(flag)}",
        f"  {flag.title}",
        f"  status:     {_arrow(flag.old_status, flag.new_status)}",
        f"  window:     {_arrow(flag.old_window, flag.new_window)}",
        f"  confidence: {flag.confidence:.2f}",
        f"  raised:     {flag.created_at:%Y-%m-%d %H:%M} UTC",
    ]
    if flag.decided_at:
        lines.append(
            f"  decided:    {flag.decided_at:%Y-%m-%d %H:%M} UTC by {flag.decided_by}"
            + (f": {flag.note}" if flag.note else "")
        )
    if flag.merged_into:
        lines.append(f"  merged into flag {flag.merged_into}")
    lines.append(f"  evidence ({len(flag.evidence)}):")
    for item in flag.evidence:
        when = f"{item.published:%Y-%m-%d}" if item.published else "undated"
        lines += [f"  - {when}  {item.confidence:.2f}  {item.title}", f'    "{item.sentence}"', f"    {item.url}"]
    click.echo("\n".join(lines))


@review_group.command("accept")
@click.argument("flag_id", type=int)
@click.option("--window", help="The window to record instead of the flag's (2028, 2027..2028, 2028-06).")
@click.option("--status", type=click.Choice([s.value for s in Status]), help="The status to record instead.")
@click.option("--note", default="", help="Why (kept in the milestone's history).")
@click.pass_obj
def accept(app: App, flag_id: int, window: str | None, status: str | None, note: str) -> None:
    """Accept a flag: the milestone takes its new status and window, with history."""
    flag = _decide(app, review.accept_flag, flag_id, note=note, window=window, status=status)
    with app.db.sessions() as session:
        entry = next((e for e in review.timeline(session) if e.id == flag.milestone), None)
    state = f"{entry.status}, {entry.window}" if entry else "?"
    click.echo(f"accepted flag {flag.id} ({flag.kind}): {flag.milestone} is now {state}")


@review_group.command("reject")
@click.argument("flag_id", type=int)
@click.option("--note", default="", help="Why (kept in the milestone's history).")
@click.pass_obj
def reject(app: App, flag_id: int, note: str) -> None:
    """Reject a flag; later copies of the same story will not raise it again."""
    flag = _decide(app, review.reject_flag, flag_id, note=note)
    click.echo(f"rejected flag {flag.id} ({flag.kind}): {_subject(flag)}")


@review_group.command("merge")
@click.argument("flag_id", type=int)
@click.argument("into_id", type=int)
@click.option("--note", default="", help="Why (kept in the milestone's history).")
@click.pass_obj
def merge(app: App, flag_id: int, into_id: int, note: str) -> None:
    """Merge a flag into another that reports the same change; its evidence moves along."""
    target = _decide(app, review.merge_flag, flag_id, into_id, note=note)
    click.echo(
        f"merged flag {flag_id} into flag {target.id} ({target.kind}, {len(target.evidence)} pieces of evidence)"
    )


@click.command("timeline")
@click.option("--format", "output", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def timeline(app: App, output: str) -> None:
    """The milestones with their current status, window and last change."""
    with app.db.sessions() as session:
        entries = review.timeline(session)
    if output == "json":
        _echo_json([entry.as_json() for entry in entries])
        return
    table = Table("milestone", "status", "window", "last change", "pending", box=None)
    for entry in entries:
        table.add_row(
            Text(entry.id),
            entry.status,
            Text(entry.window),
            Text(_last_change(entry)),
            str(entry.pending_flags) if entry.pending_flags else "",
        )
    _console().print(table)


def _last_change(entry: TimelineEntry) -> str:
    change = entry.last_change
    if change is None:
        return "as in the universe file"
    parts = [f"{change.changed_at:%Y-%m-%d} by {change.changed_by}:"]
    if change.old_status != change.new_status:
        parts.append(f"{change.old_status} -> {change.new_status}")
    if change.old_window != change.new_window:
        parts.append(f"{change.old_window} -> {change.new_window}")
    return " ".join(parts) + (f" ({change.reason})" if change.reason else "")


commands = [match, flags, review_group, timeline]
