"""The universe file: the shipped timeline, another industry's file, and wrong files refused with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from tracker.classification import ArticleText
from tracker.cli import main
from tracker.matcher import build_matcher
from tracker.universe import Status, UniverseError, Window, load_universe

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "universe"

# The report's timeline, baseline as of early 2026 (issue: the foundation).
BASELINE = {
    "im-motors-l6-semi-solid": ({"im-motors", "saic"}, "2024-05", "achieved"),
    "nio-150kwh-semi-solid": ({"nio"}, "2024-06..2024-09", "achieved"),
    "quantumscape-qse5-b-samples": ({"quantumscape"}, "2024-10", "achieved"),
    "powerco-quantumscape-scale-up": ({"vw-powerco", "quantumscape"}, "2024..2026", "in_progress"),
    "changan-assb-pilot": ({"changan"}, "2025-07..2025-12", "planned"),
    "gac-assb-pilot": ({"gac"}, "2025-07..2025-12", "planned"),
    "luxury-ssb-evs": (set(), "2025..2026", "planned"),
    "toyota-assb-mass-production": ({"toyota", "idemitsu"}, "2027..2028", "planned"),
    "samsung-sdi-assb-mass-production": ({"samsung-sdi"}, "2027..2028", "planned"),
    "ssb-mainstream-adoption": (set(), "2030", "planned"),
    "toyota-idemitsu-sulfide-electrolyte": ({"toyota", "idemitsu"}, "2027..2030", "in_progress"),
    "bmw-solid-power-demo-fleet": ({"bmw", "solid-power"}, "2024..2026", "in_progress"),
    "mercedes-factorial-cells": ({"mercedes-benz", "factorial"}, "2024..2026", "in_progress"),
    "samsung-sdi-pilot-line": ({"samsung-sdi"}, "2023", "achieved"),
    "catl-casip": ({"catl"}, "2024..", "in_progress"),
    "prologium-gigafactory": ({"prologium"}, "2024-01..2024-03", "achieved"),
}


def test_shipped_universe_holds_the_report_timeline() -> None:
    universe = load_universe()
    assert {m.id for m in universe.milestones} == set(BASELINE)
    for milestone in universe.milestones:
        companies, window, status = BASELINE[milestone.id]
        assert set(milestone.companies) == companies, milestone.id
        assert str(milestone.expected) == window, milestone.id
        assert milestone.status == Status(status), milestone.id
    assert {t.id for t in universe.topics} == {
        "dendrites",
        "interfacial-resistance",
        "volume-expansion",
        "manufacturing-cost",
    }


def test_every_company_has_sources_and_home_language_aliases() -> None:
    universe = load_universe()
    by_company = {c.id: c for c in universe.companies}
    for company in universe.companies:
        kinds = {s.kind for s in universe.sources if s.company == company.id}
        assert kinds, f"{company.id} has no source"
    assert "トヨタ" in by_company["toyota"].aliases and "丰田" in by_company["toyota"].aliases
    assert "宁德时代" in by_company["catl"].aliases and "Contemporary Amperex" in by_company["catl"].aliases
    assert "삼성SDI" in by_company["samsung-sdi"].aliases
    assert "輝能" in by_company["prologium"].aliases


def test_another_industry_loads() -> None:
    universe = load_universe(FIXTURES / "minimal.yaml")
    assert universe.milestone("acme-orbit").expected == Window.parse("2026-03", "2027")
    assert universe.milestone("industry-reuse").expected.end is None
    assert universe.source("acme-news").max_pages == 3


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("unknown-company.yaml", ["unknown-company.yaml:5: source 'toyta-news': unknown company 'toyta'"]),
        ("duplicate-id.yaml", ["duplicate-id.yaml:3: duplicate company id 'toyota' (first at line 2)"]),
        (
            "bad-window.yaml",
            [
                "bad-window.yaml:8: milestone 'toyota-mass-production': bad expected window: "
                "window ends (2027) before it starts (2028)",
                "bad-window.yaml:13: milestone 'toyota-pilot': bad expected window: '2026-13' has no month 13",
                "bad-window.yaml:19: milestone 'toyota-launch': status must be one of",
            ],
        ),
        ("yaml-error.yaml", ["yaml-error.yaml:4: YAML error"]),
        (
            "bad-url.yaml",
            [
                "bad-url.yaml:4: source 'toyota-local': url scheme 'file' is not allowed",
                "bad-url.yaml:5: source 'toyota-gopher': url scheme 'gopher' is not allowed",
                "bad-url.yaml:6: source 'toyota-js': url scheme 'javascript' is not allowed",
                "bad-url.yaml:7: source 'toyota-ftp': kind must be one of feed, newsroom, sitemap, not 'rss'",
            ],
        ),
    ],
)
def test_wrong_universe_is_refused_with_file_line_and_field(name: str, expected: list[str]) -> None:
    with pytest.raises(UniverseError) as caught:
        load_universe(FIXTURES / name)
    problems = [p.replace(str(FIXTURES) + "/", "") for p in caught.value.problems]
    for line in expected:
        assert any(p.startswith(line) for p in problems), (line, problems)


def test_cli_refuses_a_wrong_universe_and_writes_nothing(tmp_path: Path) -> None:
    db_file = tmp_path / "never.db"
    result = CliRunner().invoke(
        main, ["--db", str(db_file), "--universe", str(FIXTURES / "unknown-company.yaml"), "init"]
    )
    assert result.exit_code == 2
    assert "unknown-company.yaml:5: source 'toyta-news': unknown company 'toyta'" in result.output
    assert not db_file.exists() or not inspect(create_engine(f"sqlite:///{db_file}")).get_table_names()


def test_universe_check_command() -> None:
    result = CliRunner().invoke(main, ["--universe", str(FIXTURES / "minimal.yaml"), "universe", "check"])
    assert result.exit_code == 0, result.output
    assert "ok: 1 companies, 1 sources, 2 milestones, 1 topics" in result.output


def test_a_milestone_names_what_it_is_not(tmp_path: Path) -> None:
    text = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    universe = load_universe()
    assert universe.milestone("mercedes-factorial-cells").excludes == ("Solstice",)
    wrong = tmp_path / "wrong-excludes.yaml"
    wrong.write_text(
        text.replace("    status: planned", "    status: planned\n    excludes: Orbit-2", 1), encoding="utf-8"
    )
    with pytest.raises(UniverseError) as caught:
        load_universe(wrong)
    assert any("excludes" in problem for problem in caught.value.problems), caught.value.problems


def test_a_company_names_what_its_name_means_otherwise(tmp_path: Path) -> None:
    # any industry: "Acme" is also a cartoon's company; where a sentence says so, the story is not about Acme Rockets,
    # rockets named beside it or not
    text = (FIXTURES / "minimal.yaml").read_text(encoding="utf-8")
    other = tmp_path / "other-meaning.yaml"
    other.write_text(
        text.replace(
            "アクメ]}", "アクメ], ambiguous: [Acme], context: [rocket, booster, orbit], other_meaning: [cartoon]}"
        ),
        encoding="utf-8",
    )
    universe = load_universe(other)
    assert universe.companies[0].other_meaning == ("cartoon",)
    matcher = build_matcher(universe)
    rocket = matcher.classify(
        ArticleText("a", "Acme reaches orbit", "Acme said its booster reached orbit.", None, None)
    )
    cartoon = matcher.classify(
        ArticleText("b", "Acme returns", "The cartoon company Acme sells rockets to a coyote. Acme also sells anvils.")
    )
    assert rocket.companies == ("acme",) and cartoon.companies + cartoon.mentioned == ()
    wrong = tmp_path / "wrong-other-meaning.yaml"
    wrong.write_text(text.replace("アクメ]}", "アクメ], other_meaning: cartoon}"), encoding="utf-8")
    with pytest.raises(UniverseError) as caught:
        load_universe(wrong)
    assert any("other_meaning" in problem for problem in caught.value.problems), caught.value.problems
