"""A real SMTP server on loopback (aiosmtpd) for the mail tests, and a port where nothing listens."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    """A loopback port nobody listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Inbox:
    """What the server received; ``replies`` are answered to DATA first (e.g. a 451), then 250."""

    replies: list[str] = field(default_factory=list)
    envelopes: list = field(default_factory=list)
    port: int = 0

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's hook name
        if self.replies:
            return self.replies.pop(0)
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    @property
    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(e.original_content, policy=policy.default) for e in self.envelopes]


@contextmanager
def smtp_server(replies: list[str] | None = None) -> Iterator[Inbox]:
    inbox = Inbox(list(replies or []))
    inbox.port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


def smtp_settings(port: int) -> dict[str, object]:
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none", "timeout": 10}


def smtp_environment(port: int, **extra: str) -> dict[str, str]:
    """The environment of a ``ssbtrack digest --send`` run against the loopback server."""
    env = {
        "SSBTRACK_SMTP_HOST": "127.0.0.1",
        "SSBTRACK_SMTP_PORT": str(port),
        "SSBTRACK_SMTP_SECURITY": "none",
        "SSBTRACK_DIGEST_FROM": "digest@tracker.example.org",
        "SSBTRACK_DIGEST_TO": "analyst@example.com",
        "SSBTRACK_TIMEZONE": "Europe/Berlin",
        "SSBTRACK_BASE_URL": "https://tracker.example.org",
        "SSBTRACK_SMTP_RETRY_DELAY": "0",
        "SSBTRACK_SMTP_ATTEMPTS": "3",
        "SSBTRACK_TIMEOUT": "10",
    }
    env.update(extra)
    return env
