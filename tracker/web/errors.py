"""Error pages that say what went wrong in words, never a traceback."""

from __future__ import annotations

from flask import Flask
from werkzeug.exceptions import HTTPException

from tracker.web.pages import page


def _error_page(error: HTTPException) -> tuple[str, int]:
    return page(
        "web/error.html", code=error.code or 500, name=error.name, description=error.description or ""
    ), error.code or 500


def install_error_pages(app: Flask) -> None:
    app.register_error_handler(HTTPException, _error_page)
