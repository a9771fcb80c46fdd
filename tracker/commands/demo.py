"""``ssbtrack demo``: the whole line on the bundled demo newsrooms served on 127.0.0.1: crawl into a
fresh database, match, flag, and render the weekly digest.

Nothing beyond loopback is touched. The database is the one named by ``--db`` / ``SSBTRACK_DB``
when given, else a new SQLite file whose path is printed.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from crawler.demo import DEMO_SITES, write_demo_universe
from crawler.demo.server import SiteServer
from crawler.options import CrawlOptions
from crawler.run import CrawlFailed, CrawlReport
from db.engine import database_url
from tracker.app import App
from tracker.commands.crawl import console, crawl_with_progress, report_table
from tracker.digest import DigestFiles, choose_week, render_to_files
from tracker.match_store import match_pending


def demo_options(app: App) -> CrawlOptions:
    """The user's crawl settings, with the pauses meant for other people's servers dropped: the
    demo server is our own, on loopback, and a demo should take seconds, not minutes."""
    return CrawlOptions.from_settings(
        app.settings, download_delay=0.0, autothrottle=False, concurrency=32, concurrency_per_domain=16, timeout=15.0
    )


@click.command()
@click.option(
    "--db", "db_option", metavar="URL", help="Database to fill (default: --db / SSBTRACK_DB, else a new SQLite file)."
)
@click.option(
    "--out", type=click.Path(file_okay=False), help="Folder for the digest (default: beside the demo database)."
)
@click.pass_obj
def demo(app: App, db_option: str | None, out: str | None) -> None:
    """Serve the bundled demo newsrooms on 127.0.0.1, crawl, match, flag and render the digest."""
    workdir = Path(tempfile.mkdtemp(prefix="ssbtrack-demo-"))
    url = database_url(db_option or app.settings.get("db") or str(workdir / "ssbtrack-demo.db"))
    with SiteServer(DEMO_SITES) as server:
        universe_file = write_demo_universe(server.base_url, workdir / "demo-universe.yaml")
        demo_app = App({**app.settings, "db": url, "universe": str(universe_file)})
        try:
            click.echo(f"demo newsrooms at {server.base_url}; database: {url}")
            report = crawl_with_progress(demo_app.db.url, demo_app.universe.sources, demo_options(app))
            console().print(report_table(report, "demo crawl"))
            click.echo(str(match_pending(demo_app.db, demo_app.universe)))
            files = _render_digest(demo_app, Path(out) if out else workdir / "digest")
        except CrawlFailed as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            demo_app.close()
    console().print(_summary(report, url, files))
    click.echo(f"next: ssbtrack --db {url} flags   |   ssbtrack --db {url} serve")


def _render_digest(app: App, folder: Path) -> DigestFiles:
    """The digest a reader would get next Monday: the last complete week, backfill summarised."""
    now = datetime.now(UTC)
    week = choose_week(app.settings, None, now)
    return render_to_files(app.db, app.universe, app.settings, week, folder, (), now)


def _summary(report: CrawlReport, url: str, files: DigestFiles) -> Table:
    failed = [source.source for source in report.sources.values() if source.error]
    table = Table(title="demo summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("value", overflow="fold")
    table.add_row("database", Text(url))
    table.add_row("sources", f"{len(report.sources)} crawled, {len(failed)} failed")
    table.add_row("articles stored", str(report.total("new")))
    table.add_row("digest", Text(f"{files.html}\n{files.text}\n{files.eml}"))
    for source in sorted(report.sources.values(), key=lambda s: s.source):
        table.add_row(
            Text(f"  {source.source}"),
            f"{source.new} new, {source.fetched} fetched" + (f", error: {source.error}" if source.error else ""),
        )
    return table


commands = [demo]
