"""Company names, relevance and topics: the hard cases of real news."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.classification import ArticleText
from tracker.matcher import Matcher, build_matcher
from tracker.universe import Universe


@pytest.fixture(scope="module")
def matcher(universe: Universe) -> Matcher:
    return build_matcher(universe)


def classify(matcher: Matcher, title: str, text: str = "", published: date | None = date(2025, 6, 1)):
    return matcher.classify(ArticleText("t", title, text, published=published))


@pytest.mark.parametrize(
    ("title", "text", "about"),
    [
        ("Nio starts rolling out semi-solid-state packs", "", {"nio"}),
        ("蔚来150kWh半固态电池包正式交付", "", {"nio"}),
        ("トヨタ、全固体電池の量産を2027年に", "", {"toyota"}),
        ("삼성SDI, 전고체 배터리 양산 2027년 목표", "", {"samsung-sdi"}),
        ("Toyotas Festkörperbatterie kommt 2027", "", {"toyota"}),
        ("Volkswagen's battery arm PowerCo and QuantumScape sign licensing deal", "", {"vw-powerco", "quantumscape"}),
        ("Solid Power ships electrolyte to SK On", "", {"solid-power"}),
        ("Factorial Energy opens Methuen plant for solid-state cells", "", {"factorial"}),
        ("Changan's Golden Bell Jar all-solid-state battery shown", "", {"changan"}),
        ("奔驰EQS测试车搭载Factorial固态电池上路", "", {"mercedes-benz", "factorial"}),
        (  # "which owns" and "旗下" name a parent only when another company follows
            "Toyota EVs in 2027",
            "Toyota, which owns the most solid-state battery patents, said its all-solid-state EVs come in 2027.",
            {"toyota"},
        ),
        ("丰田全固态电池", "丰田旗下的全固态电池项目预计2027年实现量产。", {"toyota"}),
    ],
)
def test_aliases_in_every_language(matcher: Matcher, title: str, text: str, about: set[str]) -> None:
    assert set(classify(matcher, title, text).companies) == about


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("How to caramelise an onion", "Slice the onions thinly and cook them for 40 minutes over low heat."),
        ("Puzzle: the factorial that ends in zeros", "How many trailing zeros does the factorial of 100 have?"),
        ("Hatchback review", "The hybrid delivers solid power from its 2.5-litre engine."),
        ("QS World University Rankings put MIT first", "The QS rankings weigh academic reputation."),
        ("Im ersten Halbjahr stieg der Absatz", "Im Heimatmarkt legte der Absatz zu."),
        ("北京长安街沿线新增充电站", "市民出行更加便利。"),
        (  # a town, a bank and a university named 长安, in solid-state battery news
            "东莞长安镇签约半固态电池项目 总投资约20亿元",
            "东莞市长安镇与深圳一家新能源企业举行项目签约仪式，双方将在长安镇新建半固态锂电池生产基地。",
        ),
        (
            "长安银行授信5亿元支持固态电池中试项目",
            "长安银行向一家固态电池企业授信5亿元，用于其氧化物固态电池中试线建设。",
        ),
        ("长安大学团队研发复合固态电解质", "长安大学研究团队报道了一种可抑制锂枝晶的复合固态电解质。"),
        ("固态电池何时走向大众市场？", "业内人士认为2030年前后有望普及。"),
        ("Fest der Elektromobilität in Berlin", "Das Fest findet im Juni statt."),
        (  # capitalised only as the first word, written in lower case further on: the statistician's word
            "Factorial experiment finds additive mix for fast-charging LFP cells",
            "Researchers used a full factorial design to test electrolyte additives in 64 battery cells.",
        ),
        (  # New Zealand's electricity distributor Powerco is not Volkswagen's PowerCo
            "Powerco trials solid-state transformer to ease EV charging loads in New Plymouth",
            "Powerco, which runs the electricity network in Taranaki, is testing a solid-state transformer.",
        ),
        (  # a Toyota group trading house is not Toyota Motor
            "Toyota Tsusho to expand lithium hydroxide sales from its Fukushima plant",
            "Toyota Tsusho, a trading house, said it will expand sales of lithium hydroxide to cathode makers.",
        ),
        (  # the Barcelona HR-software company: its name is Factorial's, its cells are a spreadsheet's ("other_meaning")
            "Factorial lets payroll teams build reports without leaving its HR platform",
            "Barcelona-based HR software company Factorial has launched a reporting tool. Users can lock individual "
            "cells with formulas. Factorial sells to small businesses, energy firms included.",
        ),
        (
            "스페인 HR 소프트웨어 '팩토리얼', 한국 법인 설립",
            "팩토리얼은 서울에 한국 법인을 세웠다고 밝혔다. 팩토리얼의 배터리 같은 핵심 제품은 근태 관리 도구다.",
        ),
        (  # a "Battery FEST" is a festival, not Factorial's FEST cells
            "Ulsan's first Battery FEST draws 30,000 visitors",
            "More than 30,000 visitors attended the first Ulsan Battery FEST, a three-day festival. Samsung "
            "showed its storage containers there.",
        ),
        (  # the QS rankings, though San Jose is QuantumScape's home
            "San Jose State climbs 60 places in QS sustainability ranking",
            "San Jose State University rose 60 places in the QS sustainability ranking published on Tuesday.",
        ),
        (  # niobium (니오븀) starts with Nio's Korean name
            "니오븀 음극재 배터리 단 전기버스, 서울 시내 노선 투입",
            "니오븀 산화물 음극재를 쓴 배터리를 단 전기버스가 6분 충전으로 서울 시내 노선에 투입됐다.",
        ),
        (  # Xi'an's Chang'an district is not Changan
            "西安长安区签约新能源整车零部件产业园",
            "西安市长安区与多家企业签约新能源整车零部件产业园项目，总投资42亿元。",
        ),
        (  # TMC, The Metals Company, is not Toyota Motor Corporation
            "TMC applies for U.S. permit to mine seabed nodules",
            "The Metals Company (TMC) applied for a U.S. permit to mine battery-metal nodules from the Pacific seabed.",
        ),
        (  # Toyota's group companies are not Toyota Motor
            "Toyota Material Handling bringt Elektro-Stapler mit größerer Batterie",
            "Toyota Material Handling hat einen Elektro-Gegengewichtsstapler mit Lithium-Ionen-Batterie vorgestellt.",
        ),
        (
            "Mercedes-Benz Trucks starts eActros 600 battery pack assembly in Mannheim",
            "Mercedes-Benz Trucks has started assembling battery packs for the eActros 600 in Mannheim.",
        ),
        (  # New Zealand's electricity distributor Powerco is not Volkswagen's PowerCo
            "LS일렉트릭, 뉴질랜드 배전회사에 변압기 공급",
            "LS일렉트릭이 뉴질랜드 북섬 일대에 전기를 공급하는 배전회사 파워코(Powerco)와 배전용 변압기 공급 계약을 "
            "맺었다고 밝혔다.",
        ),
        (  # an arena named after a sponsor
            "Rockets, sports authority sign off on Toyota Center facelift",
            "The Houston Rockets have agreed on a package of upgrades to Toyota Center, including a new video board.",
        ),
        (  # Daimler Truck is not Mercedes-Benz (once Daimler)
            "Aeva lands Daimler Truck lidar deal",
            "Daimler Truck will fit Aeva's solid-state lidar sensors to its driverless Freightliner trucks.",
        ),
    ],
)
def test_words_that_are_not_the_company(matcher: Matcher, title: str, text: str) -> None:
    result = classify(matcher, title, text)
    assert result.companies == () and result.mentioned == ()


def test_ambiguous_name_counts_with_context(matcher: Matcher) -> None:
    result = classify(matcher, "Factorial raises funds", "Factorial said its solid-state cells passed validation.")
    assert result.companies == ("factorial",)
    generic = classify(matcher, "Solid power for city cars", "Solid power and low cost make the hatchback appealing.")
    assert "solid-power" not in generic.companies + generic.mentioned


def test_company_in_passing_is_mentioned_not_about(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Honda starts all-solid-state demonstration line",
        "Honda has started operating a demonstration line for all-solid-state batteries in Tochigi. "
        "The line covers electrode production and cell assembly. Rival Toyota aims for 2027-28.",
    )
    assert result.companies == ()
    assert result.mentioned == ("toyota",)
    assert result.matches == ()


def test_a_company_its_founders_once_worked_at_is_mentioned(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Kuhlmann & Rieß zieht Festkörper-Coupé vor",
        "Das Garchinger Start-up Kuhlmann & Rieß, gegründet von zwei ehemaligen BMW-Ingenieuren, will sein limitiertes "
        "Elektro-Coupé mit Festkörperakku schon im Dezember 2025 an die ersten Kunden übergeben.",
    )
    assert result.companies == () and result.mentioned == ("bmw",)
    # (its former chief is still the company's own story)
    chief = classify(
        matcher,
        "Toyoda on solid-state",
        "Akio Toyoda, the former chief of Toyota, said Toyota will begin mass production of all-solid-state "
        "batteries in 2027.",
    )
    assert chief.companies == ("toyota",)


def test_a_backer_named_in_the_lead_is_mentioned(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "QuantumScape ships new prototype cells",
        "QuantumScape, the solid-state battery developer backed by Volkswagen, has begun shipping prototype cells "
        "to carmakers for testing.",
    )
    assert result.companies == ("quantumscape",)
    assert result.mentioned == ("vw-powerco",)


def test_a_partner_of_none_of_the_storys_milestone_and_not_in_its_title_is_mentioned(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "QuantumScape says a third carmaker is testing its B-samples",
        "QuantumScape said a third automaker has begun testing its QSE-5 B-sample cells, after Volkswagen's PowerCo "
        "and one other. PowerCo has been testing the cells since the first B-samples shipped in late 2024.",
    )
    assert result.matches[0].milestone == "quantumscape-qse5-b-samples"
    assert result.companies == ("quantumscape",)
    assert result.mentioned == ("vw-powerco",)


def test_a_rival_doing_the_same_is_mentioned(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "SAIC completes all-solid-state battery line",
        "SAIC Motor says it has completed the main production line for its all-solid-state batteries, the same "
        "weekend GAC announced its own line.",
    )
    assert result.companies == ("saic",)
    assert result.mentioned == ("gac",)
    assert all(m.milestone != "gac-assb-pilot" for m in result.matches)


def test_owner_of_a_brand_is_mentioned(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "IM L6 to launch with semi-solid battery",
        "SAIC's premium brand IM Motors said the L6 launches on May 13 with a 130 kWh pack.",
    )
    assert result.companies == ("im-motors",)
    assert "saic" in result.mentioned
    owned = classify(
        matcher,
        "IM Motors puts L6 on sale",
        "SAIC-owned IM Motors has launched its L6 saloon with a semi-solid-state battery pack.",
    )
    assert owned.companies == ("im-motors",)
    assert owned.mentioned == ("saic",)
    for title, text in [
        ("La Bourse s'emballe pour l'IM L6", "IM Motors, la marque haut de gamme de SAIC, lance la L6 semi-solide."),
        ("즈지, 반고체 배터리 L6 출시", "상하이자동차(SAIC) 산하 즈지(IM)자동차가 L6를 공식 출시했다."),
        ("IM L6 arrives", "IM Motors launched the L6. SAIC, which owns IM and MG, said it would export the car."),
    ]:
        result = classify(matcher, title, text)
        assert (result.companies, result.mentioned) == (("im-motors",), ("saic",)), title


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Maker of Nio's 1,000 km battery eyes IPO by 2025",
            "Beijing WeLion New Energy, which supplies the semi-solid-state cells for Nio's 150 kWh pack, plans to "
            "go public as soon as 2025, its founder said.",
        ),
        (
            "卫蓝新能源启动创业板IPO辅导",
            "卫蓝新能源与中信建投证券签署上市辅导协议，正式启动IPO进程，股东包括蔚来资本。公司的半固态电芯2023年底开始向蔚来交付。",
        ),
        (
            "Nio-backed WeLion targets 2027 for all-solid-state output",
            "Nio-backed WeLion expects to start small-batch production of all-solid-state cells in 2027.",
        ),
        (
            "Gotion präsentiert Festkörperzelle",
            "Der Batteriehersteller Gotion, an dem Nio als größter Anteilseigner beteiligt ist, hat eine "
            "Festkörperbatterie vorgestellt.",
        ),
    ],
)
def test_a_customer_or_backer_of_an_untracked_company_is_mentioned(matcher: Matcher, title: str, text: str) -> None:
    result = classify(matcher, title, text)
    assert result.companies == ()
    assert result.mentioned == ("nio",)


def test_the_cell_maker_of_a_test_car_and_the_owner_of_a_platform_are_what_the_story_is_about(
    matcher: Matcher,
) -> None:
    road_test = classify(
        matcher,
        "Mercedes takes solid-state EQS onto public roads",
        "Mercedes-Benz has started road testing an EQS prototype fitted with lithium-metal solid-state cells. "
        "The cells were developed with US start-up Factorial Energy. Mercedes said the car covers about 25% more "
        "range than the series model.",
    )
    assert road_test.matches[0].milestone == "mercedes-factorial-cells" and road_test.matches[0].confidence >= 0.7
    assert set(road_test.companies) == {"mercedes-benz", "factorial"}
    assert road_test.mentioned == ()
    platform = classify(
        matcher,
        "China forms all-solid-state battery platform CASIP",
        "The China All-Solid-State Battery Collaborative Innovation Platform (CASIP) was founded in Beijing on "
        "Saturday. Its members include carmakers, universities and cell makers such as CATL and BYD.",
    )
    assert platform.matches[0].milestone == "catl-casip" and platform.matches[0].confidence >= 0.7
    assert platform.companies == ("catl",)
    # a milestone shared with a parent group does not make the parent what a brand's story is about
    brand = classify(
        matcher,
        "IM Motors puts L6 on sale",
        "SAIC-owned IM Motors has launched its L6 saloon with a semi-solid-state battery pack.",
    )
    assert brand.mentioned == ("saic",)


@pytest.mark.parametrize(
    ("title", "text", "relevant"),
    [
        ("Toyota reaffirms solid-state plan", "Mass production remains on track for 2027-28.", True),
        ("长安全固态电池装车验证推迟", "长安汽车表示，验证将推迟至2026年。", True),
        ("Gotion startet Pilotproduktion von Festkörperbatterien", "Die Linie hat 0,2 GWh Kapazität.", True),
        ("ProLogium delays Dunkirk plant", "Production is now expected in 2029.", True),
        ("CATL starts mass production of sodium-ion battery", "The Naxtra cells reach 175 Wh/kg.", False),
        ("Toyota tests solid-state lidar", "The sensor has no moving parts.", False),
        ("PowerCo starts Unified Cell production", "The format may potentially include solid-state later.", False),
        ("Mercedes recalls EQA over fire risk", "Cells could short-circuit.", False),
        (  # a milestone's product in the headline, its battery named once further down, not as an aside
            "IM details the battery behind the L6's 1,000 km claim",
            "IM Motors used a technology event to detail the battery of its L6 sedan. The pack stores 130 kWh. IM now "
            "calls the battery semi-solid-state rather than solid-state.",
            True,
        ),
        ("IM L6 sales rise in April", "IM Motors sold 5,000 L6 sedans. Rivals may add solid-state packs later.", False),
        (  # an all-solid-state lidar, in Chinese
            "速腾聚创获广汽埃安多款新车型全固态激光雷达定点",
            "速腾聚创宣布，已获得广汽埃安多款新车型的全固态数字化激光雷达定点。固态激光雷达主要用于车身近距离盲区探测。",
            False,
        ),
        (  # solid-state transformers in a story that names batteries too
            "Utility tests solid-state transformers at an EV charging hub",
            "The solid-state transformers feed chargers and a battery buffer at the hub.",
            False,
        ),
        (
            "Nio swap stations to get solid-state circuit breakers",
            "The solid-state circuit breakers cut power to a battery pack within microseconds.",
            False,
        ),
        ("Zulieferer liefert Festkörperlaser für eine Zellfabrik", "Die Laser schneiden Elektrodenfolien.", False),
        ("Festkörpertransformatoren für Schnellladeparks", "Die Geräte ersetzen Kupferspulen.", False),
        ("CES : un lidar entièrement à l'état solide", "Le capteur n'a aucune pièce mobile.", False),
        ("リコー、全固体型色素増感太陽電池を増産", "IoTセンサー向けの電源として使う。", False),
        (  # a material only solid-state cells use, in the headline; the batteries named once below
            "Idemitsu's Chiba lithium sulfide start-up slips as reactor deliveries lag",
            "Idemitsu has pushed back trial operations at its lithium sulfide plant by six months. The delay moves "
            "completion to March 2028. Lithium sulfide is the raw material of the electrolyte Idemitsu is developing "
            "for the all-solid-state batteries of Toyota Motor.",
            True,
        ),
        (
            "Electrolyte maker expands plant",
            "The liquid electrolyte goes into lithium-ion cells. Solid-state is later.",
            False,
        ),
    ],
)
def test_relevance(matcher: Matcher, title: str, text: str, relevant: bool) -> None:
    result = classify(matcher, title, text)
    assert result.relevant is relevant
    if not relevant:
        assert result.matches == () and result.topics == ()


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("The ceramic separator prevents lithium dendrites from growing through solid-state cells.", {"dendrites"}),
        ("A coating cuts interfacial resistance in sulfide solid-state cells.", {"interfacial-resistance"}),
        ("Silicon anodes swell, so the solid-state pack applies stack pressure.", {"volume-expansion"}),
        ("Solid-state packs remain very expensive; costs must fall to reach cost parity.", {"manufacturing-cost"}),
        ("固态电池成本仍远高于液态电池。", {"manufacturing-cost"}),
        ("The solid-state plant cost about 21 billion yen to build.", set()),
        ("Die Kosten der Festkörperzellen sind die größte Herausforderung.", {"manufacturing-cost"}),
    ],
)
def test_topics_need_substantive_discussion(matcher: Matcher, text: str, topics: set[str]) -> None:
    assert set(classify(matcher, "Solid-state battery research", text).topics) == topics


def test_makers_named_as_the_range_of_a_field_are_named_in_passing(matcher: Matcher) -> None:
    result = matcher.classify(
        ArticleText(
            "t",
            "CATL holds to its 2027 small-batch solid-state target",
            "While carmakers from GAC to Changan promise solid-state cars in 2026 and 2027, CATL is sticking to a "
            "cautious script: small-scale production of all-solid-state batteries in 2027.",
            published=date(2025, 12, 1),
        )
    )
    assert result.companies == ("catl",)
    assert set(result.mentioned) == {"gac", "changan"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Umicore to supply cathode material for PowerCo's first QuantumScape-type cells",
            "Umicore has signed an agreement to supply cathode material to PowerCo for the QuantumScape line the "
            "Volkswagen battery company is setting up in Salzgitter.",
        ),
        (
            "セントラル硝子、VW系パワーコにQS方式全固体セル向け電解液",
            "セントラル硝子は、パワーコと、QuantumScape方式の全固体電池セル向けに電解液を供給する契約を結んだ。",
        ),
    ],
)
def test_the_licensor_named_as_the_technology_of_a_line_is_mentioned(matcher: Matcher, title: str, text: str) -> None:
    result = classify(matcher, title, text)
    assert "vw-powerco" in result.companies and "quantumscape" in result.mentioned
    assert result.relevant  # (a QuantumScape line is a solid-state line)


def test_a_customer_named_before_向け_is_mentioned(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "出光、固体電解質の品質分析棟を千葉で着工　トヨタ向け供給に備え",
        "出光興産は、全固体電池向け硫化物系固体電解質の品質分析棟を千葉事業所で着工した。トヨタ向けの供給に備える。",
    )
    assert result.companies == ("idemitsu",) and "toyota" in result.mentioned


def test_powerco_in_german_genitive_is_powerco(matcher: Matcher) -> None:
    result = classify(
        matcher, "Kuka liefert Roboterzellen für PowerCos Festkörperlinie", "Kuka liefert Roboter nach Salzgitter."
    )
    assert "vw-powerco" in result.companies


@pytest.mark.parametrize(
    ("title", "text", "company"),
    [
        (  # a chemical formula written like a name
            "A NiO surface layer explains high-nickel cathode fade",
            "Researchers traced capacity fade to a rock-salt NiO phase on nickel-rich cathodes for solid-state cells.",
            "nio",
        ),
        (  # a German noun's abbreviation after its article (Qualitätssicherung)
            "VW-Werk Zwickau: Mängel in der QS bremsen Auslieferungen",
            "Bei Volkswagen in Zwickau hat die QS fehlerhafte Steckverbindungen entdeckt.",
            "quantumscape",
        ),
    ],
)
def test_a_word_written_like_a_name_is_no_company(matcher: Matcher, title: str, text: str, company: str) -> None:
    result = matcher.classify(ArticleText("t", title, text))
    assert company not in (*result.companies, *result.mentioned)


def test_a_full_name_stays_the_company_whatever_words_make_its_short_name_something_else(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "Factorial Energy cuts jobs",
        "Factorial Energy, the solid-state battery developer backed by Mercedes-Benz and Stellantis, is cutting 15% of "
        "its workforce, according to a memo from its HR software team.",
    )
    assert "factorial" in result.companies


def test_nios_korean_name_counts_beside_its_battery_news(matcher: Matcher) -> None:
    result = classify(
        matcher,
        "중 니오, 150kWh 반고체 배터리팩 대여 개시",
        "중국 전기차 업체 니오가 150kWh 반고체 배터리팩을 배터리 교환소를 통해 빌려주는 서비스를 시작했다.",
    )
    assert "nio" in result.companies
