"""Logging in to the review app with its one password, and out again."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from flask import Blueprint, Response, current_app, flash, redirect, request, session, url_for

from tracker.web.csrf import new_csrf_token
from tracker.web.pages import page
from tracker.web.security import local_path, passwords_match

blueprint = Blueprint("auth", __name__)


class LoginThrottle:
    """At most ``limit`` wrong passwords per ``period`` seconds, so the password cannot be guessed at speed."""

    def __init__(self, limit: int = 10, period: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit, self.period, self.clock = limit, period, clock
        self._failures: deque[float] = deque()
        self._lock = threading.Lock()

    def _forget_old(self, now: float) -> None:
        while self._failures and now - self._failures[0] > self.period:
            self._failures.popleft()

    def blocked(self) -> bool:
        with self._lock:
            self._forget_old(self.clock())
            return len(self._failures) >= self.limit

    def failed(self) -> None:
        with self._lock:
            self._failures.append(self.clock())


def _safe_next(target: str | None) -> str:
    """Only a path on this site: an open redirect would make the login page a phishing aid."""
    return local_path(target) or url_for("review.queue")


@blueprint.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    if not current_app.config["SSBTRACK_PASSWORD"]:
        return redirect(url_for("review.queue"))
    target = _safe_next(request.values.get("next"))
    if request.method == "GET":
        return page("web/login.html", next=target, error="")
    throttle: LoginThrottle = current_app.extensions["ssbtrack_login_throttle"]
    if throttle.blocked():
        return page("web/login.html", next=target, error="Too many wrong passwords: wait a minute."), 429
    if not passwords_match(request.form.get("password", ""), current_app.config["SSBTRACK_PASSWORD"]):
        throttle.failed()
        return page("web/login.html", next=target, error="Wrong password."), 403
    # a fresh session (and CSRF token) on login, so a token planted before login is worthless after it
    session.clear()
    session["authenticated"] = True
    new_csrf_token()
    return redirect(target)


@blueprint.route("/logout", methods=["POST"])
def logout() -> Response:
    session.clear()
    flash("Logged out.", "info")
    return redirect(url_for("auth.login"))
