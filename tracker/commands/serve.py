"""``ssbtrack serve``: the review web app (queue, milestones, timeline, sources)."""

from __future__ import annotations

import click

from tracker.app import App
from tracker.web.security import BindRefused

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750


@click.command()
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Address to bind; anything but loopback needs the web_password setting.",
)
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535), help="Port to bind.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64), help="Worker threads.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int) -> None:
    """Serve the review web app (default http://127.0.0.1:8750)."""
    from tracker.web import create_app
    from tracker.web.server import make_server

    app: App = ctx.obj
    settings_file = ctx.find_root().params.get("settings_file")
    try:
        wsgi_app = create_app(app, host=host, settings_file=settings_file)
    except BindRefused as exc:
        raise click.UsageError(str(exc)) from exc
    app.db  # noqa: B018 - open (and upgrade) the database before the first request, and fail here if it cannot
    try:
        server = make_server(wsgi_app, host, port, threads=threads)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc}") from exc
    shown = f"[{server.effective_host}]" if ":" in str(server.effective_host) else server.effective_host
    login = "password required" if wsgi_app.config["SSBTRACK_PASSWORD"] else "no login (loopback only)"
    click.echo(f"ssbtrack review app on http://{shown}:{server.effective_port}/ ({login}); Ctrl+C stops it")
    # crawls started from the page are processes of their own: they finish and record their run even
    # when the server stops first
    server.run()


commands = [serve]
