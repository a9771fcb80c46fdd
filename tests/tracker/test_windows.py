"""Date windows as news states them, read against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.windows import find_windows

PUBLISHED = date(2025, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mass production is planned for 2027-28", "2027..2028"),
        ("ramping up in 2027–2028", "2027..2028"),
        ("between 2027 and 2028", "2027..2028"),
        ("entre 2027 et 2028", "2027..2028"),
        ("zwischen 2027 und 2028", "2027..2028"),
        ("the target is 2027/28", "2027..2028"),
        ("it aims to do so by 2030", "2030"),
        ("in the second half of 2026", "2026-07..2026-12"),
        ("in H2 2026", "2026-07..2026-12"),
        ("late 2025", "2025-09..2025-12"),
        ("by the end of 2025", "2025-10..2025-12"),
        ("early 2026", "2026-01..2026-04"),
        ("mid-2024", "2024-05..2024-08"),
        ("fiscal 2027", "2027-04..2028-03"),
        ("in FY2028", "2028-04..2029-03"),
        ("in the fiscal year ending March 2026", "2025-04..2026-03"),
        ("Q3 2026", "2026-07..2026-09"),
        ("in the second quarter of 2024", "2024-04..2024-06"),
        ("originally slated for the final quarter of 2022", "2022-10..2022-12"),
        ("available in the second quarter, Li told analysts on the fourth-quarter earnings call", "2025-04..2025-06"),
        ("by June 2027", "2027-06"),
        ("on October 31, 2025", "2025-10"),
        ("next year", "2026"),
        ("later this year", "2025"),
        ("within two years", "2025-03..2027-03"),
        ("in three years' time", "2028"),
        ("next month", "2025-04"),
        ("全固体電池については27～28年の実用化を目指している", "2027..2028"),
        ("26年に投入する次世代電池", "2026"),
        ("トヨタは27年度に量産を始める", "2027-04..2028-03"),
        ("硫化リチウムの大型装置を27年6月に完成させる", "2027-06"),
        ("the first prototype is to be completed within the year", "2025"),
        ("launching in May", "2025-05"),
        ("the first car will reach its buyer in December", "2025-12"),
        ("deliveries are to begin in January", "2026-01"),
        ("its chief drove the car last December", "2024-12"),
        ("hat im Oktober die ersten Muster verschickt", "2024-10"),
        ("Die Tests laufen seit Oktober", "2024-10"),
        ("on the road since February", "2025-02"),
        ("circule depuis juillet", "2024-07"),
        ("soll ab Mai gebaut werden", "2025-05"),
        ("livraisons dès juin", "2025-06"),
        ("der Bau startet Mitte Juli", "2025-07"),
        ("zieht die Auslieferung auf Februar vor", "2026-02"),
        ("sollen ab dem Frühjahr 2026 auf die Straße", "2026-03..2026-05"),
        ("Wir fahren 2025 und 2026 mit dem Versuchsträger", "2025..2026"),
        ("road tests in 2026 and 2027", "2026..2027"),
        ("en 2027 et 2028", "2027..2028"),
        ("keep running on public roads this year and next, as planned", "2025..2026"),
        ("Tests dieses und nächstes Jahr", "2025..2026"),
        ("La production démarrera en mars prochain", "2026-03"),
        ("a lancé la production en juin dernier", "2024-06"),
        ("im Juli kommenden Jahres", "2026-07"),
        ("Im Oktober soll die Linie laufen", "2025-10"),
        ("En septembre, la ligne démarre", "2025-09"),
        ("as it said last March", "2024-03"),
        ("the launch is only weeks away", "2025-03..2025-04"),
        ("from 2030 onward", "2030.."),
        ("does not expect mass production before about 2030", "2030"),
        ("2027年", "2027"),
        ("2027～28年の実用化", "2027..2028"),
        ("2026年下半年", "2026-07..2026-12"),
        ("今年完成首台样车", "2025"),
        ("明年开展验证", "2026"),
        ("2027년 양산", "2027"),
        ("전고체 배터리 27년 양산 계획대로", "2027"),
        ("27~28년 상용화", "2027..2028"),
        ("26년 3월 출시", "2026-03"),
        ("4분기부터 공급", "2025-10..2025-12"),
        ("2030年以后", "2030"),  # the year it begins, as news readers and our labellers take it
        ("2028년 이후", "2028"),
        ("la production au premier semestre 2028", "2028-01..2028-06"),
        ("fin 2026", "2026-09..2026-12"),
        ("Ende 2027", "2027-10..2027-12"),
        ("im zweiten Quartal", "2025-04..2025-06"),
        ("nicht vor 2027", "2027"),
        ("unlikely to matter until the mid-2030s", "2035"),
        ("in the early 2030s", "2030..2033"),
        ("sometime in the 2030s", "2030..2039"),
        ("erst Mitte der 2030er Jahre", "2035"),
        ("2030年代前半に実用化", "2030..2034"),
        ("à la fin des années 2020", "2027..2029"),
        ("in series before the end of the decade", "2030"),
        ("noch vor Ende des Jahrzehnts", "2030"),
        ("breit eingesetzt erst nach 2030", "2030.."),
        ("could take five to ten years", "2030..2035"),
        ("in 2 to 3 years", "2027..2028"),
        ("in fünf bis zehn Jahren", "2030..2035"),
        ("形成规模还需要五到十年", "2030..2035"),
        ("L6五月如期上市", "2025-05"),
        ("2024年十二月交付", "2024-12"),
        ("今年下半年量产", "2025-07..2025-12"),
        ("将小批量装车推迟到明年一季度", "2026-01..2026-03"),
        ("소량 장착을 내년 1분기로 미뤘다", "2026-01..2026-03"),
        ("来年の第2四半期に出荷する", "2026-04..2026-06"),
        ("in the first half of fiscal 2027", "2027-04..2027-09"),
        ("the line should start in eight months", "2025-11"),
        ("量産開始を27年1～3月に前倒しする", "2027-01..2027-03"),
        ("2027年4～6月期に出荷する", "2027-04..2027-06"),
        ("28年後半にずれ込む見通しだ", "2028-07..2028-12"),
        ("within 18 months", "2025-03..2026-09"),
        ("d'ici six mois", "2025-03..2025-09"),
        ("in den nächsten zwölf Monaten", "2025-03..2026-03"),
        ("完工まで残り8カ月", "2025-11"),
        ("8个月后投产", "2025-11"),
        ("6개월 뒤 가동", "2025-09"),
        ("6个月内完成", "2025-03..2025-09"),
        ("十二个月后投产", "2026-03"),
        ("十八个月内完成", "2025-03..2026-09"),
        ("in the second half of fiscal year 2026", "2026-10..2027-03"),
        ("H1 FY2027 start", "2027-04..2027-09"),
        ("2027年度上期に量産を始める", "2027-04..2027-09"),
        ("28年度下期から供給する", "2028-10..2029-03"),
        ("27年度末に完工する", "2028-03"),
        ("2026年度末までに稼働", "2027-03"),
        ("来年1～3月に出荷", "2026-01..2026-03"),
        ("2027년 봄으로 당긴다", "2027-03..2027-05"),
        ("2027年春に稼働", "2027-03..2027-05"),
        ("'내년 봄'으로 당겨", "2026-03..2026-05"),
        ("내년 1~3월 출하", "2026-01..2026-03"),
        ("相关样车已于去年第四季度进入测试", "2024-10..2024-12"),
        ("작년 4분기 출하", "2024-10..2024-12"),
        ("有望提前至2028年至2029年", "2028..2029"),
        ("2027년~2028년 양산", "2027..2028"),
        ("by the end of this year or in the first half of next year", "2025-10..2026-06"),
        ("fin 2026 ou début 2027", "2026-09..2027-04"),
    ],
)
def test_window_expressions(text: str, expected: str) -> None:
    found = find_windows(text, PUBLISHED)
    assert [str(m.window) for m in found] == [expected], found


def test_japanese_fiscal_year_starts_in_april() -> None:
    (found,) = find_windows("最終的な投資判断は2025年度に行う予定だ", PUBLISHED)
    assert str(found.window) == "2025-04..2026-03"


def test_chinese_nian_du_is_the_calendar_year() -> None:
    (found,) = find_windows("公司2025年度营收增长", PUBLISHED)
    assert str(found.window) == "2025"


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("소량 장착을 올해 말에서 내년 하반기로 미뤘다", "2025", "2026-07..2026-12"),
        ("将装车时间从今年底推迟到明年下半年", "2025-10..2025-12", "2026-07..2026-12"),
        ("pushed the launch from late 2026 into 2027", "2026-09..2026-12", "2027"),
        ("verschiebt den Start von Ende 2026 auf Mitte 2027", "2026-10..2026-12", "2027-05..2027-08"),
        ("量産開始を2027年から2028年に延期した", "2027", "2028"),
        ("出荷の開始を2027年後半から28年後半に延期すると", "2027-07..2027-12", "2028-07..2028-12"),
        ("werden nicht mehr 2026, sondern im ersten Quartal 2027 ausgeliefert", "2026", "2027-01..2027-03"),
        ("the cars will no longer arrive in 2026 but in 2027", "2026", "2027"),
        ("完工時期を2027年中から28年3月に見直す", "2027-05..2027-08", "2028-03"),
        ("量產時程也由原先的2026年底順延至2028年", "2026-10..2026-12", "2028"),
        ("稼働時期を、当初計画の28年から30年に先送りした", "2028", "2030"),
        # the new date without a year is in the old one's year
        ("라인 가동 시점을 당초 2027년 하반기에서 상반기로 앞당기기로 했다", "2027-07..2027-12", "2027-01..2027-06"),
        ("量産開始を2027年後半から同年1～3月に前倒しする", "2027-07..2027-12", "2027-01..2027-03"),
        ("양산 시점이 당초 계획한 2027년에서 2028년으로 1년가량 늦어질 수 있다", "2027", "2028"),
        (
            "the pack won't come this year; it is now expected in the first half of next year",
            "2025",
            "2026-01..2026-06",
        ),
        (
            "the line, which had been scheduled to open in the spring of 2026, now opens in 2027",
            "2026-03..2026-05",
            "2027",
        ),
    ],
)
def test_a_date_moved_from_is_given_up(text: str, old: str, new: str) -> None:
    given_up, kept = find_windows(text, PUBLISHED)
    assert (str(given_up.window), given_up.superseded) == (old, True)
    assert (str(kept.window), kept.superseded) == (new, False)


@pytest.mark.parametrize(
    "text",
    [
        "2027年から2028年にかけて量産する計画で、延期はない",
        "2027년에서 2028년 사이 양산을 시작하며 연기는 없다",
        "从2026年到2028年分阶段投产，不会推迟",
    ],
)
def test_a_span_of_years_beside_a_word_of_moving_is_no_move(text: str) -> None:
    assert not any(m.superseded for m in find_windows(text, PUBLISHED))


def test_a_date_not_before_is_kept_beside_another() -> None:
    found = find_windows("the line won't run before the second half of 2027, not in 2026", PUBLISHED)
    assert [(str(m.window), m.superseded) for m in found][0] == ("2027-07..2027-12", False)


@pytest.mark.parametrize(
    ("text", "given_up"),
    [
        ("Eigentlich war die Ausweitung der Testflotte erst für 2026 vorgesehen.", True),
        ("The line was originally scheduled to open in 2026.", True),
        ("ProLogium had intended to start production at Dunkirk in 2026.", True),
        ("Production starts in 2026, as originally planned.", False),
        ("Ein Sprecher sagte, die ersten Testwagen sollten in der zweiten Jahreshälfte 2026 fahren.", False),
    ],
)
def test_a_first_date_told_alone_in_the_past_is_given_up(text: str, given_up: bool) -> None:
    (found,) = find_windows(text, PUBLISHED)
    assert found.superseded is given_up


@pytest.mark.parametrize(
    ("text", "given_up"),
    [
        ("QuantumScape no longer expects to ship B-sample cells of its first product this year.", True),
        ("No longer expected in 2024, the pack has slipped again.", True),
        ("BMW no longer expects to offer the cells in a series car before 2032.", False),
        ("Toyota expects to ship the first cells in 2027.", False),
    ],
)
def test_a_date_no_longer_expected_is_given_up(text: str, given_up: bool) -> None:
    (found,) = find_windows(text, date(2023, 4, 27))
    assert found.superseded is given_up


def test_a_length_of_months_is_no_date_ahead() -> None:
    assert find_windows("the cells completed 1,000 cycles in 10 months of testing", PUBLISHED) == []


def test_dates_from_one_to_another_without_a_move_are_both_plans() -> None:
    found = find_windows("2026年から出荷を始め、2028年に量産する", PUBLISHED)
    assert [(str(m.window), m.superseded) for m in found] == [("2026", False), ("2028", False)]


def test_a_move_marks_the_old_date_superseded() -> None:
    old, new = find_windows("Toyota pushed back the start from 2027 to 2028", PUBLISHED)
    assert (str(old.window), old.superseded) == ("2027", True)
    assert (str(new.window), new.superseded) == ("2028", False)


@pytest.mark.parametrize(
    "text",
    [
        "mass production in 2027-2028, years later than the early-2020s debut it once promised",
        "Serienproduktion 2027-2028, später als 2025",
        "production en 2027-2028, plus tard que prévu en 2025",
    ],
)
def test_the_date_a_new_one_is_later_than_is_given_up(text: str) -> None:
    new, old = find_windows(text, PUBLISHED)
    assert (str(new.window), new.superseded) == ("2027..2028", False)
    assert old.superseded


@pytest.mark.parametrize(
    ("text", "given_up", "kept"),
    [
        ("Toyota drops 2027 from its solid-state timetable, now says 2028", "2027", "2028"),
        (
            "solid-state cars in 2033-2035, says the consultancy, which two years ago had pointed to 2030",
            "2030",
            "2033..2035",
        ),
    ],
)
def test_a_date_dropped_or_given_years_ago_is_given_up(text: str, given_up: str, kept: str) -> None:
    found = {str(m.window): m.superseded for m in find_windows(text, PUBLISHED)}
    assert found == {given_up: True, kept: False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a fire won't affect the 2027 start", False),
        ("the strike will not delay the 2028 launch", False),
        ("the pack won't come in 2025, but in 2026", True),
    ],
)
def test_only_a_date_denied_its_arrival_is_given_up(text: str, expected: bool) -> None:
    assert find_windows(text, PUBLISHED)[0].superseded is expected


def test_earlier_in_a_year_ahead_is_no_past() -> None:
    (found,) = find_windows("brought forward to earlier in 2027", PUBLISHED)
    assert not found.past


def test_earlier_this_year_is_gone_by() -> None:
    (found,) = find_windows("the process it moved into baseline production earlier this year", PUBLISHED)
    assert (str(found.window), found.past) == ("2025", True)


def test_past_dates_and_since_are_marked() -> None:
    past, since = find_windows("first unveiled in early 2021, running since 2023", PUBLISHED)
    assert past.past and str(past.window) == "2021-01..2021-04"
    assert since.since and since.past


def test_several_windows_in_order() -> None:
    text = "长安计划今年完成首台全固态电池样车，明年开展大规模整车验证，2027年逐步实现量产。"
    assert [str(m.window) for m in find_windows(text, PUBLISHED)] == ["2025", "2026", "2027"]


@pytest.mark.parametrize(
    "text", ["the GB 38031-2025 standard", "revenue of 2,000 million", "a 2.2 billion plant", "no dates here at all"]
)
def test_numbers_that_are_not_windows(text: str) -> None:
    assert find_windows(text, PUBLISHED) == []


def test_relative_expressions_need_a_publication_date() -> None:
    assert find_windows("next year", None) == []
    assert [str(m.window) for m in find_windows("in 2027", None)] == ["2027"]


def test_a_spending_period_is_not_a_window() -> None:
    assert find_windows("adding up to $131 million in payments over the next two years", PUBLISHED) == []
    assert [str(m.window) for m in find_windows("production over the next two years", PUBLISHED)] == [
        "2025-03..2027-03"
    ]


def test_a_cash_runway_is_not_a_window() -> None:
    assert find_windows("QuantumScape now expects its cash to last into 2029.", PUBLISHED) == []
    assert find_windows("Its cash runway extends into 2028.", PUBLISHED) == []


def test_two_digit_years_are_read_in_japanese_only() -> None:
    # durations and spans are not years; in Chinese "30年" is thirty years
    assert find_windows("この技術は30年間の研究の成果だ", PUBLISHED) == []
    assert find_windows("25年ぶりの新工場", PUBLISHED) == []
    assert find_windows("固态电池产业化还需30年", PUBLISHED) == []
    assert find_windows("30년간 연구한 결과", PUBLISHED) == []
    assert find_windows("지난 20년 동안", PUBLISHED) == []
    assert find_windows("20년 넘게 연구했다", PUBLISHED) == []
    assert find_windows("향후 20~30년 안에", PUBLISHED) == []
    assert find_windows("Solid-state batteries at last may be ready", PUBLISHED) == []


def test_the_date_a_plan_first_had_gives_way_to_the_new_one() -> None:
    moved = find_windows(
        "ProLogium repousse à 2028 le démarrage de la production, initialement prévu fin 2026.", PUBLISHED
    )
    assert [(str(m.window), m.superseded) for m in moved] == [("2028", False), ("2026-09..2026-12", True)]
    alone = find_windows("Production will start in 2026 as originally planned.", PUBLISHED)
    assert [(str(m.window), m.superseded) for m in alone] == [("2026", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("广汽董事长在2025广州车展上宣布，中试线已投产", []),
        ("公司此前在2024年科技日上公布了2026年装车计划", ["2026"]),
        ("shown at the 2024 Paris Motor Show, with sales due in 2026", ["2026"]),
        ("said at CES 2025 that cars follow in 2027", ["2027"]),
        ("by 2027, the conference heard", ["2027"]),
        ("shown at The Battery Show North America 2024 in Detroit; mass production in 2027", ["2027"]),
        ("unveiled at the Japan Mobility Show 2023", []),
    ],
)
def test_a_year_naming_a_show_or_conference_is_no_window(text: str, expected: list[str]) -> None:
    assert [str(w.window) for w in find_windows(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("production starts this autumn", "2025-09..2025-11"),
        ("deliveries begin in spring 2027", "2027-03..2027-05"),
        ("in the fall of 2026", "2026-09..2026-11"),
        ("next spring", "2026-03..2026-05"),
        ("this winter", "2025-12..2026-02"),
        ("die Linie läuft im Herbst an", "2025-09..2025-11"),
        ("im Frühjahr 2027", "2027-03..2027-05"),
        ("au printemps prochain", "2026-03..2026-05"),
        ("cet automne", "2025-09..2025-11"),
        ("今秋から公道走行を始める", "2025-09..2025-11"),
        ("来春に発売する", "2026-03..2026-05"),
        ("올가을 출시", "2025-09..2025-11"),
    ],
)
def test_seasons_said_with_or_without_their_year(text: str, expected: str) -> None:
    found = find_windows(text, PUBLISHED)
    assert [str(m.window) for m in found] == [expected], found


@pytest.mark.parametrize("text", ["shares fall sharply", "the fall in prices", "春节后复工"])
def test_a_season_word_that_is_no_date(text: str) -> None:
    assert find_windows(text, PUBLISHED) == []


def test_a_date_set_against_another_in_chinese_gives_that_one_up() -> None:
    new, old = find_windows("可能要到2032年前后，而不是业内普遍预期的2030年。", PUBLISHED)
    assert (str(new.window), new.superseded) == ("2032", False)
    assert (str(old.window), old.superseded) == ("2030", True)


@pytest.mark.parametrize(
    ("text", "given_up", "kept"),
    [
        ("ces batteries deviendront une option courante dès 2028, contre 2030 auparavant", "2030", "2028"),
        ("unlikely before 2034, pushing its earlier expectation of around 2030 back", "2030", "2034"),
        ("要成为高端电动车的常见配置，恐怕要等到2033年前后，比行业普遍预期的2030年晚约三年", "2030", "2033"),
        # the date the plan had before
        ("삼성SDI가 전고체 배터리 양산 목표 시점을 기존 2027년에서 2028년으로 1년 늦췄다.", "2027", "2028"),
        ("the demonstration programme, originally due to wrap up in 2026, will now run into 2027", "2026", "2027"),
    ],
)
def test_the_date_a_new_one_is_compared_with_or_replaces_is_given_up(text: str, given_up: str, kept: str) -> None:
    found = find_windows(text, PUBLISHED)
    assert {str(m.window) for m in found if m.superseded} == {given_up}
    assert {str(m.window) for m in found if not m.superseded} == {kept}


def test_a_season_given_up_is_the_one_gone_by() -> None:
    old, new = find_windows("Statt im Frühjahr soll das Fahrzeug nun erst im Herbst 2026 fahren", date(2026, 7, 14))
    assert (str(old.window), old.superseded) == ("2026-03..2026-05", True)
    assert str(new.window) == "2026-09..2026-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지난해 10월 세 회사가 협약을 맺었다.", ("2025-10", True)),
        ("去年10月，双方签署协议。", ("2025-10", True)),
        ("明年3月量产。", ("2027-03", False)),
        # a month it runs since is not read as the month of an event
        ("这辆测试车今年2月起已在英国开展道路测试。", ("2026", False)),
    ],
)
def test_a_month_of_a_year_told_relative_to_the_story(text: str, expected: tuple[str, bool]) -> None:
    assert [(str(m.window), m.past) for m in find_windows(text, date(2026, 5, 8))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("전고체 대중화 전망 2030→2029년 수정", [("2030", True, False), ("2029", False, True)]),
        (
            "양산 시점을 '2027년'에서 '2028년 중'으로 바꿔 적었다.",
            [("2027", True, False), ("2028", False, True)],
        ),
        ("2027년에서 2028년 사이 양산할 계획이다.", [("2027", False, False), ("2028", False, False)]),
    ],
)
def test_a_move_from_one_date_to_another_gives_the_first_up_and_goes_to_the_second(
    text: str, expected: list[tuple[str, bool, bool]]
) -> None:
    found = find_windows(text, date(2026, 8, 18))
    assert [(str(m.window), m.superseded, m.moved_to) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "given_up"),
    [
        ("The launch has slipped beyond the 2027-28 window the automaker has promoted.", True),
        ("Toyota missed its 2025 target for the pilot line.", True),
        ("BMW pushes its first series car beyond the end of 2030.", False),
    ],
)
def test_a_plans_date_passed_by_is_given_up(text: str, given_up: bool) -> None:
    assert find_windows(text, date(2026, 9, 15))[0].superseded is given_up


def test_a_span_from_one_year_to_another_is_a_move_where_a_verb_of_moving_heads_the_sentence() -> None:
    moved = find_windows(
        "Toyota has pushed back the start of volume orders for cathode material for its batteries from 2027 to 2028.",
        date(2026, 4, 8),
    )
    assert [(str(m.window), m.superseded, m.moved_to) for m in moved] == [("2027", True, False), ("2028", False, True)]
    span = find_windows("Production will run from 2027 to 2028.", date(2026, 4, 8))
    assert [(str(m.window), m.superseded) for m in span] == [("2027..2028", False)]


def test_a_chinese_date_said_to_be_the_earlier_plan_is_given_up() -> None:
    found = find_windows("广汽全固态电池小批量装车的时间将由此前规划的2026年提前至今年内。", date(2025, 1, 15))
    assert [(str(m.window), m.superseded) for m in found] == [("2026", True), ("2025", False)]


def test_the_date_something_began_since_is_gone_by() -> None:
    found = find_windows("about 100 billion won invested since construction began in March 2022", PUBLISHED)
    assert [(str(m.window), m.since) for m in found] == [("2022-03", True)]


def test_a_half_moved_to_without_its_year_is_the_coming_one() -> None:
    found = find_windows("첫 인도 시점을 내년 하반기에서 상반기로 앞당긴다", date(2025, 7, 22))
    assert [(str(m.window), m.past, m.moved_to) for m in found][1] == ("2026-01..2026-06", False, True)


def test_two_years_apart_are_two_dates() -> None:
    assert [str(m.window) for m in find_windows("it said so in 2024 and 2027", PUBLISHED)] == ["2024", "2027"]


@pytest.mark.parametrize(
    "text",
    [
        "全固体電池は2027〜28年の実用化をめざす。",
        "全固体電池は2027-28年の実用化をめざす。",
        "전고체 배터리를 2027-28년 양산",
        "전고체 배터리는 2027∼2028년 실용화를 목표로",
    ],
)
def test_a_four_digit_year_spanning_to_a_two_digit_one_is_one_window(text: str) -> None:
    assert [str(m.window) for m in find_windows(text, PUBLISHED)] == ["2027..2028"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Solid Power now sees BMW's demo car driving in 2025, not this year", [("2025", False), ("2025", True)]),
        ("Production starts in 2028, not 2027.", [("2028", False), ("2027", True)]),
        ("La production démarrera en 2028, et non plus en 2026.", [("2028", False), ("2026", True)]),
        ("It is a big step, not the last one, in 2027", [("2027", False)]),
    ],
)
def test_a_date_set_against_another_with_not_gives_that_one_up(text: str, expected: list) -> None:
    assert [(str(m.window), m.superseded) for m in find_windows(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "since"),
    [
        ("该电池包自去年夏天起通过换电站向用户开放。", True),
        ("自2024年以来，公司已交付样品。", True),
        ("从2027年起量产", False),  # from a date ahead on: a plan
        ("从明年起开始装车", False),
        ("从今年起开始量产", False),
    ],
)
def test_a_chinese_since_of_a_date_gone_by(text: str, since: bool) -> None:
    assert [m.since for m in find_windows(text, PUBLISHED)] == [since]


def test_a_date_no_longer_expected_far_back_in_a_long_clause_is_given_up() -> None:
    text = (
        "GAC no longer expects to fit all-solid-state batteries to a small batch of its premium Hyptec electric "
        "vehicles in 2026 and now plans to do so in 2027, two people said."
    )
    assert [(str(m.window), m.superseded) for m in find_windows(text, PUBLISHED)] == [("2026", True), ("2027", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nio mettra sa batterie à la disposition de ses clients le 1er juin.", ["2025-06"]),
        ("à partir du 15 juin", ["2025-06"]),
        ("Die Auslieferung beginnt am 1. Juni.", ["2025-06"]),
        ("le 3 mars, a-t-il dit", []),  # (a day gone by: the news's own date)
        ("ProLogium avait confirmé le 12 décembre vouloir lancer la production", []),  # (told in the past)
        ("la première pierre posée le 20 décembre dernier", []),
        ("le 1er juin 2026", ["2026-06"]),
    ],
)
def test_a_french_or_german_day_of_a_month_ahead_dates_a_plan(text: str, expected: list[str]) -> None:
    assert [str(m.window) for m in find_windows(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pas une option courante avant le milieu de la prochaine décennie", "2035"),
        ("by the middle of the next decade", "2035"),
        ("early next decade", "2030..2033"),
    ],
)
def test_the_parts_of_the_next_decade(text: str, expected: str) -> None:
    assert [str(m.window) for m in find_windows(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samsung SDI Will Show Prototypes In 2026", ["2026"]),  # (a title in capitals names no show)
        ("QuantumScape no longer expects outside funding and says customers will get B samples in 2026.", ["2026"]),
    ],
)
def test_limits_of_the_show_names_and_of_no_longer(text: str, expected: list[str]) -> None:
    assert [str(m.window) for m in find_windows(text, PUBLISHED) if not m.superseded] == expected


def test_a_first_target_said_to_still_stand_is_not_given_up() -> None:
    text = "Samsung SDI had targeted 2027 for mass production and said on Tuesday that the target still stands."
    assert [(str(m.window), m.superseded) for m in find_windows(text, PUBLISHED)] == [("2027", False)]
    moved = "Samsung SDI had targeted 2027 for mass production; it now expects 2028."
    assert [(str(m.window), m.superseded) for m in find_windows(moved, PUBLISHED)] == [("2027", True), ("2028", False)]
