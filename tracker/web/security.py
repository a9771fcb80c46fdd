"""What keeps the review app safe: who may bind where, login, CSRF tokens, trusted hosts, response headers.

Policy in one place, installed on the Flask app by ``install_security``; the pages never check it themselves.
"""

from __future__ import annotations

import hmac
import ipaddress
import socket
from urllib.parse import urlsplit

from flask import Flask, Response, abort, current_app, redirect, request, session, url_for

from tracker.web.csrf import csrf_refusal
from tracker.web.pages import page

# No inline script anywhere, no framing, no <base> tricks, forms only back to us.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Endpoints reachable without logging in: the login form itself and the stylesheet/script it needs.
OPEN_ENDPOINTS = frozenset({"auth.login", "static"})


class BindRefused(ValueError):
    """Serving on this address would expose the review app without a password."""


def is_loopback_host(host: str) -> bool:
    """True when every address the host names is a loopback address (127.0.0.0/8, ::1)."""
    bare = host.strip().strip("[]")
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(bare, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(str(i[4][0]).split("%")[0]).is_loopback for i in infos)


def check_bind(host: str, password: str) -> None:
    if not password and not is_loopback_host(host):
        raise BindRefused(
            f"refusing to serve on {host} without a password: set web_password "
            "(env SSBTRACK_WEB_PASSWORD or the settings file), or bind to 127.0.0.1"
        )


def trusted_hosts(host: str, base_url: str) -> list[str] | None:
    """Host names a loopback app answers to; a page on another name is a DNS-rebinding attempt.

    Off loopback the password guards the app and the operator may reach it under any name.
    """
    if not is_loopback_host(host):
        return None
    names = {"127.0.0.1", "localhost", "::1", "[::1]", host.strip("[]")}
    base_host = urlsplit(base_url).hostname
    if base_host:
        names.add(base_host)
    return sorted(names)


def local_path(target: str | None) -> str | None:
    """The target when it is a path on this site; anything else could make us an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def passwords_match(given: str, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _needs_login(app: Flask) -> bool:
    return bool(app.config["SSBTRACK_PASSWORD"]) and not session.get("authenticated")


def _guard() -> Response | None:
    if request.method in STATE_CHANGING:
        refusal = csrf_refusal(current_app.config["SSBTRACK_BASE_URL"])
        if refusal:
            abort(400, refusal)
    if request.endpoint in OPEN_ENDPOINTS or not _needs_login(current_app):
        return None
    if request.method in STATE_CHANGING:
        abort(403, "log in first")
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        # A link from webmail arrives without our SameSite=Strict cookie; one same-site hop brings it along
        # instead of overwriting the reviewer's logged-in session with a fresh login form.
        target = local_path(request.full_path.rstrip("?")) or url_for("review.queue")
        return Response(page("web/bounce.html", target=target), mimetype="text/html")
    return redirect(url_for("auth.login", next=local_path(request.full_path.rstrip("?"))))


def _add_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if response.mimetype == "text/html" or response.mimetype == "application/json":
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def install_security(app: Flask, *, password: str, host: str, base_url: str) -> None:
    app.config.update(
        SSBTRACK_PASSWORD=password,
        SSBTRACK_BASE_URL=base_url,
        TRUSTED_HOSTS=trusted_hosts(host, base_url),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=base_url.lower().startswith("https://"),
        SESSION_COOKIE_NAME="ssbtrack_session",
        MAX_CONTENT_LENGTH=256 * 1024,
    )
    app.before_request(_guard)
    app.after_request(_add_headers)
