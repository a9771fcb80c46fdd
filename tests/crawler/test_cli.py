"""``ssbtrack crawl``, ``sources``, ``articles`` and ``demo`` as a user runs them (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from db.engine import open_database
from db.models import ArticleRow
from tracker.cli import main

UNIVERSE = """\
companies:
  - {{id: toyota, name: Toyota, aliases: [Toyota]}}
  - {{id: catl, name: CATL, aliases: [CATL]}}
sources:
  - {{id: acme-news, company: toyota, kind: newsroom, url: "{base}/acme/news/", max_pages: 1}}
  - {{id: feedco-atom, company: catl, kind: feed, url: "{base}/feeds/atom.xml"}}
  - {{id: gone-feed, company: catl, kind: feed, url: "{dead}"}}
milestones: []
topics: []
"""


@pytest.fixture
def cli(tmp_path: Path, site_server, dead_url: str, monkeypatch: pytest.MonkeyPatch):
    universe = tmp_path / "universe.yaml"
    universe.write_text(UNIVERSE.format(base=site_server.base_url, dead=dead_url), encoding="utf-8")
    settings = tmp_path / "settings.toml"
    settings.write_text("download_delay = 0.0\ntimeout = 3\ncrawl_time_limit = 60\n", encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'cli.db'}"

    def run(*args: str):
        result = CliRunner().invoke(
            main,
            ["--db", database, "--universe", str(universe), "--settings", str(settings), *args],
            catch_exceptions=False,
        )
        return result

    run.database = database  # type: ignore[attr-defined]
    return run


def test_crawl_reports_each_source_and_fails_only_when_all_fail(cli) -> None:
    result = cli("crawl")
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line for line in result.output.splitlines() if line.count("│") > 5}
    assert "acme-news" in rows and "feedco-atom" in rows and "gone-feed" in rows
    assert [cell.strip() for cell in rows["acme-news"].split("│")[2:5]] == ["4", "3", "0"]  # fetched, new, dup
    assert "connection refused" in rows["gone-feed"]
    assert "matched 4 articles" in result.output

    alone = cli("crawl", "--source", "gone-feed")
    assert alone.exit_code == 1
    assert "every selected source failed" in alone.output

    company = cli("crawl", "--company", "toyota")
    assert company.exit_code == 0 and "gone-feed" not in company.output and "not modified (304)" in company.output


def test_unknown_ids_are_rejected_before_crawling(cli) -> None:
    result = cli("crawl", "--company", "toyta")
    assert result.exit_code == 2
    assert "unknown company 'toyta'" in result.output
    result = cli("crawl", "--source", "nope")
    assert result.exit_code == 2 and "unknown source 'nope'" in result.output
    result = cli("articles", "--company", "toyta")
    assert result.exit_code == 2 and "unknown company 'toyta'" in result.output


def test_sources_and_articles_show_what_was_crawled(cli) -> None:
    assert cli("crawl").exit_code == 0
    health = cli("sources")
    assert health.exit_code == 0
    line = next(line for line in health.output.splitlines() if "gone-feed" in line)
    assert "error" in line and "connection refused" in line and "│        1 │" in line
    as_json = {row["id"]: row for row in json.loads(cli("sources", "--format", "json").output)}
    assert as_json["acme-news"]["last_outcome"] == "new" and as_json["gone-feed"]["consecutive_failures"] == 1

    listed = json.loads(cli("articles", "--company", "toyota", "--format", "json").output)
    assert [item["title"] for item in listed] == [
        "Acme starts its all-solid-state battery pilot line in Aichi",
        "Acme and Partner Kosan sign a sulfide electrolyte supply deal",
        "Acme reports fourth-quarter and full-year 2023 results",
    ]
    assert set(listed[0]) == {"url", "title", "published", "source", "companies", "language"}
    assert listed[0]["companies"] == ["toyota"] and listed[0]["source"] == "acme-news"
    since = json.loads(cli("articles", "--since", "2024-02-01", "--format", "json").output)
    assert {item["title"] for item in since} == {
        "Acme starts its all-solid-state battery pilot line in Aichi",
        "Acme and Partner Kosan sign a sulfide electrolyte supply deal",
    }
    table = cli("articles")
    assert table.exit_code == 0 and "Feedco and a carmaker test separators in prototype packs" in table.output


def test_demo_crawls_the_bundled_newsrooms_into_the_given_database(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'demo.db'}"
    result = CliRunner().invoke(main, ["demo", "--db", database], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert database in result.output
    assert "articles stored" in result.output
    opened = open_database(database)
    with opened.sessions() as session:
        counts = select(ArticleRow.source_id, func.count()).group_by(ArticleRow.source_id)
        sources = {source_id: count for source_id, count in session.execute(counts)}
    opened.close()
    assert len(sources) >= 12 and sum(sources.values()) >= 50
    assert "0 failed" in result.output
