"""New-milestone candidates: which announcement of a story is the news, with what status and date; and the
milestones in vehicles whose line is built before the cars carry its cells."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tracker.test_matcher_signals import classify, top
from tracker.classification import Signal
from tracker.matcher import Matcher, build_matcher
from tracker.universe import Universe


@pytest.fixture(scope="module")
def matcher(universe: Universe) -> Matcher:
    return build_matcher(universe)


@pytest.mark.parametrize(
    ("title", "text", "published", "expected", "evidence"),
    [
        (  # a dated plan in the headline
            "Solid Power Q3: continuous electrolyte pilot line still set for 2026 commissioning",
            "Solid Power reported third-quarter revenue of $4.6 million.",
            date(2025, 11, 4),
            (Signal.REAFFIRMED, "2026"),
            "still set for 2026",
        ),
        (
            "Stellantis lancera en 2026 une flotte de démonstration à batteries solides Factorial",
            "Stellantis va déployer en 2026 une flotte de démonstration de Dodge Charger équipées de batteries à "
            "l'état solide de Factorial Energy.",
            date(2025, 11, 4),
            (Signal.REAFFIRMED, "2026"),
            None,
        ),
        (  # a dated plan told after an unveiling is the news
            "ProLogium shows its next-generation cell at the Paris show",
            "ProLogium presented its new lithium ceramic battery with a silicon anode at the Paris Motor Show. "
            "The cell charges to 80% in eight minutes. It is to be made at the planned Dunkirk gigafactory, where "
            "production is still expected to start in 2027.",
            date(2024, 10, 14),
            (Signal.REAFFIRMED, "2027"),
            "Dunkirk",
        ),
        (  # ... however near a word of another kind stands
            "Factorial unveils a sulfide all-solid-state battery platform",
            "Factorial Energy unveiled its new all-solid-state battery platform at an event in Boston. "
            "The cells reach 450 Wh/kg. Factorial expects the platform to be ready for series vehicles around 2030.",
            date(2024, 9, 10),
            (Signal.REAFFIRMED, "2030"),
            "series vehicles",
        ),
        (  # ... but not a plan others only speculate about
            "ProLogium shows its next-generation cell at the Paris show",
            "ProLogium presented its new lithium ceramic battery with a silicon anode at the Paris Motor Show. "
            "Its planned Dunkirk gigafactory will be redesigned, which observers expect could push back the plant's "
            "original 2026 start.",
            date(2024, 10, 14),
            (Signal.ACHIEVED, "None"),
            "presented",
        ),
        (  # ... in French: the partners "visent" series cars
            "Solstice : Factorial et Mercedes présentent une batterie tout-solide pour 2030",
            "Factorial Energy et Mercedes-Benz ont dévoilé Solstice, une batterie tout-solide à électrolyte sulfure. "
            "La start-up annonce une densité de 450 Wh/kg. Les deux partenaires visent une arrivée dans des voitures "
            "de série à l'horizon 2030.",
            date(2024, 9, 4),
            (Signal.REAFFIRMED, "2030"),
            "voitures de série",
        ),
        (  # German: "peilt ... an" (aims at)
            "CATL peilt Kleinserie von Festkörperzellen für 2027 an",
            "Der Batteriekonzern CATL will ab 2027 Festkörperzellen in kleinen Stückzahlen fertigen.",
            date(2025, 4, 28),
            (Signal.REAFFIRMED, "2027"),
            "peilt",
        ),
        (  # a launch in French ("lancée"): the event itself
            "La MG4 à batterie semi-solide lancée en Chine pour 12 000 euros",
            "Au salon de Canton, MG a officiellement lancé la nouvelle MG4 dotée d'une batterie semi-solide.",
            date(2025, 9, 1),
            (Signal.ACHIEVED, "None"),
            "lancée",
        ),
        (  # a headline's dated plan whose outcome it leaves unnamed: the batteries' production
            "Semi-solid MG4 will reach Europe next year",
            "SAIC's MG brand said the semi-solid-state version of the MG4 hatchback will be sold in European markets.",
            date(2025, 9, 1),
            (Signal.REAFFIRMED, "2026"),
            "next year",
        ),
        (  # ... unless the story tells a firmer change further down
            "ProLogium wechselt auf reine Siliziumanode – Dünkirchen startet erst 2028",
            "ProLogium hat auf dem Pariser Autosalon eine neue Generation seiner Festkörperbatterie vorgestellt. "
            "Die Zellen sollen eine höhere Energiedichte erreichen. Mit dem Technologiewechsel verschiebt sich auch "
            "das geplante Werk in Dünkirchen: Die Produktion soll dort nun 2028 beginnen.",
            date(2024, 10, 15),
            (Signal.DELAYED, "2028"),
            "verschiebt",
        ),
        (  # first owners have taken delivery: the launch itself
            "Semi-solid MG4 reaches its first owners",
            "The first customers have taken delivery of MG's semi-solid-state MG4 in China, SAIC MG said.",
            date(2025, 12, 19),
            (Signal.ACHIEVED, "None"),
            "taken delivery",
        ),
        (  # a headline telling no event, the company's dated plan further down
            "Taiwanischer Batteriehersteller ProLogium wählt Dünkirchen",
            "ProLogium baut seine erste europäische Fabrik in Nordfrankreich. Das Unternehmen nennt Dünkirchen den "
            "besten Standort. Die Produktion soll 2026 anlaufen.",
            date(2023, 5, 12),
            (Signal.REAFFIRMED, "2026"),
            "2026 anlaufen",
        ),
        (  # a delay told against the date first given is news, not background
            "Dunkerque : la gigafactory de ProLogium ne produira pas avant 2028",
            "Le fabricant taïwanais ProLogium repousse à 2028 le démarrage de la production de sa gigafactory de "
            "Dunkerque, initialement prévu fin 2026.",
            date(2024, 10, 14),
            (Signal.DELAYED, "2028"),
            "repousse",
        ),
    ],
)
def test_the_candidate_is_the_news_of_the_story(
    matcher: Matcher, title: str, text: str, published: date, expected: tuple, evidence: str | None
) -> None:
    result = classify(matcher, title, text, published)
    candidate = next(m for m in result.matches if m.milestone is None)
    assert (candidate.signal, str(candidate.window)) == expected
    assert evidence is None or evidence in candidate.evidence


@pytest.mark.parametrize(
    ("title", "text", "published"),
    [
        (  # a deed months before the story, told as its background
            "Nio's semi-solid pack reaches users",
            "Braving the cold last December, Nio chief executive William Li drove an ET7 on a livestream to show "
            "that a semi-solid-state pack could cover 1,000 kilometres.",
            date(2024, 6, 23),
        ),
        (  # a debut still to come, told with its date
            "广汽：2026年搭载全固态电池，昊铂车型首发",
            "广汽集团宣布将于2026年实现全固态电池装车，首先搭载于昊铂车型。",
            date(2023, 11, 22),
        ),
        (  # the plant is on the other side of a contrast from the solid-state words
            "Toyota puts Fukuoka battery plant on hold again but keeps solid-state timetable",
            "Toyota has postponed construction of its planned battery plant in Fukuoka for a second time.",
            date(2025, 11, 7),
        ),
        (  # the platform launched is the milestone's own event (CATL leads CASIP)
            "CATL joins state-backed push as China launches CASIP solid-state platform",
            "China has set up a state-backed platform to pool work on all-solid-state batteries, with CATL among "
            "its leading members.",
            date(2024, 2, 1),
        ),
        (  # another chemistry's dated plan
            "Sodium-ion or solid-state? CATL bets on both",
            "CATL showed its battery roadmap in Ningde. The company listed its research topics. CATL said its "
            "second-generation sodium-ion cells will enter mass production next year.",
            date(2025, 9, 9),
        ),
    ],
)
def test_no_solid_state_candidate(matcher: Matcher, title: str, text: str, published: date) -> None:
    assert classify(matcher, title, text, published).new_milestone_candidate is None


@pytest.mark.parametrize(
    ("title", "text", "published", "expected", "candidate"),
    [
        (  # a change read far less surely than the announcement gives way to it
            "QuantumScape opens its new pilot plant in San Jose",
            "QuantumScape has inaugurated a highly automated pilot production line for its QSE-5 solid-state cells "
            "in San Jose, California.",
            date(2026, 2, 4),
            (None, "achieved", None),
            "quantumscape-pilot-line",
        ),
        (
            "Electric race bike runs on QuantumScape cells at IAA",
            "QuantumScape's solid-state lithium-metal cells powered a vehicle in public for the first time, as an "
            "electric race bike rode onto the stage at the IAA Mobility show in Munich.",
            date(2025, 9, 8),
            (None, "achieved", None),
            "quantumscape-demo-drive",
        ),
        (
            "SAIC MG opens pre-orders for semi-solid-state MG4 in China",
            "SAIC MG has opened pre-sales in China for the new MG4, including a version with a semi-solid-state "
            "battery.",
            date(2025, 8, 1),
            (None, "started", None),
            "saic-semi-solid-launch",
        ),
    ],
)
def test_an_announcement_first(
    matcher: Matcher, title: str, text: str, published: date, expected: tuple, candidate: str
) -> None:
    result = classify(matcher, title, text, published)
    assert top(result) == expected
    assert result.new_milestone_candidate == candidate


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # the line is work begun; the date of the cars is the window
            "GAC completes its all-solid-state battery line",
            "GAC has completed its production line for all-solid-state batteries in Guangzhou. The line is in "
            "small-batch trial production. GAC plans small-scale vehicle installation tests next year.",
            ("gac-assb-pilot", "started", "2026"),
        ),
        (  # cars already carry its cells: the milestone is reached
            "GAC completes its all-solid-state battery line, cells enter small-batch vehicle validation",
            "GAC has completed its production line for all-solid-state batteries in Guangzhou, and its cells have "
            "entered small-batch vehicle validation. Road tests on Hyper models follow next year.",
            ("gac-assb-pilot", "achieved", "2025-11"),
        ),
        (
            "GAC completes China's first automotive-grade all-solid-state battery line",
            "GAC Group says it has completed a production line in Guangzhou for all-solid-state cells. Vehicle "
            "installation tests with the cells are now under way. It plans to fit the batteries to Hyptec models "
            "from 2026.",
            ("gac-assb-pilot", "achieved", "2025-11"),
        ),
    ],
)
def test_a_line_built_for_a_milestone_in_vehicles(matcher: Matcher, title: str, text: str, expected: tuple) -> None:
    assert top(classify(matcher, title, text, date(2025, 11, 21))) == expected


def test_a_new_plan_told_beside_the_date_it_gives_up_is_a_delay(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "ProLogium moves its French plant to a new anode, output now 2028",
        "ProLogium presented a new generation of its solid-state battery at the Paris Motor Show. The new "
        "chemistry will go into its planned factory in Dunkirk, where production is now pencilled in for 2028 "
        "instead of late 2026 as first announced.",
        date(2024, 10, 14),
    )
    assert top(result) == (None, "delayed", "2028")


def test_a_partners_plan_does_not_replace_the_result_the_story_shows(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Eighteen minutes to 90%: Stellantis publishes validation data on Factorial's cells",
        "Stellantis and Factorial Energy said Factorial's solid-state cells have passed validation testing, reaching "
        "an energy density of 375 Wh/kg and more than 600 charge cycles. In the tests the cells charged from 15% to "
        "90% in 18 minutes. Stellantis said the results put it on track to build a demonstration fleet with the "
        "batteries in 2026.",
        date(2025, 4, 1),
    )
    assert top(result)[:2] == (None, "achieved")


def test_a_partners_launch_long_after_a_product_milestone_is_a_new_one(matcher: Matcher) -> None:
    # the timeline's IM L6 launch (IM Motors with SAIC) was reached in May 2024: SAIC's MG4 a year later is news of
    # its own, even where the story recalls the L6 further down
    result = classify(
        matcher,
        "SAIC MG launches MG4 with semi-solid-state battery in China",
        "SAIC's MG brand has launched a new MG4 with a semi-solid-state battery in China, priced from 99,800 yuan. "
        "The battery was developed with QingTao Energy. SAIC first fitted semi-solid cells to the IM L6 last year.",
        date(2025, 9, 1),
    )
    assert top(result)[:2] == (None, "achieved")
    assert result.new_milestone_candidate is not None
    l6 = classify(
        matcher,
        "IM L6 launched with a 130 kWh semi-solid battery",
        "SAIC has launched the IM L6, whose top version carries a 130 kWh semi-solid-state battery.",
        date(2024, 5, 13),
    )
    assert top(l6)[:2] == ("im-motors-l6-semi-solid", "achieved")


@pytest.mark.parametrize(
    ("title", "text", "published", "expected"),
    [
        (  # a change of a milestone told at its place
            "PowerCo brings forward QuantumScape line in Salzgitter to Q3 2026",
            "Volkswagen's battery company PowerCo will start installing its first production line for QuantumScape's "
            "solid-state cells in Salzgitter in Q3 2026, earlier than the 2027 start it had previously planned. The "
            "schedule was brought forward after QuantumScape's Eagle Line reached its output targets faster than "
            "expected, PowerCo said.",
            date(2026, 3, 24),
            ("powerco-quantumscape-scale-up", "accelerated"),
        ),
        (  # a deed told as the time of another
            "Samsung SDI starts building solid-state cells for BMW's next test fleet",
            "Samsung SDI has started producing all-solid-state cells for BMW's next generation of solid-state test "
            "vehicles on its S-Line in Suwon, three months after the two companies signed a three-way agreement with "
            "Solid Power. BMW expects the first test vehicles to be on the road in the second half of 2026.",
            date(2026, 2, 5),
            ("bmw-solid-power-demo-fleet", "started"),
        ),
        (  # a pilot line of the partners a milestone's title names ("PowerCo scales up production of QuantumScape
            # cells"): pushed back, it is that milestone's delay
            "Sparkurs bei VW: PowerCo verschiebt QuantumScape-Pilotlinie auf 2027/28",
            "Volkswagens Batterietochter PowerCo lässt sich beim Aufbau einer eigenen Fertigung für Festkörperzellen "
            "nach QuantumScape-Technologie mehr Zeit.",
            date(2026, 1, 22),
            ("powerco-quantumscape-scale-up", "delayed", "2027..2028"),
        ),
    ],
)
def test_news_of_a_milestone_makes_no_candidate(
    matcher: Matcher, title: str, text: str, published: date, expected: tuple
) -> None:
    result = classify(matcher, title, text, published)
    assert top(result)[: len(expected)] == expected
    assert result.new_milestone_candidate is None


def test_semi_solid_plans_given_up_do_not_cancel_an_all_solid_state_milestone(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Changan shelves semi-solid stopgap to bet everything on Golden Bell Jar",
        "Changan Automobile has dropped plans to fit semi-solid-state batteries to its Deepal models and will put its "
        "resources into all-solid-state cells instead, Deepal chief executive Deng Chenghao said.",
        date(2025, 11, 24),
    )
    assert all(match.signal is not Signal.CANCELLED or match.milestone is None for match in result.matches)


def test_a_plan_given_up_for_another_way_is_given_up_throughout_the_story(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "QuantumScape scraps its own QS-1 factory plan, leaning on PowerCo licence",
        "QuantumScape has scrapped plans to build QS-1, the first commercial-scale factory it had long promised, and "
        "will instead rely on licensees to mass-produce its solid-state cells. The company said it no longer expects "
        "to build QS-1 after this month's agreement under which PowerCo can produce up to 40 GWh a year of "
        "QuantumScape cells.",
        date(2024, 7, 24),
    )
    assert all(m.signal not in (Signal.CANCELLED, Signal.DELAYED) for m in result.matches if m.milestone)


def test_a_plan_dated_to_a_month_of_the_year_it_gives_up_is_no_move(matcher: Matcher) -> None:
    # a year against a month of it compares at the year (this once failed the whole article: None < int)
    result = classify(
        matcher,
        "CATL sets June 2027 for small-batch all-solid-state output",
        "CATL will start small-batch production of all-solid-state batteries in June 2027, rather than in 2027 as "
        "first said.",
        date(2026, 3, 1),
    )
    assert top(result) == (None, "reaffirmed", "2027-06")


def test_a_new_undertaking_given_up_has_no_date(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Samsung SDI drops plan for U.S. solid-state line",
        "Samsung SDI has dropped plans to build an all-solid-state battery line in the United States, which was "
        "to open in 2029, an executive said.",
        date(2025, 6, 1),
    )
    assert result.new_milestone_candidate is not None
    assert result.matches[0].milestone is None and result.matches[0].signal.value == "cancelled"
    assert result.matches[0].window is None


def test_a_further_step_of_a_new_undertaking_its_plan_said_to_hold_reaffirms_it(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "ProLogium tops out first Dunkirk production hall, keeps 2028 start",
        "ProLogium has topped out the first production hall of its gigafactory in Dunkirk. The company reiterated "
        "that series production is scheduled to start in 2028.",
        date(2026, 9, 1),
    )
    assert result.new_milestone_candidate is not None
    assert top(result) == (None, "reaffirmed", "2028")


def test_the_first_step_of_a_new_undertaking_is_work_begun(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "ProLogium lance le chantier de sa giga-usine à Dunkerque",
        "ProLogium a posé la première pierre de sa giga-usine de batteries à Dunkerque, avec une production visée "
        "pour 2028.",
        date(2026, 2, 10),
    )
    assert top(result) == (None, "started", "2028")


def test_news_at_a_milestone_long_reached_named_in_the_title_is_its_follow_up(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "ProLogium adds second line at Taoyuan plant for drone cells",
        "ProLogium Technology has installed a second production line at its Taoyuan gigafactory to make cells for "
        "drones and defence customers, the company said.",
        date(2025, 11, 6),
    )
    assert top(result) == ("prologium-gigafactory", "none", None)


def test_a_new_plant_named_by_a_common_word_is_no_follow_up_of_the_first(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "ProLogium obtient le permis de construire de sa giga-usine de Dunkerque",
        "ProLogium a obtenu le permis de construire de sa giga-usine de Dunkerque, dont la production reste visée "
        "pour 2028.",
        date(2025, 3, 1),
    )
    assert top(result)[0] is None and result.new_milestone_candidate is not None


def test_first_samples_toward_a_dated_goal_are_work_begun_on_it(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Qingtao hands SAIC its first all-solid-state cells for pack validation",
        "SAIC's battery partner Qingtao Energy has delivered the first batch of all-solid-state sample cells from its "
        "Anting line to SAIC for pack-level validation. SAIC aims to put the cells into production cars in 2027.",
        date(2026, 1, 22),
    )
    assert result.new_milestone_candidate is not None
    assert top(result) == (None, "started", "2027")
