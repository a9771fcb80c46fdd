"""``ssbtrack classify`` and ``ssbtrack eval`` through the command line (no database is touched)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import shared_path
from tracker.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BAD_LINES = FIXTURES / "classify" / "articles-with-bad-lines.jsonl"


def _run(args: list[str], stdin: str | None = None, tmp_path: Path | None = None):
    env = {"SSBTRACK_DB": f"sqlite:///{tmp_path / 'never.db'}"} if tmp_path else {}
    return CliRunner().invoke(main, args, input=stdin, env=env, catch_exceptions=False)


def test_classify_writes_one_line_per_good_article_and_names_bad_lines(tmp_path: Path) -> None:
    result = _run(["classify", str(BAD_LINES)], tmp_path=tmp_path)
    assert result.exit_code == 1
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a1", "a5"]
    first = outputs[0]
    assert first["relevant"] is True and first["companies"] == ["samsung-sdi"]
    assert first["matches"][0]["milestone"] == "samsung-sdi-assb-mass-production"
    assert first["matches"][0]["signal"] == "reaffirmed"
    assert first["matches"][0]["window"] == {"start": "2027", "end": "2027"}
    assert set(first) == {"id", "relevant", "companies", "mentioned", "topics", "matches", "new_milestone_candidate"}
    assert outputs[1]["relevant"] is False and outputs[1]["matches"] == []
    assert "line 2: not valid JSON" in result.stderr
    assert "line 3: 'title' must be a string" in result.stderr
    assert "line 6: 'published' must be a date" in result.stderr
    assert not (tmp_path / "never.db").exists()


def test_classify_reads_standard_input(tmp_path: Path) -> None:
    line = json.dumps(
        {"id": "x", "title": "蔚来150kWh半固态电池包正式交付", "text": "", "published": "2024-07-05"},
        ensure_ascii=False,
    )
    result = _run(["classify", "-"], stdin=line + "\n", tmp_path=tmp_path)
    assert result.exit_code == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["companies"] == ["nio"] and output["matches"][0]["milestone"] == "nio-150kwh-semi-solid"


def test_classify_with_another_universe(tmp_path: Path) -> None:
    line = json.dumps(
        {
            "id": "x",
            "title": "Acme opens solid-state pilot line",
            "text": "Acme Cells has opened its pilot line for all-solid-state cells.",
            "published": "2026-03-01",
        }
    )
    result = _run(
        ["--universe", str(FIXTURES / "classify" / "other-universe.yaml"), "classify", "-"],
        stdin=line,
        tmp_path=tmp_path,
    )
    assert result.exit_code == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["companies"] == ["acme"]
    assert output["matches"][0]["milestone"] == "acme-pilot-line"
    assert output["matches"][0]["signal"] == "achieved"


def test_eval_prints_the_metrics_and_the_worst_mistakes(tmp_path: Path) -> None:
    result = _run(["eval", str(shared_path("corpora", "ssb-news-dev.jsonl")), "--mistakes", "3"], tmp_path=tmp_path)
    assert result.exit_code == 0, result.stderr
    for label in (
        "relevance F1",
        "company F1",
        "milestone accuracy",
        "signal accuracy",
        "window accuracy (year)",
        "topic F1",
        "Worst mistakes",
    ):
        assert label in result.stdout


def test_eval_json_and_a_line_without_labels(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.jsonl"
    with (FIXTURES / "ssb-news-blind.jsonl").open(encoding="utf-8") as source:
        lines = source.read().splitlines()[:5]
    lines.append(json.dumps({"id": "unlabelled", "title": "Toyota", "text": "Solid-state battery news."}))
    labelled.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run(["eval", str(labelled), "--format", "json"], tmp_path=tmp_path)
    assert result.exit_code == 1
    assert "line 6: no 'labels' object" in result.stderr
    report = json.loads(result.stdout)
    assert report["items"] == 5
    assert set(report["metrics"]) >= {
        "relevance_f1",
        "company_f1",
        "milestone_accuracy",
        "signal_accuracy",
        "window_accuracy",
        "topic_f1",
    }


def test_eval_reads_a_window_without_a_start_and_names_a_malformed_one(tmp_path: Path) -> None:
    def item(item_id: str, window: object) -> str:
        labels = {
            "companies": ["samsung-sdi"],
            "mentioned": [],
            "relevant": True,
            "milestone": "samsung-sdi-assb-mass-production",
            "new_milestone": None,
            "signal": "reaffirmed",
            "window": window,
            "topics": [],
        }
        text = "Samsung SDI said it will start mass production of all-solid-state batteries before 2027."
        return json.dumps(
            {"id": item_id, "title": "Samsung SDI", "text": text, "published": "2025-03-01", "labels": labels}
        )

    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "\n".join([item("open", {"start": None, "end": "2027"}), item("bad", {"start": "soon", "end": None})]) + "\n",
        encoding="utf-8",
    )
    result = _run(["eval", str(labelled), "--format", "json"], tmp_path=tmp_path)
    assert result.exit_code == 1
    assert "line 2: labels.window: 'soon' is not YYYY or YYYY-MM" in result.stderr
    report = json.loads(result.stdout)
    assert report["items"] == 1
    assert report["metrics"]["window_accuracy"] == 1.0
