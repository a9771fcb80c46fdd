"""STARTTLS and implicit TLS with a login, against a loopback SMTP server with a certificate made for the test."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from db.engine import Database
from tests.tracker.digest_week_data import ON_SQLITE, WEEK, digest_settings
from tests.tracker.smtp_server import Inbox, free_port
from tracker.digest import choose_week, send_digest
from tracker.mailer import SendFailed
from tracker.universe import Universe

USER, PASSWORD = "digest-bot", "s3cret-not-on-argv"


@pytest.fixture
def certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, trusted by this test's default SSL context (SSL_CERT_FILE)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return cert, key


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:  # type: ignore[no-untyped-def]
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


def _server(certificate: tuple[Path, Path], implicit: bool) -> Iterator[Inbox]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    inbox = Inbox()
    inbox.port = free_port()
    # on implicit TLS aiosmtpd cannot tell the socket is encrypted, so it is told not to insist on STARTTLS
    options = (
        {"ssl_context": context, "auth_require_tls": False}
        if implicit
        else {"tls_context": context, "require_starttls": True}
    )
    controller = Controller(
        inbox, hostname="127.0.0.1", port=inbox.port, authenticator=_authenticate, auth_required=True, **options
    )
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


def _send(database: Database, universe: Universe, tmp_path: Path, port: int, security: str, password: str):  # type: ignore[no-untyped-def]
    settings = digest_settings(
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security=security,
        smtp_user=USER,
        smtp_password=password,
        timeout=10,
        digest_dir=str(tmp_path),
    )
    return send_digest(
        database, universe, settings, choose_week(settings, WEEK, datetime.now(UTC)), pause=lambda seconds: None
    )


@ON_SQLITE
@pytest.mark.parametrize("security", ["starttls", "ssl"])
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # the server is TLS from the start
def test_the_digest_goes_over_tls_with_a_login(
    database: Database, universe: Universe, tmp_path: Path, certificate: tuple[Path, Path], security: str
) -> None:
    for inbox in _server(certificate, implicit=security == "ssl"):
        _send(database, universe, tmp_path, inbox.port, security, PASSWORD)
        assert len(inbox.messages) == 1 and inbox.messages[0]["Subject"].startswith(f"SSB tracker, {WEEK}")


@ON_SQLITE
def test_a_wrong_password_is_a_permanent_error_without_retries(
    database: Database, universe: Universe, tmp_path: Path, certificate: tuple[Path, Path]
) -> None:
    for inbox in _server(certificate, implicit=False):
        with pytest.raises(SendFailed, match="answered 535") as failed:
            _send(database, universe, tmp_path, inbox.port, "starttls", "wrong")
        assert failed.value.permanent and failed.value.attempts == 1 and not inbox.messages
        assert PASSWORD not in str(failed.value) and "wrong" not in str(failed.value)
