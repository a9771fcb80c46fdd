"""The weekly digest from end to end: choose the week, gather and render it, write its files, send it once."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from db import digest_sends
from db.engine import Database
from tracker.digest_content import DigestContent, DigestOptions, gather_digest
from tracker.digest_render import RenderedDigest, render_digest
from tracker.digest_week import IsoWeek, reader_zone
from tracker.mailer import (
    MailConfigError,
    SmtpConfig,
    build_message,
    check_address,
    deliver_with_retry,
    inline_css,
    next_message_id,
    recipients_from,
    sender_domain,
    unsubscribe_targets,
)
from tracker.universe import Universe

PREVIEW_SENDER = "ssbtrack@localhost"


@dataclass(frozen=True)
class DigestFiles:
    html: Path
    text: Path
    eml: Path


@dataclass(frozen=True)
class PreparedDigest:
    week: IsoWeek
    content: DigestContent
    rendered: RenderedDigest


@dataclass(frozen=True)
class SendResult:
    week: str
    message_id: str
    recipients: tuple[str, ...]
    refused: tuple[str, ...]


def choose_week(settings: dict[str, Any], week_text: str | None, now: datetime) -> IsoWeek:
    """``--week`` when given, else the last complete week in the reader's time zone."""
    zone = reader_zone(settings.get("timezone") or "UTC")
    return IsoWeek.parse(week_text, zone) if week_text else IsoWeek.last_complete(now, zone)


def digest_options(settings: dict[str, Any]) -> DigestOptions:
    return DigestOptions(
        base_url=str(settings.get("base_url") or "http://127.0.0.1:8750"),
        zone=reader_zone(settings.get("timezone") or "UTC"),
    )


def _sender(settings: dict[str, Any], required: bool) -> str:
    sender = str(settings.get("digest_from") or "").strip()
    if sender:
        return check_address(sender, "digest_from")
    if required:
        raise MailConfigError("no sender: set SSBTRACK_DIGEST_FROM or digest_from in the settings file")
    return PREVIEW_SENDER


def prepare_digest(
    database: Database, universe: Universe, settings: dict[str, Any], week: IsoWeek, now: datetime
) -> PreparedDigest:
    content = gather_digest(database, universe, week, digest_options(settings))
    sender = _sender(settings, required=False)
    unsubscribe = unsubscribe_targets(str(settings.get("digest_unsubscribe") or ""), sender)[0]
    rendered = render_digest(content, now.astimezone(reader_zone(settings.get("timezone") or "UTC")), unsubscribe)
    inlined = RenderedDigest(rendered.week, rendered.subject, inline_css(rendered.html), rendered.text)
    return PreparedDigest(week, content, inlined)


def digest_message(
    prepared: PreparedDigest,
    settings: dict[str, Any],
    recipients: Sequence[str],
    message_id: str,
    now: datetime,
    *,
    for_sending: bool,
) -> EmailMessage:
    sender = _sender(settings, required=for_sending)
    return build_message(
        subject=prepared.rendered.subject,
        text=prepared.rendered.text,
        html=prepared.rendered.html,
        sender=sender,
        recipients=recipients,
        message_id=message_id,
        date=now,
        unsubscribe=unsubscribe_targets(str(settings.get("digest_unsubscribe") or ""), sender),
    )


def digest_folder(settings: dict[str, Any], week: IsoWeek, out: str | Path | None) -> Path:
    if out:
        return Path(out)
    base = settings.get("digest_dir") or Path(user_data_dir("ssbtrack", appauthor=False)) / "digests"
    return Path(base) / week.label


def write_digest_files(prepared: PreparedDigest, message: EmailMessage, folder: Path) -> DigestFiles:
    folder.mkdir(parents=True, exist_ok=True)
    files = DigestFiles(folder / "digest.html", folder / "digest.txt", folder / "digest.eml")
    files.html.write_text(prepared.rendered.html, encoding="utf-8")
    files.text.write_text(prepared.rendered.text, encoding="utf-8")
    files.eml.write_bytes(message.as_bytes())
    return files


def render_to_files(
    database: Database,
    universe: Universe,
    settings: dict[str, Any],
    week: IsoWeek,
    out: str | Path | None,
    recipients: Sequence[str],
    now: datetime,
) -> DigestFiles:
    """Render the week and write digest.html, digest.txt and digest.eml (the email as it would be sent)."""
    prepared = prepare_digest(database, universe, settings, week, now)
    domain = sender_domain(_sender(settings, required=False))
    record = digest_sends.record_rendered(
        database, week.label, lambda previous: next_message_id(week.label, previous, domain), now
    )
    message = digest_message(prepared, settings, recipients, record.message_id or "", now, for_sending=False)
    return write_digest_files(prepared, message, digest_folder(settings, week, out))


def send_digest(
    database: Database,
    universe: Universe,
    settings: dict[str, Any],
    week: IsoWeek,
    *,
    to: Sequence[str] = (),
    force: bool = False,
    out: str | Path | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    pause: Callable[[float], None] = time.sleep,
) -> SendResult:
    """Send the week's digest once. Raises AlreadySent, SendInProgress, MailConfigError or SendFailed.

    The email is built completely before the first SMTP attempt; each attempt sends that same message.
    """
    config = SmtpConfig.from_settings(settings)
    sender = _sender(settings, required=True)
    recipients = recipients_from(to, str(settings.get("digest_to") or ""))
    started = now()
    prepared = prepare_digest(database, universe, settings, week, started)
    claimed = digest_sends.claim_send(
        database,
        week.label,
        recipients,
        force=force,
        now=started,
        new_message_id=lambda previous: next_message_id(week.label, previous, sender_domain(sender)),
    )
    try:
        message = digest_message(prepared, settings, recipients, claimed.message_id or "", started, for_sending=True)
        write_digest_files(prepared, message, digest_folder(settings, week, out))
        refused = deliver_with_retry(
            message,
            recipients,
            config,
            attempts=int(settings.get("smtp_attempts") or 1),
            first_delay=float(settings.get("smtp_retry_delay") or 0.0),
            pause=pause,
            on_attempt=lambda error: digest_sends.record_attempt(database, week.label, error),
        )
    except Exception as error:  # an interrupt (not an Exception) leaves it 'sending': delivery is unknown
        digest_sends.record_failed(database, week.label, str(error))
        raise
    note = f"refused by the server: {', '.join(sorted(refused))}" if refused else None
    digest_sends.record_sent(database, week.label, now(), note)
    return SendResult(week.label, claimed.message_id or "", tuple(recipients), tuple(sorted(refused)))
