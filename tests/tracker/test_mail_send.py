"""The digest sent to a real SMTP server on loopback: what arrives, once, and what happens when it cannot."""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from db import digest_sends
from db.engine import Database
from tests.tracker.digest_week_data import ON_SQLITE, WEEK, digest_settings, populate_week
from tests.tracker.smtp_server import free_port, smtp_environment, smtp_server, smtp_settings
from tracker.cli import main
from tracker.digest import choose_week, send_digest
from tracker.mailer import SendFailed, build_message
from tracker.universe import Universe

SUBJECT = "SSB tracker, 2026-W48: 3 milestone changes to review, 7 announcements"


class _Markup(HTMLParser):
    """Every tag and attribute of a page, to look for anything that could run."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def _send(database: Database, universe: Universe, tmp_path: Path, port: int, **options):  # type: ignore[no-untyped-def]
    settings = digest_settings(**smtp_settings(port), digest_dir=str(tmp_path / "digests"))
    week = choose_week(settings, WEEK, datetime.now(UTC))
    return send_digest(database, universe, settings, week, pause=lambda seconds: None, **options)


@ON_SQLITE
def test_the_digest_arrives_as_text_and_html_with_its_headers_flags_and_articles(
    database: Database, universe: Universe, tmp_path: Path
) -> None:
    facts = populate_week(database)
    with smtp_server() as inbox:
        result = _send(database, universe, tmp_path, inbox.port)
    assert len(inbox.messages) == 1 and inbox.envelopes[0].rcpt_tos == ["analyst@example.com"]
    message = inbox.messages[0]
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Subject"] == SUBJECT
    assert message["From"] == "digest@tracker.example.org" and message["To"] == "analyst@example.com"
    assert message["Message-ID"] == result.message_id and message["Message-ID"].startswith(f"<ssbtrack.{WEEK}.1.")
    assert message["Date"].datetime.tzinfo is not None
    assert message["List-Unsubscribe"] == "<mailto:digest@tracker.example.org?subject=unsubscribe>"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for body in (text, html):
        assert f"https://tracker.example.org/flags/{facts.delay_flag}" in body
        assert "Toyota mass production of all-solid-state batteries" in body
        assert "QuantumScape Ships QSE-5 B1 Samples from Eagle Line to PowerCo" in body
        assert "Plus 44 older articles backfilled" in body
    assert "will begin in 2028, later than the 2027 start" in html
    assert 'style="' in html and "<style" in html, "CSS is inlined; @media rules stay in a <style>"
    assert digest_sends.digest_record(database, WEEK).state == "sent"


@ON_SQLITE
def test_nothing_scraped_can_run_in_the_html_part(database: Database, universe: Universe, tmp_path: Path) -> None:
    populate_week(database)
    with smtp_server() as inbox:
        _send(database, universe, tmp_path, inbox.port)
    html = inbox.messages[0].get_body(("html",)).get_content()
    markup = _Markup()
    markup.feed(html)
    assert "script" not in markup.tags and "img" not in markup.tags
    assert not [name for name, _ in markup.attributes if name.startswith("on")]
    links = [value for name, value in markup.attributes if name in ("href", "src")]
    assert links and all(link.startswith(("https://", "http://", "mailto:")) for link in links), links
    assert "&lt;script&gt;alert(" in html, "the hostile title is shown as text"
    assert "Click here" in html and "steal()" in html  # the hostile lead, as inert text


def test_a_title_cannot_inject_a_header() -> None:
    message = build_message(
        subject="Weekly\r\nBcc: victim@example.com\nX-Evil: 1",
        text="t",
        html="<p>h</p>",
        sender="digest@example.org",
        recipients=["analyst@example.com"],
        message_id="<x@example.org>",
        date=datetime(2026, 11, 30, tzinfo=UTC),
        unsubscribe=[],
    )
    raw = message.as_bytes()
    assert b"\nBcc:" not in raw and b"\nX-Evil:" not in raw
    assert message["Subject"] == "Weekly Bcc: victim@example.com X-Evil: 1"


def test_a_week_is_sent_once_unless_forced(database: Database, universe: Universe, tmp_path: Path) -> None:
    populate_week(database)
    env = smtp_environment(0, SSBTRACK_DIGEST_DIR=str(tmp_path))
    with smtp_server() as inbox:
        env["SSBTRACK_SMTP_PORT"] = str(inbox.port)
        first = CliRunner().invoke(main, ["--db", database.url, "digest", "--week", WEEK, "--send"], env=env)
        assert first.exit_code == 0, first.output
        assert f"sent the digest of {WEEK} to analyst@example.com" in first.output
        again = CliRunner().invoke(main, ["--db", database.url, "digest", "--week", WEEK, "--send"], env=env)
        assert again.exit_code == 0, again.output
        assert f"the digest of {WEEK} was already sent on " in again.output and "--force" in again.output
        assert len(inbox.messages) == 1
        forced = CliRunner().invoke(
            main,
            ["--db", database.url, "digest", "--week", WEEK, "--send", "--force", "--to", "boss@example.com"],
            env=env,
        )
        assert forced.exit_code == 0, forced.output
    assert len(inbox.messages) == 2 and inbox.envelopes[1].rcpt_tos == ["boss@example.com"]
    first_id, second_id = (m["Message-ID"] for m in inbox.messages)
    assert first_id != second_id and second_id.startswith(f"<ssbtrack.{WEEK}.2.")
    record = digest_sends.digest_record(database, WEEK)
    assert (record.state, record.attempts, record.recipients) == ("sent", 2, ("boss@example.com",))


@ON_SQLITE
def test_a_dead_server_is_retried_with_back_off_and_the_digest_kept(
    database: Database, universe: Universe, tmp_path: Path
) -> None:
    populate_week(database)
    dead_port = free_port()
    pauses: list[float] = []
    settings = digest_settings(**smtp_settings(dead_port), smtp_retry_delay=2.0, digest_dir=str(tmp_path))
    week = choose_week(settings, WEEK, datetime.now(UTC))
    with pytest.raises(SendFailed, match=f"cannot connect to SMTP server 127.0.0.1:{dead_port}.*refused") as failed:
        send_digest(database, universe, settings, week, pause=pauses.append)
    assert failed.value.attempts == 3 and pauses == [2.0, 8.0]
    record = digest_sends.digest_record(database, WEEK)
    assert (record.state, record.attempts) == ("failed", 3) and "connection refused" in record.last_error
    with smtp_server() as inbox:
        result = _send(database, universe, tmp_path, inbox.port)
    assert len(inbox.messages) == 1 and result.message_id == record.message_id, "never delivered: same Message-ID"
    assert digest_sends.digest_record(database, WEEK).state == "sent"


@ON_SQLITE
def test_the_command_says_what_failed_and_exits_non_zero(database: Database, tmp_path: Path) -> None:
    populate_week(database)
    env = smtp_environment(free_port(), SSBTRACK_DIGEST_DIR=str(tmp_path))
    result = CliRunner().invoke(main, ["--db", database.url, "digest", "--week", WEEK, "--send"], env=env)
    assert result.exit_code == 1
    assert "was not sent after 3 attempt(s): cannot connect to SMTP server 127.0.0.1" in result.output
    assert "kept as failed" in result.output and "Traceback" not in result.output


@ON_SQLITE
def test_a_temporary_refusal_is_retried_and_a_permanent_one_is_not(
    database: Database, universe: Universe, tmp_path: Path
) -> None:
    populate_week(database)
    with smtp_server(replies=["451 4.3.0 try again later"]) as inbox:
        _send(database, universe, tmp_path, inbox.port)
    assert len(inbox.messages) == 1
    assert digest_sends.digest_record(database, WEEK).attempts == 2
    with smtp_server(replies=["554 5.7.1 rejected as spam"] * 3) as inbox:
        with pytest.raises(SendFailed, match="answered 554") as failed:
            _send(database, universe, tmp_path, inbox.port, force=True)
    assert failed.value.permanent and failed.value.attempts == 1 and not inbox.messages


@ON_SQLITE
def test_an_interrupted_send_is_not_repeated_without_force(
    database: Database, universe: Universe, tmp_path: Path
) -> None:
    populate_week(database)
    claimed = digest_sends.claim_send(
        database,
        WEEK,
        ["analyst@example.com"],
        force=False,
        new_message_id=lambda previous: "<first@tracker.example.org>",
        now=datetime.now(UTC),
    )
    assert claimed.state == "sending"
    with smtp_server() as inbox:
        with pytest.raises(digest_sends.SendInProgress):
            _send(database, universe, tmp_path, inbox.port)
        assert not inbox.messages
        result = _send(database, universe, tmp_path, inbox.port, force=True)
    assert result.message_id == "<first@tracker.example.org>" == inbox.messages[0]["Message-ID"]


@ON_SQLITE
def test_missing_mail_settings_are_named(database: Database, tmp_path: Path) -> None:
    env = {"SSBTRACK_DIGEST_DIR": str(tmp_path), "SSBTRACK_SMTP_HOST": ""}
    result = CliRunner().invoke(main, ["--db", database.url, "digest", "--send"], env=env)
    assert result.exit_code == 1 and "SSBTRACK_SMTP_HOST" in result.output
    env = smtp_environment(free_port(), SSBTRACK_DIGEST_TO="", SSBTRACK_DIGEST_DIR=str(tmp_path))
    result = CliRunner().invoke(main, ["--db", database.url, "digest", "--send"], env=env)
    assert result.exit_code == 1 and "no recipients" in result.output
    result = CliRunner().invoke(main, ["--db", database.url, "digest", "--send", "--to", "a@b.c\nBcc: x@y.z"], env=env)
    assert result.exit_code == 1 and "not a plain e-mail address" in result.output
