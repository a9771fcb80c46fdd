"""``ssbtrack universe check``: validate a universe file without touching the database."""

from __future__ import annotations

import click

from tracker.app import App


@click.group()
def universe() -> None:
    """The tracked universe (companies, sources, milestones, topics)."""


@universe.command("check")
@click.pass_obj
def check(app: App) -> None:
    """Validate the universe file and summarise it."""
    loaded = app.universe
    click.echo(
        f"{loaded.path}: ok: {len(loaded.companies)} companies, {len(loaded.sources)} sources, "
        f"{len(loaded.milestones)} milestones, {len(loaded.topics)} topics"
    )


commands = [universe]
