"""The ``ssbtrack`` command: a thin click layer over the library functions of each stage."""

from __future__ import annotations

import sys

import click

from db.engine import database_url
from tracker.app import App
from tracker.commands import COMMAND_MODULES
from tracker.settings import SettingsError, load_settings
from tracker.universe import UniverseError


class _Group(click.Group):
    """Turns the errors a user can fix (config, universe) into one clear line and exit status 2."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except (UniverseError, SettingsError) as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        finally:
            app = ctx.obj
            if isinstance(app, App):
                app.close()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_url", envvar="SSBTRACK_DB", help="Database URL or SQLite file (env SSBTRACK_DB).")
@click.option(
    "--universe",
    "universe_file",
    envvar="SSBTRACK_UNIVERSE",
    type=click.Path(dir_okay=False),
    help="Universe YAML file (env SSBTRACK_UNIVERSE; default: the shipped one).",
)
@click.option(
    "--settings",
    "settings_file",
    envvar="SSBTRACK_SETTINGS",
    type=click.Path(dir_okay=False),
    help="Settings TOML file (env SSBTRACK_SETTINGS).",
)
@click.version_option(package_name="ssbtrack")
@click.pass_context
def main(ctx: click.Context, db_url: str | None, universe_file: str | None, settings_file: str | None) -> None:
    """Track the solid-state-battery industry: crawl, match, flag, review, digest."""
    try:
        settings = load_settings(settings_file, db=db_url, universe=universe_file)
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from exc
    ctx.obj = App(settings)


@main.command()
@click.pass_obj
def init(app: App) -> None:
    """Create or upgrade the database and load the universe into it (safe to run again)."""
    app.db  # noqa: B018 - opening upgrades and syncs
    click.echo(f"database ready: {database_url(app.settings.get('db') or None)}")
    click.echo(
        f"universe: {app.universe.path} ({len(app.universe.companies)} companies, "
        f"{len(app.universe.sources)} sources, {len(app.universe.milestones)} milestones)"
    )


for _module in COMMAND_MODULES:
    for _command in _module.commands:
        main.add_command(_command)
