"""The review web app: ``create_app(app)`` builds the Flask application over an ssbtrack App."""

from __future__ import annotations

import getpass
import secrets
import tempfile
from functools import partial
from pathlib import Path

from flask import Flask

from templates import __file__ as _templates_init
from tracker.app import App
from tracker.web import auth, milestone_pages, review_pages, source_pages
from tracker.web.crawl_jobs import CrawlJobs, CrawlTarget, child_environment, crawl_command
from tracker.web.errors import install_error_pages
from tracker.web.security import check_bind, install_security

STATIC_DIR = Path(_templates_init).parent / "web" / "static"


def reviewer_name(settings: dict) -> str:
    """Who a decision is recorded as: the ``reviewer`` setting, else the user running the server."""
    if settings.get("reviewer"):
        return str(settings["reviewer"])
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "web"


def create_app(
    app: App,
    *,
    password: str | None = None,
    host: str = "127.0.0.1",
    settings_file: str | None = None,
    secret_key: bytes | None = None,
    crawl_log_dir: Path | None = None,
) -> Flask:
    """The WSGI app. ``password`` None takes the ``web_password`` setting; off loopback one is required.

    Raises BindRefused when ``host`` is not loopback and no password is configured.
    """
    settings = app.settings
    chosen_password = settings.get("web_password", "") if password is None else password
    check_bind(host, chosen_password)
    flask_app = Flask(__name__, static_folder=str(STATIC_DIR), static_url_path="/static")
    # a new key per process: sessions end when the server restarts, and no key sits in a file to be stolen
    flask_app.secret_key = secret_key or secrets.token_bytes(32)
    install_security(
        flask_app,
        password=chosen_password,
        host=host,
        base_url=str(settings.get("base_url") or "http://127.0.0.1:8750"),
    )
    install_error_pages(flask_app)
    flask_app.extensions["ssbtrack_app"] = app
    flask_app.extensions["ssbtrack_reviewer"] = reviewer_name(settings)
    flask_app.extensions["ssbtrack_allow_private_urls"] = bool(settings.get("allow_private_urls"))
    flask_app.extensions["ssbtrack_login_throttle"] = auth.LoginThrottle()
    log_dir = crawl_log_dir or Path(tempfile.mkdtemp(prefix="ssbtrack-web-crawls-"))
    flask_app.extensions["ssbtrack_crawl_jobs"] = CrawlJobs(
        log_dir, partial(_crawl_command_for, app, settings_file), partial(_crawl_environment, app)
    )
    for blueprint in (auth.blueprint, review_pages.blueprint, milestone_pages.blueprint, source_pages.blueprint):
        flask_app.register_blueprint(blueprint)
    return flask_app


def _crawl_command_for(app: App, settings_file: str | None, target: CrawlTarget) -> list[str]:
    return crawl_command(universe_path=str(app.universe.path), settings_file=settings_file, target=target)


def _crawl_environment(app: App) -> dict[str, str]:
    return child_environment(db_url=app.db.url, allow_private_urls=bool(app.settings.get("allow_private_urls")))
