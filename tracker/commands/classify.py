"""``ssbtrack classify`` and ``ssbtrack eval``: the matcher over JSON-lines files, without the database."""

from __future__ import annotations

import json
from typing import IO

import click
from rich.console import Console
from rich.table import Table

from tracker.app import App
from tracker.article_input import ArticleLine, ArticleLineError, read_article_lines
from tracker.evaluation import CONFIDENT, LabelledItem, Report, evaluate, window_problem
from tracker.matcher import build_matcher

# The targets on held-out news (metric -> lowest acceptable value).
TARGETS = {
    "relevance_f1": 0.95,
    "company_f1": 0.95,
    "milestone_accuracy": 0.90,
    "window_accuracy": 0.90,
    "signal_accuracy": 0.85,
}
_LABELS = {
    "relevance_f1": "relevance F1",
    "company_f1": "company F1",
    "mentioned_f1": "mentioned F1",
    "milestone_accuracy": "milestone accuracy",
    "signal_accuracy": "signal accuracy",
    "window_accuracy": "window accuracy (year)",
    "topic_f1": "topic F1",
    "new_milestone_f1": "new-milestone F1",
    "confident_precision": "confident precision",
}


def _lines(source: IO[str]) -> tuple[list[ArticleLine], list[ArticleLineError]]:
    good, bad = [], []
    for item in read_article_lines(source):
        (bad if isinstance(item, ArticleLineError) else good).append(item)
    return good, bad


def _report_bad(source: IO[str], bad: list[ArticleLineError]) -> None:
    for error in bad:
        click.echo(f"error: {source.name}: {error}", err=True)


@click.command()
@click.argument("source", metavar="FILE|-", type=click.File("r", encoding="utf-8"))
@click.pass_obj
def classify(app: App, source: IO[str]) -> None:
    """Classify JSON-lines articles {id, title, text, url?, published?, language?} from FILE (or - for
    standard input) and write one JSON line per article. A bad line is reported with its number and
    skipped; the exit status is then 1."""
    matcher = build_matcher(app.universe)
    failed = 0
    for item in read_article_lines(source):
        if isinstance(item, ArticleLineError):
            click.echo(f"error: {source.name}: {item}", err=True)
            failed += 1
            continue
        click.echo(json.dumps(matcher.classify(item.article).as_json(), ensure_ascii=False))
    if failed:
        raise click.exceptions.Exit(1)


@click.command(name="eval")
@click.argument("source", metavar="FILE", type=click.File("r", encoding="utf-8"))
@click.option("--mistakes", default=15, show_default=True, help="How many of the worst mistakes to list.")
@click.option(
    "--threshold",
    default=CONFIDENT,
    show_default=True,
    help="Confidence from which a top match counts for 'confident precision'.",
)
@click.option("--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def eval_command(app: App, source: IO[str], mistakes: int, threshold: float, output: str) -> None:
    """Score the matcher against a labelled JSON-lines file (lines with "labels"): relevance, company and
    topic F1, milestone, signal and window accuracy of the top match, and the worst mistakes."""
    lines, bad = _lines(source)
    items = []
    for line in lines:
        labels = line.data.get("labels")
        if not isinstance(labels, dict):
            bad.append(ArticleLineError(line.line, "no 'labels' object"))
        elif problem := window_problem(labels.get("window")):
            bad.append(ArticleLineError(line.line, problem))
        else:
            items.append(LabelledItem(line.article, labels))
    _report_bad(source, sorted(bad, key=lambda e: e.line))
    report = evaluate(build_matcher(app.universe), items, threshold)
    if output == "json":
        click.echo(json.dumps(_as_json(report, mistakes), ensure_ascii=False, indent=2))
    else:
        _print_tables(report, mistakes, threshold)
    if bad:
        raise click.exceptions.Exit(1)


def _as_json(report: Report, mistakes: int) -> dict:
    return {
        "items": report.items,
        "metrics": {k: round(v, 4) for k, v in report.metrics().items()},
        "labelled_milestone_items": report.labelled_items,
        "on_labelled_milestone_items": {
            k: round(report.accuracy(k, True), 4) for k in ("milestone", "signal", "window")
        },
        "mistakes": [
            {"id": m.id, "field": m.field, "expected": m.expected, "got": m.got, "confidence": round(m.confidence, 3)}
            for m in report.worst(mistakes)
        ],
    }


def _print_tables(report: Report, mistakes: int, threshold: float) -> None:
    console = Console(soft_wrap=False)
    table = Table(title=f"Matcher over {report.items} labelled items")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_column("")
    for name, value in report.metrics().items():
        target = TARGETS.get(name)
        verdict = "" if target is None else ("ok" if value >= target else "BELOW")
        label = _LABELS[name] + (f" (>= {threshold:g})" if name == "confident_precision" else "")
        table.add_row(label, f"{value:.3f}", f"{target:.2f}" if target else "", verdict)
    for name in ("milestone", "signal", "window"):
        table.add_row(
            f"  {name}, on the {report.labelled_items} items with a milestone",
            f"{report.accuracy(name, True):.3f}",
            "",
            "",
        )
    console.print(table)
    worst = report.worst(mistakes)
    if not worst:
        return
    listing = Table(title=f"Worst mistakes ({len(worst)} of {len(report.mistakes)})")
    for column in ("id", "field", "expected", "got", "confidence"):
        listing.add_column(column, overflow="fold")
    for mistake in worst:
        listing.add_row(
            mistake.id, mistake.field, _shown(mistake.expected), _shown(mistake.got), f"{mistake.confidence:.2f}"
        )
    console.print(listing)


def _shown(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, tuple):
        return f"{value[0]}..{value[1] if value[1] is not None else ''}"
    return str(value)


commands: list[click.Command] = [classify, eval_command]
