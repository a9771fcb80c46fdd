"""CSRF tokens: one per browser session, in the signed session cookie, required on every state change."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from flask import request, session

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


def csrf_token() -> str:
    """The token of this browser session, made on first use."""
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def new_csrf_token() -> None:
    """A fresh token (at login), so one planted before it is worthless after it."""
    session["csrf"] = secrets.token_urlsafe(32)


def _same_origin(origin: str, base_url: str) -> bool:
    # compare hosts, not schemes: behind a TLS proxy the browser says https while we see http
    netloc = urlsplit(origin).netloc
    return netloc == request.host or netloc == urlsplit(base_url).netloc


def csrf_refusal(base_url: str) -> str | None:
    """Why this state-changing request is refused, or None when its token (and origin) are ours."""
    expected = session.get("csrf")
    given = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or ""
    if not expected or not given or not hmac.compare_digest(given, expected):
        return "the form's CSRF token is missing or stale: reload the page and try again"
    origin = request.headers.get("Origin")
    if origin and origin != "null" and not _same_origin(origin, base_url):
        return f"a request from {origin} may not change anything here"
    return None
