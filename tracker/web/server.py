"""Serving the review app with waitress, a production WSGI server, in the foreground or in a thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from waitress import wasyncore
from waitress.server import BaseWSGIServer, create_server

WSGIApp = Callable[..., Any]


def make_server(wsgi_app: WSGIApp, host: str, port: int, *, threads: int = 8) -> BaseWSGIServer:
    """A bound server (port 0 picks a free one: see ``server.effective_port``), not yet serving."""
    server = create_server(
        wsgi_app, host=host, port=port, threads=threads, ident="ssbtrack", clear_untrusted_proxy_headers=True
    )
    if not isinstance(server, BaseWSGIServer):  # several sockets: only happens for a host name with many addresses
        raise ValueError(f"{host} names several addresses; give one address to bind to")
    return server


def stop_server(server: BaseWSGIServer) -> None:
    """Ask the serving loop to close every socket and end; safe to call from another thread."""

    def close_everything() -> None:
        server.task_dispatcher.shutdown()
        wasyncore.close_all(server._map)

    server.trigger.pull_trigger(close_everything)


class BackgroundServer:
    """The app served from a daemon thread, for the browser tests and for embedding."""

    def __init__(self, wsgi_app: WSGIApp, host: str = "127.0.0.1", port: int = 0):
        self.server = make_server(wsgi_app, host, port, threads=4)
        self.thread = threading.Thread(target=self.server.run, name="ssbtrack-web", daemon=True)

    @property
    def url(self) -> str:
        host = str(self.server.effective_host)
        return f"http://{'[' + host + ']' if ':' in host else host}:{self.server.effective_port}"

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        stop_server(self.server)
        self.thread.join(timeout=10)
