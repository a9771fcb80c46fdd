"""``ssbtrack digest`` (render or send the weekly digest) and ``ssbtrack schedule`` (the foreground scheduler)."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime

import click

from db.digest_sends import AlreadySent, SendInProgress
from db.leases import LeaseHeld
from tracker.app import App
from tracker.digest import choose_week, render_to_files, send_digest
from tracker.digest_week import WeekError
from tracker.mailer import MailConfigError, SendFailed
from tracker.scheduler import LEASE_STALE_AFTER, ChildCommands, ScheduleError, ScheduleRun


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "an unknown time"


@click.command("digest")
@click.option("--week", "week_text", metavar="YYYY-Www", help="ISO week to report (default: the last complete week).")
@click.option("--out", type=click.Path(file_okay=False), help="Folder for digest.html, digest.txt, digest.eml.")
@click.option("--send", is_flag=True, help="Send the digest by e-mail (once per week).")
@click.option("--to", multiple=True, metavar="ADDR", help="Recipient (repeatable; default: the digest_to setting).")
@click.option("--force", is_flag=True, help="Send again even if this week's digest was sent.")
@click.pass_obj
def digest(app: App, week_text: str | None, out: str | None, send: bool, to: tuple[str, ...], force: bool) -> None:
    """Render the weekly digest to files, or send it (--send).

    SMTP comes from the settings or the environment (SSBTRACK_SMTP_HOST, _PORT, _SECURITY, _USER,
    _PASSWORD, SSBTRACK_DIGEST_FROM, SSBTRACK_DIGEST_TO); a password is never an option.
    """
    now = datetime.now(UTC)
    try:
        week = choose_week(app.settings, week_text, now)
    except WeekError as exc:
        raise click.UsageError(str(exc)) from exc
    try:
        if not send:
            configured = str(app.settings.get("digest_to") or "").split(",")
            recipients = list(to) or [address.strip() for address in configured if address.strip()]
            files = render_to_files(app.db, app.universe, app.settings, week, out, recipients, now)
            for path in (files.html, files.text, files.eml):
                click.echo(str(path))
            return
        result = send_digest(app.db, app.universe, app.settings, week, to=to, force=force, out=out)
    except MailConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    except AlreadySent as exc:
        record = exc.record
        click.echo(
            f"the digest of {record.week} was already sent on {_when(record.sent_at)} to "
            f"{', '.join(record.recipients) or 'its recipients'}; use --force to send it again"
        )
        return
    except SendInProgress as exc:
        raise click.ClickException(
            f"a send of the digest of {exc.record.week} is under way or was interrupted "
            f"(attempts so far: {exc.record.attempts}); if no other ssbtrack is sending it, "
            "run with --force (it keeps the same Message-ID)"
        ) from exc
    except SendFailed as exc:
        kind = "a permanent error" if exc.permanent else f"{exc.attempts} attempt(s)"
        raise click.ClickException(
            f"the digest of {week.label} was not sent after {kind}: {exc}. It is kept as failed; "
            "the next `ssbtrack digest --send` (or the scheduler) sends it"
        ) from exc
    click.echo(f"sent the digest of {result.week} to {', '.join(result.recipients)} (Message-ID {result.message_id})")
    if result.refused:
        click.echo(f"warning: the server refused {', '.join(result.refused)}", err=True)


@click.command("schedule")
@click.pass_context
def schedule(ctx: click.Context) -> None:
    """Run in the foreground: crawls every few hours and the weekly digest (stop with Ctrl-C or SIGTERM).

    Crawl intervals come from each source's interval_hours, else crawl_every_hours; the digest from
    digest_cron in the timezone setting. One scheduler per database.
    """
    app: App = ctx.obj
    global_args: list[str] = []
    for option, key in (("--universe", "universe"),):
        if app.settings.get(key):
            global_args += [option, str(app.settings[key])]
    parent = ctx.find_root().params
    if parent.get("settings_file"):
        global_args += ["--settings", str(parent["settings_file"])]
    # the database URL may hold a password: children get it in their environment, not on a command line
    children = ChildCommands(global_args, env={**os.environ, "SSBTRACK_DB": app.db.url})
    run = ScheduleRun(app.db, app.universe, app.settings, children)
    try:
        scheduler = run.prepare()
    except LeaseHeld as exc:
        lease = exc.lease
        click.echo(
            f"error: another scheduler is running on this database ({lease.holder}, started "
            f"{_when(lease.acquired_at)}, last heartbeat {_when(lease.heartbeat_at)}); stop it first. "
            f"A scheduler silent for {int(LEASE_STALE_AFTER.total_seconds() // 60)} minutes is taken over.",
            err=True,
        )
        sys.exit(1)
    except (ScheduleError, WeekError) as exc:
        raise click.UsageError(str(exc)) from exc
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for job in scheduler.get_jobs("default"):
        click.echo(f"scheduled: {job.name}, next at {job.next_run_time.isoformat() if job.next_run_time else 'never'}")
    click.echo("scheduler running; stop with Ctrl-C or SIGTERM", nl=True)
    sys.stdout.flush()
    run.run_forever()
    click.echo(f"scheduler stopped ({run.stopped_by or 'done'})")


commands = [digest, schedule]
