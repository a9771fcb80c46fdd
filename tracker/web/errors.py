"""Error pages that say what went wrong in words, never a traceback."""

from __future__ import annotations

from flask import Flask, Response
from flask.globals import request_ctx
from werkzeug.exceptions import HTTPException

from tracker.web.pages import page


def _error_page(error: HTTPException) -> tuple[str, int] | Response:
    code = error.code or 500
    if request_ctx.url_adapter is None:
        # the request's Host is not one we answer to: no links can be built, and none should be
        return Response(f"{code} {error.name}: {error.description}\n", code, mimetype="text/plain")
    return page("web/error.html", code=code, name=error.name, description=error.description or ""), code


def install_error_pages(app: Flask) -> None:
    app.register_error_handler(HTTPException, _error_page)
