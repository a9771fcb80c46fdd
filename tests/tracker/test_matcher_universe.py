"""The universe field the matcher adds (``solid_state_only``) and a universe of another industry."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.classification import ArticleText
from tracker.matcher import build_matcher
from tracker.universe import UniverseError, parse_universe

UNIVERSE = """
companies:
  - id: acme
    name: Acme Cells
    aliases: [Acme Cells, Acme, アクメ]
    solid_state_only: {flag}
  - id: bolt
    name: Bolt Motors
    aliases: [Bolt Motors]
sources: []
milestones:
  - id: acme-bolt-demo-cars
    title: Bolt demo cars on Acme cells
    companies: [bolt, acme]
    expected: {{start: 2026, end: 2027}}
    status: planned
    keywords: [demo cars, test vehicles]
    products: [Bolt One]
topics:
  - id: dendrites
    terms: [dendrite, dendrites]
"""


def test_solid_state_only_must_be_true_or_false() -> None:
    with pytest.raises(UniverseError) as error:
        parse_universe(UNIVERSE.format(flag='"yes"'), "other.yaml")
    assert "other.yaml:6: company 'acme': 'solid_state_only' must be true or false" in str(error.value)


def test_a_story_about_a_solid_state_company_is_relevant_without_saying_so() -> None:
    matcher = build_matcher(parse_universe(UNIVERSE.format(flag="true")))
    result = matcher.classify(
        ArticleText(
            "a",
            "Acme shares jump after quarterly report",
            "Acme Cells reported revenue of $20 million and added two customers.",
            published=date(2026, 2, 1),
        )
    )
    assert result.relevant and result.companies == ("acme",)
    plain = build_matcher(parse_universe(UNIVERSE.format(flag="false")))
    assert not plain.classify(
        ArticleText(
            "a", "Acme shares jump after quarterly report", "Acme Cells reported revenue.", published=date(2026, 2, 1)
        )
    ).relevant


def test_any_industry_universe_is_matched() -> None:
    matcher = build_matcher(parse_universe(UNIVERSE.format(flag="true")))
    result = matcher.classify(
        ArticleText(
            "b",
            "Bolt Motors puts first test vehicles with Acme solid-state cells on the road",
            "Bolt Motors has started road testing its first test vehicles with Acme Cells' solid-state cells. "
            "Acme said dendrites no longer form in its new separator.",
            published=date(2026, 5, 4),
        )
    )
    assert set(result.companies) == {"acme", "bolt"}
    assert result.matches[0].milestone == "acme-bolt-demo-cars"
    assert result.matches[0].signal.value == "achieved"
    assert result.topics == ("dendrites",)


def test_others_must_be_a_list_of_names() -> None:
    with pytest.raises(UniverseError) as error:
        parse_universe(UNIVERSE.format(flag="true") + "others: Zeta Cells\n", "other.yaml")
    assert "other.yaml:22: 'others' must be a list of company names" in str(error.value)


def test_a_sentence_led_by_an_untracked_company_tells_its_deed_not_a_tracked_ones() -> None:
    text = "Bolt Motors plans solid-state demo cars for 2027. Zeta Cells has started road testing solid-state demo cars"
    story = ArticleText("a", "Demo cars", text, published=date(2026, 5, 1))
    without = build_matcher(parse_universe(UNIVERSE.format(flag="false")))
    assert without.classify(story).matches[0].signal.value == "achieved"
    with_others = build_matcher(parse_universe(UNIVERSE.format(flag="false") + "others: [Zeta Cells]\n"))
    top = with_others.classify(story).matches[0]
    assert (top.milestone, top.signal.value, str(top.window)) == ("acme-bolt-demo-cars", "reaffirmed", "2027")


def test_an_untracked_partners_plan_with_the_cells_is_not_the_joint_milestone_of_another_carmaker() -> None:
    # the demo cars of the timeline are Bolt's; Zeta's demo fleet on Acme's cells is another undertaking
    text = (
        "Acme Cells said its solid-state cells passed validation. Zeta Motors will fit Acme Cells' cells to a fleet "
        "of demo cars in 2026. Acme Cells also supplies Bolt Motors."
    )
    story = ArticleText("a", "Zeta Motors plans demo cars on Acme cells", text, published=date(2026, 5, 1))
    without = build_matcher(parse_universe(UNIVERSE.format(flag="false")))
    assert without.classify(story).matches[0].milestone == "acme-bolt-demo-cars"
    with_others = build_matcher(parse_universe(UNIVERSE.format(flag="false") + "others: [Zeta Motors]\n"))
    assert not [m for m in with_others.classify(story).matches if m.milestone]


def test_a_tracked_name_inside_an_untracked_companys_longer_name_is_no_mention() -> None:
    story = ArticleText("a", "新電池", "大アクメ電池が全固体電池の量産を開始した。", published=date(2026, 5, 1))
    without = build_matcher(parse_universe(UNIVERSE.format(flag="false")))
    assert without.classify(story).companies == ("acme",)
    with_others = build_matcher(parse_universe(UNIVERSE.format(flag="false") + "others: [大アクメ電池]\n"))
    result = with_others.classify(story)
    assert result.companies == () and result.mentioned == ()
