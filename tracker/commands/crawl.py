"""``ssbtrack crawl``, ``sources`` and ``articles``: a thin layer over crawler.run and db/.

Scraped text (titles, errors quoting pages) is printed as plain text, never as rich markup.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import click
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text

from crawler.options import CrawlOptions
from crawler.run import CrawlFailed, CrawlReport, run_crawl
from db.articles import list_articles
from db.crawl_runs import source_health
from tracker.app import App
from tracker.match_store import match_pending
from tracker.universe import Source, Universe

FORMATS = click.Choice(["table", "json"])


def select_sources(universe: Universe, companies: Sequence[str], source_ids: Sequence[str]) -> list[Source]:
    """The sources of the given companies plus the given sources; all of them when none is given."""
    known_companies = {company.id for company in universe.companies}
    known_sources = {source.id for source in universe.sources}
    for company in companies:
        if company not in known_companies:
            raise click.BadParameter(
                f"unknown company {company!r} (known: {', '.join(sorted(known_companies))})", param_hint="--company"
            )
    for source_id in source_ids:
        if source_id not in known_sources:
            raise click.BadParameter(f"unknown source {source_id!r} (see `ssbtrack sources`)", param_hint="--source")
    if not companies and not source_ids:
        return list(universe.sources)
    return [source for source in universe.sources if source.company in companies or source.id in source_ids]


def console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    # a pipe or a test runner has no width: keep rows whole rather than folding them at 80 columns
    return Console(file=stream, width=None if stream.isatty() else 200, highlight=False, soft_wrap=False)


def crawl_with_progress(
    db_url: str,
    sources: Sequence[Source],
    options: CrawlOptions,
    verbose: bool = False,
    env: dict[str, str] | None = None,
) -> CrawlReport:
    """Run a crawl, showing its progress live on stderr (when it is a terminal)."""
    screen = console(stderr=True)
    progress = _LiveProgress(len(sources))
    with Live(progress.render(), console=screen, refresh_per_second=4, transient=True, redirect_stderr=False) as live:

        def on_event(event: dict[str, Any]) -> None:
            progress.apply(event)
            live.update(progress.render())

        def on_log(line: str) -> None:
            if verbose:
                live.console.print(Text(line, style="dim"))

        return run_crawl(db_url, sources, options, on_event=on_event, on_log=on_log, env=env)


class _LiveProgress:
    """The live view: sources done out of all, running totals, and what happened last."""

    def __init__(self, total: int):
        self.report = CrawlReport()
        self.total = total
        self.last = ""

    def apply(self, event: dict[str, Any]) -> None:
        self.report.apply(event)
        kind = event.get("event")
        if kind == "source_done":
            self.last = f"{event['source']}: done ({event.get('new', 0)} new)"
        elif kind == "source_error":
            self.last = f"{event['source']}: {event.get('reason', '')}"

    def render(self) -> Text:
        report = self.report
        done = sum(1 for source in report.sources.values() if source.done or source.error)
        text = Text(
            f"crawling: {done}/{self.total} sources done · {report.total('fetched')} fetched · "
            f"{report.total('new')} new · {report.total('duplicate')} duplicate · "
            f"{report.total('errors')} errors"
        )
        if self.last:
            text.append(f"\n  {self.last[:160]}", style="dim")
        return text


def report_table(report: CrawlReport, title: str = "crawl") -> Table:
    table = Table(title=title, title_justify="left")
    widest = max((len(name) for name in report.sources), default=6)
    table.add_column("source", no_wrap=True, min_width=min(widest, 40))
    for column in ("fetched", "new", "duplicate", "errors", "known"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("outcome", no_wrap=True)
    table.add_column("error / note", overflow="fold")
    for source in sorted(report.sources.values(), key=lambda s: s.source):
        outcome = source.outcome or ("error" if source.error else "")
        detail = source.error or ("; ".join(source.notes[:2]) if source.notes else "")
        if source.not_modified and not detail:
            detail = "not modified (304)"
        table.add_row(
            Text(source.source),
            str(source.fetched),
            str(source.new),
            str(source.duplicate),
            str(source.errors),
            str(source.known),
            Text(outcome),
            Text(detail),
        )
    table.add_section()
    table.add_row(
        "total",
        *(str(report.total(name)) for name in ("fetched", "new", "duplicate", "errors", "known")),
        "",
        f"{report.seconds:.1f} s",
    )
    return table


@click.command()
@click.option("--company", "companies", multiple=True, metavar="ID", help="Crawl this company's sources (repeatable).")
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Crawl this source (repeatable).")
@click.option("-v", "--verbose", is_flag=True, help="Show the crawler's log while it runs.")
@click.pass_obj
def crawl(app: App, companies: tuple[str, ...], source_ids: tuple[str, ...], verbose: bool) -> None:
    """Crawl now: every source, or those of --company / --source; then match what is new."""
    sources = select_sources(app.universe, companies, source_ids)
    database = app.db
    try:
        report = crawl_with_progress(database.url, sources, CrawlOptions.from_settings(app.settings), verbose)
    except CrawlFailed as exc:
        raise click.ClickException(str(exc)) from exc
    console().print(report_table(report, f"crawl run {report.run_id}"))
    _print_rejections(report, verbose)
    # the matcher also picks up articles an interrupted crawl stored without matching
    click.echo(str(match_pending(database, app.universe)))
    if report.reason == "shutdown":
        click.echo("error: the crawl was stopped before it was done", err=True)
        sys.exit(1)
    if report.every_source_failed:
        click.echo(f"error: every selected source failed ({len(report.sources)})", err=True)
        sys.exit(1)


def _print_rejections(report: CrawlReport, verbose: bool) -> None:
    if not report.rejections:
        return
    shown = report.rejections if verbose else report.rejections[:10]
    click.echo(f"{len(report.rejections)} links or pages rejected" + ("" if verbose else " (first 10; -v for all)"))
    for rejection in shown:
        click.echo(f"  {rejection.source}: {rejection.url}: {rejection.reason}")


@click.command()
@click.option("--format", "output", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def sources(app: App, output: str) -> None:
    """Each source's health: last fetch, last success, failures in a row, last outcome and error."""
    health = source_health(app.db)
    if output == "json":
        click.echo(json.dumps([_plain(vars(row)) for row in health], ensure_ascii=False, indent=2))
        return
    table = Table(title="sources", title_justify="left")
    for column in ("source", "company", "kind", "outcome", "last fetch", "last success", "failures"):
        table.add_column(column, justify="right" if column == "failures" else "left")
    table.add_column("last error", overflow="fold")
    for row in health:
        table.add_row(
            Text(row.id),
            Text(row.company),
            row.kind,
            Text(row.last_outcome or "never crawled"),
            _when(row.last_fetch_at),
            _when(row.last_success_at),
            str(row.consecutive_failures),
            Text(row.last_error or ""),
        )
    console().print(table)


@click.command()
@click.option("--company", "company", metavar="ID", help="Only articles of this company (source or about it).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only articles published since (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many, newest first.")
@click.option("--format", "output", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def articles(app: App, company: str | None, since: datetime | None, limit: int | None, output: str) -> None:
    """The stored articles, newest first: url, title, published, source, companies, language."""
    if company is not None and company not in {c.id for c in app.universe.companies}:
        raise click.BadParameter(f"unknown company {company!r}", param_hint="--company")
    rows = list_articles(app.db, company=company, since=since.replace(tzinfo=UTC) if since else None, limit=limit)
    if output == "json":
        click.echo(
            json.dumps(
                [
                    _plain(
                        {
                            "url": row.url,
                            "title": row.title,
                            "published": row.published,
                            "source": row.source_id,
                            "companies": list(row.companies),
                            "language": row.language,
                        }
                    )
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = Table(title=f"{len(rows)} articles", title_justify="left")
    for column in ("published", "title", "source", "companies", "lang", "url"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            _when(row.published, date_only=True),
            Text(row.title),
            Text(row.source_id),
            Text(", ".join(row.companies)),
            Text(row.language or ""),
            Text(row.url),
        )
    console().print(table)


def _when(moment: datetime | None, date_only: bool = False) -> str:
    if moment is None:
        return ""
    return moment.strftime("%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M")


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value.isoformat() if isinstance(value, datetime) else value for key, value in values.items()}


commands = [crawl, sources, articles]
