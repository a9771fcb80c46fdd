"""The digest as an email: a multipart/alternative message (plain text + HTML with CSS inlined), sent
over SMTP with retries and back-off.

One attempt is one SMTP conversation. A temporary failure (no connection, a dropped connection, a 4xx
reply) is tried again after a growing pause; a permanent one (5xx, bad login, no TLS) is not, because
repeating it cannot help. Every attempt is reported to the caller, who records it.
"""

from __future__ import annotations

import re
import secrets
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from typing import Any

import css_inline

from tracker.untrusted_text import clean_line

SECURITY_MODES = {"none": 25, "starttls": 587, "ssl": 465}
_MESSAGE_SET = re.compile(r"^<ssbtrack\.[^.]+\.(\d+)\.")
_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


class MailConfigError(ValueError):
    """Settings that cannot send mail (missing server, sender or recipients, bad security mode)."""


class SendFailed(RuntimeError):
    def __init__(self, message: str, attempts: int, permanent: bool):
        super().__init__(message)
        self.attempts = attempts
        self.permanent = permanent


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str
    user: str
    password: str = ""
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> SmtpConfig:
        host = str(settings.get("smtp_host") or "").strip()
        if not host:
            raise MailConfigError("no SMTP server: set SSBTRACK_SMTP_HOST or smtp_host in the settings file")
        security = str(settings.get("smtp_security") or "starttls").strip().lower()
        if security not in SECURITY_MODES:
            raise MailConfigError(f"smtp_security must be one of {', '.join(SECURITY_MODES)}, not {security!r}")
        port = int(settings.get("smtp_port") or 0) or SECURITY_MODES[security]
        return cls(
            host,
            port,
            security,
            str(settings.get("smtp_user") or ""),
            str(settings.get("smtp_password") or ""),
            float(settings.get("timeout") or 30),
        )

    def __repr__(self) -> str:  # never print the password
        return f"SmtpConfig({self.host}:{self.port}, {self.security}, user={self.user!r})"


def check_address(text: str, what: str) -> str:
    """One plain address (``name@host``) or a clear error; display names and newlines are refused."""
    name, address = parseaddr(text)
    if not address or "@" not in address or address != text.strip() or any(c in text for c in "\r\n<>,"):
        raise MailConfigError(f"{what}: {text!r} is not a plain e-mail address such as digest@example.com")
    return address


def recipients_from(values: Sequence[str], setting: str) -> list[str]:
    """``--to`` values when given, else the comma-separated ``digest_to`` setting."""
    raw = list(values) if values else [part for part in setting.split(",")]
    found = [check_address(value.strip(), "recipient") for value in raw if value.strip()]
    if not found:
        raise MailConfigError("no recipients: give --to ADDR or set SSBTRACK_DIGEST_TO / digest_to")
    return found


def inline_css(html: str) -> str:
    """The HTML with its stylesheet copied onto each element (mail clients drop <style>); @media rules stay."""
    return _INLINER.inline(html)


def next_message_id(week: str, previous: str | None, domain: str) -> str:
    """A new Message-ID for the week: one per deliberate send, kept across the retries of that send."""
    match = _MESSAGE_SET.match(previous or "")
    number = int(match.group(1)) + 1 if match else 1
    return f"<ssbtrack.{week}.{number}.{secrets.token_hex(6)}@{domain}>"


def sender_domain(sender: str) -> str:
    return sender.rpartition("@")[2] or "localhost"


def build_message(
    *,
    subject: str,
    text: str,
    html: str,
    sender: str,
    recipients: Sequence[str],
    message_id: str,
    date: datetime,
    unsubscribe: Sequence[str],
) -> EmailMessage:
    """The email; the subject is made one line first, so a scraped title can never add a header."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = clean_line(subject, 250)
    message["From"] = Address(addr_spec=sender)
    message["To"] = ", ".join(recipients) if recipients else "undisclosed-recipients:;"
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    if unsubscribe:
        message["List-Unsubscribe"] = ", ".join(f"<{target}>" for target in unsubscribe)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message


def unsubscribe_targets(setting: str, sender: str) -> list[str]:
    """``digest_unsubscribe`` (mailto: or https: addresses, comma-separated), else a mailto: to the sender."""
    targets = [t.strip() for t in setting.split(",") if t.strip()]
    for target in targets:
        if not re.match(r"^(mailto:|https?://)[^\s<>,]+$", target):
            raise MailConfigError(f"digest_unsubscribe: {target!r} must be a mailto: or http(s) address")
    return targets or [f"mailto:{sender}?subject=unsubscribe"]


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    if config.security == "ssl":
        return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=ssl.create_default_context())
    connection = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    if config.security == "starttls":
        connection.starttls(context=ssl.create_default_context())
    return connection


def deliver(message: EmailMessage, recipients: Sequence[str], config: SmtpConfig) -> dict[str, Any]:
    """One SMTP conversation; returns the recipients the server refused (the others got the message)."""
    connection = _connect(config)
    try:
        if config.user:
            connection.login(config.user, config.password)
        refused = connection.send_message(message, to_addrs=list(recipients))
    except BaseException:
        connection.close()
        raise
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        pass  # the server has accepted the message; a rude goodbye changes nothing
    return dict(refused)


def is_permanent(error: BaseException) -> bool:
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return isinstance(
        error, smtplib.SMTPRecipientsRefused | smtplib.SMTPNotSupportedError | ssl.SSLCertVerificationError
    )


def describe_error(error: BaseException, config: SmtpConfig) -> str:
    where = f"SMTP server {config.host}:{config.port} ({config.security})"
    if isinstance(error, ConnectionRefusedError):
        return f"cannot connect to {where}: connection refused"
    if isinstance(error, TimeoutError):
        return f"{where} did not answer within {config.timeout:g} s"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return f"{where} refused every recipient: {', '.join(error.recipients)}"
    if isinstance(error, smtplib.SMTPResponseException):
        reply = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else error.smtp_error
        return f"{where} answered {error.smtp_code}: {clean_line(str(reply), 200)}"
    return f"{where}: {type(error).__name__}: {clean_line(str(error), 200) or 'no detail'}"


def deliver_with_retry(
    message: EmailMessage,
    recipients: Sequence[str],
    config: SmtpConfig,
    *,
    attempts: int,
    first_delay: float,
    on_attempt: Callable[[str | None], None],
    pause: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """Deliver, trying temporary failures again after ``first_delay``, then 4x, 16x... that long.

    ``on_attempt`` is told the outcome of every attempt (None for success) before anything else happens.
    """
    for attempt in range(1, max(1, attempts) + 1):
        try:
            refused = deliver(message, recipients, config)
        except (smtplib.SMTPException, OSError) as error:
            reason = describe_error(error, config)
            on_attempt(reason)
            if is_permanent(error) or attempt >= attempts:
                raise SendFailed(reason, attempt, is_permanent(error)) from error
            pause(first_delay * 4 ** (attempt - 1))
        else:
            on_attempt(None)
            return refused
    raise AssertionError("unreachable")
