"""Rendering a page of the review app with the one shared Jinja environment (autoescape, strict undefined).

Every page gets the same few helpers; scraped values reach templates as plain strings and are escaped
there. Links to scraped URLs go through ``href`` so a ``javascript:`` URL never becomes clickable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from flask import current_app, get_flashed_messages, request, session, url_for

from tracker.templating import template_environment
from tracker.web.csrf import csrf_token


def href(url: str | None) -> str | None:
    """The URL when it is safe to put in an href (http or https with a host), else None."""
    if not url:
        return None
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() in ("http", "https") and parts.hostname:
        return text
    return None


def when(moment: datetime | None, *, with_time: bool = True) -> str:
    if moment is None:
        return "never"
    return moment.strftime("%Y-%m-%d %H:%M UTC" if with_time else "%Y-%m-%d")


def status_label(status: str | None) -> str:
    return (status or "?").replace("_", " ")


def page(template: str, **context: Any) -> str:
    """The HTML of one page; ``csrf_token`` is a callable so pages without a form set no cookie."""
    common: dict[str, Any] = {
        "url_for": url_for,
        "csrf_token": csrf_token,
        "flashes": get_flashed_messages(with_categories=True),
        "endpoint": request.endpoint or "",
        "logged_in": bool(session.get("authenticated")),
        "login_required": bool(current_app.config.get("SSBTRACK_PASSWORD")),
        "href": href,
        "when": when,
        "status_label": status_label,
    }
    return template_environment().get_template(template).render(**{**common, **context})
