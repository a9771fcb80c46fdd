"""The industry's own words, in the languages its news is written in: what says "solid-state battery", and
the concepts milestone keywords stand for ("mass production" is 量产, 量産, 양산, Serienfertigung...).

A milestone keyword that names one of these concepts also matches the concept's other forms, so a
universe written in English still reads Chinese, Japanese, Korean, German and French news. Each concept
has a *nature* (what kind of event it describes: production, pilot, samples, ...) that tells a milestone's
event apart from another event of the same company.
"""

from __future__ import annotations

from dataclasses import dataclass

# Phrases that by themselves say an article is about solid-state (or semi-solid) batteries.
SOLID_STATE_TERMS: tuple[str, ...] = (
    "solid-state battery",
    "solid-state batteries",
    "solid state battery",
    "solid state batteries",
    "solid-state cell",
    "solid-state cells",
    "solid-state lithium",
    "solid-state technology",
    "solid-state pack",
    "solid-state ev",
    "solid-state evs",
    "solid-state electrolyte",
    "solid electrolyte",
    "solid electrolytes",
    "all-solid-state",
    "all solid-state",
    "all-solid state",
    "fully solid-state",
    "semi-solid",
    "semi solid-state",
    "sulfide electrolyte",
    "sulphide electrolyte",
    "électrolyte sulfuré",
    "électrolytes sulfurés",
    "硫化物电解质",
    "硫化物系固体電解質",
    "황화물계 고체",
    "lithium-metal solid-state",
    "固态电池",
    "固態電池",
    "全固态",
    "全固態",
    "半固态",
    "半固態",
    "固态锂电池",
    "固体電池",
    "全固体",
    "半固体",
    "固体電解質",
    "固态电解质",
    "固體電池",
    "고체 배터리",
    "고체배터리",
    "전고체",
    "반고체",
    "고체 전해질",
    "고체전해질",
    "batterie solide",
    "batteries solides",
    "état solide",
    "etat solide",
    "tout-solide",
    "tout solide",
    "électrolyte solide",
    "semi-solide",
    "estado sólido",
    "stato solido",
)
# German compounds: matched as word beginnings ("Festkörperbatterien", "Feststoffakkus").
SOLID_STATE_PREFIXES: tuple[str, ...] = (
    "festkörperbatter",
    "festkörperakku",
    "festkörperzelle",
    "festkörper-batter",
    "festkörper-akku",
    "festkörper-zelle",
    "feststoffbatter",
    "feststoffakku",
    "feststoffzelle",
    "feststoff-",
    "festkörperelektrolyt",
    "festelektrolyt",
    "halbfestkörper",
    "halbfeste",
    "vollfestkörper",  # "Vollfestkörperbatterien": all-solid-state
    "vollfeststoff",
    "sulfid-elektrolyt",
    "sulfidelektrolyt",
)
# Upper-case abbreviations, only as written.
SOLID_STATE_ABBREVIATIONS: tuple[str, ...] = ("SSB", "SSBs", "ASSB", "ASSBs")
# "solid-state" alone counts only in an article that is about batteries at all (not lidar, not drives).
BARE_SOLID_STATE: tuple[str, ...] = ("solid-state", "solid state", "festkörper")
BATTERY_WORDS: tuple[str, ...] = (
    "battery",
    "batteries",
    "cell",
    "cells",
    "electrolyte",
    "anode",
    "cathode",
    "wh/kg",
    "kwh",
    "gwh",
    "电池",
    "電池",
    "배터리",
    "전지",
    "batterie",
    "batterien",
    "akku",
    "akkus",
    "zelle",
    "zellen",
    "batteries",
    "cellule",
    "cellules",
)


@dataclass(frozen=True)
class Concept:
    name: str
    nature: str | None  # production | pilot | samples | delivery | launch | facility | electrolyte |
    #                     vehicle_test | partnership | platform | adoption | luxury | test_result |
    #                     organisation | spec | unveiling | demo | funding | None
    forms: tuple[str, ...]


def _concept(name: str, nature: str | None, forms: str) -> Concept:
    return Concept(name, nature, tuple(f.strip() for f in forms.split("|") if f.strip()))


CONCEPTS: tuple[Concept, ...] = (
    _concept(
        "mass production",
        "production",
        "mass production|mass-production|mass produce|mass-produce|mass-producing|mass producing|mass-produces|"
        "mass-produced|series production|serial production|volume production|commercial production|"
        "start of production|full-scale production|large-scale production|industrialize|industrialise|"
        "industrialization|industrialisation|industrializing|commercialize|commercialise|commercializing|"
        "commercialising|commercialization|"
        "commercialisation|commercial use|series use|series vehicles|series cars|series-production vehicles|"
        "series-production cars|"
        "量产|量產|规模化生产|大规模生产|批量生产|批量装车|商业化|产业化|量産|実用化|商用化|量産化|양산|"
        "상용화|실용화|산업화|상업화|상업 생산|"
        "대량 생산|Massenproduktion|Massenfertigung|Serienproduktion|Serienfertigung|Großserie|"
        "Industrialisierung|Kommerzialisierung|Serienfahrzeug|Serienfahrzeuge|Serienfahrzeugen|Serienautos|Serienmodell|"
        "Serienmodelle|Serienmodellen|in Serie zu fertigen|in Serie fertigen|in Serie gehen|in Serie produzieren|"
        "in Serie zu bringen|in Serie bringen|in Serie bringt|in Serie gebracht|in Serie geht|"
        "Serienstart|Serienanlauf|Produktionsstart|Serienreife|Serieneinsatz|"
        "production de masse|production en volume|"
        "production en série|voitures de série|véhicules de série|modèles de série|"
        "production en grande série|industrialisation|commercialisation",
    ),
    _concept(
        "scale up",
        "production",
        "scale up|scale-up|scaling up|scaled up|ramp up|ramp-up|ramping up|扩产|放量|増産|증산|Hochlauf|"
        "hochskalieren|montée en cadence|volume ramp|production ramp|ramp to volume",
    ),
    _concept(
        "production",
        "production",
        "production|produce|produces|produced|producing|output|manufacturing|manufacture|manufactured|生产|生産|"
        "생산|Produktion|Fertigung|Musterfertigung|fertigen|produzieren|"
        "herstellen",
    ),
    _concept("gwh", "production", "GWh|gigawatt-hour|gigawatt-hours|gigawatt hours"),
    _concept(
        "pilot",
        "pilot",
        "pilot production|trial production|test production|small-scale production|small-scale|small scale|"
        "small batches|small-batch production|small-batch|小批量|小批量装车|Kleinserie|Kleinserien|"
        "试产|试生产|小批量试产|試験生産|試作生産|시범 생산|시험 생산|시험생산|시제품 생산|"
        "Pilotproduktion|Versuchsproduktion|"
        "production pilote|production d'essai",
    ),
    _concept(
        "pilot line",
        "pilot_line",
        "pilot|pilot line|pilot plant|demonstration line|demonstration plant|中试|中试线|中试产线|示范线|"
        "試作ライン|"
        "パイロットライン|パイロット|実証設備|実証プラント|파일럿 라인|파일럿|실증 라인|Pilotlinie|Pilotanlage|"
        "ligne pilote",
    ),
    _concept(
        "samples",
        "samples",
        "sample|samples|A-sample|A-samples|B-sample|B-samples|B sample|B samples|C-sample|C-samples|"
        "sample cells|样品|样件|送样|サンプル|샘플|Musterzellen|échantillon|échantillons",
    ),
    _concept(
        "shipping",
        "delivery",
        "shipping|ship|ships|shipped|shipment|shipments|deliveries|delivery|delivered|deliver|delivering|交付|"
        "出货|"
        "供货|出荷|"
        "納入|출하|공급|Auslieferung|ausgeliefert|Versand|livraison|livraisons|expédition|expéditions",
    ),
    _concept(
        "launch",
        "launch",
        "launch|launched|launching|market launch|debut|debuted|on sale|go on sale|goes on sale|went on sale|"
        "rollout|to dealerships|in dealerships|into dealerships|in showrooms|into showrooms|to showrooms|"
        "roll out|rolled out|rolling out|rolls out|"
        "pre-orders|pre-sales|presales|上市|发售|首发|预售|発売|市場投入|投入する|投入予定|投入時期|に投入|출시|Markteinführung|Marktstart|lancement|"
        "auf den Markt|eingeführt|lancée|lancé|lancés|lancées|mise en vente|en vente|commercialisée|commercialisé",
    ),
    _concept(
        "swap",
        "launch",
        "swap|battery swap|swap station|swap stations|swapping|换电|換電|バッテリー交換|交換式|배터리 교체|"
        "Batteriewechsel|pack rental|pack rentals|租用|貸し出|대여",
    ),
    _concept(
        "factory",
        "facility",
        "factory|plant|gigafactory|giga-factory|giga-scale|facility|manufacturing facility|production base|"
        "工厂|基地|超级工厂|工場|공장|Fabrik|Werk|Gigafabrik|usine|giga-usine",
    ),
    _concept(
        "production line",
        "pilot_line",
        "production line|cell line|battery line|生产线|产线|生産ライン|생산라인|Produktionslinie|ligne de production|"
        "Fertigungslinie|Zellfertigungslinie|Musterlinie|ligne de fabrication",
    ),
    _concept(
        "electrolyte",
        "electrolyte",
        "solid electrolyte|solid electrolytes|sulfide electrolyte|sulphide electrolyte|electrolyte|electrolytes|"
        "固体电解质|固态电解质|硫化物电解质|电解质|固体電解質|硫化物電解質|電解質|고체 전해질|고체전해질|전해질|"
        "Festelektrolyt|Festelektrolyte|Festelektrolyten|Festelektrolyts|"
        "Elektrolyt|électrolyte solide|électrolytes solides|électrolyte|électrolytes",
    ),
    _concept(
        "sulfide",
        "electrolyte",
        "sulfide|sulphide|lithium sulfide|lithium sulphide|硫化锂|硫化物|硫化リチウム|황화물|황화리튬|"
        "Lithiumsulfid|Sulfid|sulfure|sulfure de lithium",
    ),
    _concept(
        "test vehicle",
        "vehicle_test",
        "test vehicle|test vehicles|test car|test cars|prototype vehicle|prototype vehicles|demo fleet|"
        "demonstration fleet|test fleet|demonstration vehicle|demonstration vehicles|road test|road tests|"
        "road testing|road-testing|on-road testing|on the road|on the roads|on public roads|vehicle validation|"
        "in-vehicle validation|vehicle tests|vehicle testing|in-vehicle testing|"
        "样车|测试车|验证车|装车测试|路测|装车验证|试验车|試験車|"
        "試作車|実証車|"
        "시험 차량|테스트 차량|시험차|시제차|실증차|실증 차량|검증차|도로 주행|주행 시험|公道走行|走行試験|"
        "Testfahrzeug|Testfahrzeuge|Erprobungsfahrzeug|Erprobungsfahrzeuge|"
        "Straßentest|Straßenerprobung|Straßenerprobungen|"
        "Straßentests|Erprobung|"
        "Versuchsfahrzeug|Versuchsfahrzeuge|Versuchsfahrzeugen|Testfahrzeugen|Erprobungsfahrzeugen|Prototypfahrzeug|Versuchswagen|Testwagen|Erprobungsträger|Testfahrt|Testfahrten|Erprobungsfahrten|"
        "véhicule d'essai|véhicules d'essai|véhicule de test|véhicules de test|flotte de démonstration|"
        "voiture d'essai|voitures d'essai|voiture de test|voitures de test|prototype roulant|prototypes roulants|"
        "Versuchsträger|Versuchsträgern|Versuchsträgers|테스트카|テスト車両|実験車|"
        "essais routiers|essai routier|tester sur route|sur route|"
        "flotte d'essai|flotte de test|véhicules de démonstration|véhicule de démonstration|voiture de démonstration|"
        "voitures de démonstration|Demonstrationsfahrzeug|Demonstrationsfahrzeuge|Testflotte|Demonstrationsflotte|"
        "Erprobungsflotte|Demonstrator|Demonstratoren|démonstrateur|démonstrateurs|"
        "auf die Straße|auf der Straße|auf öffentlichen Straßen|test drive",
    ),
    # a car driven to show what the battery does: the test cars' own event, no step toward a launch
    _concept(
        "demonstration drive",
        "demo",
        "drove|has driven|record drive|long-distance drive|road trip|demonstration drive|livestream|"
        "public demonstration|first demonstration|live demo|vehicle demo|powered by|running on|runs on|run on|rides on|"
        "powered a vehicle|powered a car|powered an electric|powered a motorcycle|powered a bike|rode onto|rode across|"
        "maiden flight|test flight|first flight|Rekordfahrt|gefahren|fährt",
    ),
    _concept(
        "installation",
        "vehicle_test",
        "vehicle installation|installed in vehicles|in vehicles|into vehicles|into cars|vehicle integration|"
        "installing|installs|fitted to|fitted in|fitting|"
        "装车|上车|搭载|搭載|탑재|장착|차량 장착|차량 탑재|in Fahrzeugen|in Fahrzeuge|im Auto|Einbau|verbaut|"
        "Testinstallation|montée sur|intégrée dans|dans des véhicules",
    ),
    _concept(
        "partnership",
        "partnership",
        "partnership|partnerships|partner|partnered|partnering|agreement|memorandum of understanding|MoU|"
        "joint venture|"
        "licensing|license|licence|licensing deal|collaboration|cooperation|alliance|teamed up|tie-up|"
        "work with|works with|working with|jointly develop|joint development|co-develop|co-development|stake in|"
        "invest in|invests in|investment in|"
        "合作|签署|协议|合资|战略合作|入股|参股|注资|提携|協業|合意|契約|共同開発|出資|협약|협력|업무협약|양해각서|합작|"
        "공동개발|공동 개발|共同开发|联合开发|"
        "지분 투자|Partnerschaft|Zusammenarbeit|coopération|"
        "Kooperation|Vereinbarung|Absichtserklärung|Lizenz|partenariat|accord de partenariat|coentreprise|ライセンス|"
        "라이선스|技术授权|技术许可|"
        "protocole d'accord|accord-cadre|accord cadre|Rahmenvertrag|Rahmenabkommen|framework agreement|"
        "框架协议|基本合意|기본 계약",
    ),
    # an order or a supply contract placed for an undertaking's line: a deal toward it, whoever fills it
    _concept(
        "supply order",
        "delivery",
        "supply agreement|supply deal|supply contract|supply contracts|an order for|orders for|Auftrag|Aufträge|"
        "Großauftrag|Grossauftrag|Folgeauftrag|Liefervertrag|Liefervereinbarung|contrat de fourniture|commande|"
        "受注|订单|供货协议|供货合同|供应协议|供給契約|공급 계약|공급계약|수주",
    ),
    _concept(
        "royalty",
        "partnership",
        "royalty|royalties|prepayment|로열티|선급금|特许权使用费|专利费|ロイヤルティ|Lizenzgebühr|Lizenzgebühren|redevance",
    ),
    # public money for a line or a plant: work toward it made possible, not the work itself
    _concept(
        "funding",
        "funding",
        "award|grant|grants|funding|subsidy|subsidies|资助|补贴|补助|助成金|補助金|보조금|지원금|Förderung|"
        "Fördermittel|Förderzusage|subvention|subventions",
    ),
    _concept(
        "platform",
        "platform",
        "platform|consortium|collaborative innovation platform|平台|联盟|协同创新平台|プラットフォーム|컨소시엄|"
        "플랫폼|"
        "Plattform|Konsortium|plateforme",
    ),
    # a product shown to the public: news of its own for a candidate, not a milestone's event
    _concept(
        "unveiling",
        "unveiling",
        "unveiled|unveils|unveil|unveiling|showcased|showcases|debuted|debuts|premiered|world premiere|"
        "demonstrated|presented|shown at|亮相|首发|首發|正式发布|发表|vorgestellt|präsentiert|enthüllt|gezeigt|"
        "zeigen|zeigt|공개했|공개한|dévoilé|dévoile|présenté|levé le voile|lève le voile",
    ),
    # "reaches 400 Wh/kg" states a specification, not an event
    _concept(
        "energy density",
        "spec",
        "energy density|energy densities|Wh/kg|Wh/L|能量密度|エネルギー密度|에너지 밀도|Energiedichte|"
        "densité énergétique|of range|km of range|miles of range|driving range|续航|航続距離|주행거리|Reichweite",
    ),
    # a team or a unit set up is an organisational step, not the undertaking it is for
    _concept(
        "organisation",
        "organisation",
        "team|dedicated team|task force|taskforce|working group|steering committee|"
        "团队|专项团队|专门团队|工作组|チーム|専門組織|프로젝트팀|전담팀|전담 조직|TF팀|"
        "Arbeitsgruppe|Projektteam|équipe",
    ),
    _concept(
        "mainstream",
        "adoption",
        "mainstream|mass market|mass-market|widespread|common option|adoption|market share|large-scale application|"
        "large-scale adoption|large-scale use|large-scale commercial use|turning point|widely used|market scale|"
        "widely adopted|本格的な採用|本格採用|本格普及|Volumenmodell|wide adoption|broad adoption|mass adoption|"
        "widespread use|"
        "market penetration|inflection point|普及|主流|大规模应用|规模化应用|规模应用|规模化装车|大规模装车|广泛应用|"
        "대중화|보급|보편화|선택 사양|규모화|확산될|확산이|확산할|形成市场规模|一定市场规模|"
        "Massenmarkt|Marktdurchdringung|breit eingesetzt|breiten Einsatz|grand public|démocratisation|"
        "généralisation|penetration|of battery demand|of global demand|of EV sales|of the market|"
        "of EV batteries|of the EV market|of all EVs|of new cars|渗透率|市场份额|占比|拐点|"
        "规模化商用|大规模商用|침투율|점유율|シェア|Marktanteil|part de marché|pénétration|option courante|"
        "一般的な選択肢|当たり前になる|当たり前に|当たり前の選択肢|常见选项|常见选择|常见配置|常见选配|常规选项|常规配置|常规选择|常见选装|中高端|"
        "arrivée courante|"
        "courante sur le haut de gamme|courantes sur le haut de gamme|courante dans le haut de gamme|"
        "보편적 선택|보편적인 선택|보편화|보편 옵션|보편적 옵션|주력 선택지|주요 선택지|"
        "보편적인 선택지|일반적인 옵션|일반적인 선택지|일반적인 선택지|gängige Option|common choice|standard option|"
        "common premium-EV option|common premium EV option|gängigen Option|Mittelklasse|in der Breite|in die Breite|"
        "regular option|regular premium-EV option|diffusion dans|become common|becomes common|be common in|"
        "Massenprodukt|breiter Einsatz|auf breiter Front|staple|common in|commonplace|일반 사양|일반적인 사양|"
        "banalisation|se banaliser|banalisée|banalisées|option courante|options courantes|verbreitete Option|"
        "gängige Option|gängigen Option|Ausstattungsoption|Ausstattungsoptionen",
    ),
    _concept(
        "luxury",
        "luxury",
        "luxury|supercar|supercars|hypercar|hypercars|limited edition|limited-edition|high-end|flagship|"
        "sports car|super coupe|ultra-premium|豪华|旗舰|超跑|高級車|フラッグシップ|플래그십|럭셔리|Luxus|"
        "Supersportwagen|luxe|haut de gamme|limited run|limited-run|limited series|limited-series|halo car|"
        "halo cars|Sonderserie|limitiert|limitierte|limitierten|limitiertes|limitierter|Sportwagen|boutique maker|"
        "boutique carmaker|coachbuilder|coachbuilt|carrossier|Karosseriebauer|exemplaires|Exemplare|台限定|限量版|限量|"
        "限定車|限定EV|限定モデル|한정판|série limitée|Supersportler|Hypersportler|roadster|roadsters|슈퍼카|하이퍼카|"
        "スーパーカー|speedster|speedsters|shooting brake|Manufaktur|台限り|限定スポーツ|スポーツEV|スポーツカー|"
        "Roadstern|Kleinserienhersteller|Automobilmanufaktur|Gran Turismo|hypersportive|grande routière|"
        "grandes routières|"
        "berlinette|constructeur artisanal|petit constructeur|grand tourisme|car run|restomod|"
        "限定生産|グランドツアラー|少量生産メーカー|"
        "halo model|halo models|track edition|limited production version|limited-production version|"
        "limited production run|limited-production run|collectors' edition|collector's edition|numbered run|"
        "numbered series|numbered edition|"
        "constructeur artisanal|grande routière|高性能EV|最高級車|最高級ブランド|最高級モデル|"
        "限定仕様|典藏版|"
        "Sondermodell|Sondermodelle|"
        "édition limitée",
    ),
    _concept(
        "all-solid-state",
        None,
        "all-solid-state|all solid-state|all-solid state|fully solid-state|全固态|全固態|全固体|전고체|"
        "tout-solide|"
        "tout solide",
    ),
    # the battery named by its electrolyte is the technology itself, not an electrolyte undertaking
    _concept(
        "solid-electrolyte battery",
        None,
        "batterie à électrolyte solide|batteries à électrolyte solide|solid-electrolyte battery|"
        "solid-electrolyte batteries|solid electrolyte battery|solid electrolyte batteries",
    ),
    # where a company answers investors ("在投资者互动平台回应称"), not a platform it leads
    _concept("investor channel", None, "互动平台|互動平台|互动易|e互动|投资者关系平台"),
    _concept("semi-solid", None, "semi-solid|semi-solid-state|semi solid|半固态|半固態|半固体|반고체|semi-solide"),
    _concept("vehicle", None, "vehicle|vehicles|车型|整车|車両|차량|Fahrzeug|Fahrzeuge|Fahrzeugen|véhicule|véhicules"),
    _concept(
        "cycle test",
        "test_result",
        "charging cycles|charge cycles|full equivalent cycles|cycle life test|capacity retention|safety test|"
        "safety tests|certification|UN 38.3|nail penetration test|循环寿命|"
        "サイクル試験|Ladezyklen|charge-discharge cycles|bench tests|bench test|安全测试|台架验证|台架测试|"
        "循环测试|安全試験|안전성 시험|안전성 평가|certified|認証|认证|인증|Zertifikat|Zertifizierung|zertifiziert|"
        "homologation|certifiée|certifié|UN38.3|試験基準|輸送試験|試験に合格|시험 통과|测试通过|通过测试|通过检测|"
        "Sicherheitstest|Sicherheitstests|essais de sécurité",
    ),
)

# Who speaks for an industry rather than a company: an expert, an analyst, an institute, a summit. Found by the
# phrase scan; a final "s" or "es" is allowed.
INDUSTRY_VOICES: tuple[str, ...] = (
    *"academician expert analyst consultancy consultant professor researcher institute broker forecaster".split(),
    *"survey poll".split(),
    *"think tank|market research|research firm|bnef|bloombergnef|sne research|trendforce|wood mackenzie".split("|"),
    *"idtechex|benchmark mineral|evtank|ggii|summit|white paper|iea|international energy agency".split("|"),
    *"experte experten analysten institut analyste chercheur forscher forschern".split(),
    *"studie unternehmensberatung beratungshaus berater kearney mckinsey".split(),
    "roland berger",
    *"院士 专家 分析师 教授 研究院 研究所 研究中心 研究机构 券商 产业大会 行业大会 峰会 白皮书".split(),
    *"専門家 アナリスト 調査会社".split(),
    *"전문가 애널리스트 리서치 연구원".split(),
)
# Other battery chemistries: a sentence naming one and no solid-state word tells of another undertaking (lithium-ion,
# the yardstick solid-state cells are measured by, is not one)
OTHER_CHEMISTRIES: tuple[str, ...] = (
    *"nmc ncm lfp lmfp sodium-ion na-ion natrium-ionen".split(),
    "lithium iron phosphate",
    "lithium-eisenphosphat",
    # a conventional anode's material
    *("graphite anode", "graphite anodes", "synthetic graphite", "natural graphite", "人造石墨", "天然石墨"),
    *"磷酸铁锂 钠离子 三元锂 リン酸鉄 ナトリウムイオン 리튬인산철 나트륨".split(),
)
# A country or its government speaking for its industry: "China says ... eyes 2030 commercialisation".
INDUSTRY_VOICE_SPEAKERS = (
    *"china japan korea germany government ministry officials regulators".split(),
    "south korea",
)
INDUSTRY_VOICE_VERBS = ("says", "said", "expects", "eyes", "sees", "targets", "aims")

# Words a candidate slug uses for each nature (a new pilot line -> "catl-assb-pilot-line").
NATURE_SLUGS = {
    "production": "production",
    "pilot": "pilot-production",
    "pilot_line": "pilot-line",
    "samples": "samples",
    "delivery": "deliveries",
    "launch": "launch",
    "facility": "factory",
    "electrolyte": "electrolyte",
    "vehicle_test": "test-vehicles",
    "partnership": "partnership",
    "platform": "platform",
    "adoption": "adoption",
    "luxury": "luxury-ev",
    "test_result": "test",
    "unveiling": "unveiling",
    "demo": "demo-drive",
    "funding": "funding",
}


_BY_FORM: dict[str, Concept] = {}
for _concept_entry in CONCEPTS:
    for _form in _concept_entry.forms:
        _BY_FORM.setdefault(_form.lower(), _concept_entry)


def concept_of(keyword: str) -> Concept | None:
    """The concept a universe keyword names, if any (compared case-insensitively)."""
    return _BY_FORM.get(keyword.strip().lower())
